// A synthetic mesh for the control-plane scale scenario, built directly as the state model
// (the embedded control plane's YAML translation matches every pod against every service
// selector, O(pods × services): fine for demos, hours at 100k × 20k). Addresses are DATA:
// 10.128.0.0/9 pods, 10.96.0.0/12 VIPs — nothing ever dials them.
import type { Service, Workload } from "../../src/state/types.ts";

export interface MeshSize {
  workloads: number;
  services: number;
  nodes: number;
}

const ip = (base: number, i: number) => {
  const n = base + i;
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
};
const POD_BASE = (10 << 24) | (128 << 16);
const VIP_BASE = (10 << 24) | (96 << 16);

export const nodeName = (i: number) => `scale-node-${i}`;

/** Workload i on node i % nodes; service j backed by workloads j, j + S, j + 2S, … (W/S each). */
export function workload(i: number, size: MeshSize, capacity = 1): Workload {
  const ns = `ns-${i % 100}`;
  const svc = i % size.services;
  const node = i % size.nodes;
  return {
    uid: `Kubernetes//Pod/${ns}/pod-${i}`,
    name: `pod-${i}`,
    namespace: ns,
    workloadIps: [ip(POD_BASE, i)],
    hostname: "",
    network: "",
    protocol: "HBONE",
    trustDomain: "cluster.local",
    serviceAccount: `sa-${svc}`,
    node: nodeName(node),
    canonicalName: `app-${svc}`,
    canonicalRevision: "v1",
    workloadType: "deployment",
    workloadName: `app-${svc}`,
    nativeTunnel: false,
    services: { [`ns-${svc % 100}/svc-${svc}.ns-${svc % 100}.svc.cluster.local`]: { 80: 8080, 443: 8443 } },
    authorizationPolicies: [],
    status: "Healthy",
    clusterId: "Kubernetes",
    locality: { region: "bench", zone: `zone-${node % 3}`, subzone: "" },
    networkMode: "Standard",
    capacity,
  };
}

export function service(j: number): Service {
  const ns = `ns-${j % 100}`;
  return {
    name: `svc-${j}`,
    namespace: ns,
    hostname: `svc-${j}.${ns}.svc.cluster.local`,
    vips: [{ network: "", address: ip(VIP_BASE, j) }],
    ports: { 80: 8080, 443: 8443 },
    subjectAltNames: [],
    loadBalancer: { routingPreferences: ["Network", "Region", "Zone"], mode: "Failover", healthPolicy: "OnlyHealthy" },
    canonical: true,
  };
}

export function generate(size: MeshSize): { workloads: Workload[]; services: Service[] } {
  return {
    workloads: Array.from({ length: size.workloads }, (_, i) => workload(i, size)),
    services: Array.from({ length: size.services }, (_, j) => service(j)),
  };
}
