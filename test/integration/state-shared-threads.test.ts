// The shared state under concurrency, deterministically: one writer streams deltas (each
// removes a pod, adds one, changes one; the tables grow on the way) while 4 worker threads
// read continuously. The writer applies delta i + 1 only after every reader has read at
// version i, so each reader sees every version — the counts below are not a matter of luck.
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { H } from "../../src/state/shared/layout.ts";
import type { SharedStats } from "../../src/state/shared/reader.ts";
import { createSharedState } from "../../src/state/shared/writer.ts";
import { initial, step } from "../fixtures/shared-state-stream.ts";

const BOOT = new URL("../fixtures/select-worker-boot.mjs", import.meta.url);
const ENTRY = new URL("../fixtures/shared-state-reader.ts", import.meta.url).href;
const READERS = 4;
const K = 200;
const D = 1500;

interface Result {
  reads: number;
  found: number;
  sealFailures: number;
  staleReads: number;
  tornReads: number;
  versions: number;
  errors: number;
  errorCodes: string[];
  stats: SharedStats;
}

const workers: Worker[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.terminate()));
});

async function run(): Promise<{ results: Result[]; generations: number; compactions: number }> {
  // Compacting far more often than by default: the string table is rebuilt (new ids, new
  // slots, a new epoch) several times while the readers read.
  const state = createSharedState(undefined, { min: 0, perRecord: 1 });
  state.apply(initial(K));
  const v0 = state.version;
  const control = new SharedArrayBuffer(4 * (1 + READERS));
  const ctl = new Int32Array(control);
  for (let id = 0; id < READERS; id++) {
    const handle = state.share();
    const w = new Worker(BOOT, {
      workerData: { entry: ENTRY, handle, id, k: K, d: D, v0, control },
      transferList: [handle.port],
    });
    workers.push(w);
  }
  await Promise.all(workers.map((w) => once(w, "message")));
  const results = workers.map((w) => once(w, "message").then(([m]) => m as Result));
  for (let i = 0; i < D; i++) {
    state.apply(step(i, K));
    const v = state.version;
    // Lockstep: wait (without spinning the CPU away from the readers) until all saw v.
    const deadline = Date.now() + 10_000;
    while (ctl.subarray(1).some((seen) => seen < v)) {
      if (Date.now() > deadline) throw new Error(`readers stuck before version ${v}`);
      Atomics.wait(ctl, 0, 0, 0.05);
    }
  }
  Atomics.store(ctl, 0, 1);
  const generations = Atomics.load(new Int32Array(state.share().header), H.GEN);
  return { results: await Promise.all(results), generations, compactions: state.strings().compactions };
}

describe("shared state: 4 reader threads during a stream of deltas", async () => {
  const { results, generations, compactions } = await run();

  it("the tables grew and were compacted while readers read (new generations were published)", () => {
    expect(generations).toBeGreaterThan(0);
    expect(compactions).toBeGreaterThanOrEqual(3);
    for (const r of results) expect(r.stats.generations).toBeGreaterThan(0);
  });

  it("no record read fails its checksum or its seal, and no read throws", () => {
    for (const r of results) {
      expect(r.found).toBeGreaterThan(0);
      expect(r.errorCodes).toEqual([]);
      expect(r.stats.checksumFailures).toBe(0);
      expect(r.sealFailures).toBe(0);
    }
  });

  it("no removed workload is read at or after the version that removed it", () => {
    for (const r of results) expect(r.staleReads).toBe(0);
  });

  it("no read sees half a delta (always K backends and K workloads)", () => {
    for (const r of results) expect(r.tornReads).toBe(0);
  });

  it(`every reader saw every one of the ${D} versions`, () => {
    for (const r of results) expect(r.versions).toBeGreaterThanOrEqual(D);
  });
});
