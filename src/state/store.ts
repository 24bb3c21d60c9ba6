// The mesh state: plain data with one writer. The main thread applies xDS (or local
// config) deltas here and every worker applies the same change to its own copy — an xDS
// Address response as its raw bytes, decoded by the worker itself (src/state/wire.ts),
// anything else as the same Delta — so every thread runs identical code over identical
// data, and a new worker starts from fullDelta(). Indexes answer the proxy's questions in O(1): who owns this
// IP, which service has this VIP, which workloads back this service.
import type { Authorization, PortMap, Service, Workload } from "./types.ts";
import { policyKey, serviceKey } from "./types.ts";

/** A change to apply. Address names (xDS `removed_resources`) may name a workload uid or a service key. */
export interface Delta {
  upsertWorkloads?: Workload[];
  upsertServices?: Service[];
  upsertPolicies?: Authorization[];
  removeAddresses?: string[];
  removePolicies?: string[];
}

/** What an apply touched: keys of workloads, services (incl. endpoint changes) and policies. */
export interface Changes {
  workloads: Set<string>;
  services: Set<string>;
  policies: Set<string>;
}

/** A backend of a service: the workload and its own port map for that service. */
export interface Endpoint {
  workloadUid: string;
  ports: PortMap;
}

export interface StateView {
  /** Bumped on every apply that changed something. */
  readonly version: number;
  workload(uid: string): Workload | undefined;
  workloads(): IterableIterator<Workload>;
  service(key: string): Service | undefined;
  services(): IterableIterator<Service>;
  policy(key: string): Authorization | undefined;
  policies(): IterableIterator<Authorization>;
  /** Workload owning `ip` in `network` (empty network is its own network, as in ztunnel). */
  workloadByIp(network: string, ip: string): Workload | undefined;
  serviceByVip(network: string, ip: string): Service | undefined;
  /** Services with this hostname (one per namespace at most; SOCKS5 / DNS names). */
  servicesByHostname(hostname: string): Service[];
  /** Backends of a service by key `ns/hostname`, whether or not the service itself has arrived. */
  endpoints(key: string): ReadonlyMap<string, Endpoint>;
  workloadsOnNode(node: string): IterableIterator<Workload>;
  counts(): { workloads: number; services: number; policies: number };
}

export interface State extends StateView {
  apply(delta: Delta): Changes;
  /** Everything as one Delta (a new worker's starting point). */
  fullDelta(): Delta;
}

// An IP never holds "/", so the default network's key can be the IP itself: no new
// string per workload (100k of them at scale, each held by the index).
const addrKey = (network: string, ip: string) => (network === "" ? ip : `${network}/${ip}`);
const EMPTY: ReadonlyMap<string, Endpoint> = new Map();

/** The inner map of a two-level index, created on first use. */
function entry<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = outer.get(key);
  if (!inner) {
    inner = new Map();
    outer.set(key, inner);
  }
  return inner;
}

export function createState(): State {
  const workloads = new Map<string, Workload>();
  const services = new Map<string, Service>();
  const policies = new Map<string, Authorization>();
  const byIp = new Map<string, Workload>();
  const byVip = new Map<string, Service>();
  const byHostname = new Map<string, Map<string, Service>>();
  const endpoints = new Map<string, Map<string, Endpoint>>();
  const byNode = new Map<string, Map<string, Workload>>();
  let version = 0;

  function unindexWorkload(w: Workload, ch: Changes): void {
    for (const ip of w.workloadIps) {
      const k = addrKey(w.network, ip);
      if (byIp.get(k) === w) byIp.delete(k);
    }
    for (const svc in w.services) {
      const eps = endpoints.get(svc);
      if (eps?.delete(w.uid)) ch.services.add(svc);
      if (eps && eps.size === 0) endpoints.delete(svc);
    }
    byNode.get(w.node)?.delete(w.uid);
  }

  function indexWorkload(w: Workload, ch: Changes): void {
    for (const ip of w.workloadIps) byIp.set(addrKey(w.network, ip), w);
    for (const svc in w.services) {
      entry(endpoints, svc).set(w.uid, { workloadUid: w.uid, ports: w.services[svc]! });
      ch.services.add(svc);
    }
    entry(byNode, w.node).set(w.uid, w);
  }

  function unindexService(s: Service): void {
    for (const v of s.vips) {
      const k = addrKey(v.network, v.address);
      if (byVip.get(k) === s) byVip.delete(k);
    }
    byHostname.get(s.hostname)?.delete(s.namespace);
  }

  function indexService(s: Service): void {
    for (const v of s.vips) byVip.set(addrKey(v.network, v.address), s);
    entry(byHostname, s.hostname).set(s.namespace, s);
  }

  function apply(delta: Delta): Changes {
    const ch: Changes = { workloads: new Set(), services: new Set(), policies: new Set() };
    for (const name of delta.removeAddresses ?? []) {
      const w = workloads.get(name);
      if (w) {
        unindexWorkload(w, ch);
        workloads.delete(name);
        ch.workloads.add(name);
      }
      const s = services.get(name);
      if (s) {
        unindexService(s);
        services.delete(name);
        ch.services.add(name);
      }
    }
    for (const w of delta.upsertWorkloads ?? []) {
      const old = workloads.get(w.uid);
      if (old) unindexWorkload(old, ch);
      workloads.set(w.uid, w);
      indexWorkload(w, ch);
      ch.workloads.add(w.uid);
    }
    for (const s of delta.upsertServices ?? []) {
      const key = serviceKey(s);
      const old = services.get(key);
      if (old) unindexService(old);
      services.set(key, s);
      indexService(s);
      ch.services.add(key);
    }
    for (const name of delta.removePolicies ?? []) {
      if (policies.delete(name)) ch.policies.add(name);
    }
    for (const p of delta.upsertPolicies ?? []) {
      const key = policyKey(p);
      policies.set(key, p);
      ch.policies.add(key);
    }
    if (ch.workloads.size + ch.services.size + ch.policies.size > 0) version++;
    return ch;
  }

  return {
    get version() {
      return version;
    },
    apply,
    fullDelta: () => ({
      upsertWorkloads: [...workloads.values()],
      upsertServices: [...services.values()],
      upsertPolicies: [...policies.values()],
    }),
    workload: (uid) => workloads.get(uid),
    workloads: () => workloads.values(),
    service: (key) => services.get(key),
    services: () => services.values(),
    policy: (key) => policies.get(key),
    policies: () => policies.values(),
    workloadByIp: (network, ip) => byIp.get(addrKey(network, ip)),
    serviceByVip: (network, ip) => byVip.get(addrKey(network, ip)),
    servicesByHostname: (hostname) => [...(byHostname.get(hostname)?.values() ?? [])],
    endpoints: (key) => endpoints.get(key) ?? EMPTY,
    workloadsOnNode: (node) => (byNode.get(node) ?? new Map<string, Workload>()).values(),
    counts: () => ({ workloads: workloads.size, services: services.size, policies: policies.size }),
  };
}
