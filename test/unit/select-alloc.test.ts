// A pick allocates nothing (ARCHITECTURE.md "Upstream selection"): after the first call for a
// destination, select() only reads prebuilt, frozen Picks. Checked by counting garbage
// collections during 2,000,000 picks: one allocated object (≥ 16 B) per pick is ≥ 32 MB,
// more than V8's young generation holds, so any per-pick allocation forces a scavenge; with
// none there is nothing to collect and no GC can start inside the synchronous loop.
// (bench/scenarios/select.ts measures heap bytes per pick on the VIP route; this covers
// every cached route and needs no bench run.)
import { type PerformanceEntry, PerformanceObserver } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
import { LOAD_SLOTS } from "../../src/pick/least-conn.ts";
import { type Destination, SelectError, type SelectOptions, select } from "../../src/pick/select.ts";

import type { Workload } from "../../src/state/types.ts";
import { service, workload } from "./select-mesh.ts";
import { STATE_IMPLS } from "./state-impls.ts";

// The copy and the shared tables; the shared tables read through a handle use the same reader
// (2,000,000 picks per route is the slowest unit test: a third layout would add 10 s for nothing).
describe.each(STATE_IMPLS.slice(0, 2))("select-alloc (%s state)", (_impl, createState) => {
  const SVC = "default/echo.default.svc.cluster.local";
  const WPS = "default/waypoint.default.svc.cluster.local";
  const WP_VIP = "10.96.0.99";
  const byHostname = { hostname: { namespace: "default", hostname: "waypoint.default.svc.cluster.local" } };

  const source = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"] });
  const eps = Array.from({ length: 20 }, (_, i) =>
    workload(`Kubernetes//Pod/default/echo-${i}`, { workloadIps: [`10.0.1.${i}`], services: { [SVC]: { 80: 8080 } } }),
  );
  const wps = [1, 2].map((i) =>
    workload(`Kubernetes//Pod/default/waypoint-${i}`, {
      workloadIps: [`10.0.7.${i}`],
      services: { [WPS]: { 15008: 15008 } },
    }),
  );
  const behind = (ip: string, destination: Workload["waypoint"]) =>
    workload(`Kubernetes//Pod/default/behind-${ip}`, {
      workloadIps: [ip],
      ...(destination ? { waypoint: destination } : {}),
    });

  const state = createState();
  state.apply({
    upsertWorkloads: [
      source,
      ...eps,
      ...wps,
      behind("10.0.8.1", { destination: { address: { network: "net1", address: WP_VIP } }, hboneMtlsPort: 15008 }),
      behind("10.0.8.2", { destination: byHostname, hboneMtlsPort: 15008 }),
    ],
    upsertServices: [
      service("echo.default.svc.cluster.local", {
        vips: [{ network: "net1", address: "10.96.0.10" }],
        loadBalancer: {
          routingPreferences: ["Network", "Region", "Zone"],
          mode: "Failover",
          healthPolicy: "OnlyHealthy",
        },
      }),
      service("waypointed.default.svc.cluster.local", {
        vips: [{ network: "net1", address: "10.96.0.11" }],
        waypoint: { destination: byHostname, hboneMtlsPort: 15008 },
      }),
      service("waypoint.default.svc.cluster.local", {
        vips: [{ network: "net1", address: WP_VIP }],
        ports: { 15008: 15008 },
      }),
    ],
  });

  const gcs: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEntry[]) gcs.push(e.startTime);
  });
  observer.observe({ entryTypes: ["gc"] });
  afterAll(() => observer.disconnect());

  // A full collection just before the window opens: it empties the young generation and ends any
  // marking the fork's earlier tests started, so a GC inside the window can only come from the
  // picks themselves. Without it a window opened on an almost-full nursery or on concurrent
  // marking that was about to finish (the shared unit fork runs other files first) saw 1 GC now
  // and then (CI, 2026-12-07) although the picks allocated nothing.
  setFlagsFromString("--expose-gc");
  const fullGc = runInNewContext("gc") as () => void;

  /** Garbage collections that started while `picks` picks ran (after a warm-up). */
  async function gcsDuring(dest: Destination, opts: SelectOptions | undefined, picks = 2_000_000): Promise<number> {
    const cursors = createCursors(undefined, 64);
    const loads = opts?.loads;
    let sink = 0;
    const run = (n: number) => {
      for (let i = 0; i < n; i++) {
        const p = select(dest, source, state, cursors, opts);
        if (p instanceof SelectError) throw p;
        if (loads) loads.add(opts?.held ?? 0, -1);
        sink ^= p.address.port; // xor: stays a small integer (a growing sum would box)
      }
    };
    run(200_000);
    fullGc();
    // Let GC entries from the warm-up and the full collection arrive before the window opens.
    await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    run(picks);
    const t1 = performance.now();
    await new Promise((r) => setTimeout(r, 20));
    expect(sink).toBeGreaterThanOrEqual(0);
    return gcs.filter((t) => t >= t0 && t <= t1).length;
  }

  const leastConn = (): SelectOptions => ({ lb: "least-conn-p2c", loads: createCursors(undefined, LOAD_SLOTS) });

  describe("select: a pick allocates nothing", () => {
    it.each<[string, Destination, (() => SelectOptions) | undefined]>([
      ["service VIP, rr", { ip: "10.96.0.10", port: 80 }, undefined],
      ["service VIP, least-conn-p2c counting loads", { ip: "10.96.0.10", port: 80 }, leastConn],
      ["service hostname", { hostname: "echo.default.svc.cluster.local", port: 80 }, undefined],
      ["service behind a waypoint (by hostname)", { ip: "10.96.0.11", port: 80 }, undefined],
      ["workload behind a waypoint by VIP", { ip: "10.0.8.1", port: 8080 }, undefined],
      ["workload behind a waypoint by hostname", { ip: "10.0.8.2", port: 8080 }, undefined],
      ["workload addressed directly", { ip: "10.0.1.3", port: 8080 }, undefined],
    ])("%s: no GC during 2,000,000 picks", async (_name, dest, opts) => {
      expect(await gcsDuring(dest, opts?.())).toBe(0);
    });
  });
});
