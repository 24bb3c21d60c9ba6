// Waypoints as istiod's ambient index binds them (pilot/pkg/serviceregistry/ambient/waypoints.go):
// every Gateway with a status address is a Waypoint (gatewayToWaypointTransform: traffic type
// `service` unless the Gateway's istio.io/waypoint-for label says otherwise; its address is
// the status Hostname, else its first IP, on port 15008, getGatewayAddress); objects and
// namespaces pick one with istio.io/use-waypoint (+ istio.io/use-waypoint-namespace)
// (fetchWaypointForTarget / GetUseWaypoint), Services only of traffic type service or all
// (fetchWaypointForService), workloads only of workload or all (fetchWaypointForWorkload);
// the waypoint's own pods get its inbound binding as their application tunnel (computeWaypoint).
import { ipToBytes } from "../../src/state/ip.ts";
import { any, type Fields, map, obj, oneOf, optional, str, withDefault } from "../../src/state/schema.ts";
import type { ApplicationTunnel, GatewayAddress } from "../../src/state/types.ts";
import type { ParsedGateway } from "./networks.ts";

export const USE_WAYPOINT = "istio.io/use-waypoint";
export const USE_WAYPOINT_NAMESPACE = "istio.io/use-waypoint-namespace";
export const WAYPOINT_FOR = "istio.io/waypoint-for";
export const INGRESS_USE_WAYPOINT = "istio.io/ingress-use-waypoint";
/** label.IoK8sNetworkingGatewayGatewayName: set on a Gateway's pods. */
export const GATEWAY_NAME = "gateway.networking.k8s.io/gateway-name";
const GATEWAY_MANAGED = "gateway.istio.io/managed";
const INBOUND_BINDING = "ambient.istio.io/waypoint-inbound-binding";
/** constants.ManagedGatewayMeshControllerLabel / ManagedGatewayEastWestControllerLabel. */
const NO_WAYPOINT_MANAGERS = ["istio.io-mesh-controller", "istio.io-eastwest-controller"];
const HBONE_PORT = 15008;

const k8s = <F extends Fields>(fields: F) => obj(fields, { unknown: "ignore", nullIsMissing: true });
const ALLOWED_ROUTES = k8s({
  namespaces: optional(
    k8s({
      from: withDefault(oneOf(["Same", "All", "Selector"]), "Same"),
      selector: optional(k8s({ matchLabels: withDefault(map(str(), str()), {}), matchExpressions: optional(any()) })),
    }),
  ),
});

export interface Waypoint {
  name: string;
  namespace: string;
  address: GatewayAddress;
  trafficType: string;
  /** Which namespaces may attach (makeAllowedRoutes). */
  from: "Same" | "All" | "Selector";
  selector: Record<string, string>;
  binding?: ApplicationTunnel;
}

/** A GatewayClass's labels and annotations: defaults for its Gateways' waypoint-for and inbound binding. */
export interface GatewayClass {
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

interface Target {
  namespace: string;
  labels: Record<string, string>;
}

/** makeInboundBinding over the Gateway's annotation: `PROTOCOL` or `PROTOCOL/port`; anything else is none. */
function inboundBinding(value: string | undefined): ApplicationTunnel | undefined {
  if (value === undefined) return undefined;
  const parts = value.split("/");
  if (parts.length > 2 || (parts[0] !== "NONE" && parts[0] !== "PROXY")) return undefined;
  const port = parts[1] !== undefined && /^\d+$/.test(parts[1]) ? Number(parts[1]) : 0; // unparsable: 0, as ParseUint's failure
  return { protocol: parts[0], port };
}

/**
 * gatewayToWaypointTransform / makeWaypoint; undefined for a Gateway without status addresses.
 * istiod does not look at the class name: any Gateway with an address is a waypoint, its class
 * (when one is declared; an unknown class is only a warning in istiod) gives the defaults.
 */
export function waypointOf(g: ParsedGateway, network: string, cls?: GatewayClass): Waypoint | undefined {
  if (g.statusAddresses.length === 0) return undefined;
  const { meta: m } = g;
  // getGatewayAddress: a Hostname first, then the first IP.
  let address: GatewayAddress | undefined;
  const host = g.statusAddresses.find((a) => a.type === "Hostname");
  if (host)
    address = {
      destination: { hostname: { namespace: m.namespace, hostname: host.value } },
      hboneMtlsPort: HBONE_PORT,
    };
  else {
    const ip = g.statusAddresses.find((a) => a.type === "IPAddress" && ipToBytes(a.value));
    if (ip) address = { destination: { address: { network, address: ip.value } }, hboneMtlsPort: HBONE_PORT };
  }
  if (!address) return undefined; // istiod's Waypoint has a nil address then: nothing to point at
  // getGatewayOrGatewayClassAnnotation: the Gateway's annotation, even an invalid one, wins.
  const binding = inboundBinding(m.annotations[INBOUND_BINDING] ?? cls?.annotations[INBOUND_BINDING]);
  // makeAllowedRoutes: the bound listener, else the HBONE listener on 15008, else Same.
  let listener = undefined as ParsedGateway["listeners"][number] | undefined;
  if (binding?.port) listener = g.listeners.find((l) => l.port === binding.port);
  else if (binding?.protocol === "PROXY") listener = g.listeners.find((l) => l.protocol === "istio.io/PROXY");
  listener ??= g.listeners.find((l) => l.protocol === "HBONE" && l.port === HBONE_PORT);
  const i = listener ? g.listeners.indexOf(listener) : -1;
  const routes = listener
    ? g.c.check(ALLOWED_ROUTES, listener.allowedRoutes ?? {}, ["spec", "listeners", i, "allowedRoutes"])
    : undefined;
  if (routes?.namespaces?.selector?.matchExpressions !== undefined) {
    throw g.c.err(
      `spec.listeners[${i}].allowedRoutes.namespaces.selector.matchExpressions`,
      "not supported (use matchLabels)",
    );
  }
  const w: Waypoint = {
    name: m.name,
    namespace: m.namespace,
    address,
    trafficType: m.labels[WAYPOINT_FOR] ?? cls?.labels[WAYPOINT_FOR] ?? "service",
    from: routes?.namespaces?.from ?? "Same",
    selector: routes?.namespaces?.selector?.matchLabels ?? {},
  };
  if (binding) w.binding = binding;
  return w;
}

export interface WaypointIndex {
  /** fetchWaypointForService: the Service's (or ServiceEntry's) waypoint. */
  forService(o: Target): Waypoint | undefined;
  /** computeWaypoint for a workload: its waypoint, or its application tunnel if it is a waypoint's pod. */
  forWorkload(o: Target): { waypoint?: Waypoint; tunnel?: ApplicationTunnel };
}

const selects = (sel: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(sel).every(([k, v]) => labels[k] === v);

export function waypointIndex(
  waypoints: Waypoint[],
  namespaceLabels: (ns: string) => Record<string, string> | undefined,
): WaypointIndex {
  const byKey = new Map(waypoints.map((w) => [`${w.namespace}/${w.name}`, w]));
  const allows = (w: Waypoint, ns: string) =>
    w.from === "All" || (w.from === "Selector" ? selects(w.selector, namespaceLabels(ns) ?? {}) : w.namespace === ns);
  /** GetUseWaypoint: undefined = no label, null = "none". */
  const use = (labels: Record<string, string>, fallback: string): string | null | undefined => {
    const v = labels[USE_WAYPOINT];
    if (v === undefined) return undefined;
    if (v === "none") return null;
    return `${labels[USE_WAYPOINT_NAMESPACE] ?? fallback}/${v}`;
  };
  const forTarget = (o: Target): Waypoint | undefined => {
    const own = use(o.labels, o.namespace);
    if (own === null) return undefined;
    const key = own ?? use(namespaceLabels(o.namespace) ?? {}, o.namespace);
    if (!key) return undefined;
    const w = byKey.get(key); // absent: istiod reports "not ready" and binds none
    return w && allows(w, o.namespace) ? w : undefined;
  };
  return {
    forService(o) {
      if (NO_WAYPOINT_MANAGERS.includes(o.labels[GATEWAY_MANAGED] ?? "")) return undefined;
      const w = forTarget(o);
      return w && (w.trafficType === "service" || w.trafficType === "all") ? w : undefined;
    },
    forWorkload(o) {
      const name = o.labels[GATEWAY_NAME];
      const instanceOf = name ? byKey.get(`${o.namespace}/${name}`) : undefined;
      if (instanceOf) return instanceOf.binding ? { tunnel: { ...instanceOf.binding } } : {};
      const w = forTarget(o);
      return w && (w.trafficType === "workload" || w.trafficType === "all") ? { waypoint: w } : {};
    },
  };
}

/** ingressUseWaypointFromLabels: the Service's label, else its namespace's; strconv.ParseBool's spellings. */
export function ingressUseWaypoint(
  labels: Record<string, string>,
  nsLabels: Record<string, string> | undefined,
): boolean {
  const v = labels[INGRESS_USE_WAYPOINT] ?? nsLabels?.[INGRESS_USE_WAYPOINT];
  return v !== undefined && ["1", "t", "T", "TRUE", "true", "True"].includes(v);
}
