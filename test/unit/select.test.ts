import { describe, expect, it } from "vitest";
import { cacheFor } from "../../src/pick/cache.ts";
import { createCursors, keyTag } from "../../src/pick/cursors.ts";
import { rankOf } from "../../src/pick/rank.ts";
import { noteChanges, type Pick, SelectError, select } from "../../src/pick/select.ts";
import { buildTable } from "../../src/pick/table.ts";

import type { LoadBalancer, Service, Workload } from "../../src/state/types.ts";
import { service, workload } from "./select-mesh.ts";
import { STATE_IMPLS } from "./state-impls.ts";

describe.each(STATE_IMPLS)("select (%s state)", (_impl, createState) => {
  const SVC = "default/echo.default.svc.cluster.local";
  const VIP = "10.96.0.10";
  const VIP6 = "fd00::60:a";

  const source = workload("Kubernetes//Pod/default/client", {
    workloadIps: ["10.0.0.1"],
    node: "node-a",
    locality: { region: "r1", zone: "z1", subzone: "s1" },
  });

  /** An endpoint of SVC with port 80→8080. */
  function ep(name: string, over: Partial<Workload> = {}): Workload {
    return workload(`Kubernetes//Pod/default/${name}`, { services: { [SVC]: { 80: 8080 } }, ...over });
  }

  function mesh(svcOver: Partial<Service>, endpoints: Workload[], extra: { w?: Workload[]; s?: Service[] } = {}) {
    const state = createState();
    state.apply({
      upsertWorkloads: [source, ...endpoints, ...(extra.w ?? [])],
      upsertServices: [
        service("echo.default.svc.cluster.local", { vips: [{ network: "net1", address: VIP }], ...svcOver }),
        ...(extra.s ?? []),
      ],
    });
    return state;
  }

  function ok(p: Pick | SelectError): Pick {
    if (p instanceof SelectError) throw new Error(`unexpected ${p.code}: ${p.message}`);
    return p;
  }

  const names = (picks: Array<Pick | SelectError>) => picks.map((p) => ok(p).workload?.name);

  function picks(state: ReturnType<typeof mesh>, n: number, dest = { ip: VIP, port: 80 }, src = source) {
    const cursors = createCursors(undefined, 64);
    return Array.from({ length: n }, () => select(dest, src, state, cursors));
  }

  const PREFER_CLOSE: LoadBalancer = {
    routingPreferences: ["Network", "Region", "Zone"],
    mode: "Failover",
    healthPolicy: "OnlyHealthy",
  };
  const PREFER_SAME_NODE: LoadBalancer = {
    routingPreferences: ["Network", "Region", "Zone", "Subzone", "Node"],
    mode: "Failover",
    healthPolicy: "OnlyHealthy",
  };
  const LOCAL: LoadBalancer = { routingPreferences: ["Node"], mode: "Strict", healthPolicy: "OnlyHealthy" };

  // Endpoints at every distance from `source` (net1 / r1 / z1 / s1 / node-a).
  const sameNode = ep("same-node", { workloadIps: ["10.0.1.1"] });
  const sameSubzone = ep("same-subzone", { workloadIps: ["10.0.1.2"], node: "node-b" });
  const sameZone = ep("same-zone", {
    workloadIps: ["10.0.1.3"],
    node: "node-c",
    locality: { region: "r1", zone: "z1", subzone: "s2" },
  });
  const sameRegion = ep("same-region", {
    workloadIps: ["10.0.1.4"],
    node: "node-d",
    locality: { region: "r1", zone: "z2", subzone: "" },
  });
  const sameNetwork = ep("same-network", {
    workloadIps: ["10.0.1.5"],
    node: "node-e",
    locality: { region: "r2", zone: "z9", subzone: "" },
  });
  const otherNetwork = ep("other-network", {
    workloadIps: ["10.0.1.6"],
    network: "net2",
    node: "node-f",
    locality: { region: "r1", zone: "z1", subzone: "s1" },
  });
  const ALL = [sameNode, sameSubzone, sameZone, sameRegion, sameNetwork, otherNetwork];

  describe("locality rank (SPEC.md §2)", () => {
    it.each([
      ["same network+region+zone", sameZone, 5],
      ["same network+region", sameRegion, 4],
      ["same network only", sameNetwork, 3],
      ["other network, same region+zone", otherNetwork, 2],
    ])("[NETWORK, REGION, ZONE]: %s = %i", (_n, w, rank) => {
      expect(rankOf(PREFER_CLOSE.routingPreferences, source, w).rank).toBe(rank);
    });

    it("stops at the first mismatch when NETWORK is not first", () => {
      // Region differs, zone equal: the walk stops at region → 0, zone never counts.
      const w = ep("x", { locality: { region: "r9", zone: "z1", subzone: "" } });
      expect(rankOf(["Region", "Zone"], source, w)).toEqual({ rank: 0, full: false });
    });

    it("a network mismatch is not a full match (STRICT)", () => {
      expect(rankOf(["Network", "Region"], source, otherNetwork).full).toBe(false);
    });
  });

  describe("traffic distribution rows (SPEC.md §2)", () => {
    // Removing the closest endpoint each time walks down the ranks.
    it.each([
      [
        "PreferClose",
        PREFER_CLOSE,
        ["same-node", "same-subzone", "same-zone"],
        ["same-region"],
        ["same-network"],
        ["other-network"],
      ],
      ["PreferSameNode", PREFER_SAME_NODE, ["same-node"], ["same-subzone"], ["same-zone"], ["same-region"]],
    ])("%s (FAILOVER) keeps only the best rank present", (_n, lb, ...tiers) => {
      let remaining = [...ALL];
      for (const tier of tiers) {
        const state = mesh({ loadBalancer: lb }, remaining);
        const got = new Set(names(picks(state, 12)));
        expect([...got].sort()).toEqual([...tier].sort());
        remaining = remaining.filter((w) => !tier.includes(w.name));
      }
    });

    it("internalTrafficPolicy Local (STRICT on NODE) picks only same-node endpoints", () => {
      const state = mesh({ loadBalancer: LOCAL }, ALL);
      expect(new Set(names(picks(state, 6)))).toEqual(new Set(["same-node"]));
    });

    it("STRICT with no matching endpoint → ZTS_STRICT_NO_MATCH", () => {
      const state = mesh(
        { loadBalancer: LOCAL },
        ALL.filter((w) => w !== sameNode),
      );
      const p = picks(state, 1)[0];
      expect(p).toBeInstanceOf(SelectError);
      expect((p as SelectError).code).toBe("ZTS_STRICT_NO_MATCH");
    });

    it("STRICT never falls back to a lower rank, even with NETWORK first", () => {
      const lb: LoadBalancer = {
        routingPreferences: ["Network", "Region", "Zone"],
        mode: "Strict",
        healthPolicy: "OnlyHealthy",
      };
      const state = mesh({ loadBalancer: lb }, [sameRegion, sameNetwork, otherNetwork]);
      expect((picks(state, 1)[0] as SelectError).code).toBe("ZTS_STRICT_NO_MATCH");
    });

    it("no load balancing → every healthy endpoint in turn", () => {
      const state = mesh({}, ALL);
      const got = names(picks(state, 12));
      expect(got.slice(0, 6).sort()).toEqual(ALL.map((w) => w.name).sort());
      expect(got.slice(6)).toEqual(got.slice(0, 6));
    });

    it("mode Standard ignores routing preferences", () => {
      const lb: LoadBalancer = { ...PREFER_CLOSE, mode: "Standard" };
      const state = mesh({ loadBalancer: lb }, ALL);
      expect(new Set(names(picks(state, 6))).size).toBe(6);
    });

    it("PASSTHROUGH: no selection, the original destination", () => {
      const lb: LoadBalancer = { routingPreferences: [], mode: "Passthrough", healthPolicy: "OnlyHealthy" };
      const state = mesh({ loadBalancer: lb }, ALL);
      const p = ok(picks(state, 1)[0] as Pick);
      expect(p.via).toBe("passthrough");
      expect(p.workload).toBeUndefined();
      expect(p.address).toEqual({ ip: VIP, port: 80 });
    });
  });

  describe("health", () => {
    const sick = ep("sick", { workloadIps: ["10.0.2.1"], status: "Unhealthy" });
    const well = ep("well", { workloadIps: ["10.0.2.2"] });

    it("drops UNHEALTHY endpoints by default", () => {
      expect(new Set(names(picks(mesh({}, [sick, well]), 6)))).toEqual(new Set(["well"]));
    });

    it("keeps them with ALLOW_ALL", () => {
      const lb: LoadBalancer = { routingPreferences: [], mode: "Standard", healthPolicy: "AllowAll" };
      expect(new Set(names(picks(mesh({ loadBalancer: lb }, [sick, well]), 6)))).toEqual(new Set(["sick", "well"]));
    });

    it("only unhealthy endpoints → ZTS_NO_HEALTHY_UPSTREAM", () => {
      expect((picks(mesh({}, [sick]), 1)[0] as SelectError).code).toBe("ZTS_NO_HEALTHY_UPSTREAM");
    });

    it("no endpoints at all → ZTS_NO_HEALTHY_UPSTREAM", () => {
      expect((picks(mesh({}, []), 1)[0] as SelectError).code).toBe("ZTS_NO_HEALTHY_UPSTREAM");
    });

    it("an endpoint whose workload has not arrived is not a candidate", () => {
      const state = mesh({}, [well]);
      // The workload backs SVC but is then removed: its endpoint entry goes with it.
      state.apply({ removeAddresses: [well.uid] });
      expect((picks(state, 1)[0] as SelectError).code).toBe("ZTS_NO_HEALTHY_UPSTREAM");
    });
  });

  describe("capacity", () => {
    const a = ep("a", { workloadIps: ["10.0.3.1"], capacity: 2 });
    const b = ep("b", { workloadIps: ["10.0.3.2"], capacity: 1 });

    it("2:1 gives exactly 2:1 in every window of 3 picks", () => {
      const got = names(picks(mesh({}, [a, b]), 30));
      for (let i = 0; i + 3 <= got.length; i++) {
        const w = got.slice(i, i + 3);
        expect(w.filter((n) => n === "a")).toHaveLength(2);
      }
    });

    it("capacity 0 is never picked", () => {
      const zero = ep("zero", { workloadIps: ["10.0.3.3"], capacity: 0 });
      expect(new Set(names(picks(mesh({}, [zero, b]), 10)))).toEqual(new Set(["b"]));
    });

    it("only capacity 0 → ZTS_NO_HEALTHY_UPSTREAM", () => {
      const zero = ep("zero", { workloadIps: ["10.0.3.3"], capacity: 0 });
      expect((picks(mesh({}, [zero]), 1)[0] as SelectError).code).toBe("ZTS_NO_HEALTHY_UPSTREAM");
    });

    it("lb random is capacity-weighted (ztunnel parity)", () => {
      const state = mesh({}, [a, b]);
      const cursors = createCursors(undefined, 8);
      const at = (r: number) =>
        ok(select({ ip: VIP, port: 80 }, source, state, cursors, { lb: "random", random: () => r }));
      // Cumulative weights [2, 3] over [0, 3): a for r*3 < 2, b otherwise.
      expect(at(0).workload?.name).toBe("a");
      expect(at(0.6).workload?.name).toBe("a");
      expect(at(0.7).workload?.name).toBe("b");
    });
  });

  describe("addresses and ports", () => {
    const dual = ep("dual", { workloadIps: ["10.0.4.1", "fd00::4:1"] });
    const v6only = ep("v6only", { workloadIps: ["fd00::4:2"] });

    it("dual stack: the address family follows the destination VIP", () => {
      const state = mesh(
        {
          vips: [
            { network: "net1", address: VIP },
            { network: "net1", address: VIP6 },
          ],
          ipFamilies: "Dual",
        },
        [dual],
      );
      expect(ok(picks(state, 1)[0] as Pick).address).toEqual({ ip: "10.0.4.1", port: 8080 });
      expect(ok(picks(state, 1, { ip: VIP6, port: 80 })[0] as Pick).address).toEqual({ ip: "fd00::4:1", port: 8080 });
    });

    it("IPv4-only service: IPv4 address even for an IPv6 destination; IPv6-only workloads dropped", () => {
      const state = mesh(
        {
          vips: [
            { network: "net1", address: VIP },
            { network: "net1", address: VIP6 },
          ],
          ipFamilies: "IPv4",
        },
        [dual, v6only],
      );
      const got = picks(state, 4, { ip: VIP6, port: 80 }).map((p) => ok(p).address.ip);
      expect(new Set(got)).toEqual(new Set(["10.0.4.1"]));
    });

    it("hostname destination uses the source's family", () => {
      const state = mesh({ ipFamilies: "Dual" }, [dual]);
      const cursors = createCursors(undefined, 8);
      const src6 = { ...source, workloadIps: ["fd00::1"] };
      const p = ok(select({ hostname: "echo.default.svc.cluster.local", port: 80 }, src6, state, cursors));
      expect(p.address.ip).toBe("fd00::4:1");
    });

    it("target port 0: the workload's own port, workloads without it dropped", () => {
      const has = ep("has", { workloadIps: ["10.0.5.1"], services: { [SVC]: { 9090: 9091 } } });
      const lacks = ep("lacks", { workloadIps: ["10.0.5.2"], services: { [SVC]: { 80: 8080 } } });
      const state = mesh({ ports: { 80: 8080, 9090: 0 } }, [has, lacks]);
      const got = picks(state, 4, { ip: VIP, port: 9090 }).map((p) => ok(p));
      expect(new Set(got.map((p) => p.workload?.name))).toEqual(new Set(["has"]));
      expect(got[0]?.address).toEqual({ ip: "10.0.5.1", port: 9091 });
    });

    it("a port the service does not have → ZTS_SELECT_UNKNOWN_PORT", () => {
      expect((picks(mesh({}, [dual]), 1, { ip: VIP, port: 81 })[0] as SelectError).code).toBe(
        "ZTS_SELECT_UNKNOWN_PORT",
      );
    });

    it("unknown IP → ZTS_SELECT_UNKNOWN_DESTINATION", () => {
      expect((picks(mesh({}, [dual]), 1, { ip: "192.0.2.1", port: 80 })[0] as SelectError).code).toBe(
        "ZTS_SELECT_UNKNOWN_DESTINATION",
      );
    });

    it("workload IP: that workload, no selection", () => {
      const state = mesh({}, [dual, v6only]);
      const p = ok(picks(state, 1, { ip: "fd00::4:2", port: 7000 })[0] as Pick);
      expect(p).toMatchObject({ via: "endpoint", address: { ip: "fd00::4:2", port: 7000 } });
      expect(p.workload?.name).toBe("v6only");
    });

    it("hostname prefers the service in the source's namespace", () => {
      const other = service("echo", { namespace: "other", vips: [] });
      const mine = service("echo", { namespace: "default", vips: [] });
      const a = workload("Kubernetes//Pod/other/a", {
        workloadIps: ["10.0.6.1"],
        services: { "other/echo": { 80: 80 } },
      });
      const b = workload("Kubernetes//Pod/default/b", {
        workloadIps: ["10.0.6.2"],
        services: { "default/echo": { 80: 80 } },
      });
      const state = createState();
      state.apply({ upsertWorkloads: [source, a, b], upsertServices: [other, mine] });
      const p = ok(select({ hostname: "echo", port: 80 }, source, state, createCursors(undefined, 8)));
      expect(p.workload?.name).toBe("b");
    });
  });

  describe("waypoints", () => {
    const WP_VIP = "10.96.0.99";
    const wpSvc = service("waypoint.default.svc.cluster.local", {
      vips: [{ network: "net1", address: WP_VIP }],
      ports: { 15008: 15008 },
    });
    const wp = workload("Kubernetes//Pod/default/waypoint-1", {
      workloadIps: ["10.0.7.1"],
      services: { "default/waypoint.default.svc.cluster.local": { 15008: 15008 } },
    });
    const target = ep("target", { workloadIps: ["10.0.7.2"] });

    it("service waypoint by address → the waypoint workload on its HBONE port", () => {
      const state = mesh(
        { waypoint: { destination: { address: { network: "net1", address: WP_VIP } }, hboneMtlsPort: 15008 } },
        [target],
        {
          w: [wp],
          s: [wpSvc],
        },
      );
      const p = ok(picks(state, 1)[0] as Pick);
      expect(p).toMatchObject({ via: "waypoint", address: { ip: "10.0.7.1", port: 15008 } });
      expect(p.workload?.name).toBe("waypoint-1");
    });

    it("service waypoint by hostname → selection on the waypoint service", () => {
      const wp2 = workload("Kubernetes//Pod/default/waypoint-2", {
        ...wp,
        uid: "Kubernetes//Pod/default/waypoint-2",
        name: "waypoint-2",
        workloadIps: ["10.0.7.3"],
      });
      const state = mesh(
        {
          waypoint: {
            destination: { hostname: { namespace: "default", hostname: "waypoint.default.svc.cluster.local" } },
            hboneMtlsPort: 15008,
          },
        },
        [target],
        { w: [wp, wp2], s: [wpSvc] },
      );
      const got = picks(state, 4).map((p) => ok(p));
      expect(got.every((p) => p.via === "waypoint" && p.address.port === 15008)).toBe(true);
      expect(got.map((p) => p.workload?.name)).toEqual(["waypoint-1", "waypoint-2", "waypoint-1", "waypoint-2"]);
    });

    it("workload waypoint: a workload-addressed destination goes to its waypoint", () => {
      const t = ep("target", {
        workloadIps: ["10.0.7.2"],
        waypoint: { destination: { address: { network: "net1", address: WP_VIP } }, hboneMtlsPort: 15008 },
      });
      const state = mesh({}, [t], { w: [wp], s: [wpSvc] });
      const p = ok(picks(state, 1, { ip: "10.0.7.2", port: 8080 })[0] as Pick);
      expect(p).toMatchObject({ via: "waypoint", address: { ip: "10.0.7.1", port: 15008 } });
    });

    it("the waypoint itself reaches its workload directly (no loop)", () => {
      const t = ep("target", {
        workloadIps: ["10.0.7.2"],
        waypoint: { destination: { address: { network: "net1", address: WP_VIP } }, hboneMtlsPort: 15008 },
      });
      const state = mesh({}, [t], { w: [wp], s: [wpSvc] });
      const p = ok(select({ ip: "10.0.7.2", port: 8080 }, wp, state, createCursors(undefined, 8)));
      expect(p).toMatchObject({ via: "endpoint", address: { ip: "10.0.7.2", port: 8080 } });
    });

    it("unknown waypoint → ZTS_SELECT_UNKNOWN_WAYPOINT", () => {
      const state = mesh(
        { waypoint: { destination: { address: { network: "net1", address: "10.96.9.9" } }, hboneMtlsPort: 15008 } },
        [target],
      );
      expect((picks(state, 1)[0] as SelectError).code).toBe("ZTS_SELECT_UNKNOWN_WAYPOINT");
    });
  });

  describe("round robin across state changes", () => {
    const eps = ["e1", "e2", "e3", "e4"].map((n, i) => ep(n, { workloadIps: [`10.0.8.${i + 1}`] }));

    it("after an endpoint is added the sequence stays fair (no burst)", () => {
      const state = mesh({}, eps.slice(0, 3));
      const cursors = createCursors(undefined, 64);
      const pick = () => ok(select({ ip: VIP, port: 80 }, source, state, cursors)).workload?.name;
      for (let i = 0; i < 5; i++) pick();
      const ch = state.apply({ upsertWorkloads: [eps[3] as Workload] });
      noteChanges(state, ch);
      const after = Array.from({ length: 8 }, pick);
      for (const n of ["e1", "e2", "e3", "e4"]) expect(after.filter((x) => x === n)).toHaveLength(2);
    });

    it("noteChanges keeps other services' tables and rebuilds the changed one", () => {
      const state = mesh({}, eps.slice(0, 2));
      const cursors = createCursors(undefined, 64);
      select({ ip: VIP, port: 80 }, source, state, cursors);
      const ch = state.apply({ upsertWorkloads: [{ ...(eps[0] as Workload), status: "Unhealthy" }] });
      noteChanges(state, ch);
      const got = new Set(
        Array.from({ length: 4 }, () => ok(select({ ip: VIP, port: 80 }, source, state, cursors)).workload?.name),
      );
      expect(got).toEqual(new Set(["e2"]));
    });
  });

  describe("pick memo of a reader behind on change messages", () => {
    it("steps through each late apply's changes: the unchanged service's entry survives, the changed one is rebuilt", () => {
      const OTHER = "default/other.default.svc.cluster.local";
      const other = workload("Kubernetes//Pod/default/o1", {
        workloadIps: ["10.0.9.1"],
        services: { [OTHER]: { 80: 8080 } },
      });
      const state = mesh({}, [ep("e1", { workloadIps: ["10.0.8.1"] }), ep("e2", { workloadIps: ["10.0.8.2"] })], {
        w: [other],
        s: [service("other.default.svc.cluster.local", { vips: [{ network: "net1", address: "10.96.0.20" }] })],
      });
      const cursors = createCursors(undefined, 64);
      ok(select({ ip: VIP, port: 80 }, source, state, cursors));
      ok(select({ ip: "10.96.0.20", port: 80 }, source, state, cursors));
      const kept = cacheFor(state).servicesByKey.get(OTHER);
      expect(kept).toBeDefined();
      // Two applies land before this reader hears of either (its view is at the second already).
      const v0 = state.version;
      const ch1 = state.apply({ upsertWorkloads: [ep("e1", { workloadIps: ["10.0.8.1"], status: "Unhealthy" })] });
      const ch2 = state.apply({ upsertWorkloads: [ep("e3", { workloadIps: ["10.0.8.3"] })] });
      expect(state.version).toBe(v0 + 2);
      noteChanges(state, ch1, v0 + 1);
      noteChanges(state, ch2, v0 + 2);
      expect(cacheFor(state).servicesByKey.get(OTHER)).toBe(kept);
      const got = new Set(
        Array.from({ length: 6 }, () => ok(select({ ip: VIP, port: 80 }, source, state, cursors)).workload?.name),
      );
      expect(got).toEqual(new Set(["e2", "e3"]));
    });
  });

  describe("pick tables", () => {
    it.each([
      [
        [1, 1, 1],
        [0, 1, 2],
      ],
      [
        [2, 1],
        [0, 1, 0],
      ],
      [[0, 1], [1]],
      [
        [4, 2],
        [0, 1, 0],
      ],
      [[0, 0], []],
    ])("weights %j → %j", (w, t) => {
      expect([...buildTable(w)]).toEqual(t);
    });

    it("every window is within one pick of each share (weights 5:3:1)", () => {
      const t = [...buildTable([5, 3, 1])];
      const doubled = [...t, ...t];
      for (let len = 1; len <= t.length; len++) {
        for (let s = 0; s < t.length; s++) {
          const win = doubled.slice(s, s + len);
          [5, 3, 1].forEach((w, i) => {
            const n = win.filter((x) => x === i).length;
            expect(Math.abs(n - (len * w) / 9)).toBeLessThan(2);
          });
        }
      }
    });
  });

  describe("cursors", () => {
    it("two attachments of one buffer agree on slots and share counts", () => {
      const a = createCursors(undefined, 32);
      const b = createCursors(a.sab);
      expect(b.slot("svc|80")).toBe(a.slot("svc|80"));
      expect(a.next(a.slot("svc|80"))).toBe(0);
      expect(b.next(b.slot("svc|80"))).toBe(1);
    });

    it("keys with the same home slot get distinct slots by probing", () => {
      const c = createCursors(undefined, 4);
      const keys = Array.from({ length: 50 }, (_, i) => `k${i}`);
      const home = keyTag(keys[0] as string) % 4;
      const same = keys.filter((k) => keyTag(k) % 4 === home).slice(0, 2);
      expect(same).toHaveLength(2);
      expect(c.slot(same[0] as string)).not.toBe(c.slot(same[1] as string));
    });
  });
});
