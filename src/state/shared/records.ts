// Fixed-width records ⇄ the mesh model. Scalar fields are string ids (each distinct string
// is stored once); the variable-length rest of a record is one JSON string, also interned, so
// replicas of a deployment (same services, ports, policies, capacity) share one copy, and a
// reader parses it once per thread (restOf caches it, frozen) whatever the number of replicas.

import type { Authorization, Service, Workload } from "../types.ts";
import { serviceKey } from "../types.ts";
import { FLAG, PV, R, SV, W } from "./layout.ts";

type Intern = (s: string) => number;

/** Writes the header words the three kinds share (checksum is the caller's, after the body). */
function head(words: Int32Array, at: number, stamp: number, key: number): void {
  words[at + R.STAMP] = stamp;
  words[at + R.LIVE] = 1;
  words[at + R.KEY] = key;
}

export function writeWorkload(words: Int32Array, at: number, stamp: number, w: Workload, intern: Intern): void {
  head(words, at, stamp, intern(w.uid));
  words[at + W.NAME] = intern(w.name);
  words[at + W.NAMESPACE] = intern(w.namespace);
  words[at + W.IPS] = intern(w.workloadIps.join(","));
  words[at + W.HOSTNAME] = intern(w.hostname);
  words[at + W.NETWORK] = intern(w.network);
  words[at + W.TRUST_DOMAIN] = intern(w.trustDomain);
  words[at + W.SERVICE_ACCOUNT] = intern(w.serviceAccount);
  words[at + W.NODE] = intern(w.node);
  words[at + W.CANONICAL_NAME] = intern(w.canonicalName);
  words[at + W.CANONICAL_REVISION] = intern(w.canonicalRevision);
  words[at + W.WORKLOAD_TYPE] = intern(w.workloadType);
  words[at + W.WORKLOAD_NAME] = intern(w.workloadName);
  words[at + W.CLUSTER_ID] = intern(w.clusterId);
  words[at + W.REGION] = intern(w.locality.region);
  words[at + W.ZONE] = intern(w.locality.zone);
  words[at + W.SUBZONE] = intern(w.locality.subzone);
  words[at + W.FLAGS] =
    (w.protocol === "HBONE" ? FLAG.HBONE : 0) |
    (w.nativeTunnel ? FLAG.NATIVE_TUNNEL : 0) |
    (w.status === "Unhealthy" ? FLAG.UNHEALTHY : 0) |
    (w.networkMode === "HostNetwork" ? FLAG.HOST_NETWORK : 0);
  const rest: Partial<Workload> = {
    services: w.services,
    authorizationPolicies: w.authorizationPolicies,
    capacity: w.capacity,
  };
  if (w.waypoint) rest.waypoint = w.waypoint;
  if (w.networkGateway) rest.networkGateway = w.networkGateway;
  if (w.applicationTunnel) rest.applicationTunnel = w.applicationTunnel;
  words[at + W.REST] = intern(JSON.stringify(rest));
}

export function writeService(words: Int32Array, at: number, stamp: number, s: Service, intern: Intern): void {
  head(words, at, stamp, intern(serviceKey(s)));
  words[at + SV.NAME] = intern(s.name);
  words[at + SV.NAMESPACE] = intern(s.namespace);
  words[at + SV.HOSTNAME] = intern(s.hostname);
  const { name: _n, namespace: _ns, hostname: _h, ...rest } = s;
  words[at + SV.REST] = intern(JSON.stringify(rest));
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
  words[at + PV.JSON] = intern(JSON.stringify(p));
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
  return Object.freeze({
    name: str(words[SV.NAME] ?? 0),
    namespace: str(words[SV.NAMESPACE] ?? 0),
    hostname: str(words[SV.HOSTNAME] ?? 0),
    ...(rest(words[SV.REST] ?? 0) as Omit<Service, "name" | "namespace" | "hostname">),
  });
}

export const readPolicy = (words: Int32Array, rest: Rest): Authorization =>
  rest(words[PV.JSON] ?? 0) as unknown as Authorization;
