// Workers that are slow, closing or killed: dlb steers work away from a busy worker,
// handoffs queued to a closing or killed worker are re-queued (never dropped), a killed
// worker is replaced and every lease comes back.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { Policy } from "../../src/balance/addon.ts";
import { startWorkers, type WorkerPool } from "../../src/balance/workers.ts";
import { connectGreet, type Greeting, shares, until } from "../fixtures/balance-clients.ts";
import type { TestMessage } from "../fixtures/balance-handler.ts";

const handlerModule = fileURLToPath(new URL("../fixtures/balance-handler.ts", import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let pool: WorkerPool<TestMessage> | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

async function idle(p: WorkerPool<TestMessage>) {
  await until(() => p.counts().leases === 0 && p.counts().pending === 0 && p.stats().every((s) => s.open === 0));
}

/** Short connections arriving every `gapMs` while worker 0 spins for `busyMs`; returns worker 0's share. */
async function slowShare(policy: Policy): Promise<{ share: number; counts: number[] }> {
  pool = await startWorkers<TestMessage>({ handlerModule, threads: 2, policy, heartbeatTimeoutMs: 60_000 });
  const l = await pool.addListener({ kind: "outbound", host: "127.0.0.1", port: 0 });
  pool.send(0, { t: "busy", ms: 1500 });
  await sleep(50);
  const all: Promise<Greeting>[] = [];
  for (let i = 0; i < 60; i++) {
    all.push(
      connectGreet(l.port).then(({ socket, greeting }) => {
        socket.destroy();
        return greeting;
      }),
    );
    await sleep(15);
  }
  const counts = shares(await Promise.all(all), 2);
  await idle(pool);
  return { share: counts[0]! / 60, counts };
}

describe("slow worker", () => {
  it("dlb gives a busy worker a smaller share than rr", async () => {
    const rr = await slowShare("rr");
    await pool?.close();
    const dlb = await slowShare("dlb");
    console.log(`busy worker share: rr ${rr.counts.join(":")}, dlb ${dlb.counts.join(":")}`);
    expect(dlb.share).toBeLessThan(rr.share);
    expect(dlb.share).toBeLessThan(0.2);
  });
});

describe("closing worker", () => {
  it("handoffs queued to a worker that closes are re-queued to another worker", async () => {
    pool = await startWorkers<TestMessage>({ handlerModule, threads: 2, policy: "rr", heartbeatTimeoutMs: 60_000 });
    const l = await pool.addListener({ kind: "outbound", host: "127.0.0.1", port: 0 });
    pool.send(0, { t: "busy", ms: 3000 });
    await sleep(50);
    const started = Date.now();
    const all = Array.from({ length: 10 }, () => connectGreet(l.port));
    const p = pool;
    await until(() => (p.stats()[0]?.queued ?? 0) === 5);
    const r = pool.addon.closeWorker(pool.stats()[0]!.nativeId);
    expect(r.requeued).toBe(5);
    const got = await Promise.all(all);
    // Served by worker 1 long before worker 0 wakes up.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(
      shares(
        got.map((g) => g.greeting),
        2,
      ),
    ).toEqual([0, 10]);
    for (const g of got) g.socket.destroy();
    await until(() => p.counts().leases === 0);
  });
});

describe("killed worker", () => {
  it("is replaced; clients never fail to connect; its queued handoffs move; leases return to 0", async () => {
    pool = await startWorkers<TestMessage>({ handlerModule, threads: 2, policy: "rr", heartbeatTimeoutMs: 60_000 });
    const p = pool;
    const replaced: number[] = [];
    pool.onWorkerReplaced((i) => replaced.push(i));
    const l = await pool.addListener({ kind: "outbound", host: "127.0.0.1", port: 0 });
    const held = await Promise.all(Array.from({ length: 20 }, () => connectGreet(l.port)));
    pool.send(0, { t: "busy", ms: 5000 });
    await sleep(50);
    // rr hands half of these to the spinning worker 0, which is then killed.
    const during = Array.from({ length: 40 }, () => connectGreet(l.port));
    await until(() => (p.stats()[0]?.queued ?? 0) > 0);
    const kill = pool.kill(0);
    const got = await Promise.all(during);
    await kill;
    expect(got).toHaveLength(40);
    await until(
      () =>
        p.stats()[0]?.restarts === 1 &&
        p.addon.stats().some((s) => s.state === "active" && s.id === p.stats()[0]!.nativeId),
    );
    expect(replaced).toEqual([0]);
    // The replacement takes new work.
    const after = await Promise.all(Array.from({ length: 10 }, () => connectGreet(l.port)));
    expect(
      shares(
        after.map((g) => g.greeting),
        2,
      )[0],
    ).toBeGreaterThan(0);
    for (const g of [...held, ...got, ...after]) g.socket.destroy();
    await idle(p);
    expect(p.counts()).toEqual({ leases: 0, pending: 0 });
  });

  it("a worker that exits by itself is replaced and its leases released", async () => {
    pool = await startWorkers<TestMessage>({ handlerModule, threads: 2, policy: "dlb" });
    const p = pool;
    const l = await pool.addListener({ kind: "outbound", host: "127.0.0.1", port: 0 });
    const held = await Promise.all(Array.from({ length: 10 }, () => connectGreet(l.port)));
    expect(p.stats()[1]!.open).toBe(5);
    pool.send(1, { t: "exit", code: 3 });
    await until(() => p.stats()[1]?.restarts === 1 && p.stats()[1]!.credits > 0);
    expect(p.counts().leases).toBe(5);
    for (const g of held) g.socket.destroy();
    await idle(p);
  });
});

describe("hung worker", () => {
  it("one that stops answering heartbeats is replaced", async () => {
    pool = await startWorkers<TestMessage>({
      handlerModule,
      threads: 2,
      policy: "dlb",
      heartbeatMs: 100,
      heartbeatTimeoutMs: 600,
    });
    const p = pool;
    const l = await pool.addListener({ kind: "outbound", host: "127.0.0.1", port: 0 });
    pool.send(0, { t: "busy", ms: 10_000 });
    await until(() => p.stats()[0]?.restarts === 1 && p.stats()[0]!.credits > 0, 15_000);
    const got = await Promise.all(Array.from({ length: 4 }, () => connectGreet(l.port)));
    expect(
      shares(
        got.map((g) => g.greeting),
        2,
      ),
    ).toEqual([2, 2]);
    for (const g of got) g.socket.destroy();
    await idle(p);
  });
});
