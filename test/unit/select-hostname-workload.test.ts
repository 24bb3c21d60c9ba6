// Which IP-less workloads are candidates: one with a hostname (ServiceEntry resolution DNS)
// is, its pick carrying the name; one with neither address nor name (reachable only through
// a network gateway) is not.
import { describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
import { SelectError, select } from "../../src/pick/select.ts";
import { createState } from "../../src/state/store.ts";
import type { Workload } from "../../src/state/types.ts";
import { service, workload } from "./select-mesh.ts";

const SVC = "default/ext.example.com";
const client = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"] });

function pickFrom(endpoints: Workload[]) {
  const state = createState();
  state.apply({
    upsertWorkloads: [client, ...endpoints],
    upsertServices: [
      service("ext.example.com", { vips: [{ network: "net1", address: "240.240.0.5" }], ports: { 443: 443 } }),
    ],
  });
  return select({ ip: "240.240.0.5", port: 443 }, client, state, createCursors(undefined, 8));
}
const ep = (name: string, over: Partial<Workload>) =>
  workload(`Kubernetes/networking.istio.io/ServiceEntry/default/ext/${name}`, {
    services: { [SVC]: { 443: 443 } },
    ...over,
  });

describe("IP-less endpoints", () => {
  it("a hostname workload: picked, with the name to resolve and the target port", () => {
    const p = pickFrom([ep("api", { workloadIps: [], hostname: "api.ext.example.com" })]);
    expect(p).toMatchObject({ via: "endpoint", hostname: "api.ext.example.com", address: { ip: "", port: 443 } });
  });
  it("no address and no hostname (gateway only): not a candidate", () => {
    const p = pickFrom([ep("gw-only", { workloadIps: [], hostname: "", network: "net2" })]);
    expect(p instanceof SelectError && p.code).toBe("ZTS_NO_HEALTHY_UPSTREAM");
  });
  it("hostname and IP endpoints share the round robin", () => {
    const eps = [ep("a", { workloadIps: [], hostname: "a.ext.example.com" }), ep("b", { workloadIps: ["192.0.2.9"] })];
    const s = createState();
    s.apply({
      upsertWorkloads: [client, ...eps],
      upsertServices: [
        service("ext.example.com", { vips: [{ network: "net1", address: "240.240.0.5" }], ports: { 443: 443 } }),
      ],
    });
    const cursors = createCursors(undefined, 8);
    const got = [1, 2, 3, 4].map(() => {
      const p = select({ ip: "240.240.0.5", port: 443 }, client, s, cursors);
      if (p instanceof SelectError || p.via === "passthrough") throw new Error("no pick");
      return p.hostname ?? p.address.ip;
    });
    expect(got.sort()).toEqual(["192.0.2.9", "192.0.2.9", "a.ext.example.com", "a.ext.example.com"]);
  });
});
