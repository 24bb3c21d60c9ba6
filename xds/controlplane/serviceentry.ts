// ServiceEntry / WorkloadEntry → Service and Workload resources as istiod's ambient index
// builds them (pilot/pkg/serviceregistry/ambient: services.go serviceEntriesInfo /
// constructServiceEntries / selectWorkloadServices, workloads.go serviceEntryWorkloadBuilder /
// workloadEntryWorkloadBuilder / constructServicesFromWorkloadEntry / constructServices,
// helpers.go generate*UID) and VIPs auto-allocated as istiod's IP allocator does
// (pilot/pkg/controllers/ipallocate: prefixUse.allocateNext, statusPatchForAddresses).
// Helpers translate.ts owns (canonical names, traffic distribution, policies, network
// gateways) come in through `SeEnv`, so this module has no import cycle with it.
import { ipToBytes } from "../../src/state/ip.ts";
import {
  cidr,
  either,
  type Fields,
  fail,
  int,
  ip,
  list,
  map,
  type Out,
  obj,
  oneOf,
  optional,
  port,
  refine,
  str,
  withDefault,
} from "../../src/state/schema.ts";
import type {
  ApplicationTunnel,
  GatewayAddress,
  LoadBalancer,
  PortMap,
  Service,
  Workload,
} from "../../src/state/types.ts";
import { serviceKey } from "../../src/state/types.ts";
import type { SeVisibility } from "./meshconfig.ts";
import type { Ctx, Meta } from "./translate.ts";

const k8s = <F extends Fields>(fields: F) => obj(fields, { unknown: "ignore", nullIsMissing: true });
const stringMap = withDefault(map(str(), str()), {});

export const RESOLUTIONS = ["NONE", "STATIC", "DNS", "DNS_ROUND_ROBIN", "DYNAMIC_DNS"] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
/** label.NetworkingEnableAutoallocateIp: "false" opts a ServiceEntry out of allocation. */
export const AUTOALLOCATE_LABEL = "networking.istio.io/enable-autoallocate-ip";
const AUTO_REGISTRATION_GROUP = "istio.io/autoRegistrationGroup";
const WORKLOAD_NAME_LABEL = "service.istio.io/workload-name";
const TUNNEL_LABEL = "networking.istio.io/tunnel";
const AMBIENT_REDIRECTION = "ambient.istio.io/redirection";

/** istiod's PILOT_IP_AUTOALLOCATE_IPV4_PREFIX / _IPV6_PREFIX defaults. */
export const DEFAULT_AUTOALLOCATE_V4 = "240.240.0.0/16";
export const DEFAULT_AUTOALLOCATE_V6 = "2001:2::/48";

/** A WorkloadEntry spec (also a ServiceEntry's inline endpoint). */
const WE_SPEC = k8s({
  address: withDefault(str(), ""),
  ports: withDefault(map(str(), port()), {}),
  labels: stringMap,
  network: withDefault(str(), ""),
  locality: withDefault(str(), ""),
  weight: withDefault(int({ max: 0xffffffff }), 0),
  serviceAccount: withDefault(str(), ""),
});
type WeSpec = Out<typeof WE_SPEC>;

const SE_SPEC = k8s({
  hosts: refine(list(refine(str(), (v) => v || fail("must not be empty"))), (v) =>
    v.length ? v : fail("needs at least one host"),
  ),
  // An address or a CIDR, as istiod's parseCidrOrIP.
  addresses: withDefault(list(either(ip(), cidr())), []),
  ports: withDefault(
    list(
      k8s({
        number: port(),
        name: withDefault(str(), ""),
        protocol: withDefault(str(), ""),
        targetPort: optional(port()),
      }),
    ),
    [],
  ),
  resolution: withDefault(oneOf(RESOLUTIONS), "NONE"),
  // Read and checked; istiod's ambient index puts nothing of it in the Address resources.
  location: withDefault(oneOf(["MESH_EXTERNAL", "MESH_INTERNAL"]), "MESH_EXTERNAL"),
  workloadSelector: optional(k8s({ labels: stringMap })),
  endpoints: withDefault(list(WE_SPEC), []),
  subjectAltNames: withDefault(list(str()), []),
});
type SeSpec = Out<typeof SE_SPEC>;

export interface ParsedSe {
  c: Ctx;
  meta: Meta;
  spec: SeSpec;
  /** metadata.creationTimestamp ("" when absent): istiod's tie-breaker for duplicate hosts. */
  created: string;
  /** status.addresses: what istiod's allocator wrote earlier, kept as it keeps them. */
  statusAddresses: { host: string; value: string }[];
}

export interface ParsedWe {
  c: Ctx;
  meta: Meta;
  spec: WeSpec;
}

const STATUS = k8s({
  addresses: withDefault(list(k8s({ host: withDefault(str(), ""), value: str() })), []),
});

export function parseServiceEntry(c: Ctx, m: Meta, doc: Record<string, unknown>): ParsedSe {
  const spec = c.check(SE_SPEC, doc.spec ?? {}, ["spec"]);
  for (const [i, a] of spec.addresses.entries()) {
    // Our NetworkAddress has no prefix length (workload.proto's `length`): a range would be served as one IP.
    if (typeof a !== "string" && a.prefixLen !== (a.address.includes(":") ? 128 : 32))
      throw c.err(`spec.addresses[${i}]`, "a CIDR range is not supported by this control plane (give single IPs)");
  }
  if (spec.resolution === "STATIC") {
    // istiod's validation webhook: STATIC endpoints are addresses (unix sockets aside).
    for (const [i, ep] of spec.endpoints.entries()) {
      if (!ipToBytes(ep.address))
        throw c.err(`spec.endpoints[${i}].address`, `${JSON.stringify(ep.address)} is not an IP (resolution STATIC)`);
    }
  }
  const meta = doc.metadata as Record<string, unknown> | undefined;
  const created = typeof meta?.creationTimestamp === "string" ? meta.creationTimestamp : "";
  const status = c.check(STATUS, doc.status ?? {}, ["status"]);
  return { c, meta: m, spec, created, statusAddresses: status.addresses };
}

export function parseWorkloadEntry(c: Ctx, m: Meta, doc: Record<string, unknown>): ParsedWe {
  const spec = c.check(WE_SPEC, doc.spec ?? {}, ["spec"]);
  if (!spec.address) throw c.err("spec.address", "is required (an IP or a hostname)");
  // istiod's ConvertClientWorkloadEntry: spec labels merged with metadata labels, metadata winning.
  const labels = { ...spec.labels, ...m.labels };
  return { c, meta: { ...m, labels }, spec: { ...spec, labels } };
}

// ---- VIP auto-allocation ----

function parsePrefix(text: string): { base: bigint; bits: number; v6: boolean } | undefined {
  const [a = "", len] = text.split("/");
  const b = ipToBytes(a);
  const n = len === undefined ? Number.NaN : Number(len);
  if (!b || !Number.isInteger(n) || n < 0 || n > b.length * 8) return undefined;
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  const width = b.length * 8;
  const mask = ((1n << BigInt(width)) - 1n) ^ ((1n << BigInt(width - n)) - 1n);
  return { base: v & mask, bits: n, v6: b.length === 16 };
}

function toText(v: bigint, v6: boolean): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n)).join(".");
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((v >> s) & 0xffffn).toString(16));
  // Canonical (RFC 5952) form: the longest run of zero groups becomes "::".
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  if (best < 0) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}

/** istiod's prefixUse: hands out the next free address after the prefix's network address. */
export interface Allocator {
  markUsed(address: string): void;
  next(): string | undefined;
}

export function prefixAllocator(prefix: string): Allocator {
  const p = parsePrefix(prefix);
  if (!p) throw new Error(`${JSON.stringify(prefix)} is not a CIDR prefix`);
  const width = BigInt(p.v6 ? 128 : 32);
  const size = 1n << (width - BigInt(p.bits));
  const used = new Set<bigint>();
  let next = p.base + 1n;
  const inRange = (v: bigint) => v >= p.base && v < p.base + size;
  const value = (a: string) => {
    const b = ipToBytes(a);
    if (!b || (b.length === 16) !== p.v6) return undefined;
    let v = 0n;
    for (const x of b) v = (v << 8n) | BigInt(x);
    return v;
  };
  return {
    markUsed(a) {
      const v = value(a);
      if (v !== undefined && inRange(v)) used.add(v);
    },
    next() {
      let n = next;
      let looped = false;
      if (!inRange(n)) [n, looped] = [p.base + 1n, true];
      while (used.has(n)) {
        n++;
        if (!inRange(n)) {
          if (looped) return undefined; // exhausted: istiod logs and assigns none
          [n, looped] = [p.base + 1n, true];
        }
      }
      used.add(n);
      next = n + 1n;
      return toText(n, p.v6);
    },
  };
}

const isWildcard = (h: string) => h.startsWith("*");

/** istiod's ShouldV2AutoAllocateIP. */
function shouldAutoAllocate(se: ParsedSe): boolean {
  if (se.spec.resolution === "NONE") return false;
  if ((se.meta.labels[AUTOALLOCATE_LABEL] ?? "").toLowerCase() === "false") return false;
  return se.spec.addresses.length === 0;
}

/**
 * The allocator's status.addresses for every ServiceEntry: kept where the object already
 * carries them, else one IPv4 and one IPv6 per host, in creation order (the order istiod's
 * controller reconciles a fresh cluster in), wildcard hosts skipped unless DYNAMIC_DNS (keepHost).
 */
export function allocateAddresses(ses: ParsedSe[], v4: Allocator, v6: Allocator): Map<ParsedSe, Map<string, string[]>> {
  const out = new Map<ParsedSe, Map<string, string[]>>();
  // checkInSpecAddresses / markUsedOrQueueConflict: user and earlier addresses are taken.
  for (const se of ses) {
    for (const a of se.spec.addresses) {
      const t = typeof a === "string" ? a : a.address;
      v4.markUsed(t);
      v6.markUsed(t);
    }
    if (shouldAutoAllocate(se)) {
      for (const s of se.statusAddresses) {
        v4.markUsed(s.value);
        v6.markUsed(s.value);
      }
    }
  }
  const order = [...ses].sort(
    (a, b) =>
      cmp(a.created, b.created) || cmp(`${a.meta.namespace}/${a.meta.name}`, `${b.meta.namespace}/${b.meta.name}`),
  );
  for (const se of order) {
    if (!shouldAutoAllocate(se)) continue;
    const hosts = new Map<string, string[]>();
    for (const s of se.statusAddresses) {
      if (!ipToBytes(s.value)) continue; // getHostAddressesFromServiceEntryStatus skips the unparsable
      hosts.set(s.host, [...(hosts.get(s.host) ?? []), s.value]);
    }
    const keep = se.spec.hosts.filter((h) => !isWildcard(h) || se.spec.resolution === "DYNAMIC_DNS");
    const complete = keep.every((h) => hosts.has(h)) && [...hosts.keys()].every((h) => keep.includes(h));
    if (!complete) {
      const fresh = new Map<string, string[]>();
      for (const h of keep) {
        if (fresh.has(h)) continue;
        const had = hosts.get(h);
        fresh.set(h, had ?? [v4.next(), v6.next()].filter((x): x is string => x !== undefined));
      }
      out.set(se, fresh);
    } else out.set(se, hosts);
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---- Services ----

export interface SeEnv {
  clusterId: string;
  trustDomain: string;
  /** The cluster's network (istiod's FetchLocalNetworkID). */
  network: string;
  /** istiod's GetTrafficDistribution(nil, …) → its load balancing, for non-NONE resolutions. */
  lbFor(annotations: Record<string, string>, namespace: string): LoadBalancer | undefined;
  canonical(labels: Record<string, string>, workloadName: string): [string, string];
  policiesFor(namespace: string, labels: Record<string, string>): string[];
  networkGateway(network: string): GatewayAddress | undefined;
  /** computeWaypoint for an object of this namespace with these labels. */
  workloadWaypoint(
    namespace: string,
    labels: Record<string, string>,
  ): { waypoint?: GatewayAddress; tunnel?: ApplicationTunnel };
  /** MeshConfig serviceEntryVisibility's answer for this entry's namespace (VisibilityFor). */
  visibility(se: ParsedSe): SeVisibility;
}

export interface SeService {
  se: ParsedSe;
  out: Service;
}

/** istiod's constructServiceEntries for every ServiceEntry, then selectWorkloadServices' canonical pick. */
export function buildServiceEntryServices(
  ses: ParsedSe[],
  allocated: Map<ParsedSe, Map<string, string[]>>,
  kubeHostnames: Set<string>,
  env: SeEnv,
): SeService[] {
  const out: SeService[] = [];
  const byKey = new Map<string, SeService>();
  for (const se of ses) {
    const { spec, meta: m } = se;
    const ports: PortMap = {};
    for (const p of spec.ports) ports[p.number] = p.targetPort ?? p.number;
    let lb: LoadBalancer | undefined;
    // NONE passes traffic through to the address dialed: no distribution applies.
    if (spec.resolution === "NONE") lb = { routingPreferences: [], mode: "Passthrough", healthPolicy: "AllowAll" };
    else lb = env.lbFor(m.annotations, m.namespace);
    const own = spec.addresses.map((a) => ({ network: env.network, address: typeof a === "string" ? a : a.address }));
    // serviceEntriesInfo's wdsVisibility: Namespace is sent, Public is the field's default.
    const namespaceOnly = env.visibility(se) === "Namespace";
    for (const h of spec.hosts) {
      let vips = own;
      if (vips.length === 0 && spec.resolution !== "NONE" && (!isWildcard(h) || spec.resolution === "DYNAMIC_DNS")) {
        vips = (allocated.get(se)?.get(h) ?? []).map((address) => ({ network: env.network, address }));
      }
      const svc: Service = {
        name: m.name,
        namespace: m.namespace,
        hostname: h,
        vips,
        ports: { ...ports },
        subjectAltNames: [...spec.subjectAltNames],
        canonical: false,
      };
      if (lb) svc.loadBalancer = { ...lb, routingPreferences: [...lb.routingPreferences] };
      if (namespaceOnly) svc.visibility = "Namespace";
      const key = serviceKey(svc);
      const other = byKey.get(key);
      if (other) {
        // istiod keeps the oldest silently (selectWorkloadServices); a fixture author wants to hear.
        throw se.c.err(
          "spec.hosts",
          `${h} is already a host of ServiceEntry ${other.se.meta.namespace}/${other.se.meta.name}`,
        );
      }
      const entry = { se, out: svc };
      byKey.set(key, entry);
      out.push(entry);
    }
  }
  // Canonical: a Kubernetes Service with the hostname wins; else the oldest ServiceEntry's,
  // never a Namespace-visible one (it cannot answer for other namespaces).
  const byHost = new Map<string, SeService[]>();
  for (const e of out) {
    if (e.out.visibility === "Namespace") continue;
    byHost.set(e.out.hostname, [...(byHost.get(e.out.hostname) ?? []), e]);
  }
  for (const [host, list] of byHost) {
    if (kubeHostnames.has(host)) continue;
    const best = [...list].sort((a, b) => cmp(a.se.created, b.se.created) || cmp(a.out.namespace, b.out.namespace))[0];
    if (best) best.out.canonical = true;
  }
  return out;
}

// ---- Workloads ----

/** A service a WorkloadEntry or endpoint can back, with what istiod's port mapping needs. */
export interface BackedService {
  key: string;
  ports: PortMap;
  /** servicePort → the port's name (ServiceEntry) or the Service port's name and named targetPort. */
  names: Map<number, { portName: string; targetPortName?: string }>;
  kind: "Service" | "ServiceEntry";
}

export function seBacked(list: SeService[]): BackedService[] {
  return list.map(({ se, out }) => ({
    key: serviceKey(out),
    ports: out.ports,
    names: new Map(se.spec.ports.map((p) => [p.number, { portName: p.name }])),
    kind: "ServiceEntry",
  }));
}

/** istiod's constructServicesFromWorkloadEntry. */
export function portsFromWorkloadEntry(
  ports: Record<string, number>,
  services: BackedService[],
): Record<string, PortMap> {
  const res: Record<string, PortMap> = {};
  for (const s of services) {
    const pl: PortMap = {};
    for (const [spText, tp] of Object.entries(s.ports)) {
      const sp = Number(spText);
      let target = tp;
      const named = s.names.get(sp);
      if (s.kind === "Service") {
        if (named?.targetPortName) {
          const v = ports[named.targetPortName];
          if (v === undefined) continue; // a named target this entry lacks: the port is left out
          target = v;
        } else if (named && ports[named.portName] !== undefined) target = ports[named.portName]!;
      } else if (named) {
        const v = ports[named.portName];
        if (v !== undefined) target = v;
        else if (target === 0) target = sp;
      }
      pl[sp] = target;
    }
    res[s.key] = pl;
  }
  return res;
}

/** istiod's setTunnelProtocol (the legacy mTLS mode aside). */
function tunnelProtocol(
  labels: Record<string, string>,
  annotations: Record<string, string>,
): [Workload["protocol"], boolean] {
  const native = (labels[TUNNEL_LABEL] ?? "").split(",").includes("http");
  if (native) return ["HBONE", true];
  return [annotations[AMBIENT_REDIRECTION] === "enabled" ? "HBONE" : "TCP", false];
}

/** label.SplitLocalityLabel over WorkloadEntry.locality (region/zone/subzone). */
function locality(text: string): Workload["locality"] {
  const [region = "", zone = "", subzone = ""] = text.split("/");
  return { region, zone, subzone };
}

function addressed(w: Workload, address: string): Workload {
  // An IP is the workload's address; anything else is a hostname for the proxy to resolve.
  if (ipToBytes(address)) w.workloadIps = [address];
  else w.hostname = address;
  return w;
}

/** istiod's serviceEntryWorkloadBuilder: inline endpoints, or one per host for DNS without any. */
export function serviceEntryWorkloads(se: ParsedSe, services: SeService[], env: SeEnv): Workload[] {
  const { spec, meta: m } = se;
  const dns = spec.resolution === "DNS" || spec.resolution === "DNS_ROUND_ROBIN" || spec.resolution === "DYNAMIC_DNS";
  const implicit = spec.endpoints.length === 0 && dns && spec.workloadSelector === undefined;
  if (spec.endpoints.length === 0 && !implicit) return [];
  const mine = services.filter((s) => s.se === se);
  const eps: { ep: WeSpec; backs: SeService[] }[] = implicit
    ? mine.map((s) => ({ ep: { ...emptyWe(), address: s.out.hostname }, backs: [s] }))
    : spec.endpoints.map((ep) => ({ ep, backs: mine }));
  const bound = (w: Workload, ep: WeSpec) => {
    if (implicit) return w; // an implicit endpoint has no labels to bind a waypoint by
    const { waypoint, tunnel } = env.workloadWaypoint(m.namespace, ep.labels);
    if (waypoint) w.waypoint = waypoint;
    if (tunnel) w.applicationTunnel = tunnel;
    return w;
  };
  const out: Workload[] = [];
  const uids = new Set<string>();
  for (const [i, { ep, backs }] of eps.entries()) {
    const network = ep.network || env.network;
    const uid = `${env.clusterId}/networking.istio.io/ServiceEntry/${m.namespace}/${m.name}/${ep.address}`;
    if (uids.has(uid)) throw se.c.err(`spec.endpoints[${i}].address`, `${ep.address} is listed twice`);
    uids.add(uid);
    const w = entryWorkload(env, m, {
      uid,
      network,
      serviceAccount: ep.serviceAccount,
      workloadName: m.name,
      services: portsFromWorkloadEntry(ep.ports, seBacked(backs)),
      locality: ep.locality,
      weight: ep.weight,
    });
    const gw = env.networkGateway(network);
    if (gw) w.networkGateway = gw;
    out.push(bound(addressed(w, ep.address), ep));
  }
  return out;
}

/**
 * What istiod's serviceEntryWorkloadBuilder and workloadEntryWorkloadBuilder build alike: a
 * pod-typed workload without a node, healthy (istiod: "TODO: WE can be unhealthy"), its tunnel
 * protocol from labels, an empty service account sent as ztunnel reads it ("default").
 */
function entryWorkload(
  env: SeEnv,
  m: ParsedSe["meta"],
  o: {
    uid: string;
    network: string;
    serviceAccount: string;
    workloadName: string;
    services: Workload["services"];
    locality: string;
    weight: number;
  },
): Workload {
  const [protocol, nativeTunnel] = tunnelProtocol(m.labels, m.annotations);
  const [canonicalName, canonicalRevision] = env.canonical(m.labels, o.workloadName);
  return {
    uid: o.uid,
    name: m.name,
    namespace: m.namespace,
    workloadIps: [],
    hostname: "",
    network: o.network,
    protocol,
    trustDomain: env.trustDomain,
    serviceAccount: o.serviceAccount || "default",
    node: "",
    canonicalName,
    canonicalRevision,
    workloadType: "pod", // istiod impersonates a pod here
    workloadName: o.workloadName,
    nativeTunnel,
    services: o.services,
    authorizationPolicies: env.policiesFor(m.namespace, m.labels),
    status: "Healthy",
    clusterId: env.clusterId,
    locality: locality(o.locality),
    networkMode: "Standard",
    capacity: o.weight > 0 ? o.weight : 1,
  };
}

const emptyWe = (): WeSpec => ({
  address: "",
  ports: {},
  labels: {},
  network: "",
  locality: "",
  weight: 0,
  serviceAccount: "",
});

/** istiod's workloadEntryWorkloadBuilder. */
export function workloadEntryWorkload(we: ParsedWe, backs: BackedService[], env: SeEnv): Workload {
  const { spec, meta: m } = we;
  const network = spec.network || env.network;
  const workloadName = m.annotations[AUTO_REGISTRATION_GROUP] ?? m.labels[WORKLOAD_NAME_LABEL] ?? m.name;
  const w = entryWorkload(env, m, {
    uid: `${env.clusterId}/networking.istio.io/WorkloadEntry/${m.namespace}/${m.name}`,
    network,
    serviceAccount: spec.serviceAccount,
    workloadName,
    services: portsFromWorkloadEntry(spec.ports, backs),
    locality: spec.locality,
    weight: spec.weight,
  });
  const gw = env.networkGateway(network);
  if (gw) w.networkGateway = gw;
  const { waypoint, tunnel } = env.workloadWaypoint(m.namespace, m.labels);
  if (waypoint) w.waypoint = waypoint;
  if (tunnel) w.applicationTunnel = tunnel;
  return addressed(w, spec.address);
}

/** Does this ServiceEntry's workloadSelector pick these labels (krt.FilterSelectsNonEmpty)? */
export function seSelects(se: ParsedSe, namespace: string, labels: Record<string, string>): boolean {
  const sel = se.spec.workloadSelector?.labels;
  if (!sel || Object.keys(sel).length === 0 || se.meta.namespace !== namespace) return false;
  return Object.entries(sel).every(([k, v]) => labels[k] === v);
}

/** istiod's constructServices for a pod a ServiceEntry selects: ports match container port names. */
export function podPortsForServiceEntry(containerPorts: Map<string, number>, s: SeService): PortMap {
  const out: PortMap = {};
  const names = new Map(s.se.spec.ports.map((p) => [p.number, p.name]));
  for (const [spText, tp] of Object.entries(s.out.ports)) {
    const sp = Number(spText);
    const name = names.get(sp);
    const v = name ? containerPorts.get(name) : undefined;
    out[sp] = v ?? (tp || sp);
  }
  return out;
}
