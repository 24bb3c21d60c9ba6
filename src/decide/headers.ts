// The request headers ztunnel puts on an HBONE CONNECT, as pure functions of the decision
// (ztunnel src/proxy/outbound.rs create_hbone_request, build_forwarded; src/baggage.rs):
//   forwarded: for="<client ip:port>"[;host=<the service the client asked for>]
//   baggage:   the source workload's identity for telemetry (k8s.cluster.name, …)
// traceparent is random per request and added by the tunnel stage (tunnel/client.ts).
import { joinHostPort } from "../state/ip.ts";
import type { Workload } from "../state/types.ts";

export function forwardedHeader(clientIp: string, clientPort: number, serviceHostname?: string): string {
  const forIt = `for="${joinHostPort(clientIp, clientPort)}"`;
  return serviceHostname ? `${forIt};host=${serviceHostname}` : forIt;
}

// One string per workload version (a Workload object is replaced, never changed, when xDS
// updates it), shared by all of a pod's connections instead of one copy each.
const baggageOf = new WeakMap<Workload, string>();

/** ztunnel's baggage_header_val over Workload::baggage: empty fields are left out. */
export function baggageHeader(w: Workload): string {
  let v = baggageOf.get(w);
  if (v === undefined) {
    v = buildBaggage(w);
    baggageOf.set(w, v);
  }
  return v;
}

function buildBaggage(w: Workload): string {
  const parts: string[] = [];
  const add = (key: string, v: string | undefined) => {
    if (v) parts.push(`${key}=${v}`);
  };
  add("k8s.cluster.name", w.clusterId);
  add("k8s.namespace.name", w.namespace);
  add(`k8s.${w.workloadType}.name`, w.workloadName);
  add("service.name", w.canonicalName);
  add("service.version", w.canonicalRevision);
  add("cloud.region", w.locality.region);
  add("cloud.availability_zone", w.locality.zone);
  return parts.join(",");
}

/** What a peer's baggage says about it (ztunnel parse_baggage_header): the fields it knows, last one wins. */
export interface Baggage {
  clusterId?: string;
  namespace?: string;
  workloadName?: string;
  serviceName?: string;
  revision?: string;
  region?: string;
  zone?: string;
}

const BAGGAGE_KEYS: Record<string, keyof Baggage> = {
  "k8s.cluster.name": "clusterId",
  "k8s.namespace.name": "namespace",
  "k8s.deployment.name": "workloadName",
  "k8s.cronjob.name": "workloadName",
  "k8s.pod.name": "workloadName",
  "k8s.job.name": "workloadName",
  "service.name": "serviceName",
  "service.version": "revision",
  "cloud.region": "region",
  "cloud.availability_zone": "zone",
};

export function parseBaggage(values: string | string[] | undefined): Baggage {
  const out: Baggage = {};
  for (const v of values === undefined ? [] : Array.isArray(values) ? values : [values]) {
    for (const item of v.split(",")) {
      const [key, value] = item.split("=");
      if (value === undefined) continue;
      const field = BAGGAGE_KEYS[key!];
      if (!field) continue;
      if (value === "") delete out[field];
      else out[field] = value;
    }
  }
  return out;
}

/** ztunnel parse_forwarded_host: the `host=` part of a Forwarded header, quotes removed; ASCII only. */
export function parseForwardedHost(value: string | undefined): string | undefined {
  if (!value || !/^[\x00-\x7f]*$/.test(value)) return undefined;
  const part = value.split(";").find((p) => p.trim().startsWith("host="));
  if (!part) return undefined;
  let h = part.trim().slice("host=".length);
  if (h.startsWith('"')) h = h.slice(1);
  if (h.endsWith('"')) h = h.slice(0, -1);
  return h || undefined;
}
