// Fixed-width records ⇄ the mesh model. Scalar fields are string ids (each distinct string
// is stored once); the variable-length rest of a record is one JSON string, also interned, so
// replicas of a deployment (same services, ports, policies, capacity) share one copy, and a
// reader parses it once per thread (restOf caches it, frozen) whatever the number of replicas.

import type { Authorization, Service, Workload } from "../types.ts";
import { serviceKey } from "../types.ts";
import { FLAG, PV, R, SV, W } from "./layout.ts";

/** Interns `s`; `field` names the record field, for the writer's per-field memo. */
type Intern = (s: string, field: number) => number;

// Decoded replicas share one frozen services map (src/state/intern.ts): remember the rest's
// id per services map, valid while the other parts match (the usual case: no policies, no
// gateways, the same capacity), so replicas skip the JSON and the lookup.
// One memo per writer (ids are per state): createRestMemo().
export type RestMemo = WeakMap<object, { policies: string[]; capacity: number; id: number }>;
export const createRestMemo = (): RestMemo => new WeakMap();

function restOf(w: Workload, intern: Intern, restMemo: RestMemo): number {
  const plain = !w.waypoint && !w.networkGateway && !w.applicationTunnel;
  const m = plain ? restMemo.get(w.services) : undefined;
  if (m && m.capacity === w.capacity && samePolicies(m.policies, w.authorizationPolicies)) return m.id;
  let rest = `{"services":${JSON.stringify(w.services)},"authorizationPolicies":${JSON.stringify(w.authorizationPolicies)},"capacity":${JSON.stringify(w.capacity)}`;
  if (w.waypoint) rest += `,"waypoint":${JSON.stringify(w.waypoint)}`;
  if (w.networkGateway) rest += `,"networkGateway":${JSON.stringify(w.networkGateway)}`;
  if (w.applicationTunnel) rest += `,"applicationTunnel":${JSON.stringify(w.applicationTunnel)}`;
  const id = intern(`${rest}}`, W.REST);
  if (plain) restMemo.set(w.services, { policies: w.authorizationPolicies, capacity: w.capacity, id });
  return id;
}

function samePolicies(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Writes the header words the three kinds share (checksum is the caller's, after the body). */
function head(words: Int32Array, at: number, stamp: number, key: number): void {
  words[at + R.STAMP] = stamp;
  words[at + R.LIVE] = 1;
  words[at + R.KEY] = key;
}

/** `uid` and `node`: ids the caller interned already (it indexes by them). */
export function writeWorkload(
  words: Int32Array,
  at: number,
  stamp: number,
  w: Workload,
  ids: { uid: number; node: number },
  intern: Intern,
  restMemo: RestMemo,
): void {
  head(words, at, stamp, ids.uid);
  words[at + W.NAME] = intern(w.name, W.NAME);
  words[at + W.NAMESPACE] = intern(w.namespace, W.NAMESPACE);
  const ips = w.workloadIps;
  words[at + W.IPS] = intern(ips.length === 1 ? (ips[0] ?? "") : ips.join(","), W.IPS);
  words[at + W.HOSTNAME] = intern(w.hostname, W.HOSTNAME);
  words[at + W.NETWORK] = intern(w.network, W.NETWORK);
  words[at + W.TRUST_DOMAIN] = intern(w.trustDomain, W.TRUST_DOMAIN);
  words[at + W.SERVICE_ACCOUNT] = intern(w.serviceAccount, W.SERVICE_ACCOUNT);
  words[at + W.NODE] = ids.node;
  words[at + W.CANONICAL_NAME] = intern(w.canonicalName, W.CANONICAL_NAME);
  words[at + W.CANONICAL_REVISION] = intern(w.canonicalRevision, W.CANONICAL_REVISION);
  words[at + W.WORKLOAD_TYPE] = intern(w.workloadType, W.WORKLOAD_TYPE);
  words[at + W.WORKLOAD_NAME] = intern(w.workloadName, W.WORKLOAD_NAME);
  words[at + W.CLUSTER_ID] = intern(w.clusterId, W.CLUSTER_ID);
  words[at + W.REGION] = intern(w.locality.region, W.REGION);
  words[at + W.ZONE] = intern(w.locality.zone, W.ZONE);
  words[at + W.SUBZONE] = intern(w.locality.subzone, W.SUBZONE);
  words[at + W.FLAGS] =
    (w.protocol === "HBONE" ? FLAG.HBONE : 0) |
    (w.nativeTunnel ? FLAG.NATIVE_TUNNEL : 0) |
    (w.status === "Unhealthy" ? FLAG.UNHEALTHY : 0) |
    (w.networkMode === "HostNetwork" ? FLAG.HOST_NETWORK : 0);
  words[at + W.REST] = restOf(w, intern, restMemo);
}

export function writeService(words: Int32Array, at: number, stamp: number, s: Service, intern: Intern): void {
  head(words, at, stamp, intern(serviceKey(s), SV.KEY + 32));
  words[at + SV.NAME] = intern(s.name, SV.NAME + 32);
  words[at + SV.NAMESPACE] = intern(s.namespace, SV.NAMESPACE + 32);
  words[at + SV.HOSTNAME] = intern(s.hostname, SV.HOSTNAME + 32);
  const { name: _n, namespace: _ns, hostname: _h, ...rest } = s;
  words[at + SV.REST] = intern(JSON.stringify(rest), SV.REST + 32);
}

export function writePolicy(
  words: Int32Array,
  at: number,
  stamp: number,
  p: Authorization,
  key: number,
  intern: Intern,
) {
  head(words, at, stamp, key);
  words[at + PV.JSON] = intern(JSON.stringify(p), PV.JSON + 48);
}

type Str = (id: number) => string;
type Rest = (id: number) => Record<string, unknown>;

/** A Workload from a validated copy of its record (`words` from 0). */
export function readWorkload(words: Int32Array, str: Str, rest: Rest): Workload {
  const ips = str(words[W.IPS] ?? 0);
  const flags = words[W.FLAGS] ?? 0;
  const r = rest(words[W.REST] ?? 0) as Pick<
    Workload,
    "services" | "authorizationPolicies" | "capacity" | "waypoint" | "networkGateway" | "applicationTunnel"
  >;
  const w: Workload = {
    uid: str(words[W.UID] ?? 0),
    name: str(words[W.NAME] ?? 0),
    namespace: str(words[W.NAMESPACE] ?? 0),
    workloadIps: ips === "" ? [] : ips.split(","),
    hostname: str(words[W.HOSTNAME] ?? 0),
    network: str(words[W.NETWORK] ?? 0),
    protocol: flags & FLAG.HBONE ? "HBONE" : "TCP",
    trustDomain: str(words[W.TRUST_DOMAIN] ?? 0),
    serviceAccount: str(words[W.SERVICE_ACCOUNT] ?? 0),
    node: str(words[W.NODE] ?? 0),
    canonicalName: str(words[W.CANONICAL_NAME] ?? 0),
    canonicalRevision: str(words[W.CANONICAL_REVISION] ?? 0),
    workloadType: str(words[W.WORKLOAD_TYPE] ?? 0),
    workloadName: str(words[W.WORKLOAD_NAME] ?? 0),
    nativeTunnel: (flags & FLAG.NATIVE_TUNNEL) !== 0,
    services: r.services,
    authorizationPolicies: r.authorizationPolicies,
    status: flags & FLAG.UNHEALTHY ? "Unhealthy" : "Healthy",
    clusterId: str(words[W.CLUSTER_ID] ?? 0),
    locality: Object.freeze({
      region: str(words[W.REGION] ?? 0),
      zone: str(words[W.ZONE] ?? 0),
      subzone: str(words[W.SUBZONE] ?? 0),
    }),
    networkMode: flags & FLAG.HOST_NETWORK ? "HostNetwork" : "Standard",
    capacity: r.capacity,
  };
  if (r.waypoint) w.waypoint = r.waypoint;
  if (r.networkGateway) w.networkGateway = r.networkGateway;
  if (r.applicationTunnel) w.applicationTunnel = r.applicationTunnel;
  Object.freeze(w.workloadIps);
  return Object.freeze(w);
}

export function readService(words: Int32Array, str: Str, rest: Rest): Service {
  const r = rest(words[SV.REST] ?? 0) as Omit<Service, "name" | "namespace" | "hostname">;
  // Fields in one fixed order, optional ones only when set: every service gets the same
  // object shape as far as possible (a spread of the parsed JSON gave the pick path
  // polymorphic property reads). A field added to Service must be added here too.
  const s: Service = {
    name: str(words[SV.NAME] ?? 0),
    namespace: str(words[SV.NAMESPACE] ?? 0),
    hostname: str(words[SV.HOSTNAME] ?? 0),
    vips: r.vips,
    ports: r.ports,
    subjectAltNames: r.subjectAltNames,
    canonical: r.canonical,
  };
  if (r.waypoint) s.waypoint = r.waypoint;
  if (r.weightedWaypoints) s.weightedWaypoints = r.weightedWaypoints;
  if (r.ingressUseWaypoint !== undefined) s.ingressUseWaypoint = r.ingressUseWaypoint;
  if (r.loadBalancer) s.loadBalancer = r.loadBalancer;
  if (r.ipFamilies) s.ipFamilies = r.ipFamilies;
  if (r.visibility) s.visibility = r.visibility;
  if (r.lbPolicy) s.lbPolicy = r.lbPolicy;
  return Object.freeze(s);
}

export const readPolicy = (words: Int32Array, rest: Rest): Authorization =>
  rest(words[PV.JSON] ?? 0) as unknown as Authorization;
