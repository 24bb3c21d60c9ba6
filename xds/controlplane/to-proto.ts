// The mesh model → protobuf messages as istiod sends them: the inverse of the client's
// decoders (src/state/from-proto.ts, src/state/authz-from-proto.ts). Enum spellings map
// one to one (TCP → NONE, Standard → UNSPECIFIED_MODE …); IPs go out as 4 or 16 raw bytes.

import { ipToBytes } from "../../src/state/ip.ts";
import { lbExtension } from "../../src/state/service-lb.ts";
import type {
  Authorization,
  Cidr,
  GatewayAddress,
  IpFamily,
  LoadBalancer,
  LoadBalancerScope,
  PortMap,
  RbacMatch,
  Service,
  StringMatch,
  Workload,
} from "../../src/state/types.ts";
import { policyKey, serviceKey } from "../../src/state/types.ts";
import { istio } from "../gen/protos.js";
import { ControlPlaneError } from "./errors.ts";

export const ADDRESS_TYPE_URL = "type.googleapis.com/istio.workload.Address";
export const AUTHORIZATION_TYPE_URL = "type.googleapis.com/istio.security.Authorization";

const W = istio.workload;
const S = istio.security;

function bytes(ip: string, where: string): Uint8Array {
  const b = ipToBytes(ip);
  if (!b) throw new ControlPlaneError("ZTS_CONTROLPLANE_BAD_MESH", `${where}: ${JSON.stringify(ip)} is not an IP`);
  return b;
}

const ports = (m: PortMap): istio.workload.Port.$Properties[] =>
  Object.entries(m).map(([sp, tp]) => ({ servicePort: Number(sp), targetPort: tp }));

function gateway(g: GatewayAddress, where: string): istio.workload.GatewayAddress.$Properties {
  const d = g.destination;
  return "address" in d
    ? {
        address: { network: d.address.network, address: bytes(d.address.address, where) },
        hboneMtlsPort: g.hboneMtlsPort,
      }
    : { hostname: { namespace: d.hostname.namespace, hostname: d.hostname.hostname }, hboneMtlsPort: g.hboneMtlsPort };
}

const WORKLOAD_TYPES: Record<string, istio.workload.WorkloadType> = {
  deployment: W.WorkloadType.DEPLOYMENT,
  cronjob: W.WorkloadType.CRONJOB,
  pod: W.WorkloadType.POD,
  job: W.WorkloadType.JOB,
};

export function workloadToProto(w: Workload): istio.workload.Workload.$Properties {
  const where = `workload ${w.uid}`;
  const services: Record<string, istio.workload.PortList.$Properties> = {};
  for (const [k, m] of Object.entries(w.services)) services[k] = { ports: ports(m) };
  const out: istio.workload.Workload.$Properties = {
    uid: w.uid,
    name: w.name,
    namespace: w.namespace,
    addresses: w.workloadIps.map((ip) => bytes(ip, where)),
    hostname: w.hostname,
    network: w.network,
    tunnelProtocol: w.protocol === "HBONE" ? W.TunnelProtocol.HBONE : W.TunnelProtocol.NONE,
    trustDomain: w.trustDomain,
    serviceAccount: w.serviceAccount,
    node: w.node,
    canonicalName: w.canonicalName,
    canonicalRevision: w.canonicalRevision,
    workloadType: WORKLOAD_TYPES[w.workloadType] ?? W.WorkloadType.DEPLOYMENT,
    workloadName: w.workloadName,
    nativeTunnel: w.nativeTunnel,
    services,
    authorizationPolicies: [...w.authorizationPolicies],
    status: w.status === "Unhealthy" ? W.WorkloadStatus.UNHEALTHY : W.WorkloadStatus.HEALTHY,
    clusterId: w.clusterId,
    networkMode: w.networkMode === "HostNetwork" ? W.NetworkMode.HOST_NETWORK : W.NetworkMode.STANDARD,
    capacity: { value: w.capacity },
  };
  const l = w.locality;
  if (l.region || l.zone || l.subzone) out.locality = { region: l.region, zone: l.zone, subzone: l.subzone };
  if (w.waypoint) out.waypoint = gateway(w.waypoint, where);
  if (w.networkGateway) out.networkGateway = gateway(w.networkGateway, where);
  if (w.applicationTunnel) {
    out.applicationTunnel = {
      protocol:
        w.applicationTunnel.protocol === "PROXY"
          ? W.ApplicationTunnel.Protocol.PROXY
          : W.ApplicationTunnel.Protocol.NONE,
      port: w.applicationTunnel.port ?? 0,
    };
  }
  return out;
}

const SCOPES: Record<LoadBalancerScope, istio.workload.LoadBalancing.Scope> = {
  Region: W.LoadBalancing.Scope.REGION,
  Zone: W.LoadBalancing.Scope.ZONE,
  Subzone: W.LoadBalancing.Scope.SUBZONE,
  Node: W.LoadBalancing.Scope.NODE,
  Cluster: W.LoadBalancing.Scope.CLUSTER,
  Network: W.LoadBalancing.Scope.NETWORK,
};

const MODES = {
  Standard: W.LoadBalancing.Mode.UNSPECIFIED_MODE,
  Strict: W.LoadBalancing.Mode.STRICT,
  Failover: W.LoadBalancing.Mode.FAILOVER,
  Passthrough: W.LoadBalancing.Mode.PASSTHROUGH,
} as const;

const FAMILIES: Record<IpFamily, istio.workload.IPFamilies> = {
  Dual: W.IPFamilies.DUAL,
  IPv4: W.IPFamilies.IPV4_ONLY,
  IPv6: W.IPFamilies.IPV6_ONLY,
};

const loadBalancing = (lb: LoadBalancer): istio.workload.LoadBalancing.$Properties => ({
  routingPreference: lb.routingPreferences.map((s) => SCOPES[s]),
  mode: MODES[lb.mode],
  healthPolicy:
    lb.healthPolicy === "AllowAll" ? W.LoadBalancing.HealthPolicy.ALLOW_ALL : W.LoadBalancing.HealthPolicy.ONLY_HEALTHY,
});

export function serviceToProto(s: Service): istio.workload.Service.$Properties {
  const where = `service ${serviceKey(s)}`;
  const out: istio.workload.Service.$Properties = {
    name: s.name,
    namespace: s.namespace,
    hostname: s.hostname,
    addresses: s.vips.map((v) => ({ network: v.network, address: bytes(v.address, where) })),
    ports: ports(s.ports),
    subjectAltNames: [...s.subjectAltNames],
    canonical: s.canonical,
    ipFamilies: s.ipFamilies ? FAMILIES[s.ipFamilies] : W.IPFamilies.AUTOMATIC,
  };
  if (s.loadBalancer) out.loadBalancing = loadBalancing(s.loadBalancer);
  if (s.waypoint) out.waypoint = gateway(s.waypoint, where);
  if (s.ingressUseWaypoint) out.ingressUseWaypoint = true;
  if (s.visibility === "Namespace") out.visibility = W.Service.Visibility.NAMESPACE;
  if (s.lbPolicy) out.extensions = [lbExtension(s.lbPolicy)];
  return out;
}

function stringMatch(m: StringMatch): istio.security.StringMatch.$Properties {
  if ("exact" in m) return { exact: m.exact };
  if ("prefix" in m) return { prefix: m.prefix };
  if ("suffix" in m) return { suffix: m.suffix };
  return { presence: {} };
}

const cidrs = (l: Cidr[], where: string): istio.security.Address.$Properties[] =>
  l.map((c) => ({ address: bytes(c.address, where), length: c.prefixLen }));

function match(m: RbacMatch, where: string): istio.security.Match.$Properties {
  return {
    namespaces: m.namespaces.map(stringMatch),
    notNamespaces: m.notNamespaces.map(stringMatch),
    serviceAccounts: m.serviceAccounts.map((s) => ({ namespace: s.namespace, serviceAccount: s.serviceAccount })),
    notServiceAccounts: m.notServiceAccounts.map((s) => ({ namespace: s.namespace, serviceAccount: s.serviceAccount })),
    principals: m.principals.map(stringMatch),
    notPrincipals: m.notPrincipals.map(stringMatch),
    sourceIps: cidrs(m.sourceIps, where),
    notSourceIps: cidrs(m.notSourceIps, where),
    destinationIps: cidrs(m.destinationIps, where),
    notDestinationIps: cidrs(m.notDestinationIps, where),
    destinationPorts: [...m.destinationPorts],
    notDestinationPorts: [...m.notDestinationPorts],
  };
}

const RBAC_SCOPES = {
  Global: S.Scope.GLOBAL,
  Namespace: S.Scope.NAMESPACE,
  WorkloadSelector: S.Scope.WORKLOAD_SELECTOR,
} as const;

export function authorizationToProto(a: Authorization): istio.security.Authorization.$Properties {
  const where = `policy ${policyKey(a)}`;
  return {
    name: a.name,
    namespace: a.namespace,
    scope: RBAC_SCOPES[a.scope],
    action: a.action === "Deny" ? S.Action.DENY : S.Action.ALLOW,
    rules: a.rules.map((r) => ({ clauses: r.map((c) => ({ matches: c.map((m) => match(m, where)) })) })),
    dryRun: a.dryRun,
  };
}

/** One xDS resource: its name as istiod spells it and its encoded bytes. */
export interface EncodedResource {
  name: string;
  bytes: Uint8Array;
}

export const encodeWorkload = (w: Workload): EncodedResource => ({
  name: w.uid,
  bytes: W.Address.encode({ workload: workloadToProto(w) }).finish(),
});

export const encodeService = (s: Service): EncodedResource => ({
  name: serviceKey(s),
  bytes: W.Address.encode({ service: serviceToProto(s) }).finish(),
});

export const encodeAuthorization = (a: Authorization): EncodedResource => ({
  name: policyKey(a),
  bytes: S.Authorization.encode(authorizationToProto(a)).finish(),
});
