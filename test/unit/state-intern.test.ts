// Sharing of repeated model parts (src/state/intern.ts): replicas decoded from xDS share
// one frozen port map, services map and locality instead of a copy each.
import { describe, expect, it } from "vitest";
import { workloadFromProto } from "../../src/state/from-proto.ts";
import { portMapOf, sparsePortMap } from "../../src/state/intern.ts";

const replica = (i: number) =>
  workloadFromProto({
    uid: `c//Pod/ns/app-${i}`,
    namespace: "ns",
    addresses: [Uint8Array.of(10, 0, 0, i)],
    services: { "ns/app.ns.svc.cluster.local": { ports: [{ servicePort: 80, targetPort: 8080 }] } },
    locality: { region: "r", zone: "z" },
  });

describe("intern", () => {
  it("two replicas backing the same service share its services map and port map", () => {
    const a = replica(1);
    const b = replica(2);
    expect(a.services).toBe(b.services);
    expect(a.services["ns/app.ns.svc.cluster.local"]).toEqual({ 80: 8080 });
    expect(a.locality).toBe(b.locality);
    expect(Object.isFrozen(a.services)).toBe(true);
  });

  it("a shared port map cannot be changed through one workload", () => {
    const p = portMapOf([80, 8080, 443, 8443]);
    expect(portMapOf([80, 8080, 443, 8443])).toBe(p);
    expect(() => {
      (p as Record<number, number>)[80] = 1;
    }).toThrow(TypeError);
    expect(p).toEqual({ 80: 8080, 443: 8443 });
  });

  it("different ports give different maps", () => {
    expect(portMapOf([80, 8080])).not.toBe(portMapOf([80, 9090]));
    expect(portMapOf([80, 9090])[80]).toBe(9090);
  });

  it("a sparse port map behaves as a plain object", () => {
    const p = sparsePortMap();
    p[443] = 8443;
    expect(p).toEqual({ 443: 8443 });
    expect(Object.keys(p)).toEqual(["443"]);
  });
});
