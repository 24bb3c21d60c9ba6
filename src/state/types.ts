// The proxy's in-memory model of the mesh. Plain, structured-clone-able data (it is
// posted to worker threads) whose names and enum spellings follow ztunnel's internal
// types (src/state/workload.rs, service.rs, rbac.rs), because those are also the shape
// of ztunnel's local config file and of its /config_dump — one model serves all three.

/** An IP address in canonical text form (`10.0.1.11`, `fd00::2:c`). */
export type Ip = string;

/** `network/ip`; the network may be empty. */
export interface NetworkAddress {
  network: string;
  address: Ip;
}

export interface NamespacedHostname {
  namespace: string;
  hostname: string;
}

export interface Locality {
  region: string;
  zone: string;
  subzone: string;
}

export interface GatewayAddress {
  destination: { address: NetworkAddress } | { hostname: NamespacedHostname };
  hboneMtlsPort: number;
}

/** servicePort → targetPort (0 = take it from the workload's own port list). */
export type PortMap = Record<number, number>;

export type InboundProtocol = "TCP" | "HBONE";
export type HealthStatus = "Healthy" | "Unhealthy";
export type NetworkMode = "Standard" | "HostNetwork";

export interface ApplicationTunnel {
  protocol: "NONE" | "PROXY";
  port?: number;
}

export interface WeightedWaypoint {
  destination: GatewayAddress;
  /** Relative weight; 0 = described but sent nothing. */
  weight: number;
}

export interface Workload {
  uid: string;
  name: string;
  namespace: string;
  workloadIps: Ip[];
  hostname: string;
  network: string;
  protocol: InboundProtocol;
  trustDomain: string;
  serviceAccount: string;
  waypoint?: GatewayAddress;
  networkGateway?: GatewayAddress;
  node: string;
  canonicalName: string;
  canonicalRevision: string;
  workloadType: string;
  workloadName: string;
  nativeTunnel: boolean;
  applicationTunnel?: ApplicationTunnel;
  /** `namespace/hostname` of each service this workload backs → its own port map. */
  services: Record<string, PortMap>;
  authorizationPolicies: string[];
  status: HealthStatus;
  clusterId: string;
  locality: Locality;
  networkMode: NetworkMode;
  /** Relative weight for selection; absent on the wire = 1, 0 = never picked. */
  capacity: number;
}

export type LoadBalancerScope = "Region" | "Zone" | "Subzone" | "Node" | "Cluster" | "Network";
/** `Standard` = UNSPECIFIED on the wire: scopes are ignored. */
export type LoadBalancerMode = "Standard" | "Strict" | "Failover" | "Passthrough";
export type LoadBalancerHealthPolicy = "OnlyHealthy" | "AllowAll";

export interface LoadBalancer {
  routingPreferences: LoadBalancerScope[];
  mode: LoadBalancerMode;
  healthPolicy: LoadBalancerHealthPolicy;
}

export type IpFamily = "Dual" | "IPv4" | "IPv6";

export interface Service {
  name: string;
  namespace: string;
  hostname: string;
  vips: NetworkAddress[];
  ports: PortMap;
  subjectAltNames: string[];
  waypoint?: GatewayAddress;
  /**
   * A weighted set of waypoints (a canary between two): each connection samples one by weight;
   * absent, or no weight above 0, = `waypoint` (which istiod keeps set to the primary).
   */
  weightedWaypoints?: WeightedWaypoint[];
  /** Ingress gateways send this service's traffic through its waypoint (istio.io/ingress-use-waypoint). */
  ingressUseWaypoint?: boolean;
  loadBalancer?: LoadBalancer;
  ipFamilies?: IpFamily;
  canonical: boolean;
  /** `Namespace`: only clients in the service's namespace see it (absent = Public, ztunnel's default). */
  visibility?: "Namespace";
  /** Upstream pick for this service (our `ztunnel-ts.io/lb` extension); absent = the proxy's ZTS_LB. */
  lbPolicy?: ServiceLbPolicy;
}

/** Values of the `ztunnel-ts.io/lb` Service extension and annotation. */
export type ServiceLbPolicy = "round-robin" | "least-conn" | "least-conn-p2c";
export const SERVICE_LB_POLICIES: readonly ServiceLbPolicy[] = ["round-robin", "least-conn", "least-conn-p2c"];

export type StringMatch = { exact: string } | { prefix: string } | { suffix: string } | { presence: true };

export interface ServiceAccountMatch {
  namespace: string;
  serviceAccount: string;
}

/** An address with prefix length, e.g. `{ address: "10.0.0.0", prefixLen: 8 }`. */
export interface Cidr {
  address: Ip;
  prefixLen: number;
}

export interface RbacMatch {
  namespaces: StringMatch[];
  notNamespaces: StringMatch[];
  serviceAccounts: ServiceAccountMatch[];
  notServiceAccounts: ServiceAccountMatch[];
  principals: StringMatch[];
  notPrincipals: StringMatch[];
  sourceIps: Cidr[];
  notSourceIps: Cidr[];
  destinationIps: Cidr[];
  notDestinationIps: Cidr[];
  destinationPorts: number[];
  notDestinationPorts: number[];
}

export type RbacScope = "Global" | "Namespace" | "WorkloadSelector";
export type RbacAction = "Allow" | "Deny";

export interface Authorization {
  name: string;
  namespace: string;
  scope: RbacScope;
  action: RbacAction;
  /** rules (OR) → clauses (AND) → matches (OR). */
  rules: RbacMatch[][][];
  dryRun: boolean;
}

/** Resource names as istiod uses them. */
export const serviceKey = (s: { namespace: string; hostname: string }): string => `${s.namespace}/${s.hostname}`;
export const policyKey = (p: { namespace: string; name: string }): string => `${p.namespace}/${p.name}`;
