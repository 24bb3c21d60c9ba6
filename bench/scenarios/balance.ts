// Scenario: accept balancing across worker threads (issue 7). For each policy (kernel,
// rr, exact, dlb) with 2 and 4 workers: accept rate of short connections (connect, read
// the worker's greeting, close; 64 in flight), max/mean open connections per worker with
// long-lived connections, and the share a busy worker (CPU loop) still receives.
// Goal: dlb max/mean ≤ 1.05 at ≥ 0.95× kernel's accept rate. When the addon was built with
// DPDK, one more row: dlb through the eventdev backend (event_sw0), subject "dlb-eventdev".
// Issue 25: subject "dlb-lowest" is dlb with lowest-index ties (ZTS_BALANCE_TIES=lowest),
// the A/B for rotating ties: accept rate (goal: rotation ≥ 0.95× lowest) and the busiest
// worker's share of serial short connections (each seen closed before the next opens).
// Direct run: node bin/run-ts.mjs bench/scenarios/balance.ts [--quick]
import { fileURLToPath } from "node:url";
import { loadAddon, type Policy } from "../../src/balance/addon.ts";
import { startWorkers, type WorkerPool } from "../../src/balance/workers.ts";
import { connectGreet, type Greeting, maxOverMean, shares, until } from "../../test/fixtures/balance-clients.ts";
import type { TestMessage } from "../../test/fixtures/balance-handler.ts";
import { atMost, ratioAtLeast } from "../lib/goals.ts";
import type { BenchContext, Sample, Scenario } from "../types.ts";

const handlerModule = fileURLToPath(new URL("../../test/fixtures/balance-handler.ts", import.meta.url));
const POLICIES: Policy[] = ["kernel", "rr", "exact", "dlb"];
const WORKERS = [2, 4];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function shortRate(port: number, host: string, total: number, inFlight: number): Promise<number> {
  let started = 0;
  const t0 = process.hrtime.bigint();
  const lane = async () => {
    while (started < total) {
      started++;
      const { socket } = await connectGreet(port, host);
      socket.destroy();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return total / (Number(process.hrtime.bigint() - t0) / 1e9);
}

async function ramp(
  pool: WorkerPool<TestMessage>,
  port: number,
  host: string,
  total: number,
  workers: number,
): Promise<NonNullable<Sample["timeline"]>> {
  const t0 = performance.now();
  const tl = { t: [] as number[], workers: Array.from({ length: workers }, () => [] as number[]) };
  const snap = () => {
    tl.t.push((performance.now() - t0) / 1000);
    pool.stats().forEach((s, i) => {
      tl.workers[i]?.push(s.open);
    });
  };
  snap();
  const sockets: Array<{ destroy(): void }> = [];
  try {
    for (let i = 0; i < total; i += 20) {
      const batch = await Promise.all(Array.from({ length: Math.min(20, total - i) }, () => connectGreet(port, host)));
      for (const g of batch) sockets.push(g.socket);
      await sleep(10);
      snap();
    }
    for (let k = 0; k < 4; k++) {
      await sleep(30);
      snap();
    }
  } finally {
    for (const s of sockets) s.destroy();
  }
  return tl;
}

/** Serial short connections, each seen closed by the pool before the next: the busiest worker's share. */
async function serialShare(pool: WorkerPool<TestMessage>, port: number, host: string, n: number) {
  const got: Greeting[] = [];
  for (let i = 0; i < n; i++) {
    const { socket, greeting } = await connectGreet(port, host);
    got.push(greeting);
    socket.destroy();
    await until(() => pool.stats().every((s) => s.open === 0 && s.queued === 0), 10_000);
  }
  return (100 * Math.max(...shares(got, pool.stats().length))) / n;
}

async function onePolicy(
  ctx: BenchContext,
  policy: Policy,
  workers: number,
  eventdev = false,
  ties: "rotate" | "lowest" = "rotate",
): Promise<Sample[]> {
  const subject = eventdev ? "dlb-eventdev" : ties === "lowest" ? `${policy}-lowest` : policy;
  const pool = await startWorkers<TestMessage>({
    handlerModule,
    threads: workers,
    policy,
    heartbeatTimeoutMs: 60_000,
    backend: eventdev ? "eventdev" : "software",
    ties,
  });
  const out: Sample[] = [];
  try {
    const l = await pool.addListener({ kind: "outbound", host: ctx.host, port: 0 });
    const idle = () => until(() => pool.counts().leases === 0, 10_000);

    await shortRate(l.port, ctx.host, 200, 16); // warm-up
    await idle();
    const rate = await shortRate(l.port, ctx.host, ctx.quick ? 2000 : 10_000, 64);
    out.push({ metric: `accept rate short w=${workers}`, unit: "conn/s", subject, value: rate, higherIsBetter: true });
    await idle();
    if (policy === "dlb" && !eventdev) {
      const share = await serialShare(pool, l.port, ctx.host, ctx.quick ? 40 : 100);
      out.push({
        metric: `busiest worker share serial w=${workers}`,
        unit: "%",
        subject,
        value: share,
        higherIsBetter: false,
      });
      if (ties === "lowest") {
        ctx.log(`balance: ${subject} w=${workers}: ${rate.toFixed(0)} conn/s, serial busiest ${share.toFixed(0)} %`);
        return out; // the A/B needs only these two rows
      }
    }

    const longCount = ctx.quick ? 200 : 400;
    const held = await Promise.all(Array.from({ length: longCount }, () => connectGreet(l.port, ctx.host)));
    const open = pool.stats().map((s) => s.open);
    for (const g of held) g.socket.destroy();
    await idle();
    // The same count again as a ramp (batches of 20) with the per-worker open count sampled
    // after each batch and through a short hold: the balance-over-time plot. Only for the
    // two policies the goal compares (dlb vs kernel), to keep --quick under 5 minutes.
    const timeline =
      (policy === "dlb" && !eventdev) || policy === "kernel"
        ? await ramp(pool, l.port, ctx.host, longCount, workers)
        : undefined;
    out.push({
      metric: `max/mean open long w=${workers}`,
      unit: "ratio",
      subject,
      value: maxOverMean(open),
      higherIsBetter: false,
      ...(timeline ? { timeline } : {}),
    });
    await idle();

    // Slow worker: worker 0 spins while short connections keep arriving.
    if (policy !== "kernel" || workers === 2) {
      pool.send(0, { t: "busy", ms: 1000 });
      await sleep(20);
      const got: Promise<Greeting>[] = [];
      for (let i = 0; i < 60; i++) {
        got.push(
          connectGreet(l.port, ctx.host).then(({ socket, greeting }) => {
            socket.destroy();
            return greeting;
          }),
        );
        await sleep(12);
      }
      const counts = shares(await Promise.all(got), workers);
      out.push({
        metric: `busy worker share w=${workers}`,
        unit: "%",
        subject,
        value: (100 * counts[0]!) / 60,
        higherIsBetter: false,
      });
      await idle();
    }
    ctx.log(`balance: ${subject} w=${workers}: ${rate.toFixed(0)} conn/s, long open ${open.join(":")}`);
  } finally {
    await pool.close();
  }
  return out;
}

export const scenario: Scenario = {
  name: "balance",
  description:
    "accept balancing across worker threads: accept rate (short connections), max/mean open (long), busy-worker share; kernel / rr / exact / dlb, 2 and 4 workers; dlb with lowest-index ties (dlb-lowest) for the tie A/B",
  peers: [],
  baseline: "kernel",
  async run(ctx) {
    const samples: Sample[] = [];
    const eventdev = loadAddon().eventdevBuilt;
    if (!eventdev) ctx.log("balance: no dlb-eventdev row (the addon was built without DPDK eventdev)");
    for (const workers of WORKERS) {
      for (const p of POLICIES) samples.push(...(await onePolicy(ctx, p, workers)));
      samples.push(...(await onePolicy(ctx, "dlb", workers, false, "lowest")));
      if (eventdev) samples.push(...(await onePolicy(ctx, "dlb", workers, true)));
    }
    return samples;
  },
  goals: [
    atMost("max/mean open long w=4", "dlb", 1.05, "×"),
    atMost("max/mean open long w=2", "dlb", 1.05, "×"),
    ratioAtLeast("accept rate short w=4", "dlb", "kernel", 0.95),
    ratioAtLeast("accept rate short w=2", "dlb", "kernel", 0.95),
    ratioAtLeast("accept rate short w=4", "dlb", "dlb-lowest", 0.95),
    ratioAtLeast("accept rate short w=2", "dlb", "dlb-lowest", 0.95),
    atMost("busiest worker share serial w=4", "dlb", 37.5, "%", " (1.5× a fair 25 %)"),
  ],
};

export default scenario;

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes("--quick");
  const samples = await scenario.run({ quick, log: console.log, host: "127.0.0.1" });
  for (const s of samples) console.log(`${s.metric.padEnd(28)} ${s.subject.padEnd(7)} ${s.value.toFixed(3)} ${s.unit}`);
}
