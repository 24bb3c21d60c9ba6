// Fairness across worker threads: N workers with one shared cursor produce one fair round
// robin sequence; per-worker counters do not (every worker's first pick is endpoint 0).
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
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

interface RoundMsg {
  round: number;
  uids: string[];
}

/** Starts `n` workers; `run(round)` opens a round and resolves with every worker's picks. */
async function start(n: number, shared: boolean, burst: number, rounds: number) {
  const control = new SharedArrayBuffer(4);
  const ctl = new Int32Array(control);
  const sab = shared ? createCursors().sab : undefined;
  const inbox = new Map<number, string[][]>();
  const waiters = new Map<number, () => void>();
  for (let i = 0; i < n; i++) {
    const w = new Worker(BOOT, {
      workerData: { entry: ENTRY, delta, source, dest: { ip: "10.96.0.10", port: 80 }, sab, control, burst, rounds },
    });
    workers.push(w);
  }
  await Promise.all(workers.map((w) => once(w, "message")));
  for (const w of workers) {
    w.on("message", (m: RoundMsg) => {
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

const counts = (uids: string[]) => endpoints.map((e) => uids.filter((u) => u === e.uid).length).sort((a, b) => b - a);

describe("round robin across worker threads", () => {
  it("right after start, 4 workers × 1 pick over 3 endpoints → {2,1,1} with the shared cursor", async () => {
    const run = await start(4, true, 1, 1);
    expect(counts(await run(1))).toEqual([2, 1, 1]);
  });

  it("per-worker counters would give {4,0,0}", async () => {
    const run = await start(4, false, 1, 1);
    expect(counts(await run(1))).toEqual([4, 0, 0]);
  });

  it("4 workers picking concurrently in bursts of 6: after every round totals differ by ≤ 1", async () => {
    const rounds = 20;
    const run = await start(4, true, 6, rounds);
    const total = new Map<string, number>();
    for (let r = 1; r <= rounds; r++) {
      const uids = await run(r);
      expect(uids).toHaveLength(24);
      for (const u of uids) total.set(u, (total.get(u) ?? 0) + 1);
      const t = endpoints.map((e) => total.get(e.uid) ?? 0);
      expect(Math.max(...t) - Math.min(...t)).toBeLessThanOrEqual(1);
    }
  });
});
