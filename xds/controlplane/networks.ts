// Networks as istiod's ambient index sees them (pilot/pkg/serviceregistry/ambient/networks.go,
// workloads.go): the cluster's network is the `topology.istio.io/network` label of the system
// namespace (BuildNetworkCollections' SystemNamespaceNetwork); a network's gateway is a
// Gateway of class `istio-remote` carrying that label, one per status address with an HBONE
// listener (localK8sGatewayToNetworkGateways); each becomes a Workload of its own
// (convertGateway, uid gatewayUID) and the `network_gateway` of every workload on its network
// (getNetworkGatewayAddress: the first gateway with an HBONE port).

import { ipToBytes } from "../../src/state/ip.ts";
import { any, type Fields, list, type Out, obj, optional, port, str, withDefault } from "../../src/state/schema.ts";
import type { GatewayAddress, Workload } from "../../src/state/types.ts";
import type { Ctx, Meta } from "./translate.ts";

export const NETWORK_LABEL = "topology.istio.io/network";
/** constants.RemoteGatewayClassName: a local cluster's gateway for its network. */
export const REMOTE_GATEWAY_CLASS = "istio-remote";
/** constants.EastWestGatewayClassName: istiod reads it only for remote clusters' gateways. */
export const EAST_WEST_GATEWAY_CLASS = "istio-east-west";
const GATEWAY_SA = "gateway.istio.io/service-account";

const k8s = <F extends Fields>(fields: F) => obj(fields, { unknown: "ignore", nullIsMissing: true });

const GATEWAY_SPEC = k8s({
  gatewayClassName: str(),
  listeners: withDefault(
    list(k8s({ name: optional(str()), port: port(), protocol: str(), allowedRoutes: optional(any()) })),
    [],
  ),
});
const GATEWAY_STATUS = k8s({
  addresses: withDefault(list(k8s({ type: optional(str()), value: str() })), []),
});

export interface NetworkGateway {
  network: string;
  address: string;
  hbonePort: number;
  namespace: string;
  serviceAccount: string;
}

export interface ParsedGateway {
  c: Ctx;
  meta: Meta;
  className: string;
  gateways: NetworkGateway[];
  listeners: Out<typeof GATEWAY_SPEC>["listeners"];
  statusAddresses: { type?: string; value: string }[];
}

export function parseGateway(c: Ctx, m: Meta, doc: Record<string, unknown>): ParsedGateway {
  const spec = c.check(GATEWAY_SPEC, doc.spec ?? {}, ["spec"]);
  const status = c.check(GATEWAY_STATUS, doc.status ?? {}, ["status"]);
  const className = spec.gatewayClassName;
  const network = m.labels[NETWORK_LABEL] ?? "";
  const gateways: NetworkGateway[] = [];
  if (network && className === REMOTE_GATEWAY_CLASS) {
    // kube.GatewaySA: the annotation, else <name>-<class> for istio-remote.
    const serviceAccount = m.annotations[GATEWAY_SA] || `${m.name}-${className}`;
    const hbone = spec.listeners.find((l) => l.protocol === "HBONE");
    for (const a of status.addresses) {
      if (a.type !== "IPAddress" && a.type !== "Hostname") continue; // a missing type is skipped too
      if (hbone)
        gateways.push({ network, address: a.value, hbonePort: hbone.port, namespace: m.namespace, serviceAccount });
    }
  }
  return { c, meta: m, className, gateways, listeners: spec.listeners, statusAddresses: status.addresses };
}

/** istiod's getNetworkGatewayAddress: the first gateway of the network with an HBONE port. */
export function networkGatewayFor(gateways: NetworkGateway[], network: string): GatewayAddress | undefined {
  const g = gateways.find((x) => x.network === network && x.hbonePort !== 0);
  if (!g) return undefined;
  return ipToBytes(g.address)
    ? { destination: { address: { network: g.network, address: g.address } }, hboneMtlsPort: g.hbonePort }
    : { destination: { hostname: { namespace: g.namespace, hostname: g.address } }, hboneMtlsPort: g.hbonePort };
}

/** istiod's convertGateway: the gateway as a Workload (uid NetworkGateway/<network>/<addr>/<hbone port>). */
export function gatewayWorkload(g: NetworkGateway, trustDomain: string): Workload {
  const uid = `NetworkGateway/${g.network}/${g.address}/${g.hbonePort}`;
  const ip = ipToBytes(g.address) !== undefined;
  return {
    uid,
    name: uid,
    namespace: g.namespace,
    workloadIps: ip ? [g.address] : [],
    hostname: ip ? "" : g.address,
    network: g.network,
    protocol: "TCP",
    trustDomain,
    serviceAccount: g.serviceAccount,
    node: "",
    canonicalName: "",
    canonicalRevision: "",
    workloadType: "deployment", // WorkloadType 0 on the wire: istiod sets none
    workloadName: "",
    nativeTunnel: false,
    services: {},
    authorizationPolicies: [],
    status: "Healthy",
    clusterId: "Kubernetes", // convertGateway sends none; ztunnel reads an empty one as "Kubernetes"
    locality: { region: "", zone: "", subzone: "" },
    networkMode: "Standard",
    capacity: 1,
  };
}

/** The cluster's network: the system namespace's label, else the configured default. */
export function localNetwork(
  namespaces: Map<string, { labels: Record<string, string> }>,
  systemNamespace: string,
  fallback: string,
): string {
  return namespaces.get(systemNamespace)?.labels[NETWORK_LABEL] ?? fallback;
}
