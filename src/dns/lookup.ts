// What the proxy answers for one question from one requesting pod, decided from the mesh
// state alone (no I/O), as ztunnel's DNS server does (src/dns/server.rs Store::lookup):
//   - only A and AAAA are answered locally; any other type is forwarded;
//   - each alias of the name (names.ts) is tried against each wildcard of it; the first
//     host that names a service wins; a service without VIPs counts only when it is a
//     Kubernetes (…svc.<domain>) headless service — other VIP-less hosts are forwarded;
//   - services scoped to their namespace (visibility Namespace) count only for requesters
//     in that namespace;
//   - among services with that host: the requester's namespace, else a canonical one
//     (the last seen), else the preferred namespace, else the first;
//   - the service's ip_families can rule out the asked type → NOERROR, no records;
//   - records: the VIPs on the requester's network (headless: one address of the asked
//     family per endpoint workload), shuffled, TTL 30 s, named as asked; a name found by
//     stripping a search domain (and not through a wildcard) is answered as CNAME
//     asked → stripped plus the records under the stripped name;
//   - a found host with no address of the asked type → NOERROR, no records.
import { isV6 } from "../state/ip.ts";
import type { StateView } from "../state/store.ts";
import type { Service, Workload } from "../state/types.ts";
import { aliases, fromLabels, type Labels, searchDomains, toLabels, wildcards } from "./names.ts";

export const TTL_SECONDS = 30;

export type DnsRecord =
  | { type: "A" | "AAAA"; name: string; ttl: number; data: string }
  | { type: "CNAME"; name: string; ttl: number; data: string };

/** The workload asking: what the lookup (and the metrics' source labels) read. */
export type Requester = Pick<Workload, "name" | "namespace" | "network" | "canonicalName" | "canonicalRevision">;

export interface LookupOptions {
  clusterDomain: string;
  /** PREFERED_SERVICE_NAMESPACE of ztunnel: picked when no service is in the requester's namespace nor canonical. */
  preferredNamespace?: string;
  /** false: AAAA is never answered locally (ztunnel's IPV6_ENABLED=false). Default true. */
  ipv6?: boolean;
  /** Order of the addresses; default a random shuffle (DNS load spreading, as ztunnel). */
  shuffle?: <T>(items: T[]) => T[];
}

export type Decision =
  /** Not ours (unknown host or a type we do not serve): ask the upstream resolvers. */
  | { kind: "forward" }
  /** Authoritative answer (possibly empty: the host exists without records of this type). */
  | { kind: "answer"; answers: DnsRecord[]; match: { host: string; service: string } };

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const ofType = (ip: string, type: "A" | "AAAA") => (type === "AAAA" ? isV6(ip) : !isV6(ip));

/** ztunnel's ServiceMatch::find_best_match over the services sharing one host. */
export function bestService(services: Service[], clientNs: string, preferredNs?: string): Service | undefined {
  let best: Service | undefined;
  let kind: "none" | "first" | "preferred" | "canonical" = "none";
  for (const s of services) {
    if (s.namespace === clientNs) return s;
    if (s.canonical) {
      best = s;
      kind = "canonical";
    } else if (preferredNs && s.namespace === preferredNs && kind !== "canonical") {
      best = s;
      kind = "preferred";
    } else if (kind === "none") {
      best = s;
      kind = "first";
    }
  }
  return best;
}

function familyAllowed(s: Service, type: "A" | "AAAA", ipv6: boolean): boolean {
  if (!ipv6 && type === "AAAA") return false;
  if (s.ipFamilies === "IPv4" && type === "AAAA") return false;
  if (s.ipFamilies === "IPv6" && type === "A") return false;
  return true;
}

function addresses(view: StateView, client: Requester, s: Service, type: "A" | "AAAA", ipv6: boolean): string[] {
  const enabled = (ip: string) => ofType(ip, type) && (ipv6 || !isV6(ip));
  if (s.vips.length > 0) {
    return s.vips.filter((v) => v.network === client.network && enabled(v.address)).map((v) => v.address);
  }
  // Headless: each backing workload's first address of the asked family.
  const out: string[] = [];
  for (const ep of view.endpoints(`${s.namespace}/${s.hostname}`).values()) {
    const ip = view.workload(ep.workloadUid)?.workloadIps.find(enabled);
    if (ip) out.push(ip);
  }
  return out;
}

/** The service (and the host and alias that found it) answering `name` for `client`, if any. */
export function findService(
  view: StateView,
  client: Requester,
  name: Labels,
  opts: Pick<LookupOptions, "clusterDomain" | "preferredNamespace">,
): { service: Service; host: string[]; stripped?: string[] } | undefined {
  const domain = toLabels(opts.clusterDomain);
  const svcSuffix = `.svc.${fromLabels(domain)}`;
  for (const alias of aliases(name, client.namespace, domain, searchDomains(client.namespace, domain))) {
    for (const host of wildcards(alias.name)) {
      const candidates = view
        .servicesByHostname(fromLabels(host))
        .filter((s) => s.vips.length > 0 || s.hostname.endsWith(svcSuffix))
        // A namespace-scoped service is for its own namespace only; others are forwarded.
        .filter((s) => s.visibility !== "Namespace" || s.namespace === client.namespace);
      const service = bestService(candidates, client.namespace, opts.preferredNamespace);
      if (service) return { service, host, ...(alias.stripped ? { stripped: alias.stripped } : {}) };
    }
  }
  return undefined;
}

/** The decision for one question (`name` as asked, any case, with or without the trailing dot). */
export function lookup(view: StateView, client: Requester, name: string, type: string, opts: LookupOptions): Decision {
  if (type !== "A" && type !== "AAAA") return { kind: "forward" };
  const asked = name.endsWith(".") ? name.slice(0, -1) : name;
  const found = findService(view, client, toLabels(asked), opts);
  if (!found) return { kind: "forward" };
  const ipv6 = opts.ipv6 ?? true;
  const match = { host: fromLabels(found.host), service: `${found.service.namespace}/${found.service.hostname}` };
  if (!familyAllowed(found.service, type, ipv6)) return { kind: "answer", answers: [], match };
  const ips = (opts.shuffle ?? shuffled)(addresses(view, client, found.service, type, ipv6));
  if (ips.length === 0) return { kind: "answer", answers: [], match };
  const answers: DnsRecord[] = [];
  let recordName = asked;
  if (found.stripped && found.host[0] !== "*") {
    // The stripped name is a prefix of the asked one: keep the asker's spelling.
    recordName = asked.split(".").slice(0, found.stripped.length).join(".");
    answers.push({ type: "CNAME", name: asked, ttl: TTL_SECONDS, data: recordName });
  }
  for (const ip of ips) answers.push({ type, name: recordName, ttl: TTL_SECONDS, data: ip });
  return { kind: "answer", answers, match };
}
