// /config_dump in the shape ztunnel serialises (admin.rs ConfigDump + state.rs
// ProxyStateSerialization + serde attributes of workload.rs / service.rs / rbac.rs), so
// `istioctl ztunnel-config` and other tooling read ours unchanged: camelCase, fields that
// ztunnel skips when default are skipped here too, addresses as `network/ip` strings,
// namespaced hostnames as `ns/hostname`, workloads sorted by uid, services by hostname,
// policies by key, certificates by identity. Ours on top: `xds` and `balance`.
import type { WorkloadConnections } from "../telemetry/connections.ts";
import "reflect-metadata"; // @peculiar/x509's DI container needs the Reflect metadata API first
import { X509Certificate } from "@peculiar/x509";
import type { StateView } from "../state/store.ts";
import type {
  Authorization,
  GatewayAddress,
  NetworkAddress,
  PortMap,
  RbacMatch,
  Service,
  StringMatch,
  Workload,
} from "../state/types.ts";
import { policyKey, serviceKey } from "../state/types.ts";

// ---- provider shapes (filled by xds/, identity/, balance/) ----

export interface XdsAck {
  version: string;
  nonce: string;
  /** RFC 3339. */
  time: string;
}

export interface XdsNack {
  nonce: string;
  time: string;
  message: string;
}

/** Per type URL. */
export interface XdsTypeStatus {
  connected: boolean;
  resources: number;
  lastAck: XdsAck | null;
  lastNack: XdsNack | null;
}

export type XdsStatus = Record<string, XdsTypeStatus>;

export interface WorkerBalance {
  id: number;
  accepted: number;
  open: number;
  queued: number;
  credits: number;
}

export interface BalanceStatus {
  policy: string;
  backend: string;
  workers: WorkerBalance[];
}

/** What the identity module knows about one identity's certificate; PEMs leaf first. */
export interface CertSource {
  identity: string;
  /** `Initializing`, `Available` or `Unavailable: <why>` as ztunnel words it. */
  state: string;
  certChain?: string[] | string;
  rootCerts?: string[] | string;
}

export interface CertDump {
  /** base64 of the PEM text, as ztunnel does. */
  pem: string;
  /** Decimal, as ztunnel (x509-parser BigUint) prints it. */
  serialNumber: string;
  validFrom: string;
  expirationTime: string;
}

export interface CertsDump {
  identity: string;
  state: string;
  certChain: CertDump[];
  rootCerts: CertDump[];
}

export interface DumpProviders {
  xds(): XdsStatus;
  certs(): CertSource[] | Promise<CertSource[]>;
  balance(): BalanceStatus;
  /** In-pod mode only: the pods istio-cni handed over and their listeners (`inpod` in the dump). */
  inpod?(): InpodDump;
  /** ztunnel's `workloadState`: this node's workloads and their open connections, by uid. */
  workloadState?(): Promise<Record<string, WorkloadStateDump>>;
  /** With the DNS proxy on: where it listens and where it forwards (`dns` in the dump). */
  dns?(): DnsDump;
  /** This proxy's open connections to a workload, over all workers (least-conn's input). */
  openConnections?(workloadUid: string): number;
}

/** One entry of ztunnel's `workloadState` (istioctl's WorkloadState). */
export interface WorkloadStateDump {
  state: "Up";
  connections: WorkloadConnections;
  info: { name: string; namespace: string; trustDomain: string; serviceAccount: string };
}

/** config_dump `dns` (ztunnel-ts only): listener addresses per owner ("node" or a pod uid), upstreams. */
export interface DnsDump {
  listeners: Record<string, string[]>;
  upstreams: string[];
}

/** config_dump `inpod` (ztunnel-ts only; ztunnel shows its pods under workloadState). */
export interface InpodDump {
  zds: { connected: boolean; connects: number; messages: number; errors: number; snapshotsDone: number };
  pods: {
    uid: string;
    name: string;
    namespace: string;
    serviceAccount: string;
    state: string;
    listeners: { kind: string; id: number; port: number }[];
    netnsInode: string;
    error?: string;
  }[];
}

// ---- serialisation ----

const netAddr = (a: NetworkAddress): string => `${a.network}/${a.address}`;

function gateway(g: GatewayAddress): { destination: string; hboneMtlsPort: number } {
  const d = g.destination;
  return {
    destination: "address" in d ? netAddr(d.address) : `${d.hostname.namespace}/${d.hostname.hostname}`,
    hboneMtlsPort: g.hboneMtlsPort,
  };
}

/** HashMap<u16,u16> in serde_json: string keys. */
const ports = (p: PortMap): Record<string, number> =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [String(k), v]));

/** Sets `key` unless the value is ztunnel's default (skip_serializing_if = "is_default"). */
function putUnlessDefault(o: Record<string, unknown>, key: string, v: unknown): void {
  if (v === undefined || v === null || v === "" || v === false) return;
  if (Array.isArray(v) && v.length === 0) return;
  o[key] = v;
}

export function dumpWorkload(w: Workload): Record<string, unknown> {
  const o: Record<string, unknown> = { workloadIps: [...w.workloadIps] };
  if (w.waypoint) o.waypoint = gateway(w.waypoint);
  if (w.networkGateway) o.networkGateway = gateway(w.networkGateway);
  o.protocol = w.protocol;
  o.networkMode = w.networkMode;
  putUnlessDefault(o, "uid", w.uid);
  o.name = w.name;
  o.namespace = w.namespace;
  putUnlessDefault(o, "trustDomain", w.trustDomain);
  putUnlessDefault(o, "serviceAccount", w.serviceAccount);
  putUnlessDefault(o, "network", w.network);
  putUnlessDefault(o, "workloadName", w.workloadName);
  putUnlessDefault(o, "workloadType", w.workloadType);
  putUnlessDefault(o, "canonicalName", w.canonicalName);
  putUnlessDefault(o, "canonicalRevision", w.canonicalRevision);
  putUnlessDefault(o, "hostname", w.hostname);
  putUnlessDefault(o, "node", w.node);
  putUnlessDefault(o, "nativeTunnel", w.nativeTunnel);
  if (w.applicationTunnel)
    o.applicationTunnel = { protocol: w.applicationTunnel.protocol, port: w.applicationTunnel.port ?? null };
  putUnlessDefault(o, "authorizationPolicies", [...w.authorizationPolicies]);
  o.status = w.status;
  o.clusterId = w.clusterId;
  const l = w.locality;
  if (l.region || l.zone || l.subzone) o.locality = { region: l.region, zone: l.zone, subzone: l.subzone };
  putUnlessDefault(o, "services", Object.keys(w.services).sort());
  o.capacity = w.capacity;
  return o;
}

export function dumpService(
  s: Service,
  view: StateView,
  openConnections?: (workloadUid: string) => number,
): Record<string, unknown> {
  const endpoints: Record<string, unknown> = {};
  const eps = [...view.endpoints(serviceKey(s)).values()].sort((a, b) => cmp(a.workloadUid, b.workloadUid));
  for (const ep of eps) {
    endpoints[ep.workloadUid] = {
      workloadUid: ep.workloadUid,
      port: ports(ep.ports),
      status: view.workload(ep.workloadUid)?.status ?? "Healthy",
      // Ours: what least-conn compares (this proxy's connections, from pick to close).
      ...(openConnections ? { openConnections: openConnections(ep.workloadUid) } : {}),
    };
  }
  const o: Record<string, unknown> = {
    name: s.name,
    namespace: s.namespace,
    hostname: s.hostname,
    vips: s.vips.map(netAddr),
    ports: ports(s.ports),
    endpoints,
    subjectAltNames: [...s.subjectAltNames],
  };
  if (s.waypoint) o.waypoint = gateway(s.waypoint);
  if (s.weightedWaypoints?.length)
    o.weightedWaypoints = s.weightedWaypoints.map((w) => ({ destination: gateway(w.destination), weight: w.weight }));
  if (s.loadBalancer)
    o.loadBalancer = { ...s.loadBalancer, routingPreferences: [...s.loadBalancer.routingPreferences] };
  if (s.ipFamilies) o.ipFamilies = s.ipFamilies;
  if (s.lbPolicy) o.lbPolicy = s.lbPolicy; // ours (ztunnel-ts.io/lb); absent = ZTS_LB
  o.canonical = s.canonical;
  // ztunnel renders it always, so the default shows in a dump too.
  o.visibility = s.visibility ?? "Public";
  return o;
}

/** rbac.rs StringMatch is an externally tagged enum: {"Exact":"x"}, {"Presence":[]}. */
function stringMatch(m: StringMatch): Record<string, unknown> {
  if ("exact" in m) return { Exact: m.exact };
  if ("prefix" in m) return { Prefix: m.prefix };
  if ("suffix" in m) return { Suffix: m.suffix };
  return { Presence: [] };
}

function rbacMatch(m: RbacMatch): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const cidrs = (c: RbacMatch["sourceIps"]) => c.map((x) => `${x.address}/${x.prefixLen}`);
  putUnlessDefault(o, "namespaces", m.namespaces.map(stringMatch));
  putUnlessDefault(o, "notNamespaces", m.notNamespaces.map(stringMatch));
  putUnlessDefault(
    o,
    "serviceAccounts",
    m.serviceAccounts.map((x) => ({ ...x })),
  );
  putUnlessDefault(
    o,
    "notServiceAccounts",
    m.notServiceAccounts.map((x) => ({ ...x })),
  );
  putUnlessDefault(o, "principals", m.principals.map(stringMatch));
  putUnlessDefault(o, "notPrincipals", m.notPrincipals.map(stringMatch));
  putUnlessDefault(o, "sourceIps", cidrs(m.sourceIps));
  putUnlessDefault(o, "notSourceIps", cidrs(m.notSourceIps));
  putUnlessDefault(o, "destinationIps", cidrs(m.destinationIps));
  putUnlessDefault(o, "notDestinationIps", cidrs(m.notDestinationIps));
  putUnlessDefault(o, "destinationPorts", [...m.destinationPorts]);
  putUnlessDefault(o, "notDestinationPorts", [...m.notDestinationPorts]);
  return o;
}

export function dumpPolicy(p: Authorization): Record<string, unknown> {
  return {
    name: p.name,
    namespace: p.namespace,
    scope: p.scope,
    action: p.action,
    rules: p.rules.map((r) => r.map((c) => c.map(rbacMatch))),
    dryRun: p.dryRun,
  };
}

/** RFC 3339 with whole seconds, as ztunnel's rfc3339(). */
const rfc3339 = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "Z");

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/g;

function pemList(x: string[] | string | undefined): string[] {
  if (x === undefined) return [];
  const all = Array.isArray(x) ? x.join("\n") : x;
  return (all.match(PEM_BLOCK) ?? []).map((p) => (p.endsWith("\n") ? p : `${p}\n`));
}

export function dumpCert(pem: string): CertDump {
  const c = new X509Certificate(pem);
  return {
    pem: Buffer.from(pem).toString("base64"),
    serialNumber: BigInt(`0x${c.serialNumber || "0"}`).toString(10),
    validFrom: rfc3339(c.notBefore),
    expirationTime: rfc3339(c.notAfter),
  };
}

export function dumpCerts(sources: CertSource[]): CertsDump[] {
  return sources
    .map((s) => {
      try {
        return {
          identity: s.identity,
          state: s.state,
          certChain: pemList(s.certChain).map(dumpCert),
          rootCerts: pemList(s.rootCerts).map(dumpCert),
        };
      } catch (err) {
        // One unparsable certificate must not take the whole dump down.
        return {
          identity: s.identity,
          state: `Unavailable: unparsable certificate: ${String(err)}`,
          certChain: [],
          rootCerts: [],
        };
      }
    })
    .sort((a, b) => cmp(a.identity, b.identity));
}

/** Byte-wise order like Rust's String Ord (localeCompare would not match sorted_by_key). */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface ConfigDump {
  workloads: Record<string, unknown>[];
  services: Record<string, unknown>[];
  policies: Record<string, unknown>[];
  certificates: CertsDump[];
  xds: XdsStatus;
  balance: BalanceStatus;
  inpod?: InpodDump;
  workloadState: Record<string, WorkloadStateDump>;
  dns?: DnsDump;
}

export async function buildConfigDump(view: StateView, providers: DumpProviders): Promise<ConfigDump> {
  const workloads = [...view.workloads()].sort((a, b) => cmp(a.uid, b.uid)).map(dumpWorkload);
  const services = [...view.services()]
    .sort((a, b) => cmp(a.hostname, b.hostname) || cmp(a.namespace, b.namespace))
    .map((s) => dumpService(s, view, providers.openConnections));
  const policies = [...view.policies()].sort((a, b) => cmp(policyKey(a), policyKey(b))).map(dumpPolicy);
  return {
    workloads,
    services,
    policies,
    certificates: dumpCerts(await providers.certs()),
    xds: providers.xds(),
    balance: providers.balance(),
    ...(providers.inpod ? { inpod: providers.inpod() } : {}),
    workloadState: (await providers.workloadState?.()) ?? {},
    ...(providers.dns ? { dns: providers.dns() } : {}),
  };
}
