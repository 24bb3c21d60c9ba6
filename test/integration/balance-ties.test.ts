// Fair ties in accept balancing: a serial client (each connection closed, and seen closed by
// the proxy, before the next opens) finds every worker idle at every accept. With ties
// between idle workers going round, dlb and exact spread such connections over all workers;
// with lowest-index ties every one of them lands on worker 0 (one core does all the work) —
// shown for contrast, since that was the behaviour before.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { Policy } from "../../src/balance/addon.ts";
import { startWorkers, type WorkerPool } from "../../src/balance/workers.ts";
import { connectGreet, type Greeting, shares, until } from "../fixtures/balance-clients.ts";

const handlerModule = fileURLToPath(new URL("../fixtures/balance-handler.ts", import.meta.url));
const HOST = "127.88.0.1";
const WORKERS = 4;
const N = 80;
let pool: WorkerPool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function serial(
  policy: Policy,
  ties: "rotate" | "lowest",
  waitForClose = true,
  workers = WORKERS,
): Promise<number[]> {
  pool = await startWorkers({ handlerModule, threads: workers, policy, ties });
  const p = pool;
  const l = await p.addListener({ kind: "outbound", host: HOST, port: 0 });
  const greetings: Greeting[] = [];
  for (let i = 0; i < N; i++) {
    const g = await connectGreet(l.port, HOST);
    greetings.push(g.greeting);
    g.socket.destroy();
    if (waitForClose) await until(() => p.stats().every((s) => s.open === 0 && s.queued === 0));
  }
  return shares(greetings, workers);
}

describe(`${N} serial short connections over ${WORKERS} workers`, () => {
  for (const policy of ["dlb", "exact"] as const) {
    it(`${policy} with rotating ties: every worker used, none above 1.5× its share`, async () => {
      const counts = await serial(policy, "rotate");
      console.log(`${policy} rotate: per-worker ${counts.join(":")}`);
      expect(counts.every((c) => c > 0)).toBe(true);
      expect(Math.max(...counts)).toBeLessThanOrEqual(1.5 * (N / WORKERS));
    });
  }

  it("dlb, the next connection opened as soon as the last is closed (not yet seen closed): none above 1.5× its share", async () => {
    const counts = await serial("dlb", "rotate", false);
    console.log(`dlb rotate, back to back: per-worker ${counts.join(":")}`);
    expect(Math.max(...counts)).toBeLessThanOrEqual(1.5 * (N / WORKERS));
  });

  it("dlb, 2 workers started after a 4-worker pool has gone (its native slots stay behind): an even split", async () => {
    const before = await startWorkers({ handlerModule, threads: 4, policy: "dlb" });
    await before.close();
    const counts = await serial("dlb", "rotate", true, 2);
    console.log(`dlb rotate after a larger pool: per-worker ${counts.join(":")}`);
    // Counting the dead slots in the turn gave 3/4 to one worker (60 of 80).
    expect(Math.max(...counts)).toBeLessThanOrEqual(45);
  });

  it("dlb with lowest-index ties: all on worker 0", async () => {
    const counts = await serial("dlb", "lowest");
    console.log(`dlb lowest: per-worker ${counts.join(":")}`);
    expect(counts[0]).toBe(N);
  });
});
