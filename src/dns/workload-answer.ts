// Resolving a workload known by DNS name only (ServiceEntry resolution DNS), the pure parts:
// the queries, reading an upstream's answer into addresses and how long they may be kept,
// and choosing one (ztunnel's resolve_on_demand_dns: A and AAAA, a random record of the
// family the client asked for, else of the other; none at all is an error). Nothing here
// does I/O; src/dns/workload-resolver.ts sends the queries and keeps the answers.
import packet from "dns-packet";
import { canonicalIp } from "../state/ip.ts";
import { RCODE, rcodeOf } from "./message.ts";

export type AddressType = "A" | "AAAA";

/** A recursive query for `name`'s records of `type` (the forwarder sets the id). */
export function addressQuery(name: string, type: AddressType): Buffer {
  return packet.encode({
    type: "query",
    id: 0,
    flags: packet.RECURSION_DESIRED,
    questions: [{ type, name, class: "IN" }],
  });
}

export interface AddressAnswer {
  ips: string[];
  /**
   * Seconds the answer may be kept: the smallest TTL of the records it was read from (a
   * CNAME chain's too); for an empty NOERROR/NXDOMAIN answer, RFC 2308's negative TTL (the
   * SOA's TTL or minimum, whichever is smaller); undefined when nothing says (don't keep it).
   */
  ttlSec: number | undefined;
}

/** The addresses of `type` in an upstream's response; throws on a malformed one or an rcode other than NOERROR/NXDOMAIN. */
export function readAddressAnswer(response: Buffer, type: AddressType): AddressAnswer {
  const rcode = rcodeOf(response);
  if (rcode !== RCODE.NOERROR && rcode !== RCODE.NXDOMAIN) throw new Error(`upstream answered rcode ${rcode}`);
  const msg = packet.decode(response);
  const ips: string[] = [];
  let ttl: number | undefined;
  for (const a of msg.answers ?? []) {
    if (a.type !== type && a.type !== "CNAME") continue;
    ttl = Math.min(ttl ?? Number.POSITIVE_INFINITY, a.ttl ?? 0);
    if (a.type !== type) continue;
    const ip = canonicalIp(String(a.data));
    if (ip) ips.push(ip);
  }
  if (ips.length > 0) return { ips, ttlSec: ttl };
  for (const auth of msg.authorities ?? []) {
    if (auth.type !== "SOA") continue;
    const minimum = (auth.data as { minimum?: number }).minimum ?? 0;
    return { ips, ttlSec: Math.min(auth.ttl ?? 0, minimum) };
  }
  return { ips, ttlSec: undefined };
}

/** One address, of `family` when there is one (at random among them), else of the other; undefined when none. */
export function chooseAddress(
  v4: readonly string[],
  v6: readonly string[],
  family: 4 | 6,
  random: () => number = Math.random,
): string | undefined {
  const [first, second] = family === 6 ? [v6, v4] : [v4, v6];
  const from = first.length > 0 ? first : second;
  if (from.length === 0) return undefined;
  return from[Math.min(from.length - 1, Math.floor(random() * from.length))];
}
