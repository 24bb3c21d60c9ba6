// istio.workload.Address (as istiod sends it, inside an Any) → the state's Workload or
// Service. Mirrors ztunnel's own conversions (src/state/workload.rs, service.rs): the same
// defaults (trust domain, service account, cluster id, capacity) and the same refusals
// (addresses that are not 4 or 16 bytes, unknown enum values, LEGACY_ISTIO_MTLS), plus two
// of ours: a workload needs a uid and a service a namespace and hostname, because those are
// the xDS resource names the store is keyed by. Every error names the resource so the xDS
// client can NACK just that one and apply the rest.
import { type google, istio } from "../../xds/gen/protos.js";
import "../../xds/protobuf-strings.ts";
import { ZtsError } from "../errors.ts";
import { type FastHooks, fastWorkload } from "./address-fast.ts";
import { authorizationFromProto } from "./authz-from-proto.ts";
import { intern, localityOf, portMapOf, servicesOf, stringsOf } from "./intern.ts";
import { canonicalIpBytes, isV6 } from "./ip.ts";
import { lbPolicyFromExtensions } from "./service-lb.ts";
import type {
  ApplicationTunnel,
  Authorization,
  GatewayAddress,
  LoadBalancer,
  NetworkAddress,
  PortMap,
  Service,
  Workload,
} from "./types.ts";

export const ADDRESS_TYPE_URL = "type.googleapis.com/istio.workload.Address";
export const AUTHORIZATION_TYPE_URL = "type.googleapis.com/istio.security.Authorization";

/** Codes: ZTS_XDS_DECODE (bytes are not the message), ZTS_XDS_INVALID (decoded, but not acceptable), ZTS_XDS_UNKNOWN_TYPE. */
export class ResourceError extends ZtsError {}

const invalid = (msg: string) => new ResourceError("ZTS_XDS_INVALID", msg);

type PWorkload = istio.workload.Workload.$Properties;
type PService = istio.workload.Service.$Properties;
type PGateway = istio.workload.GatewayAddress.$Properties;
type PAddress = istio.workload.Address.$Properties;

const W = istio.workload;

/** A proto enum's numbers → our names, written with the enum's own member names (a typo does not compile). */
function enumTable<E extends Record<string, string | number>, const N extends { [K in keyof E]?: unknown }>(
  e: E,
  names: N & { [K in Exclude<keyof N, keyof E>]: never },
): Record<number, N[keyof N]> {
  const out: Record<number, N[keyof N]> = {};
  for (const [k, v] of Object.entries(names)) out[e[k] as number] = v as N[keyof N];
  return out;
}

const LB = W.LoadBalancing;
const PROTOCOLS = enumTable(W.TunnelProtocol, { NONE: "TCP", HBONE: "HBONE" });
const STATUSES = enumTable(W.WorkloadStatus, { HEALTHY: "Healthy", UNHEALTHY: "Unhealthy" });
const NETWORK_MODES = enumTable(W.NetworkMode, { STANDARD: "Standard", HOST_NETWORK: "HostNetwork" });
// ztunnel prints the enum name in lower case (`pod`, `deployment`, …).
const WORKLOAD_TYPES: Record<number, string> = Object.fromEntries(
  (["DEPLOYMENT", "CRONJOB", "POD", "JOB"] as const).map((n) => [W.WorkloadType[n], n.toLowerCase()]),
);
const TUNNELS = enumTable(W.ApplicationTunnel.Protocol, { NONE: "NONE", PROXY: "PROXY" });
const SCOPES = enumTable(LB.Scope, {
  REGION: "Region",
  ZONE: "Zone",
  SUBZONE: "Subzone",
  NODE: "Node",
  CLUSTER: "Cluster",
  NETWORK: "Network",
});
const MODES = enumTable(LB.Mode, {
  UNSPECIFIED_MODE: "Standard",
  STRICT: "Strict",
  FAILOVER: "Failover",
  PASSTHROUGH: "Passthrough",
});
const HEALTH_POLICIES = enumTable(LB.HealthPolicy, { ONLY_HEALTHY: "OnlyHealthy", ALLOW_ALL: "AllowAll" });
const IP_FAMILIES = enumTable(W.IPFamilies, {
  AUTOMATIC: undefined,
  IPV4_ONLY: "IPv4",
  IPV6_ONLY: "IPv6",
  DUAL: "Dual",
});

function mapEnum<T>(table: Record<number, T>, value: number | null | undefined, field: string): T {
  const v = value ?? 0;
  if (!(v in table)) throw invalid(`${field}: unsupported value ${v}`);
  return table[v] as T;
}

function ip(bytes: Uint8Array | null | undefined, field: string): string {
  const b = bytes ?? new Uint8Array();
  const text = canonicalIpBytes(b);
  if (text === undefined) throw invalid(`${field}: address must be 4 or 16 bytes, got ${b.length}`);
  return text;
}

function port(n: number | null | undefined, field: string): number {
  const v = n ?? 0;
  if (v > 65535) throw invalid(`${field}: port ${v} out of range`);
  return v;
}

function portMap(ports: istio.workload.Port.$Properties[] | null | undefined, field: string): PortMap {
  const pairs: number[] = [];
  (ports ?? []).forEach((p, i) => {
    pairs.push(port(p.servicePort, `${field}[${i}].service_port`), port(p.targetPort, `${field}[${i}].target_port`));
  });
  return portMapOf(pairs);
}

function gateway(g: PGateway, field: string): GatewayAddress {
  const hboneMtlsPort = port(g.hboneMtlsPort, `${field}.hbone_mtls_port`);
  if (g.address) {
    return {
      destination: {
        address: { network: g.address.network ?? "", address: ip(g.address.address, `${field}.address`) },
      },
      hboneMtlsPort,
    };
  }
  if (g.hostname) {
    return {
      destination: { hostname: { namespace: g.hostname.namespace ?? "", hostname: g.hostname.hostname ?? "" } },
      hboneMtlsPort,
    };
  }
  throw invalid(`${field}: gateway address has neither address nor hostname`);
}

function tunnel(t: istio.workload.ApplicationTunnel.$Properties): ApplicationTunnel {
  const protocol = mapEnum(TUNNELS, t.protocol, "application_tunnel.protocol");
  const tport = port(t.port, "application_tunnel.port");
  return tport === 0 ? { protocol } : { protocol, port: tport };
}

/** A decoded istio.workload.Workload → state Workload. Throws ResourceError (ZTS_XDS_INVALID). */
export function workloadFromProto(p: PWorkload): Workload {
  if (!p.uid) throw invalid("workload has no uid");
  const services: Array<[string, PortMap]> = [];
  for (const [key, list] of Object.entries(p.services ?? {})) {
    if (!key.includes("/")) throw invalid(`services: key "${key}" is not namespace/hostname`);
    services.push([key, portMap(list.ports, `services["${key}"].ports`)]);
  }
  const applicationTunnel = p.applicationTunnel ? tunnel(p.applicationTunnel) : undefined;
  // Strings that repeat across workloads are interned; uid, name and addresses are unique.
  const w: Workload = {
    uid: p.uid,
    name: p.name ?? "",
    namespace: intern(p.namespace ?? ""),
    workloadIps: (p.addresses ?? []).map((a, i) => ip(a, `addresses[${i}]`)),
    hostname: p.hostname ?? "",
    network: intern(p.network ?? ""),
    protocol: mapEnum(PROTOCOLS, p.tunnelProtocol, "tunnel_protocol"),
    // Empty identity fields take ztunnel's defaults, so a bare workload still has a SPIFFE id.
    trustDomain: intern(p.trustDomain || "cluster.local"),
    serviceAccount: intern(p.serviceAccount || "default"),
    node: intern(p.node ?? ""),
    canonicalName: intern(p.canonicalName ?? ""),
    canonicalRevision: intern(p.canonicalRevision ?? ""),
    workloadType: mapEnum(WORKLOAD_TYPES, p.workloadType, "workload_type"),
    workloadName: intern(p.workloadName ?? ""),
    nativeTunnel: p.nativeTunnel === true,
    services: servicesOf(services),
    authorizationPolicies: stringsOf(p.authorizationPolicies),
    status: mapEnum(STATUSES, p.status, "status"),
    clusterId: intern(p.clusterId || "Kubernetes"),
    locality: localityOf(
      intern(p.locality?.region ?? ""),
      intern(p.locality?.zone ?? ""),
      intern(p.locality?.subzone ?? ""),
    ),
    networkMode: mapEnum(NETWORK_MODES, p.networkMode, "network_mode"),
    // UInt32Value: absent = 1; present with no value = 0 (the wrapper's default).
    capacity: p.capacity ? (p.capacity.value ?? 0) : 1,
  };
  if (p.waypoint) w.waypoint = gateway(p.waypoint, "waypoint");
  if (p.networkGateway) w.networkGateway = gateway(p.networkGateway, "network_gateway");
  if (applicationTunnel) w.applicationTunnel = applicationTunnel;
  return w;
}

/** A decoded istio.workload.Service → state Service. Throws ResourceError (ZTS_XDS_INVALID). */
export function serviceFromProto(p: PService): Service {
  if (!p.namespace || !p.hostname) throw invalid("service needs both namespace and hostname");
  const vips: NetworkAddress[] = [];
  (p.addresses ?? []).forEach((a, i) => {
    const address = ip(a.address, `addresses[${i}]`);
    const max = isV6(address) ? 128 : 32;
    // A prefix shorter than the address is a CIDR VIP (ServiceEntry ranges); the state
    // has no CIDR index yet, so such an entry is skipped rather than treated as one IP.
    if (a.length != null && a.length !== max) return;
    vips.push({ network: intern(a.network ?? ""), address });
  });
  const s: Service = {
    name: p.name ?? "",
    namespace: intern(p.namespace),
    hostname: p.hostname,
    vips,
    ports: portMap(p.ports, "ports"),
    subjectAltNames: stringsOf(p.subjectAltNames),
    canonical: p.canonical === true,
  };
  if (p.waypoint) s.waypoint = gateway(p.waypoint, "waypoint");
  if (p.weightedWaypoints?.length) {
    s.weightedWaypoints = p.weightedWaypoints.map((w, i) => {
      const field = `weighted_waypoints[${i}]`;
      // ztunnel refuses the service (MissingGatewayAddress) rather than guess.
      if (!w.destination) throw invalid(`${field}: missing destination`);
      return { destination: gateway(w.destination, `${field}.destination`), weight: w.weight ?? 0 };
    });
  }
  if (p.ingressUseWaypoint === true) s.ingressUseWaypoint = true;
  if (p.loadBalancing) {
    const lb: LoadBalancer = {
      routingPreferences: (p.loadBalancing.routingPreference ?? []).map((r, i) =>
        mapEnum(SCOPES, r, `load_balancing.routing_preference[${i}]`),
      ),
      mode: mapEnum(MODES, p.loadBalancing.mode, "load_balancing.mode"),
      healthPolicy: mapEnum(HEALTH_POLICIES, p.loadBalancing.healthPolicy, "load_balancing.health_policy"),
    };
    s.loadBalancer = lb;
  }
  const fam = mapEnum(IP_FAMILIES, p.ipFamilies, "ip_families");
  if (fam) s.ipFamilies = fam;
  // Service.Visibility: PUBLIC = 0, NAMESPACE = 1.
  if (p.visibility === 1) s.visibility = "Namespace";
  const ext = lbPolicyFromExtensions(p.extensions ?? []);
  if (ext.error) throw invalid(ext.error);
  if (ext.policy) s.lbPolicy = ext.policy;
  return s;
}

export type DecodedAddress = { kind: "workload"; workload: Workload } | { kind: "service"; service: Service };
export type DecodedResource = DecodedAddress | { kind: "policy"; policy: Authorization };

export function addressFromProto(p: PAddress): DecodedAddress {
  if (p.workload) return { kind: "workload", workload: workloadFromProto(p.workload) };
  if (p.service) return { kind: "service", service: serviceFromProto(p.service) };
  throw invalid("Address holds neither a workload nor a service");
}

function decodeWith<T>(what: string, bytes: Uint8Array, decode: (b: Uint8Array) => T): T {
  try {
    return decode(bytes);
  } catch (e) {
    throw new ResourceError("ZTS_XDS_DECODE", `cannot decode ${what}: ${(e as Error).message}`, { cause: e });
  }
}

// Sub-messages the fast path hands back: decoded and converted exactly as below.
const FAST_HOOKS: FastHooks = {
  gateway: (bytes, field) => gateway(W.GatewayAddress.decode(bytes), field),
  applicationTunnel: (bytes) => tunnel(W.ApplicationTunnel.decode(bytes)),
};

/** The bytes of an Any holding istio.workload.Address → Workload or Service. */
export function decodeAddress(bytes: Uint8Array): DecodedAddress {
  // The plain workload (almost all of a large push) in one pass; the rest, and anything
  // unusual or invalid, through protobufjs and the conversions above.
  const fast = fastWorkload(bytes, FAST_HOOKS);
  if (fast) return { kind: "workload", workload: fast };
  return addressFromProto(decodeWith("istio.workload.Address", bytes, (b) => W.Address.decode(b)));
}

/**
 * An Any (type URL + bytes) → the state object it holds; `expectedTypeUrl` is the type of
 * the response carrying it (a resource of another type inside it is rejected).
 */
export function decodeResource(any: google.protobuf.Any.$Properties, expectedTypeUrl?: string): DecodedResource {
  const typeUrl = any.type_url ?? "";
  if (expectedTypeUrl !== undefined && typeUrl !== expectedTypeUrl) {
    throw new ResourceError(
      "ZTS_XDS_UNKNOWN_TYPE",
      `resource type ${typeUrl || "(none)"} in a ${expectedTypeUrl} response`,
    );
  }
  const value = any.value ?? new Uint8Array();
  if (typeUrl === ADDRESS_TYPE_URL) return decodeAddress(value);
  if (typeUrl === AUTHORIZATION_TYPE_URL) {
    const raw = decodeWith("istio.security.Authorization", value, (b) => istio.security.Authorization.decode(b));
    try {
      return { kind: "policy", policy: authorizationFromProto(raw) };
    } catch (e) {
      if (e instanceof ZtsError) throw invalid(e.message);
      throw e;
    }
  }
  throw new ResourceError("ZTS_XDS_UNKNOWN_TYPE", `unknown resource type ${typeUrl || "(none)"}`);
}
