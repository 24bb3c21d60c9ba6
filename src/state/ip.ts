// IP addresses as the state holds them: canonical text (RFC 5952 for IPv6), so one
// address has one spelling whether it came from protobuf bytes, YAML or a socket.
import { isIPv4, isIPv6 } from "node:net";

/** 4 or 16 raw bytes → canonical text; undefined for any other length. */
export function bytesToIp(b: Uint8Array): string | undefined {
  if (b.length === 4) return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
  if (b.length !== 16) return undefined;
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((b[i]! << 8) | b[i + 1]!);
  // IPv4-mapped addresses keep the dotted tail, as the kernel prints them.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  }
  // Longest run (≥ 2) of zero groups becomes "::" (first one on ties).
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}

/** Text → 4 or 16 bytes; undefined when not an IP. */
export function ipToBytes(ip: string): Uint8Array | undefined {
  if (isIPv4(ip)) return Uint8Array.from(ip.split(".").map(Number));
  if (!isIPv6(ip)) return undefined;
  let s = ip;
  const zone = s.indexOf("%");
  if (zone >= 0) s = s.slice(0, zone);
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(":");
  if (s.slice(lastColon + 1).includes(".")) {
    const v4 = s
      .slice(lastColon + 1)
      .split(".")
      .map(Number);
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    s = `${s.slice(0, lastColon + 1)}0`;
    s = s.replace(/:0$/, ":");
    if (s.endsWith("::")) s = s.slice(0, -1) + ":";
  }
  const [head = "", rest] = s.split("::");
  const parse = (p: string) =>
    p === ""
      ? []
      : p
          .split(":")
          .filter((x) => x !== "")
          .map((x) => Number.parseInt(x, 16));
  const h = parse(head);
  const r = rest === undefined ? [] : parse(rest);
  const fill = 8 - tail.length - h.length - r.length;
  const groups = rest === undefined ? [...h, ...tail] : [...h, ...new Array(Math.max(0, fill)).fill(0), ...r, ...tail];
  if (groups.length !== 8) return undefined;
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[i * 2] = g >> 8;
    out[i * 2 + 1] = g & 0xff;
  });
  return out;
}

/**
 * The one spelling of an address every entry point uses (SOCKS5, capture, the HBONE
 * authority, admin queries, local config): RFC 5952 text, and an IPv4-mapped IPv6 address
 * (`::ffff:a.b.c.d`) as the IPv4 address it names. A dual-stack socket reports IPv4 peers
 * mapped, and a client may ask for one mapped: taken literally, such an address matches no
 * workload and would leave the mesh in plaintext. Undefined when `ip` is not an IP.
 */
export function canonicalIp(ip: string): string | undefined {
  // The kernel's dotted quad is already canonical: the common case costs one check.
  if (isIPv4(ip)) return ip;
  const b = ipToBytes(ip);
  return b && canonicalIpBytes(b);
}

/** canonicalIp for 4 or 16 raw bytes (SOCKS5 ATYP 1 / 4). */
export function canonicalIpBytes(b: Uint8Array): string | undefined {
  if (b.length === 16 && isMappedV4(b)) return `${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  return bytesToIp(b);
}

/** A socket's or a header's address in canonical form; "" when absent or not an IP. */
export const canonicalOrEmpty = (ip: string | undefined): string => (ip ? (canonicalIp(ip) ?? "") : "");

function isMappedV4(b: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (b[i] !== 0) return false;
  return b[10] === 0xff && b[11] === 0xff;
}

export const isV6 = (ip: string): boolean => ip.includes(":");

/** `ip:port`, with IPv6 in brackets (`[::1]:80`). */
export const joinHostPort = (ip: string, port: number): string => `${bracketHost(ip)}:${port}`;

/** A host as it stands in a URL or before `:port`: IPv6 in brackets. */
export const bracketHost = (host: string): string => (isV6(host) ? `[${host}]` : host);
