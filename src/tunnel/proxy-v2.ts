// The PROXY protocol v2 header (haproxy's proxy-protocol.txt, section 2.2) that the inbound
// side writes first on the plain connection to a workload with an application tunnel of
// protocol PROXY — a "sandwich" waypoint: its own proxy learns who the HBONE client was and
// what it asked for, which the plain TCP connection from this node cannot tell it.
// What ztunnel writes (src/proxy.rs write_proxy_protocol): version 2, command PROXY, TCP
// (STREAM); the HBONE peer's address as source, the tunnel target as destination; one TLV,
// type 0xD0 (ztunnel's own choice: the spec assigns it to nothing), holding the peer's
// SPIFFE identity, and only when the peer had one. No CRC32C, no padding. Addresses of
// two families cannot share one header: then the family is UNSPEC with no address block,
// as ztunnel's ppp crate does for such a pair.
import { ZtsError } from "../errors.ts";
import { ipToBytes } from "../state/ip.ts";

export type ProxyV2ErrorCode = "ZTS_PROXYV2_ADDRESS" | "ZTS_PROXYV2_PORT" | "ZTS_PROXYV2_TOO_LONG";

export class ProxyV2Error extends ZtsError {
  declare readonly code: ProxyV2ErrorCode;
}

/** The 12-byte signature every v2 header starts with. */
export const PROXY_V2_SIGNATURE = Buffer.from([0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a]);
/** ztunnel's TLV type for the source's SPIFFE identity (PROXY_PROTOCOL_AUTHORITY_TLV). */
export const TLV_PEER_IDENTITY = 0xd0;

const VERSION_2_PROXY = 0x21;
const FAMILY_UNSPEC = 0x00;
const FAMILY_INET = 0x10;
const FAMILY_INET6 = 0x20;
const TRANSPORT_STREAM = 0x01;

export interface ProxyV2Input {
  src: { ip: string; port: number };
  dst: { ip: string; port: number };
  /** The HBONE peer's SPIFFE id (`spiffe://td/ns/n/sa/s`); empty or absent: no TLV. */
  identity?: string | undefined;
}

function addressBytes(ip: string, what: string): Uint8Array {
  const b = ipToBytes(ip);
  if (!b) throw new ProxyV2Error("ZTS_PROXYV2_ADDRESS", `PROXY v2 ${what} ${JSON.stringify(ip)} is not an IP address`);
  return b;
}

function checkPort(port: number, what: string): void {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ProxyV2Error("ZTS_PROXYV2_PORT", `PROXY v2 ${what} port ${port} is not 0-65535`);
  }
}

/** The header's bytes. Pure; throws ProxyV2Error on an address or port it cannot carry. */
export function proxyV2Header(input: ProxyV2Input): Buffer {
  const src = addressBytes(input.src.ip, "source");
  const dst = addressBytes(input.dst.ip, "destination");
  checkPort(input.src.port, "source");
  checkPort(input.dst.port, "destination");
  const sameFamily = src.length === dst.length;
  const family = !sameFamily ? FAMILY_UNSPEC : src.length === 4 ? FAMILY_INET : FAMILY_INET6;
  const addrLen = sameFamily ? src.length * 2 + 4 : 0;
  const identity = input.identity ? Buffer.from(input.identity, "utf8") : undefined;
  const tlvLen = identity ? 3 + identity.length : 0;
  const bodyLen = addrLen + tlvLen;
  if (bodyLen > 0xffff) {
    throw new ProxyV2Error("ZTS_PROXYV2_TOO_LONG", `PROXY v2 header body of ${bodyLen} bytes exceeds 65535`);
  }
  const out = Buffer.alloc(16 + bodyLen);
  PROXY_V2_SIGNATURE.copy(out, 0);
  out[12] = VERSION_2_PROXY;
  out[13] = family | TRANSPORT_STREAM;
  out.writeUInt16BE(bodyLen, 14);
  let at = 16;
  if (sameFamily) {
    out.set(src, at);
    at += src.length;
    out.set(dst, at);
    at += dst.length;
    out.writeUInt16BE(input.src.port, at);
    out.writeUInt16BE(input.dst.port, at + 2);
    at += 4;
  }
  if (identity) {
    out[at] = TLV_PEER_IDENTITY;
    out.writeUInt16BE(identity.length, at + 1);
    identity.copy(out, at + 3);
  }
  return out;
}
