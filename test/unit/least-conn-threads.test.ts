// Least-conn across worker threads: 4 workers share one load table and pick concurrently,
// holding every connection they pick; the per-endpoint counts stay within one of each other
// after every round, and an endpoint that already holds connections is left alone until
// the others catch up — the same picture one thread would give.
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
import { type LbPolicy, LOAD_SLOTS, loadKey } from "../../src/pick/least-conn.ts";
import type { Delta } from "../../src/state/store.ts";
import { service, workload } from "./select-mesh.ts";

const BOOT = new URL("../fixtures/select-worker-boot.mjs", import.meta.url);
const ENTRY = new URL("../fixtures/select-worker.ts", import.meta.url).href;
const SVC = "default/echo.default.svc.cluster.local";

const source = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"] });
const endpoints = ["e1", "e2", "e3"].map((n, i) =>
  workload(`Kubernetes//Pod/default/${n}`, { workloadIps: [`10.0.1.${i + 1}`], services: { [SVC]: { 80: 8080 } } }),
);
const delta: Delta = {
  upsertWorkloads: [source, ...endpoints],
  upsertServices: [service("echo.default.svc.cluster.local", { vips: [{ network: "net1", address: "10.96.0.10" }] })],
};

let workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(workers.map((w) => w.terminate()));
  workers = [];
});

async function start(n: number, lb: LbPolicy, loads: SharedArrayBuffer, burst: number, rounds: number) {
  const control = new SharedArrayBuffer(4);
  const ctl = new Int32Array(control);
  const sab = createCursors().sab;
  const inbox = new Map<number, string[][]>();
  const waiters = new Map<number, () => void>();
  for (let i = 0; i < n; i++) {
    workers.push(
      new Worker(BOOT, {
        workerData: {
          entry: ENTRY,
          delta,
          source,
          dest: { ip: "10.96.0.10", port: 80 },
          sab,
          control,
          burst,
          rounds,
          loads,
          lb,
        },
      }),
    );
  }
  await Promise.all(workers.map((w) => once(w, "message")));
  for (const w of workers) {
    w.on("message", (m: { round: number; uids: string[] }) => {
      const got = inbox.get(m.round) ?? [];
      got.push(m.uids);
      inbox.set(m.round, got);
      if (got.length === n) waiters.get(m.round)?.();
    });
  }
  return async (round: number): Promise<string[]> => {
    const done = new Promise<void>((resolve) => waiters.set(round, resolve));
    Atomics.store(ctl, 0, round);
    Atomics.notify(ctl, 0);
    await done;
    return (inbox.get(round) ?? []).flat();
  };
}

describe("least-conn across worker threads", () => {
  for (const lb of ["least-conn", "least-conn-p2c"] as const) {
    it(`${lb}: 4 workers holding every pick, bursts of 1,000 at once: after every round the counts differ by ≤ 1`, async () => {
      const loads = createCursors(undefined, LOAD_SLOTS);
      const rounds = 10;
      const run = await start(4, lb, loads.sab, 1000, rounds);
      for (let r = 1; r <= rounds; r++) {
        expect(await run(r)).toHaveLength(4000);
        const c = endpoints.map((e) => loads.counts[loads.slot(loadKey(e.uid))] ?? 0);
        expect(c.reduce((a, b) => a + b, 0)).toBe(4000 * r);
        expect(Math.max(...c) - Math.min(...c), `round ${r}: ${c.join(",")}`).toBeLessThanOrEqual(1);
      }
    });
  }

  it("an endpoint already holding 10 connections gets none of the next 20 from 4 workers", async () => {
    const loads = createCursors(undefined, LOAD_SLOTS);
    loads.add(loads.slot(loadKey(endpoints[0]?.uid ?? "")), 10);
    const run = await start(4, "least-conn", loads.sab, 5, 1);
    const uids = await run(1);
    expect(uids).toHaveLength(20);
    expect(uids).not.toContain(endpoints[0]?.uid);
  });
});
