// The proxy measurement suite shared by the tcp and tunnel scenarios: for each subject,
// start the backends where the subject wants them, start the subject in front, run every
// selected measure, stop everything. A subject that cannot start, or a measure that fails,
// becomes samples marked "not measured: <reason>" instead of failing the run.
import { mkdtempSync } from "node:fs";
import { Agent, get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { connRate } from "../measures/connrate.ts";
import { idleRss } from "../measures/idle.ts";
import { iperf } from "../measures/iperf.ts";
import { wrk } from "../measures/wrk.ts";
import type { Endpoint, Running, Subject } from "../subjects/types.ts";
import type { BenchContext, Sample } from "../types.ts";
import { cpuSeconds, freePort, lastLines, nofileLimit, type Proc, sleep, start, waitForPort } from "./procs.ts";

export const MEASURES = [
  "throughput-P1",
  "throughput-P8",
  "connrate",
  "latency-keepalive",
  "latency-close",
  "idle-rss",
] as const;
export type Measure = (typeof MEASURES)[number];

/** Which tools each measure needs besides the subject itself. */
export const MEASURE_TOOLS: Record<Measure, string[]> = {
  "throughput-P1": ["iperf3"],
  "throughput-P8": ["iperf3"],
  connrate: [],
  "latency-keepalive": ["wrk"],
  "latency-close": ["wrk"],
  "idle-rss": [],
};

/** The metrics each measure produces: name, unit, higherIsBetter. */
const METRICS: Record<Measure, Array<[string, string, boolean]>> = {
  "throughput-P1": [["throughput -P1", "Gbit/s", true]],
  "throughput-P8": [["throughput -P8", "Gbit/s", true]],
  connrate: [["new connections", "conn/s", true]],
  "latency-keepalive": [
    ["latency p50 keep-alive", "ms", false],
    ["latency p99 keep-alive", "ms", false],
    ["CPU per 1k requests", "s", false],
  ],
  "latency-close": [
    ["latency p50 new connection", "ms", false],
    ["latency p99 new connection", "ms", false],
  ],
  "idle-rss": [["RSS per idle connection", "KB", false]],
};

export interface Budget {
  iperfSeconds: number;
  wrkSeconds: number;
  connections: number;
  concurrency: number;
  idleConnections: number;
  /** Requests before each latency measure. */
  warmUp: number;
}

export function budget(ctx: BenchContext): Budget {
  // Each idle connection costs a proxy two fds; stay under this host's RLIMIT_NOFILE.
  const idleCap = Math.floor((nofileLimit() - 500) / 2);
  return ctx.quick
    ? {
        iperfSeconds: 1,
        wrkSeconds: 1,
        connections: 500,
        concurrency: 8,
        idleConnections: Math.min(1000, idleCap),
        warmUp: 100,
      }
    : {
        iperfSeconds: 5,
        wrkSeconds: 5,
        connections: 5000,
        concurrency: 8,
        idleConnections: Math.min(10_000, idleCap),
        warmUp: 300,
      };
}

/** Backend order, also the order of a subject's frontends. */
const BACKENDS = ["http", "accept", "idle", "iperf"] as const;
const backendScript = fileURLToPath(new URL("../backends/backend.ts", import.meta.url));
const runTs = fileURLToPath(new URL("../../bin/run-ts.mjs", import.meta.url));

async function startBackends(subject: Subject): Promise<{ endpoints: Endpoint[]; procs: Proc[] }> {
  const at = await Promise.all(
    BACKENDS.map(async (_k, i) => subject.backendAt?.(i) ?? { host: "127.0.0.1", port: await freePort() }),
  );
  const spec = BACKENDS.slice(0, 3).map((kind, i) => ({ kind, ...at[i]! }));
  const node = start(process.execPath, [runTs, backendScript, JSON.stringify(spec)]);
  const iperfAt = at[3]!;
  const iperfSrv = start("iperf3", ["-s", "-B", iperfAt.host, "-p", String(iperfAt.port)]);
  const procs = [node, iperfSrv];
  try {
    const deadline = Date.now() + 15_000;
    while (!node.output().includes('{"ports"')) {
      if (node.child.exitCode !== null) throw new Error(`backend exited: ${lastLines(node.output())}`);
      if (Date.now() > deadline) throw new Error("backend did not start in 15 s");
      await sleep(50);
    }
    if (iperfSrv.pid > 0) await waitForPort(iperfAt.host, iperfAt.port, 5000, iperfSrv).catch(() => {});
  } catch (err) {
    await Promise.all(procs.map((p) => p.stop()));
    throw err;
  }
  return { endpoints: at, procs };
}

function notMeasured(subject: string, measures: Measure[], reason: string): Sample[] {
  return measures.flatMap((m) =>
    METRICS[m].map(([metric, unit, higherIsBetter]) => ({
      metric,
      unit,
      subject,
      value: Number.NaN,
      higherIsBetter,
      notMeasured: reason,
    })),
  );
}

async function measure(
  m: Measure,
  subject: Subject,
  run: Running,
  b: Budget,
  workDir: string,
): Promise<Sample[] | "skip"> {
  const [http, accept, idle, ip] = run.frontends as [Endpoint, Endpoint, Endpoint, Endpoint];
  const s = (metric: string, unit: string, value: number, higherIsBetter: boolean, extra: Partial<Sample> = {}) => ({
    metric,
    unit,
    subject: subject.name,
    value,
    higherIsBetter,
    ...extra,
  });
  switch (m) {
    case "throughput-P1":
      return [s("throughput -P1", "Gbit/s", await iperf(ip, 1, b.iperfSeconds), true)];
    case "throughput-P8":
      return [s("throughput -P8", "Gbit/s", await iperf(ip, 8, b.iperfSeconds), true)];
    case "connrate":
      return [s("new connections", "conn/s", await connRate(accept, b.connections, b.concurrency), true)];
    case "latency-keepalive": {
      await warmUp(http, b.warmUp);
      const cpu0 = cpuSeconds(run.pids);
      const r = await wrk(http, false, b.wrkSeconds, workDir);
      const cpu = cpuSeconds(run.pids) - cpu0;
      const out = [
        s("latency p50 keep-alive", "ms", r.p50, false, { cdf: r.cdf }),
        s("latency p99 keep-alive", "ms", r.p99, false),
      ];
      // No process of its own to measure for "direct".
      if (run.pids.length > 0) out.push(s("CPU per 1k requests", "s", (cpu / r.requests) * 1000, false));
      return out;
    }
    case "latency-close": {
      await warmUp(http, b.warmUp);
      const r = await wrk(http, true, b.wrkSeconds, workDir);
      return [
        s("latency p50 new connection", "ms", r.p50, false, { cdf: r.cdf }),
        s("latency p99 new connection", "ms", r.p99, false),
      ];
    }
    case "idle-rss":
      // socat forks a process per connection (its RSS per connection is a whole process),
      // and "direct" has no process: both are left out, as the issue asks.
      if (run.pids.length === 0 || subject.name.startsWith("socat")) return "skip";
      return [s("RSS per idle connection", "KB", await idleRss(idle, run.pids, b.idleConnections), false)];
  }
}

/**
 * Requests first (100 quick, 300 full), so JIT warm-up of the Node backend is not in the latency
 * figures. Its own keep-alive agent, destroyed afterwards: a pooled connection must not
 * outlive the subject (ztunnel-ts's frontend address is the same in every run, and the
 * global fetch pool would hand the next run a socket to a proxy that is gone: ECONNRESET).
 */
async function warmUp(front: Endpoint, requests: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const req = get({ host: front.host, port: front.port, path: "/", agent }, (res) => {
        res.on("error", reject);
        res.on("end", resolve);
        res.resume();
      });
      req.on("error", reject);
      req.setTimeout(5000, () => req.destroy(new Error("no answer in 5 s")));
    });
  try {
    for (let i = 0; i < requests; i++) {
      await once().catch((err: unknown) => {
        throw new Error(`warm-up request ${i + 1}: ${String(err)}`);
      });
    }
  } finally {
    agent.destroy();
  }
}

/** One repetition over all selected subjects and measures. */
export async function runSuite(ctx: BenchContext, subjects: Subject[], available: Set<string>): Promise<Sample[]> {
  const b = budget(ctx);
  const workDir = mkdtempSync(join(tmpdir(), "zts-bench-"));
  const measures = MEASURES.filter((m) => !ctx.measures || ctx.measures.includes(m));
  const samples: Sample[] = [];
  // Alternate the order between repetitions: whatever the first subject of a run pays (a cold
  // machine, a neighbour's burst) falls on each subject in turn, which A/B runs depend on.
  const ordered = (ctx.run ?? 0) % 2 === 1 ? [...subjects].reverse() : subjects;
  for (const subject of ordered) {
    if (ctx.subjects && !ctx.subjects.includes(subject.name)) continue;
    const missing = subject.binaries.filter((x) => !available.has(x));
    if (missing.length > 0) {
      samples.push(...notMeasured(subject.name, measures, `missing ${missing.join(", ")}`));
      continue;
    }
    let backends: Awaited<ReturnType<typeof startBackends>> | undefined;
    let run: Running | undefined;
    try {
      backends = await startBackends(subject);
      try {
        run = await subject.start(backends.endpoints, workDir);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        ctx.log(`  ${subject.name}: not measured: ${reason}`);
        samples.push(...notMeasured(subject.name, measures, reason));
        continue;
      }
      for (const m of measures) {
        const tools = MEASURE_TOOLS[m].filter((t) => !available.has(t));
        if (tools.length > 0) {
          samples.push(...notMeasured(subject.name, [m], `missing ${tools.join(", ")}`));
          continue;
        }
        try {
          const got = await measure(m, subject, run, b, workDir);
          if (got === "skip") continue;
          samples.push(...got);
          ctx.log(`  ${subject.name} ${got.map((g) => `${g.metric}=${fmt(g.value)} ${g.unit}`).join(", ")}`);
        } catch (err) {
          const reason = err instanceof Error ? err.message : String(err);
          ctx.log(`  ${subject.name} ${m}: not measured: ${reason}`);
          samples.push(...notMeasured(subject.name, [m], reason));
        }
      }
    } catch (err) {
      const reason = `backends: ${err instanceof Error ? err.message : String(err)}`;
      ctx.log(`  ${subject.name}: not measured: ${reason}`);
      samples.push(...notMeasured(subject.name, measures, reason));
    } finally {
      await run?.stop();
      await Promise.all(backends?.procs.map((p) => p.stop()) ?? []);
    }
  }
  return samples;
}

function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3);
}
