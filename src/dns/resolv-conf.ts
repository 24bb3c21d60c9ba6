// Upstream resolvers: ZTS_DNS_UPSTREAM (ip:port list) or the proxy's own resolv.conf, as
// ztunnel reads /etc/resolv.conf for its forwarder. The path is a parameter so tests can
// point at a file of their own (never the machine's resolvers).
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { DnsError } from "./errors.ts";

export interface Upstream {
  host: string;
  port: number;
}

export const RESOLV_CONF = "/etc/resolv.conf";

/** `nameserver` lines of a resolv.conf text, port 53 (an IPv6 zone suffix is dropped). */
export function parseResolvConf(text: string): Upstream[] {
  const out: Upstream[] = [];
  for (const line of text.split("\n")) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    const host = m?.[1]?.split("%")[0];
    if (host && isIP(host)) out.push({ host, port: 53 });
  }
  return out;
}

/** `ip:port[,ip:port…]` (`[v6]:port` for IPv6); throws ZTS_DNS_CONFIG naming the bad entry. */
export function parseUpstreamList(raw: string): Upstream[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const m = /^(?:\[([0-9a-fA-F:.]+)\]|([0-9.]+)):(\d{1,5})$/.exec(s);
      const host = m?.[1] ?? m?.[2];
      const port = Number(m?.[3]);
      if (!host || !isIP(host) || port < 1 || port > 65535) {
        throw new DnsError("ZTS_DNS_CONFIG", `DNS upstream ${JSON.stringify(s)} is not ip:port or [ipv6]:port`);
      }
      return { host, port };
    });
}

/** The upstreams to forward to: the explicit list when given, else resolv.conf's nameservers. */
export function upstreamsFrom(explicit: string, resolvConfPath = RESOLV_CONF): Upstream[] {
  if (explicit.trim() !== "") return parseUpstreamList(explicit);
  let text: string;
  try {
    text = readFileSync(resolvConfPath, "utf8");
  } catch (err) {
    throw new DnsError("ZTS_DNS_NO_UPSTREAM", `cannot read ${resolvConfPath} for DNS upstreams: set ZTS_DNS_UPSTREAM`, {
      cause: err,
    });
  }
  const list = parseResolvConf(text);
  if (list.length === 0) {
    throw new DnsError("ZTS_DNS_NO_UPSTREAM", `${resolvConfPath} lists no nameserver: set ZTS_DNS_UPSTREAM`);
  }
  return list;
}
