// Kubernetes-style objects (Namespace, Node, Service, Pod, EndpointSlice, and the
// AuthorizationPolicy / PeerAuthentication of authorization.ts) → the mesh model,
// following what istiod's ambient index does (pilot/pkg/serviceregistry/ambient: services.go
// constructService, workloads.go podWorkloadBuilder / endpointSlicesBuilder, nodes.go,
// model.GetTrafficDistribution) so a proxy sees the same Address and Authorization resources
// from us as from istiod. Where istiod silently drops a broken object (a pod without an IP, a pod on an unknown
// node) we refuse the whole mesh instead: a fixture author wants to hear about the typo, and
// hears about every broken document at once (their shapes are declared with schema.ts).
import { sparsePortMap } from "../../src/state/intern.ts";
import {
  any,
  bool,
  either,
  type Fields,
  fail,
  formatIssue,
  ip,
  list,
  map,
  type Out,
  obj,
  oneOf,
  optional,
  type Path,
  port,
  refine,
  type Spec,
  str,
  validate,
  withDefault,
} from "../../src/state/schema.ts";
import { LB_EXTENSION, parseLbPolicy } from "../../src/state/service-lb.ts";
import type {
  Authorization,
  IpFamily,
  LoadBalancer,
  LoadBalancerScope,
  Locality,
  PortMap,
  Service,
  Workload,
} from "../../src/state/types.ts";
import { SERVICE_LB_POLICIES, serviceKey } from "../../src/state/types.ts";
import {
  type ParsedAuthz,
  type ParsedPeerAuthn,
  type PolicyOptions,
  type PolicySet,
  parseAuthorizationPolicy,
  parsePeerAuthentication,
  policySet,
} from "./authorization.ts";
import { ControlPlaneError } from "./errors.ts";
import { PUBLIC_ONLY, parseMeshConfigMap, type VisibilityFor } from "./meshconfig.ts";
import { gatewayWorkload, localNetwork, networkGatewayFor, type ParsedGateway, parseGateway } from "./networks.ts";
import {
  allocateAddresses,
  type BackedService,
  buildServiceEntryServices,
  DEFAULT_AUTOALLOCATE_V4,
  DEFAULT_AUTOALLOCATE_V6,
  type ParsedSe,
  type ParsedWe,
  parseServiceEntry,
  parseWorkloadEntry,
  podPortsForServiceEntry,
  prefixAllocator,
  type SeEnv,
  seBacked,
  serviceEntryWorkloads,
  seSelects,
  workloadEntryWorkload,
} from "./serviceentry.ts";
import { type GatewayClass, ingressUseWaypoint, type Waypoint, waypointIndex, waypointOf } from "./waypoints.ts";

export interface TranslateOptions {
  clusterId: string;
  trustDomain: string;
  clusterDomain: string;
  network: string;
  /** istiod's mesh root namespace: its policies are mesh-wide (default istio-system). */
  rootNamespace?: string;
  /** Serve `istio.io/dry-run` AuthorizationPolicies (istiod's AMBIENT_ENABLE_DRY_RUN_AUTHORIZATION_POLICY; default off). */
  dryRunPolicies?: boolean;
  /** istiod's system namespace, whose topology.istio.io/network label names the cluster's network (default istio-system). */
  systemNamespace?: string;
  /** ServiceEntry VIP auto-allocation ranges (istiod's PILOT_IP_AUTOALLOCATE_IPV4_PREFIX / _IPV6_PREFIX). */
  autoAllocateV4?: string;
  autoAllocateV6?: string;
}

export const DEFAULT_ROOT_NAMESPACE = "istio-system";
const SECURITY_API = ["security.istio.io/v1", "security.istio.io/v1beta1"];
const NETWORKING_API = ["networking.istio.io/v1", "networking.istio.io/v1beta1", "networking.istio.io/v1alpha3"];
const GATEWAY_API = ["gateway.networking.k8s.io/v1", "gateway.networking.k8s.io/v1beta1"];

export interface Mesh {
  workloads: Workload[];
  services: Service[];
  policies: Authorization[];
}

export const DATAPLANE_MODE = "istio.io/dataplane-mode";
export const TRAFFIC_DISTRIBUTION = "networking.istio.io/traffic-distribution";
/** Set by istio-cni on pods it has enrolled; istiod then sends them as HBONE. */
const AMBIENT_REDIRECTION = "ambient.istio.io/redirection";
const REGION = "topology.kubernetes.io/region";
const ZONE = "topology.kubernetes.io/zone";
/** Istio's own subzone label (label.TopologySubzone), read by istiod's nodeLocality. */
const SUBZONE = "topology.istio.io/subzone";

// ---- where a document came from, for error messages ----

const sources = new WeakMap<object, string>();

/** Remembers that `doc` came from `where` (a file, optionally `file#docIndex`). */
export function markSource<T>(doc: T, where: string): T {
  if (doc !== null && typeof doc === "object") sources.set(doc, where);
  return doc;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

// ---- the shapes read, as schema.ts specs ----
// Kubernetes objects carry many fields we do not read: those are ignored, and null means
// "not set". A field read only on some paths (a live pod's address and node, clusterIP when
// there are no clusterIPs, an endpoint's addresses once its slice is known to hold IPs) is
// `any()` here and checked where it is read, with the same validator, so what is accepted
// stays exactly what the code uses.

const k8s = <F extends Fields>(fields: F) => obj(fields, { unknown: "ignore", nullIsMissing: true });
const anyList = withDefault(list(any()), []);
const optStr = optional(str());
const stringMap = withDefault(map(str(), str()), {});

const META = k8s({
  name: refine(str(), (v) => v || fail("must not be empty")),
  namespace: optional(str()),
  labels: stringMap,
  annotations: stringMap,
});

/** A clusterIP: an address, or "" / "None" (headless) for none. */
const VIP = either(oneOf(["", "None"]), ip());

const SERVICE_SPEC = k8s({
  ports: withDefault(
    list(
      k8s({
        port: port(),
        name: withDefault(str(), ""),
        // A port number, or a container port's name (resolved per pod); missing means `port`.
        targetPort: optional(
          either(
            refine(str(), (v) => v || fail("empty")),
            port(),
          ),
        ),
      }),
    ),
    [],
  ),
  selector: optional(map(str(), str())),
  clusterIPs: withDefault(list(VIP), []),
  clusterIP: optional(any()),
  // Two families are dual stack whatever they say; one must be a family.
  ipFamilies: withDefault(
    refine(list(any()), (v) => (v.length > 2 ? fail("at most two families") : v)),
    [],
  ),
  internalTrafficPolicy: optional(str()),
  trafficDistribution: optional(any()),
  publishNotReadyAddresses: optional(bool()),
});

const POD_SPEC = k8s({
  containers: withDefault(
    list(k8s({ ports: withDefault(list(k8s({ containerPort: port(), name: optional(str()) })), []) })),
    [],
  ),
  nodeName: optional(any()),
  serviceAccountName: optional(any()),
  hostNetwork: optional(any()),
});

const POD_STATUS = k8s({
  phase: optional(str()),
  podIPs: anyList,
  podIP: optional(any()),
  conditions: anyList,
});

const POD_IPS = list(k8s({ ip: ip() }));
const CONDITION = k8s({ type: optional(any()), status: optional(any()) });
const ENDPOINT = k8s({ targetRef: optional(any()), conditions: optional(any()) });

/** Field access with errors that say which object and which field is wrong. */
export interface Ctx {
  where: string;
  err(field: string, problem: string): ControlPlaneError;
  /** `value` (at `path` in this object) against `spec`; every problem found, in one error. */
  check<T>(spec: Spec<T>, value: unknown, path: Path): T;
}

function ctxFor(doc: Obj, kind: string): Ctx {
  const meta = isObj(doc.metadata) ? doc.metadata : {};
  const ns = typeof meta.namespace === "string" ? `${meta.namespace}/` : "";
  const name = typeof meta.name === "string" ? meta.name : "<no name>";
  const file = sources.get(doc);
  const where = `${file ? `${file}: ` : ""}${kind} ${ns}${name}`;
  return {
    where,
    err(field, problem) {
      return new ControlPlaneError("ZTS_CONTROLPLANE_BAD_MESH", `${where}: ${field}: ${problem}`);
    },
    check(spec, value, path) {
      const r = validate(spec, value ?? undefined, path);
      if (r.ok) return r.value;
      const message = r.issues.map((i) => `${where}: ${formatIssue(i)}`).join("; ");
      throw new ControlPlaneError("ZTS_CONTROLPLANE_BAD_MESH", message);
    },
  };
}

export interface Meta {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

function meta(c: Ctx, doc: Obj, namespaced: boolean): Meta {
  const m = c.check(META, doc.metadata ?? {}, ["metadata"]);
  return { ...m, namespace: namespaced ? (m.namespace ?? "default") : "" };
}

// ---- parsed objects ----

export interface Ns {
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

interface SvcPort {
  port: number;
  name: string;
  /** numeric target port, or 0 with `targetName` set */
  target: number;
  targetName?: string;
}

export interface ParsedSvc {
  c: Ctx;
  meta: Meta;
  spec: Out<typeof SERVICE_SPEC>;
  ports: SvcPort[];
  selector?: Record<string, string>;
}

export interface ParsedPod {
  c: Ctx;
  meta: Meta;
  spec: Out<typeof POD_SPEC>;
  status: Out<typeof POD_STATUS>;
  rawMeta: Obj;
  containerPorts: Map<string, number>;
}

const KINDS = [
  "Namespace",
  "Node",
  "Service",
  "Pod",
  "EndpointSlice",
  "AuthorizationPolicy",
  "PeerAuthentication",
  "ServiceEntry",
  "WorkloadEntry",
  "Gateway",
  "GatewayClass",
  // Only `istio` in the system namespace is read (its mesh config); others are accepted as data.
  "ConfigMap",
] as const;
/** Kinds without a namespace. */
const CLUSTER_SCOPED = ["Namespace", "Node", "GatewayClass"];

/** One mesh document, parsed (translateIndexed collects them; incremental.ts re-parses one). */
export type ParsedObject =
  | { kind: "List"; items: unknown[] }
  | { kind: "Namespace"; id: string; name: string; ns: Ns }
  | { kind: "Node"; id: string; name: string; locality: Locality | undefined }
  | { kind: "Service"; id: string; svc: ParsedSvc }
  | { kind: "Pod"; id: string; pod: ParsedPod }
  | { kind: "EndpointSlice"; id: string; slice: ParsedSlice }
  | { kind: "AuthorizationPolicy"; id: string; authz: ParsedAuthz }
  | { kind: "PeerAuthentication"; id: string; peer: ParsedPeerAuthn }
  | { kind: "ServiceEntry"; id: string; se: ParsedSe }
  | { kind: "WorkloadEntry"; id: string; we: ParsedWe }
  | { kind: "Gateway"; id: string; gateway: ParsedGateway }
  | { kind: "GatewayClass"; id: string; name: string; gatewayClass: GatewayClass }
  /** `visibility`: set by the system namespace's `istio` ConfigMap (mesh config) only. */
  | { kind: "ConfigMap"; id: string; visibility: VisibilityFor | undefined };

/** What parsing one document needs besides the document. */
export interface ParseOptions extends PolicyOptions {
  systemNamespace: string;
}

export interface ParsedSlice {
  c: Ctx;
  meta: Meta;
  doc: Obj;
}

/** The identity translation keys objects by (unique in a mesh): `Kind/namespace/name`. */
export function objectId(raw: unknown): string | undefined {
  if (!isObj(raw) || typeof raw.kind !== "string" || !isObj(raw.metadata)) return undefined;
  const { name, namespace } = raw.metadata;
  if (typeof name !== "string" || !name) return undefined;
  const namespaced = !CLUSTER_SCOPED.includes(raw.kind);
  const ns = namespaced ? (typeof namespace === "string" ? namespace : "default") : "";
  return `${raw.kind}/${ns}/${name}`;
}

/**
 * Parses one document (`i` is its position, for messages). `seen` holds the ids met so far:
 * a second definition is refused before its fields are read. undefined = an empty document.
 */
export function parseObject(
  raw: unknown,
  i: number,
  popts: ParseOptions,
  seen: { has(id: string): boolean; add(id: string): unknown },
): ParsedObject | undefined {
  if (raw === null || raw === undefined) return undefined; // empty YAML document
  if (!isObj(raw)) {
    const file = sources.get(raw as object);
    throw new ControlPlaneError(
      "ZTS_CONTROLPLANE_BAD_MESH",
      `${file ?? `document ${i}`}: not a Kubernetes object (expected a mapping with kind and metadata)`,
    );
  }
  const kind = raw.kind;
  if (kind === "List") {
    const items = ctxFor(raw, "List").check(anyList, raw.items, ["items"]);
    for (const item of items) if (isObj(item) && sources.has(raw)) markSource(item, sources.get(raw)!);
    return { kind: "List", items };
  }
  if (typeof kind !== "string" || !(KINDS as readonly string[]).includes(kind)) {
    throw ctxFor(raw, typeof kind === "string" ? kind : "object").err(
      "kind",
      `${JSON.stringify(kind)} is not supported (one of ${KINDS.join(", ")})`,
    );
  }
  const c = ctxFor(raw, kind);
  const namespaced = !CLUSTER_SCOPED.includes(kind);
  const m = meta(c, raw, namespaced);
  const id = `${kind}/${m.namespace}/${m.name}`;
  if (seen.has(id)) throw c.err("metadata.name", "defined twice");
  seen.add(id);
  switch (kind) {
    case "Namespace":
      return { kind, id, name: m.name, ns: { labels: m.labels, annotations: m.annotations } };
    case "Node": {
      const region = m.labels[REGION] ?? "";
      const zone = m.labels[ZONE] ?? "";
      const subzone = m.labels[SUBZONE] ?? "";
      return { kind, id, name: m.name, locality: region || zone || subzone ? { region, zone, subzone } : undefined };
    }
    case "Service":
      return { kind, id, svc: parseService(c, m, raw) };
    case "Pod":
      return { kind, id, pod: parsePod(c, m, raw) };
    case "EndpointSlice":
      return { kind, id, slice: { c, meta: m, doc: raw } };
    case "AuthorizationPolicy":
    case "PeerAuthentication": {
      const api = c.check(optStr, raw.apiVersion, ["apiVersion"]);
      if (api !== undefined && !SECURITY_API.includes(api))
        throw c.err("apiVersion", `${JSON.stringify(api)} is not one of ${SECURITY_API.join(", ")}`);
      if (kind === "AuthorizationPolicy") return { kind, id, authz: parseAuthorizationPolicy(c, m, raw.spec, popts) };
      const created = isObj(raw.metadata) ? raw.metadata.creationTimestamp : undefined;
      return { kind, id, peer: parsePeerAuthentication(c, m, raw.spec, created) };
    }
    case "ConfigMap":
      return { kind, id, visibility: parseMeshConfigMap(c, m, raw, popts.systemNamespace) };
    default: {
      const apis = kind === "Gateway" || kind === "GatewayClass" ? GATEWAY_API : NETWORKING_API;
      const api = c.check(optStr, raw.apiVersion, ["apiVersion"]);
      if (api !== undefined && !apis.includes(api))
        throw c.err("apiVersion", `${JSON.stringify(api)} is not one of ${apis.join(", ")}`);
      if (kind === "ServiceEntry") return { kind, id, se: parseServiceEntry(c, m, raw) };
      if (kind === "WorkloadEntry") return { kind, id, we: parseWorkloadEntry(c, m, raw) };
      if (kind === "GatewayClass")
        return { kind, id, name: m.name, gatewayClass: { labels: m.labels, annotations: m.annotations } };
      return { kind: "Gateway", id, gateway: parseGateway(c, m, raw) };
    }
  }
}

/** The Services that select by labels, indexed by namespace and their first selector pair. */
export interface SelectorIndex {
  /** namespace → "key=value" → services (with their position in the mesh). */
  byPair: Map<string, Map<string, { at: number; svc: ParsedSvc }[]>>;
}

const pairKey = (k: string, v: string) => `${k}\u0000${v}`;

export function selectorIndex(services: ParsedSvc[]): SelectorIndex {
  const byPair = new Map<string, Map<string, { at: number; svc: ParsedSvc }[]>>();
  for (const [at, svc] of services.entries()) {
    const first = svc.selector ? Object.entries(svc.selector)[0] : undefined;
    if (!first) continue; // no selector, or an empty one: selects nothing
    let ns = byPair.get(svc.meta.namespace);
    if (!ns) {
      ns = new Map();
      byPair.set(svc.meta.namespace, ns);
    }
    const k = pairKey(first[0], first[1]);
    const list = ns.get(k);
    if (list) list.push({ at, svc });
    else ns.set(k, [{ at, svc }]);
  }
  return { byPair };
}

/** Replaces the Service at position `at` in the index (`next` undefined: removes it). */
export function reindexService(index: SelectorIndex, at: number, before: ParsedSvc, next: ParsedSvc | undefined): void {
  const first = (s: ParsedSvc) => (s.selector ? Object.entries(s.selector)[0] : undefined);
  const old = first(before);
  const ns = index.byPair.get(before.meta.namespace);
  if (old && ns) {
    const k = pairKey(old[0], old[1]);
    const list = (ns.get(k) ?? []).filter((e) => e.at !== at);
    if (list.length) ns.set(k, list);
    else ns.delete(k);
  }
  const pair = next && first(next);
  if (!next || !pair) return;
  let into = index.byPair.get(next.meta.namespace);
  if (!into) {
    into = new Map();
    index.byPair.set(next.meta.namespace, into);
  }
  const k = pairKey(pair[0], pair[1]);
  into.set(k, [...(into.get(k) ?? []), { at, svc: next }]);
}

/** Whether a Service selects a pod with `labels` (an empty or missing selector selects none). */
export const selects = (s: ParsedSvc, labels: Record<string, string>): boolean =>
  s.selector !== undefined && Object.keys(s.selector).length > 0 && matches(s.selector, labels);

/**
 * The Services of `namespace` whose selector matches `labels`, in mesh order — what a scan
 * of every service would give, without matching every pod against every service.
 */
function servicesSelecting(index: SelectorIndex, namespace: string, labels: Record<string, string>): ParsedSvc[] {
  const ns = index.byPair.get(namespace);
  if (!ns) return [];
  const found: { at: number; svc: ParsedSvc }[] = [];
  for (const k in labels) {
    const list = ns.get(pairKey(k, labels[k]!));
    if (list) for (const e of list) if (matches(e.svc.selector!, labels)) found.push(e);
  }
  return found.sort((a, b) => a.at - b.at).map((e) => e.svc);
}

/** What building one pod's workload reads: everything translateIndexed derived from the rest of the mesh. */
export interface PodBuild {
  opts: TranslateOptions;
  namespaces: Map<string, Ns>;
  nodes: Map<string, Locality | undefined>;
  selecting: SelectorIndex;
  /** ns/name of a pod → selector-less Services whose EndpointSlices name it. */
  podExtra: Map<string, ParsedSvc[]>;
  policies: PolicySet;
  seServices: ReturnType<typeof buildServiceEntryServices>;
  gatewayFor: (network: string) => ReturnType<typeof networkGatewayFor>;
  workloadWaypoint: (
    namespace: string,
    labels: Record<string, string>,
  ) => { waypoint?: Workload["waypoint"]; tunnel?: Workload["applicationTunnel"] };
}

/** A pod's workload as the mesh serves it (undefined: a terminal pod, not served). */
export function podWorkload(p: ParsedPod, b: PodBuild): Workload | undefined {
  const backing = servicesSelecting(b.selecting, p.meta.namespace, p.meta.labels);
  const w = buildPod(p, b.namespaces, b.nodes, backing, b.podExtra, b.policies, b.opts);
  if (!w) return undefined;
  // PILOT_ENABLE_SERVICEENTRY_SELECT_PODS (on by default): a ServiceEntry's workloadSelector picks pods.
  for (const s of b.seServices) {
    if (seSelects(s.se, p.meta.namespace, p.meta.labels))
      w.services[serviceKey(s.out)] = podPortsForServiceEntry(p.containerPorts, s);
  }
  const gw = b.gatewayFor(w.network);
  if (gw) w.networkGateway = gw;
  const { waypoint, tunnel } = b.workloadWaypoint(p.meta.namespace, p.meta.labels);
  if (waypoint) w.waypoint = waypoint;
  if (tunnel) w.applicationTunnel = tunnel;
  return w;
}

/** A translated mesh with what incremental.ts needs to rebuild parts of it. */
export interface Translation {
  mesh: Mesh;
  build: PodBuild;
  pods: ParsedPod[];
  /** The Kubernetes Services in mesh order (a position here is the one selectorIndex uses). */
  services: ParsedSvc[];
  /** A Kubernetes Service's output (its waypoint bound), as the full translation builds it. */
  serviceOut: (s: ParsedSvc) => Service;
  authz: ParsedAuthz[];
  peerAuthns: ParsedPeerAuthn[];
  /** Kinds present, so an incremental update knows which cross-object rules can apply. */
  counts: Record<(typeof KINDS)[number], number>;
  policyOpts: ParseOptions;
  rootNamespace: string;
  /** `network/address` → how many workloads (the ones checked for clashes) use it. */
  ipUse: Map<string, number>;
}

export function translate(docs: unknown[], opts: TranslateOptions): Mesh {
  return translateIndexed(docs, opts).mesh;
}

export function translateIndexed(docs: unknown[], opts: TranslateOptions): Translation {
  const namespaces = new Map<string, Ns>();
  const nodes = new Map<string, Locality | undefined>();
  const services: ParsedSvc[] = [];
  const pods: ParsedPod[] = [];
  const slices: ParsedSlice[] = [];
  const authz: ParsedAuthz[] = [];
  const peerAuthns: ParsedPeerAuthn[] = [];
  const serviceEntries: ParsedSe[] = [];
  const workloadEntries: ParsedWe[] = [];
  const gateways: ParsedGateway[] = [];
  const gatewayClasses = new Map<string, GatewayClass>();
  const systemNamespace = opts.systemNamespace ?? DEFAULT_ROOT_NAMESPACE;
  let seVisibility: VisibilityFor = PUBLIC_ONLY;
  const rootNamespace = opts.rootNamespace ?? DEFAULT_ROOT_NAMESPACE;
  const policyOpts: ParseOptions = { rootNamespace, dryRunPolicies: opts.dryRunPolicies ?? false, systemNamespace };
  const seen = new Set<string>();
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Translation["counts"];

  // Every document is checked before any is used, and all their problems are reported
  // together; the mesh is still refused as a whole.
  const problems: string[] = [];
  const queue = [...docs]; // List items are appended, the caller's array stays as it was
  for (const [i, raw] of queue.entries()) {
    try {
      const o = parseObject(raw, i, policyOpts, seen);
      if (!o) continue;
      if (o.kind === "List") {
        queue.push(...o.items);
        continue;
      }
      counts[o.kind]++;
      switch (o.kind) {
        case "Namespace":
          namespaces.set(o.name, o.ns);
          break;
        case "Node":
          nodes.set(o.name, o.locality);
          break;
        case "Service":
          services.push(o.svc);
          break;
        case "Pod":
          pods.push(o.pod);
          break;
        case "EndpointSlice":
          slices.push(o.slice);
          break;
        case "AuthorizationPolicy":
          authz.push(o.authz);
          break;
        case "PeerAuthentication":
          peerAuthns.push(o.peer);
          break;
        case "ServiceEntry":
          serviceEntries.push(o.se);
          break;
        case "WorkloadEntry":
          workloadEntries.push(o.we);
          break;
        case "Gateway":
          gateways.push(o.gateway);
          break;
        case "GatewayClass":
          gatewayClasses.set(o.name, o.gatewayClass);
          break;
        case "ConfigMap":
          if (o.visibility) seVisibility = o.visibility;
          break;
      }
    } catch (e) {
      if (!(e instanceof ControlPlaneError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length) throw new ControlPlaneError("ZTS_CONTROLPLANE_BAD_MESH", problems.join("; "));

  // The cluster's network, as istiod's FetchLocalNetworkID; every builder below uses it.
  const network = localNetwork(namespaces, systemNamespace, opts.network);
  opts = { ...opts, network };
  const netGateways = gateways.flatMap((g) => g.gateways);
  const gatewayFor = (n: string) => networkGatewayFor(netGateways, n);
  const waypoints = waypointIndex(
    gateways
      .map((g) => waypointOf(g, network, gatewayClasses.get(g.className)))
      .filter((w): w is Waypoint => w !== undefined),
    (ns) => namespaces.get(ns)?.labels,
  );
  /** `ownNamespaceOnly`: a Namespace-visible ServiceEntry never binds another namespace's waypoint (fetchWaypointForService). */
  const bindService = (out: Service, m: Meta, ownNamespaceOnly = false) => {
    const w = waypoints.forService(m);
    if (!w || (ownNamespaceOnly && w.namespace !== m.namespace)) return;
    out.waypoint = w.address;
    // Set only with a waypoint bound, as serviceServiceBuilder / serviceEntriesInfo do.
    if (ingressUseWaypoint(m.labels, namespaces.get(m.namespace)?.labels)) out.ingressUseWaypoint = true;
  };
  const workloadWaypoint = (namespace: string, labels: Record<string, string>) => {
    const { waypoint, tunnel } = waypoints.forWorkload({ namespace, labels });
    return { waypoint: waypoint?.address, tunnel };
  };

  const svcByKey = new Map<string, { parsed: ParsedSvc; out: Service }>();
  const outServices: Service[] = [];
  const serviceOut = (s: ParsedSvc): Service => {
    const out = buildService(s, namespaces.get(s.meta.namespace), opts);
    bindService(out, s.meta);
    return out;
  };
  for (const s of services) {
    const out = serviceOut(s);
    svcByKey.set(`${s.meta.namespace}/${s.meta.name}`, { parsed: s, out });
    outServices.push(out);
  }

  // Selector-less services get their pods from EndpointSlices (targetRef → Pod); endpoints
  // with no pod behind them become workloads of their own, as istiod does.
  const podExtraServices = new Map<string, ParsedSvc[]>();
  const workloads: Workload[] = [];
  for (const sl of slices) workloads.push(...fromEndpointSlice(sl, svcByKey, podExtraServices, opts));

  const policies = policySet(authz, peerAuthns, rootNamespace);
  const env: SeEnv = {
    clusterId: opts.clusterId,
    trustDomain: opts.trustDomain,
    network,
    lbFor: (annotations, ns) =>
      lbForDistribution(trafficDistribution(undefined, annotations, namespaces.get(ns)?.annotations)),
    canonical,
    policiesFor: (ns, labels) => policies.forWorkload(ns, labels),
    networkGateway: gatewayFor,
    workloadWaypoint,
    visibility: (se) => seVisibility(namespaces.get(se.meta.namespace)?.labels ?? {}),
  };
  // serviceEntriesInfo: a ServiceEntry of visibility None is not published, nor are its endpoints
  // (serviceEntryWorkloadBuilder finds no services for it); istiod's allocator still gives it VIPs.
  const visibleEntries = serviceEntries.filter((se) => env.visibility(se) !== "None");
  const allocated = allocateAddresses(
    serviceEntries,
    allocatorFor(opts.autoAllocateV4 ?? DEFAULT_AUTOALLOCATE_V4, "autoAllocateV4"),
    allocatorFor(opts.autoAllocateV6 ?? DEFAULT_AUTOALLOCATE_V6, "autoAllocateV6"),
  );
  const seServices = buildServiceEntryServices(
    visibleEntries,
    allocated,
    new Set(outServices.map((s) => s.hostname)),
    env,
  );
  for (const s of seServices) bindService(s.out, s.se.meta, s.out.visibility === "Namespace");
  outServices.push(...seServices.map((s) => s.out));
  for (const w of workloads) {
    const gw = gatewayFor(w.network);
    if (gw) w.networkGateway = gw;
  }
  const selecting = selectorIndex(services);
  const build: PodBuild = {
    opts,
    namespaces,
    nodes,
    selecting,
    podExtra: podExtraServices,
    policies,
    seServices,
    gatewayFor,
    workloadWaypoint,
  };
  for (const p of pods) {
    const w = podWorkload(p, build);
    if (w) workloads.push(w);
  }
  for (const we of workloadEntries) {
    const { namespace, labels } = we.meta;
    // PILOT_ENABLE_K8S_SELECT_WORKLOAD_ENTRIES (on by default): Services' selectors pick entries too.
    const backs: BackedService[] = [
      ...servicesSelecting(selecting, namespace, labels).map((s) => kubeBacked(s, opts)),
      ...seBacked(seServices.filter((s) => seSelects(s.se, namespace, labels))),
    ];
    workloads.push(workloadEntryWorkload(we, backs, env));
  }
  const ips = new Map<string, string>();
  const ipUse = new Map<string, number>();
  for (const w of workloads) {
    for (const a of w.workloadIps) {
      const other = ips.get(`${w.network}/${a}`);
      if (other && w.networkMode !== "HostNetwork") {
        throw new ControlPlaneError(
          "ZTS_CONTROLPLANE_BAD_MESH",
          `workload ${w.uid}: address ${a} is already used by ${other}`,
        );
      }
      ips.set(`${w.network}/${a}`, w.uid);
      ipUse.set(`${w.network}/${a}`, (ipUse.get(`${w.network}/${a}`) ?? 0) + 1);
    }
  }
  // ServiceEntry endpoints may share an address (two entries for one external IP), as in istiod.
  for (const se of visibleEntries) workloads.push(...serviceEntryWorkloads(se, seServices, env));
  for (const g of netGateways) workloads.push(gatewayWorkload(g, opts.trustDomain));
  workloads.sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return {
    mesh: { workloads, services: outServices, policies: policies.policies },
    build,
    pods,
    services,
    serviceOut,
    authz,
    peerAuthns,
    counts,
    policyOpts,
    rootNamespace,
    ipUse,
  };
}

function allocatorFor(prefix: string, option: string) {
  try {
    return prefixAllocator(prefix);
  } catch (e) {
    throw new ControlPlaneError("ZTS_CONTROLPLANE_BAD_MESH", `${option}: ${(e as Error).message}`);
  }
}

/** A Kubernetes Service as a WorkloadEntry backs it (constructServicesFromWorkloadEntry's PortNames). */
function kubeBacked(s: ParsedSvc, opts: TranslateOptions): BackedService {
  const ports: PortMap = {};
  for (const p of s.ports) ports[p.port] = p.target;
  return {
    key: serviceKey({
      namespace: s.meta.namespace,
      hostname: `${s.meta.name}.${s.meta.namespace}.svc.${opts.clusterDomain}`,
    }),
    ports,
    names: new Map(s.ports.map((p) => [p.port, { portName: p.name, targetPortName: p.targetName }])),
    kind: "Service",
  };
}

// ---- Service ----

function parseService(c: Ctx, m: Meta, doc: Obj): ParsedSvc {
  const spec = c.check(SERVICE_SPEC, doc.spec ?? {}, ["spec"]);
  // Kubernetes defaults targetPort to port; a name resolves per pod (istiod sends 0).
  const ports = spec.ports.map(({ port, name, targetPort: tp }): SvcPort => {
    if (tp === undefined) return { port, name, target: port };
    return typeof tp === "string" ? { port, name, target: 0, targetName: tp } : { port, name, target: tp };
  });
  return { c, meta: m, spec, ports, selector: spec.selector };
}

const PREFER_ZONE: LoadBalancerScope[] = ["Network", "Region", "Zone"];
const PREFER_NODE: LoadBalancerScope[] = ["Network", "Region", "Zone", "Subzone", "Node"];

type Distribution = "Any" | "PreferSameZone" | "PreferSameNode";

function distributionOf(value: string): Distribution | undefined {
  switch (value.toLowerCase()) {
    case "preferclose":
    case "prefersamezone":
      return "PreferSameZone";
    case "prefersamenode":
      return "PreferSameNode";
    default:
      return undefined;
  }
}

/** istiod's GetTrafficDistribution: spec field, then Service annotation, then Namespace's. */
export function trafficDistribution(
  spec: string | undefined,
  svcAnnotations: Record<string, string>,
  nsAnnotations: Record<string, string> | undefined,
): Distribution {
  // The field takes only the exact Kubernetes spellings; an unknown value falls through.
  if (spec === "PreferClose" || spec === "PreferSameZone") return "PreferSameZone";
  if (spec === "PreferSameNode") return "PreferSameNode";
  const svcAnno = svcAnnotations[TRAFFIC_DISTRIBUTION];
  if (svcAnno) return distributionOf(svcAnno) ?? "Any"; // unknown: "any", no fall-through
  const nsAnno = nsAnnotations?.[TRAFFIC_DISTRIBUTION];
  if (nsAnno) return distributionOf(nsAnno) ?? "Any";
  return "Any";
}

/** preferSameZoneLoadBalancer / preferSameNodeLoadBalancer for a distribution; none for Any. */
function lbForDistribution(td: Distribution): LoadBalancer | undefined {
  if (td === "PreferSameZone")
    return { routingPreferences: [...PREFER_ZONE], mode: "Failover", healthPolicy: "OnlyHealthy" };
  if (td === "PreferSameNode")
    return { routingPreferences: [...PREFER_NODE], mode: "Failover", healthPolicy: "OnlyHealthy" };
  return undefined;
}

function loadBalancerOf(s: ParsedSvc, ns: Ns | undefined): LoadBalancer | undefined {
  const { spec } = s;
  let lb: LoadBalancer | undefined;
  if (spec.internalTrafficPolicy === "Local") {
    lb = { routingPreferences: ["Node"], mode: "Strict", healthPolicy: "OnlyHealthy" };
  } else {
    const td = trafficDistribution(
      s.c.check(optStr, spec.trafficDistribution, ["spec", "trafficDistribution"]),
      s.meta.annotations,
      ns?.annotations,
    );
    if (td === "PreferSameZone")
      lb = { routingPreferences: [...PREFER_ZONE], mode: "Failover", healthPolicy: "OnlyHealthy" };
    if (td === "PreferSameNode")
      lb = { routingPreferences: [...PREFER_NODE], mode: "Failover", healthPolicy: "OnlyHealthy" };
  }
  if (spec.publishNotReadyAddresses === true) {
    lb ??= { routingPreferences: [], mode: "Standard", healthPolicy: "OnlyHealthy" };
    lb.healthPolicy = "AllowAll";
  }
  return lb;
}

function buildService(s: ParsedSvc, ns: Ns | undefined, opts: TranslateOptions): Service {
  const { c, spec, meta: m } = s;
  const hostname = `${m.name}.${m.namespace}.svc.${opts.clusterDomain}`;
  // istiod's getVIPs: clusterIPs, else clusterIP; "None" (headless) and "" are no VIP.
  const one = spec.clusterIPs.length > 0 ? undefined : c.check(optional(VIP), spec.clusterIP, ["spec", "clusterIP"]);
  const cips = one === undefined ? spec.clusterIPs : [one];
  const vips = cips.filter((v) => v !== "" && v !== "None").map((address) => ({ network: opts.network, address }));
  const ports: PortMap = sparsePortMap();
  for (const p of s.ports) ports[p.port] = p.target;
  const fams = spec.ipFamilies;
  const ipFamilies: IpFamily | undefined =
    fams.length === 2
      ? "Dual"
      : fams.length
        ? c.check(oneOf(["IPv4", "IPv6"]), fams[0], ["spec", "ipFamilies", 0])
        : undefined;
  const out: Service = {
    name: m.name,
    namespace: m.namespace,
    hostname,
    vips,
    ports,
    subjectAltNames: [], // istiod sets these only for ServiceEntries, never for a Kubernetes Service
    canonical: true,
  };
  const lb = loadBalancerOf(s, ns);
  if (lb) out.loadBalancer = lb;
  if (ipFamilies) out.ipFamilies = ipFamilies;
  // Ours: the service's upstream pick, sent as the Service extension of the same name.
  const pickAnno = m.annotations[LB_EXTENSION];
  if (pickAnno !== undefined) {
    const policy = parseLbPolicy(pickAnno.trim().toLowerCase());
    if (!policy) {
      throw c.err(
        `metadata.annotations.${LB_EXTENSION}`,
        `${JSON.stringify(pickAnno)} is not one of ${SERVICE_LB_POLICIES.join(", ")}`,
      );
    }
    out.lbPolicy = policy;
  }
  return out;
}

// ---- Pod ----

function parsePod(c: Ctx, m: Meta, doc: Obj): ParsedPod {
  const spec = c.check(POD_SPEC, doc.spec ?? {}, ["spec"]);
  const status = c.check(POD_STATUS, doc.status ?? {}, ["status"]);
  const containerPorts = new Map<string, number>();
  for (const ct of spec.containers) {
    for (const p of ct.ports) if (p.name) containerPorts.set(p.name, p.containerPort);
  }
  const rawMeta = isObj(doc.metadata) ? doc.metadata : {};
  return { c, meta: m, spec, status, rawMeta, containerPorts };
}

function podIps(p: ParsedPod): string[] {
  const { c, status } = p;
  if (status.podIPs.length > 0) return c.check(POD_IPS, status.podIPs, ["status", "podIPs"]).map((e) => e.ip);
  const one = c.check(optStr, status.podIP, ["status", "podIP"]);
  if (!one) throw c.err("status.podIP", "is required (a pod without an address cannot be a mesh workload)");
  return [c.check(ip(), one, ["status", "podIP"])];
}

function isReady(p: ParsedPod): boolean {
  for (const [i, raw] of p.status.conditions.entries()) {
    const cond = p.c.check(CONDITION, raw, ["status", "conditions", i]);
    if (cond.type === "Ready") return cond.status === "True";
  }
  return false;
}

const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

/** istiod's workloadName: the owning Deployment/Job/…, else the pod itself. */
function workloadNameOf(p: ParsedPod): string {
  const owners = p.c.check(anyList, p.rawMeta.ownerReferences, ["metadata", "ownerReferences"]);
  const owner = owners.find((o): o is Obj => isObj(o) && o.controller === true) ?? owners.find(isObj);
  if (!owner || typeof owner.name !== "string") return p.meta.name;
  const hash = p.meta.labels["pod-template-hash"];
  if (owner.kind === "ReplicaSet" && hash && owner.name.endsWith(`-${hash}`)) {
    return owner.name.slice(0, -hash.length - 1);
  }
  return owner.name;
}

function canonical(labels: Record<string, string>, workloadName: string): [string, string] {
  const name =
    labels["service.istio.io/canonical-name"] ?? labels["app.kubernetes.io/name"] ?? labels.app ?? workloadName;
  const rev =
    labels["service.istio.io/canonical-revision"] ?? labels["app.kubernetes.io/version"] ?? labels.version ?? "latest";
  return [name, rev];
}

/** A pod's own port map for one service: named target ports resolve against its containers. */
function podPorts(p: ParsedPod, s: ParsedSvc): PortMap {
  const out: PortMap = sparsePortMap();
  for (const sp of s.ports) {
    if (sp.targetName !== undefined) {
      const tp = p.containerPorts.get(sp.targetName);
      if (tp !== undefined) out[sp.port] = tp; // absent on this pod: the port is left out
    } else out[sp.port] = sp.target;
  }
  return out;
}

function buildPod(
  p: ParsedPod,
  namespaces: Map<string, Ns>,
  nodes: Map<string, Locality | undefined>,
  backing: ParsedSvc[],
  extra: Map<string, ParsedSvc[]>,
  policies: PolicySet,
  opts: TranslateOptions,
): Workload | undefined {
  const { c, meta: m, spec, status } = p;
  const phase = status.phase;
  if (phase === "Succeeded" || phase === "Failed") return undefined; // terminal: istiod skips it
  const workloadIps = podIps(p);
  const node = c.check(str(), spec.nodeName, ["spec", "nodeName"]);
  if (!nodes.has(node)) throw c.err("spec.nodeName", `node ${JSON.stringify(node)} is not defined in the mesh`);
  const ns = namespaces.get(m.namespace);
  const podMode = m.labels[DATAPLANE_MODE];
  const ambient =
    m.annotations[AMBIENT_REDIRECTION] === "enabled" ||
    (podMode !== "none" && (podMode === "ambient" || ns?.labels[DATAPLANE_MODE] === "ambient"));
  const svcMap: Record<string, PortMap> = {};
  for (const s of [...backing, ...(extra.get(`${m.namespace}/${m.name}`) ?? [])]) {
    svcMap[
      serviceKey({ namespace: m.namespace, hostname: `${s.meta.name}.${m.namespace}.svc.${opts.clusterDomain}` })
    ] = podPorts(p, s);
  }
  // A pod being deleted is not ready to serve, whatever its conditions still say.
  const deleting = p.rawMeta.deletionTimestamp !== undefined && p.rawMeta.deletionTimestamp !== null;
  const workloadName = workloadNameOf(p);
  const [canonicalName, canonicalRevision] = canonical(m.labels, workloadName);
  const hostNetwork = spec.hostNetwork === true;
  return {
    uid: `${opts.clusterId}//Pod/${m.namespace}/${m.name}`,
    name: m.name,
    namespace: m.namespace,
    workloadIps,
    hostname: "",
    network: opts.network,
    protocol: ambient ? "HBONE" : "TCP",
    trustDomain: opts.trustDomain,
    serviceAccount: c.check(optStr, spec.serviceAccountName, ["spec", "serviceAccountName"]) || "default",
    node,
    canonicalName,
    canonicalRevision,
    workloadType: "pod",
    workloadName,
    nativeTunnel: false,
    services: svcMap,
    authorizationPolicies: policies.forWorkload(m.namespace, m.labels),
    status: isReady(p) && !deleting ? "Healthy" : "Unhealthy",
    clusterId: opts.clusterId,
    locality: nodes.get(node) ?? { region: "", zone: "", subzone: "" },
    networkMode: hostNetwork ? "HostNetwork" : "Standard",
    capacity: 1,
  };
}

// ---- EndpointSlice ----

function fromEndpointSlice(
  sl: { c: Ctx; meta: Meta; doc: Obj },
  svcByKey: Map<string, { parsed: ParsedSvc; out: Service }>,
  podExtra: Map<string, ParsedSvc[]>,
  opts: TranslateOptions,
): Workload[] {
  const { c, meta: m, doc } = sl;
  const svcName = m.labels["kubernetes.io/service-name"];
  if (!svcName) throw c.err("metadata.labels", "needs kubernetes.io/service-name naming its Service");
  const svc = svcByKey.get(`${m.namespace}/${svcName}`);
  if (!svc)
    throw c.err("metadata.labels.kubernetes.io/service-name", `Service ${m.namespace}/${svcName} is not defined`);
  if (c.check(optional(str()), doc.addressType, ["addressType"]) === "FQDN") return [];
  const selectorless = !svc.parsed.selector || Object.keys(svc.parsed.selector).length === 0;
  // Slice ports bind to service ports by name (TCP only), as in istiod.
  const ports: PortMap = sparsePortMap();
  for (const [i, p] of c.check(anyList, doc.ports, ["ports"]).entries()) {
    if (!isObj(p) || typeof p.name !== "string" || p.port === undefined) continue;
    if ((p.protocol ?? "TCP") !== "TCP") continue;
    const sp = svc.parsed.ports.find((x) => x.name === p.name);
    if (sp) ports[sp.port] = c.check(port(), p.port, ["ports", i, "port"]);
  }
  const key = serviceKey({ namespace: m.namespace, hostname: svc.out.hostname });
  const out: Workload[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of c.check(anyList, doc.endpoints, ["endpoints"]).entries()) {
    const ep = c.check(ENDPOINT, raw, ["endpoints", i]);
    const ref = isObj(ep.targetRef) ? ep.targetRef : undefined;
    if (ref?.kind === "Pod") {
      // The pod is a workload already; a selector-less service adds itself to its map.
      if (selectorless && typeof ref.name === "string") {
        const k = `${typeof ref.namespace === "string" ? ref.namespace : m.namespace}/${ref.name}`;
        podExtra.set(k, [...(podExtra.get(k) ?? []), svc.parsed]);
      }
      continue;
    }
    const addrs = c.check(withDefault(list(ip()), []), (raw as Obj).addresses, ["endpoints", i, "addresses"]);
    const first = addrs[0];
    if (first === undefined || seen.has(first)) continue;
    seen.add(first);
    const cond = isObj(ep.conditions) ? ep.conditions : {};
    out.push({
      uid: `${opts.clusterId}/discovery.k8s.io/EndpointSlice/${m.namespace}/${m.name}/${first}`,
      name: m.name,
      namespace: m.namespace,
      workloadIps: addrs,
      hostname: "",
      network: opts.network,
      protocol: "TCP",
      trustDomain: opts.trustDomain,
      serviceAccount: "",
      node: "",
      canonicalName: "",
      canonicalRevision: "",
      workloadType: "deployment",
      workloadName: "",
      nativeTunnel: false,
      services: { [key]: { ...ports } },
      authorizationPolicies: [],
      status: cond.ready === false ? "Unhealthy" : "Healthy",
      clusterId: opts.clusterId,
      locality: { region: "", zone: "", subzone: "" },
      networkMode: "HostNetwork",
      capacity: 1,
    });
  }
  return out;
}
