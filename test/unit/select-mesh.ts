// Builders for select tests: workloads and services with every field defaulted, so a
// table row states only what it is about. Mesh addresses here are data, never dialled.
import type { Service, Workload } from "../../src/state/types.ts";
import { service as baseService, workload as baseWorkload } from "../fixtures/mesh-model.ts";

export function workload(uid: string, over: Partial<Workload> = {}): Workload {
  const name = uid.split("/").pop() ?? uid;
  return baseWorkload({
    uid,
    name,
    network: "net1",
    canonicalName: name,
    canonicalRevision: "v1",
    workloadName: name,
    locality: { region: "r1", zone: "z1", subzone: "s1" },
    ...over,
  });
}

export function service(hostname: string, over: Partial<Service> = {}): Service {
  return baseService({ name: hostname.split(".")[0] ?? hostname, hostname, ports: { 80: 8080 }, ...over });
}
