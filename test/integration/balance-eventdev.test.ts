// The DPDK eventdev backend of the dlb policy (ZTS_DLB_BACKEND=eventdev): picks go through
// an unordered event queue on DPDK's software event device (event_sw0, EAL with no
// hugepages and no PCI). Skipped when the addon was built without DPDK.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadAddon } from "../../src/balance/addon.ts";
import { startWorkers, type WorkerPool } from "../../src/balance/workers.ts";
import { connectGreet, maxOverMean, shares, until } from "../fixtures/balance-clients.ts";

const handlerModule = fileURLToPath(new URL("../fixtures/balance-handler.ts", import.meta.url));
const addon = loadAddon();
const skipReason = addon.eventdevBuilt
  ? undefined
  : "the addon was built without DPDK eventdev (no libdpdk at build time)";
if (skipReason) console.log(`skipping eventdev tests: ${skipReason}`);

let pool: WorkerPool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function held(n: number, workers: number) {
  pool = await startWorkers({ handlerModule, threads: workers, policy: "dlb", backend: "eventdev" });
  const l = await pool.addListener({ kind: "outbound", host: "127.0.0.1", port: 0 });
  const got = await Promise.all(Array.from({ length: n }, () => connectGreet(l.port)));
  const counts = shares(
    got.map((g) => g.greeting),
    workers,
  );
  const stats = pool.stats();
  return { got, counts, stats, ratio: maxOverMean(counts) };
}

async function closeAll(p: WorkerPool, got: { socket: { destroy(): void } }[]) {
  for (const g of got) g.socket.destroy();
  await until(() => p.counts().leases === 0 && p.stats().every((s) => s.open === 0 && s.queued === 0));
}

describe.skipIf(skipReason !== undefined)("eventdev backend (event_sw0)", () => {
  it("400 held connections over 4 workers: max/mean ≤ 1.05, leases back to 0", async () => {
    const r = await held(400, 4);
    const p = pool!;
    console.log(`eventdev: per-worker ${r.counts.join(":")} max/mean ${r.ratio.toFixed(3)}`);
    expect(p.backend).toBe("eventdev");
    expect(p.addon.backend()).toBe("eventdev");
    expect(r.ratio).toBeLessThanOrEqual(1.05);
    expect(r.stats.map((s) => s.open)).toEqual(r.counts);
    await closeAll(p, r.got);
    expect(p.counts()).toEqual({ leases: 0, pending: 0 });
  });

  it("seed 001 counters: 32 connections over 2 workers end 16:16, accepted = open, then all 0", async () => {
    const r = await held(32, 2);
    const p = pool!;
    expect(r.counts).toEqual([16, 16]);
    expect(r.stats.map((s) => s.accepted)).toEqual([16, 16]);
    expect(r.stats.map((s) => s.open)).toEqual([16, 16]);
    expect(r.stats.map((s) => s.queued)).toEqual([0, 0]);
    await closeAll(p, r.got);
    expect(p.stats().map((s) => [s.open, s.queued])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(p.counts()).toEqual({ leases: 0, pending: 0 });
  });

  it("a worker killed mid-load is replaced and no client sees a failed connect", async () => {
    const r = await held(40, 2);
    const p = pool!;
    const kill = p.kill(0);
    const more = await Promise.all(
      Array.from({ length: 40 }, () => connectGreet(p.listeners()[0]!.port).then((g) => g)),
    );
    await kill;
    expect(more).toHaveLength(40);
    // The replacement's port takes picks from the device again.
    await until(() => p.stats()[0]!.restarts === 1 && p.stats()[0]!.credits > 0);
    const after = await Promise.all(Array.from({ length: 20 }, () => connectGreet(p.listeners()[0]!.port)));
    expect(
      shares(
        after.map((g) => g.greeting),
        2,
      )[0],
    ).toBeGreaterThan(0);
    for (const g of r.got) g.socket.destroy();
    await closeAll(p, [...more, ...after]);
    expect(p.backend).toBe("eventdev");
  });

  it("closing the pool switches the addon back to the software pick", async () => {
    pool = await startWorkers({ handlerModule, threads: 1, policy: "dlb", backend: "eventdev" });
    expect(addon.backend()).toBe("eventdev");
    await pool.close();
    pool = undefined;
    expect(addon.backend()).toBe("software");
  });

  it.skipIf(existsSync("/dev/dlb0"))("auto without DLB hardware keeps the software pick", async () => {
    pool = await startWorkers({ handlerModule, threads: 1, policy: "dlb", backend: "auto" });
    expect(pool.backend).toBe("software");
    expect(addon.backend()).toBe("software");
  });

  it("eventdev asked for with a device that cannot be opened: start-up fails naming the device", async () => {
    await expect(
      startWorkers({ handlerModule, threads: 1, policy: "dlb", backend: "eventdev", eventdevDevice: "event_nope0" }),
    ).rejects.toMatchObject({ code: "ZTS_BALANCE_EVENTDEV", message: expect.stringContaining("event_nope0") });
    expect(addon.backend()).toBe("software");
  });
});
