import { describe, expect, it } from "vitest";
import type { Workload } from "../../src/state/types.ts";
import { service, workload } from "../fixtures/mesh-model.ts";
import { STATE_IMPLS } from "./state-impls.ts";

const wl = (uid: string, ip: string, extra: Partial<Workload> = {}): Workload =>
  workload({
    uid,
    name: uid.split("/").pop()!,
    workloadIps: [ip],
    services: { "default/echo.default.svc.cluster.local": { 80: 8080 } },
    ...extra,
  });

const svc = service({
  name: "echo",
  hostname: "echo.default.svc.cluster.local",
  vips: [{ network: "", address: "127.10.0.1" }],
  ports: { 80: 8080 },
});

describe.each(STATE_IMPLS)("state store (%s)", (_impl, createState) => {
  it("a workload arriving before its service is an endpoint once the service lands", () => {
    const s = createState();
    s.apply({ upsertWorkloads: [wl("w/a", "127.0.1.1")] });
    expect(s.service("default/echo.default.svc.cluster.local")).toBeUndefined();
    const ch = s.apply({ upsertServices: [svc] });
    expect([...ch.services]).toEqual(["default/echo.default.svc.cluster.local"]);
    expect([...s.endpoints("default/echo.default.svc.cluster.local").keys()]).toEqual(["w/a"]);
    expect(s.serviceByVip("", "127.10.0.1")?.name).toBe("echo");
  });

  it("indexes workloads by IP and node, and forgets old IPs on update", () => {
    const s = createState();
    s.apply({ upsertWorkloads: [wl("w/a", "127.0.1.1")] });
    s.apply({ upsertWorkloads: [wl("w/a", "127.0.1.2", { node: "node-b" })] });
    expect(s.workloadByIp("", "127.0.1.1")).toBeUndefined();
    expect(s.workloadByIp("", "127.0.1.2")?.uid).toBe("w/a");
    expect([...s.workloadsOnNode("node-a")]).toHaveLength(0);
    expect([...s.workloadsOnNode("node-b")].map((w) => w.uid)).toEqual(["w/a"]);
  });

  it("removal by address name drops a workload and its endpoints; unknown names are no error", () => {
    const s = createState();
    s.apply({ upsertWorkloads: [wl("w/a", "127.0.1.1")], upsertServices: [svc] });
    const v = s.version;
    const ch = s.apply({ removeAddresses: ["w/a", "nope/never"] });
    expect(ch.services.has("default/echo.default.svc.cluster.local")).toBe(true);
    expect(s.endpoints("default/echo.default.svc.cluster.local").size).toBe(0);
    expect(s.version).toBe(v + 1);
    expect(s.apply({ removeAddresses: ["nope/never"] }).workloads.size).toBe(0);
    expect(s.version).toBe(v + 1);
  });

  it("fullDelta rebuilds an identical state (a new worker's start)", () => {
    const s = createState();
    s.apply({ upsertWorkloads: [wl("w/a", "127.0.1.1"), wl("w/b", "127.0.1.2")], upsertServices: [svc] });
    const t = createState();
    t.apply(structuredClone(s.fullDelta()));
    expect(t.counts()).toEqual({ workloads: 2, services: 1, policies: 0 });
    expect(t.endpoints("default/echo.default.svc.cluster.local").size).toBe(2);
    expect(t.servicesByHostname("echo.default.svc.cluster.local")).toHaveLength(1);
  });
});
