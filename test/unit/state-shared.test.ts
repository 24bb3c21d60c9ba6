// What only the shared layout has: materialised objects cached per record version, its
// checksums, its handles, and one writer's interning not leaking into another's.
import { describe, expect, it } from "vitest";
import { attachSharedState } from "../../src/state/shared/attach.ts";
import { SharedStateError } from "../../src/state/shared/errors.ts";
import type { SharedHandle } from "../../src/state/shared/layout.ts";
import { W } from "../../src/state/shared/layout.ts";
import { createSwitchState } from "../../src/state/shared/switch.ts";
import { createSharedState } from "../../src/state/shared/writer.ts";
import { createState } from "../../src/state/store.ts";
import type { Service, Workload } from "../../src/state/types.ts";
import { service, workload } from "../fixtures/mesh-model.ts";

const SVC = "default/echo.default.svc.cluster.local";
const wl = (n: number, capacity = 1) =>
  workload({
    uid: `w/${n}`,
    name: `w-${n}`,
    workloadIps: [`127.0.3.${n}`],
    services: { [SVC]: { 80: 8080 } },
    capacity,
  });

describe("shared state", () => {
  it("every field of a workload and a service, optional ones set, reads back as written", () => {
    const gw = { destination: { address: { network: "net1", address: "10.0.9.1" } }, hboneMtlsPort: 15008 };
    const full: Workload = {
      ...wl(1),
      hostname: "db.example.com",
      waypoint: gw,
      networkGateway: { destination: { address: { network: "net2", address: "10.1.0.1" } }, hboneMtlsPort: 15008 },
      applicationTunnel: { protocol: "PROXY", port: 15088 },
      nativeTunnel: true,
      status: "Unhealthy",
      networkMode: "HostNetwork",
      capacity: 3,
      authorizationPolicies: ["default/p"],
    };
    const svc: Service = {
      ...service({ name: "echo", hostname: "echo.default.svc.cluster.local" }),
      ports: { 80: 8080 },
      vips: [{ network: "net1", address: "10.96.0.1" }],
      subjectAltNames: ["spiffe://cluster.local/ns/default/sa/echo"],
      waypoint: gw,
      weightedWaypoints: [
        { destination: gw, weight: 9 },
        { destination: { ...gw, destination: { address: { network: "net1", address: "10.0.9.2" } } }, weight: 1 },
      ],
      ingressUseWaypoint: true,
      loadBalancer: { routingPreferences: ["Zone"], mode: "Failover", healthPolicy: "AllowAll" },
      ipFamilies: "Dual",
      visibility: "Namespace",
      lbPolicy: "least-conn",
      canonical: true,
    };
    const s = createSharedState();
    s.apply({ upsertWorkloads: [full], upsertServices: [svc] });
    expect(s.workload(full.uid)).toEqual(full);
    expect(s.service("default/echo.default.svc.cluster.local")).toEqual(svc);
  });

  it("returns the same object for an unchanged record, a new one after it changed", () => {
    const s = createSharedState();
    s.apply({ upsertWorkloads: [wl(1), wl(2)] });
    const a = s.workload("w/1");
    expect(s.workload("w/1")).toBe(a);
    expect(s.workloadByIp("", "127.0.3.1")).toBe(a);
    s.apply({ upsertWorkloads: [wl(1, 5)] });
    const b = s.workload("w/1");
    expect(b).not.toBe(a);
    expect(b?.capacity).toBe(5);
    expect(s.workload("w/2")).toBe(s.workload("w/2"));
  });

  it("a reader in the same process sees the writer's growth through its handle", () => {
    const s = createSharedState();
    const r = attachSharedState(s.share());
    // Far past the starting capacities: several generations.
    s.apply({ upsertWorkloads: Array.from({ length: 2000 }, (_, i) => wl(i)) });
    expect(r.counts().workloads).toBe(2000);
    expect(r.workload("w/1999")?.name).toBe("w-1999");
    expect(r.endpoints(SVC).size).toBe(2000);
    expect(r.stats().generations).toBeGreaterThan(0);
  });

  it("churn (pods replaced under new names and IPs, 40× the live set) keeps the string table bounded", () => {
    const s = createSharedState();
    const r = attachSharedState(s.share());
    const LIVE = 200;
    const pod = (gen: number, i: number) =>
      workload({
        uid: `Kubernetes//Pod/default/pod-${gen}-${i}`,
        name: `pod-${gen}-${i}`,
        workloadIps: [`10.${gen & 255}.${i >> 8}.${i & 255}`],
        services: { [SVC]: { 80: 8080 } },
      });
    s.apply({ upsertWorkloads: Array.from({ length: LIVE }, (_, i) => pod(0, i)) });
    const held = s.strings().count;
    const ROUNDS = 40;
    let peak = 0;
    for (let gen = 1; gen <= ROUNDS; gen++) {
      // One delta per round: the whole previous generation out, the next one in.
      s.apply({
        removeAddresses: Array.from({ length: LIVE }, (_, i) => `Kubernetes//Pod/default/pod-${gen - 1}-${i}`),
        upsertWorkloads: Array.from({ length: LIVE }, (_, i) => pod(gen, i)),
      });
      peak = Math.max(peak, s.strings().count);
    }
    // Without compaction: ≈ 3 new strings per pod per round, ≈ 24k strings. With it: at most
    // 4096 + 2 × (8 per live record) over what is live, plus one round's strings.
    expect(held).toBeGreaterThan(3 * LIVE);
    expect(peak).toBeLessThan(4096 + 2 * 8 * LIVE + 4 * LIVE);
    expect(s.strings().compactions).toBeGreaterThanOrEqual(3);
    // The reader followed every compaction: the live set, and nothing of the old ones.
    expect(r.counts().workloads).toBe(LIVE);
    expect(r.workload(`Kubernetes//Pod/default/pod-${ROUNDS}-7`)?.workloadIps).toEqual([`10.${ROUNDS}.0.7`]);
    expect(r.workload(`Kubernetes//Pod/default/pod-${ROUNDS - 1}-7`)).toBeUndefined();
    expect(r.workloadByIp("", `10.${ROUNDS}.0.9`)?.name).toBe(`pod-${ROUNDS}-9`);
    expect(r.endpoints(SVC).size).toBe(LIVE);
    expect([...r.workloadsOnNode(pod(0, 0).node)]).toHaveLength(LIVE);
  });

  it("a record changed behind the writer's back fails its checksum with ZTS_SHARED_CHECKSUM", () => {
    const s = createSharedState();
    const h = s.share();
    s.apply({ upsertWorkloads: [wl(1)] });
    const r = attachSharedState(h);
    // Slot 0, the name field: as a stray write would.
    new Int32Array(h.generation.workloads)[W.NAME] = 0x7fff;
    expect(() => r.workload("w/1")).toThrow(expect.objectContaining({ code: "ZTS_SHARED_CHECKSUM" }));
    expect(r.stats().checksumFailures).toBe(1);
  });

  it("rejects what is not a handle with ZTS_SHARED_HANDLE", () => {
    expect(() => attachSharedState({} as SharedHandle)).toThrow(SharedStateError);
    expect(() => attachSharedState({} as SharedHandle)).toThrow(expect.objectContaining({ code: "ZTS_SHARED_HANDLE" }));
  });

  it("two writers keep their own string ids (replicas sharing one services map)", () => {
    const services = Object.freeze({ [SVC]: Object.freeze({ 80: 8080 }) });
    const a = createSharedState();
    a.apply({ upsertWorkloads: [workload({ uid: "w/a", name: "a", services })] });
    const b = createSharedState();
    b.apply({ upsertWorkloads: [workload({ uid: "w/other", name: "other", node: "elsewhere", services: {} })] });
    b.apply({ upsertWorkloads: [workload({ uid: "w/b", name: "b", services })] });
    expect(b.workload("w/b")?.services).toEqual(services);
    expect(b.workload("w/other")?.services).toEqual({});
  });

  it("a worker's switch state reads its copy, then the attached tables, and refuses deltas after", () => {
    const sw = createSwitchState(createState());
    sw.apply({ upsertWorkloads: [wl(1)] });
    expect(sw.counts().workloads).toBe(1);
    const s = createSharedState();
    s.apply({ upsertWorkloads: [wl(2), wl(3)] });
    sw.attach(attachSharedState(s.share()));
    expect(sw.counts().workloads).toBe(2);
    expect(sw.workload("w/1")).toBeUndefined();
    expect(sw.version).toBe(s.version);
    expect(() => sw.apply({ upsertWorkloads: [wl(4)] })).toThrow(
      expect.objectContaining({ code: "ZTS_SHARED_READ_ONLY" }),
    );
  });
});
