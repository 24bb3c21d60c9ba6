// Reads a demo mesh and decides what the demo will start: a node proxy per Node (its
// InternalIP and the standard ports), an echo server per pod IP and container port, a
// waypoint stand-in for each pod of a waypoint Gateway, and an echo server per ServiceEntry
// endpoint (a server "outside the mesh").
// Everything must be on 127.0.0.0/8 — the demo never sends a packet off the machine —
// and no two things may claim the same ip:port. Any problem is one clear DemoError
// before anything starts.
import { isIPv4 } from "node:net";
import type { Mesh } from "../../xds/controlplane/translate.ts";
import { ZtsError } from "../errors.ts";
import { identityOf } from "../identity/spiffe.ts";
import { type Authorization, type GatewayAddress, type Service, serviceKey, type Workload } from "../state/types.ts";

export class DemoError extends ZtsError {}

/**
 * Where the demo's control plane auto-allocates ServiceEntry VIPs (its --auto-allocate-ipv4;
 * istiod's 240.240.0.0/16 moved onto loopback), so an allocated VIP is never routed anywhere.
 */
export const DEMO_AUTO_ALLOCATE_V4 = "127.240.0.0/16";

/** The ports a demo node proxy binds on its node IP (ztunnel's standard ones). */
export const NODE_PORTS = {
  admin: 15000,
  outbound: 15001,
  inboundPlaintext: 15006,
  inbound: 15008,
  dns: 15053,
  stats: 15020,
  readiness: 15021,
  socks5: 15080,
} as const;

export interface DemoNode {
  name: string;
  ip: string;
  zone: string;
}

export interface DemoPod {
  name: string;
  namespace: string;
  node: string;
  ip: string;
  ports: number[];
  ready: boolean;
  hbone: boolean;
  /** A waypoint Gateway's pod (label gateway.networking.k8s.io/gateway-name): runs the stand-in. */
  waypoint?: string;
}

/** One endpoint a waypoint may send a service's traffic to. */
export interface WaypointEndpoint {
  ip: string;
  port: number;
  /** Reached over HBONE at ip:15008 with this identity, or (undefined) plain TCP. */
  identity?: string;
}

/** The waypoint stand-in's view: where it listens, as whom, and where each service:port goes. */
export interface DemoWaypoint {
  /** namespace/name of the Gateway. */
  name: string;
  pod: DemoPod;
  identity: string;
  port: number;
  /** "vip:port" → the ready endpoints behind it. */
  routes: Map<string, WaypointEndpoint[]>;
  /** Hostnames of the services bound to this waypoint. */
  services: string[];
}

/** A ServiceEntry endpoint: the demo serves it on loopback as a server outside the mesh. */
export interface DemoExternal {
  /** namespace/name of the ServiceEntry. */
  entry: string;
  ip: string;
  ports: number[];
  hostnames: string[];
}

export interface DemoService {
  name: string;
  namespace: string;
  hostname: string;
  vip: string;
  ports: number[];
  routing: string;
}

export interface DemoPlan {
  nodes: DemoNode[];
  pods: DemoPod[];
  services: DemoService[];
  waypoints: DemoWaypoint[];
  externals: DemoExternal[];
  policies: DemoPolicy[];
}

/** An authorization policy and the services whose pods it applies to. */
export interface DemoPolicy {
  name: string;
  namespace: string;
  action: Authorization["action"];
  /** Hostnames of services with an endpoint the policy selects, and those endpoints' nodes. */
  services: { hostname: string; nodes: string[] }[];
}

const GATEWAY_NAME = "gateway.networking.k8s.io/gateway-name";
const fromServiceEntry = (w: Workload) => w.uid.includes("/networking.istio.io/ServiceEntry/");

const isLoopback = (ip: string) => isIPv4(ip) && ip.startsWith("127.");

interface RawNode {
  kind?: string;
  metadata?: { name?: string; labels?: Record<string, string> };
  status?: { addresses?: { type?: string; address?: string }[] };
}
interface RawPod {
  kind?: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  spec?: { containers?: { ports?: { containerPort?: number }[] }[] };
}

export function planDemo(docs: unknown[], mesh: Mesh): DemoPlan {
  const nodes: DemoNode[] = [];
  for (const d of docs as RawNode[]) {
    if (d?.kind !== "Node") continue;
    const name = d.metadata?.name ?? "?";
    const ip = d.status?.addresses?.find((a) => a.type === "InternalIP")?.address;
    if (!ip) throw new DemoError("ZTS_DEMO_NODE_IP", `Node ${name}: status.addresses has no InternalIP`);
    if (!isLoopback(ip)) {
      throw new DemoError(
        "ZTS_DEMO_NOT_LOOPBACK",
        `Node ${name}: InternalIP ${ip} is not on 127.0.0.0/8; the demo only uses loopback addresses`,
      );
    }
    nodes.push({ name, ip, zone: d.metadata?.labels?.["topology.kubernetes.io/zone"] ?? "" });
  }
  if (nodes.length === 0) throw new DemoError("ZTS_DEMO_NO_NODES", "the mesh has no Node: nothing to run");

  const containerPorts = new Map<string, number[]>();
  const gatewayOf = new Map<string, string>();
  const gateways = new Set<string>();
  for (const d of docs as RawPod[]) {
    const key = `${d?.metadata?.namespace ?? "default"}/${d?.metadata?.name}`;
    if (d?.kind === "Gateway") gateways.add(key);
    if (d?.kind !== "Pod") continue;
    const ports = (d.spec?.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.containerPort ?? 0));
    containerPorts.set(
      key,
      ports.filter((p) => p > 0),
    );
    const gw = d.metadata?.labels?.[GATEWAY_NAME];
    if (gw) gatewayOf.set(key, `${d.metadata?.namespace ?? "default"}/${gw}`);
  }
  const inMesh = mesh.workloads.filter((w) => !fromServiceEntry(w));
  const pods: DemoPod[] = inMesh.map((w) => {
    const ip = w.workloadIps[0] ?? "";
    if (!isLoopback(ip)) {
      throw new DemoError(
        "ZTS_DEMO_NOT_LOOPBACK",
        `Pod ${w.namespace}/${w.name}: podIP ${ip || "(none)"} is not on 127.0.0.0/8; the demo only uses loopback addresses`,
      );
    }
    const gw = gatewayOf.get(`${w.namespace}/${w.name}`);
    return {
      name: w.name,
      namespace: w.namespace,
      node: w.node,
      ip,
      ports: containerPorts.get(`${w.namespace}/${w.name}`) ?? [],
      ready: w.status === "Healthy",
      hbone: w.protocol === "HBONE",
      ...(gw && gateways.has(gw) && { waypoint: gw }),
    };
  });
  const services: DemoService[] = mesh.services.map((s) => {
    const vip = s.vips[0]?.address ?? "";
    if (!isLoopback(vip)) {
      throw new DemoError(
        "ZTS_DEMO_NOT_LOOPBACK",
        `Service ${s.namespace}/${s.name}: clusterIP ${vip || "(none)"} is not on 127.0.0.0/8; the demo only uses loopback addresses`,
      );
    }
    const lb = s.loadBalancer;
    const routing = !lb || lb.mode === "Standard" ? "any" : `${lb.mode} [${lb.routingPreferences.join(", ")}]`;
    return {
      name: s.name,
      namespace: s.namespace,
      hostname: s.hostname,
      vip,
      ports: Object.keys(s.ports).map(Number),
      routing,
    };
  });

  const externals = planExternals(mesh);
  const waypoints = planWaypoints(mesh, pods, inMesh);
  const policies = planPolicies(mesh, inMesh);

  // Port clashes: every ip:port the demo will bind, once.
  const owners = new Map<string, string>();
  const claim = (ip: string, port: number, who: string) => {
    const key = `${ip}:${port}`;
    const prev = owners.get(key);
    if (prev) throw new DemoError("ZTS_DEMO_PORT_CLASH", `${key} is claimed by both ${prev} and ${who}`);
    owners.set(key, who);
  };
  for (const n of nodes)
    for (const [what, port] of Object.entries(NODE_PORTS)) claim(n.ip, port, `node ${n.name} (${what})`);
  for (const p of pods) {
    for (const port of p.ports) claim(p.ip, port, `pod ${p.namespace}/${p.name}`);
    if (p.hbone) claim(p.ip, NODE_PORTS.inbound, `pod ${p.namespace}/${p.name} (HBONE)`);
  }
  for (const s of services) for (const port of s.ports) claim(s.vip, port, `service ${s.namespace}/${s.name}`);
  for (const e of externals) for (const port of e.ports) claim(e.ip, port, `ServiceEntry ${e.entry} endpoint`);
  return { nodes, pods, services, waypoints, externals, policies };
}

/** ServiceEntry endpoints with an address: each must be on loopback, served on its target ports. */
function planExternals(mesh: Mesh): DemoExternal[] {
  const out: DemoExternal[] = [];
  for (const w of mesh.workloads) {
    if (!fromServiceEntry(w)) continue;
    const ip = w.workloadIps[0];
    const entry = `${w.namespace}/${w.name}`;
    if (!ip || !isLoopback(ip)) {
      throw new DemoError(
        "ZTS_DEMO_NOT_LOOPBACK",
        `ServiceEntry ${entry}: endpoint ${ip ?? w.hostname} is not an address on 127.0.0.0/8; the demo only uses loopback addresses`,
      );
    }
    const maps = Object.values(w.services);
    const ports = [...new Set(maps.flatMap((m) => Object.values(m)))].sort((a, b) => a - b);
    const hostnames = Object.keys(w.services).map((k) => k.slice(k.indexOf("/") + 1));
    out.push({ entry, ip, ports, hostnames });
  }
  return out;
}

const sameAddress = (a: GatewayAddress, b: GatewayAddress) =>
  JSON.stringify(a.destination) === JSON.stringify(b.destination) && a.hboneMtlsPort === b.hboneMtlsPort;

/** Each waypoint pod's stand-in: the services bound to its Gateway, by VIP:port, to their ready endpoints. */
function planWaypoints(mesh: Mesh, pods: DemoPod[], workloads: Workload[]): DemoWaypoint[] {
  const out: DemoWaypoint[] = [];
  for (const pod of pods) {
    if (!pod.waypoint) continue;
    const w = workloads.find((x) => x.namespace === pod.namespace && x.name === pod.name)!;
    // The services this pod serves as waypoint: those whose waypoint names one of its services' VIPs.
    const mine = mesh.services.filter((s) => Object.hasOwn(w.services, serviceKey(s)));
    const bound = mesh.services.filter(
      (s) =>
        s.waypoint &&
        mine.some((m) =>
          m.vips.some((v) =>
            sameAddress(s.waypoint!, { destination: { address: v }, hboneMtlsPort: s.waypoint!.hboneMtlsPort }),
          ),
        ),
    );
    const routes = new Map<string, WaypointEndpoint[]>();
    for (const s of bound) {
      for (const [sp, tp] of Object.entries(s.ports)) {
        const eps = endpointsOf(s, workloads, Number(sp), tp);
        for (const v of s.vips) routes.set(`${v.address}:${sp}`, eps);
      }
    }
    out.push({
      name: pod.waypoint,
      pod,
      identity: identityOf({ trustDomain: w.trustDomain, namespace: w.namespace, serviceAccount: w.serviceAccount }),
      port: waypointPort(pod),
      routes,
      services: bound.map((s) => s.hostname),
    });
  }
  return out;
}

/** The waypoint's HBONE port: 15008, which its pod must declare. */
function waypointPort(pod: DemoPod): number {
  if (!pod.ports.includes(15008))
    throw new DemoError(
      "ZTS_DEMO_WAYPOINT_PORT",
      `Pod ${pod.namespace}/${pod.name}: a waypoint pod must declare containerPort 15008`,
    );
  return 15008;
}

function endpointsOf(s: Service, workloads: Workload[], servicePort: number, target: number): WaypointEndpoint[] {
  const key = serviceKey(s);
  const out: WaypointEndpoint[] = [];
  for (const w of workloads) {
    const ports = w.services[key];
    const ip = w.workloadIps[0];
    if (!ports || w.status !== "Healthy" || !ip) continue;
    const port = ports[servicePort] || target || servicePort;
    out.push({
      ip,
      port,
      ...(w.protocol === "HBONE" && {
        identity: identityOf({ trustDomain: w.trustDomain, namespace: w.namespace, serviceAccount: w.serviceAccount }),
      }),
    });
  }
  return out;
}

function planPolicies(mesh: Mesh, workloads: Workload[]): DemoPolicy[] {
  return mesh.policies.map((p) => {
    const key = `${p.namespace}/${p.name}`;
    const selected = workloads.filter((w) => w.authorizationPolicies.includes(key));
    const services = mesh.services
      .map((s) => ({
        hostname: s.hostname,
        nodes: [...new Set(selected.filter((w) => Object.hasOwn(w.services, serviceKey(s))).map((w) => w.node))],
      }))
      .filter((s) => s.nodes.length > 0);
    return { name: p.name, namespace: p.namespace, action: p.action, services };
  });
}
