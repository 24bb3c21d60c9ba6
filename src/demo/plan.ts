// Reads a demo mesh and decides what the demo will start: a node proxy per Node (its
// InternalIP and the standard ports), an echo server per pod IP and container port.
// Everything must be on 127.0.0.0/8 — the demo never sends a packet off the machine —
// and no two things may claim the same ip:port. Any problem is one clear DemoError
// before anything starts.
import { isIPv4 } from "node:net";
import type { Mesh } from "../../xds/controlplane/translate.ts";
import { ZtsError } from "../errors.ts";

export class DemoError extends ZtsError {}

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
}

const isLoopback = (ip: string) => isIPv4(ip) && ip.startsWith("127.");

interface RawNode {
  kind?: string;
  metadata?: { name?: string; labels?: Record<string, string> };
  status?: { addresses?: { type?: string; address?: string }[] };
}
interface RawPod {
  kind?: string;
  metadata?: { name?: string; namespace?: string };
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
  for (const d of docs as RawPod[]) {
    if (d?.kind !== "Pod") continue;
    const ports = (d.spec?.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.containerPort ?? 0));
    containerPorts.set(
      `${d.metadata?.namespace ?? "default"}/${d.metadata?.name}`,
      ports.filter((p) => p > 0),
    );
  }
  const pods: DemoPod[] = mesh.workloads.map((w) => {
    const ip = w.workloadIps[0] ?? "";
    if (!isLoopback(ip)) {
      throw new DemoError(
        "ZTS_DEMO_NOT_LOOPBACK",
        `Pod ${w.namespace}/${w.name}: podIP ${ip || "(none)"} is not on 127.0.0.0/8; the demo only uses loopback addresses`,
      );
    }
    return {
      name: w.name,
      namespace: w.namespace,
      node: w.node,
      ip,
      ports: containerPorts.get(`${w.namespace}/${w.name}`) ?? [],
      ready: w.status === "Healthy",
      hbone: w.protocol === "HBONE",
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
  return { nodes, pods, services };
}
