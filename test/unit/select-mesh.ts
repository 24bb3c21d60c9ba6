// Builders for select tests: workloads and services with every field defaulted, so a
// table row states only what it is about. Mesh addresses here are data, never dialled.
import type { Service, Workload } from "../../src/state/types.ts";

export function workload(uid: string, over: Partial<Workload> = {}): Workload {
  const name = uid.split("/").pop() ?? uid;
  return {
    uid,
    name,
    namespace: "default",
    workloadIps: [],
    hostname: "",
    network: "net1",
    protocol: "HBONE",
    trustDomain: "cluster.local",
    serviceAccount: "default",
    node: "node-a",
    canonicalName: name,
    canonicalRevision: "v1",
    workloadType: "pod",
    workloadName: name,
    nativeTunnel: false,
    services: {},
    authorizationPolicies: [],
    status: "Healthy",
    clusterId: "Kubernetes",
    locality: { region: "r1", zone: "z1", subzone: "s1" },
    networkMode: "Standard",
    capacity: 1,
    ...over,
  };
}

export function service(hostname: string, over: Partial<Service> = {}): Service {
  return {
    name: hostname.split(".")[0] ?? hostname,
    namespace: "default",
    hostname,
    vips: [],
    ports: { 80: 8080 },
    subjectAltNames: [],
    canonical: true,
    ...over,
  };
}
