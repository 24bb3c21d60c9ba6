// Scenario: upstream selection cost. ns per pick and bytes allocated per pick for a
// service with 10 / 1,000 / 10,000 endpoints (PreferClose, all in the best rank, so the
// whole group is one table), on 1 thread and on 4 worker threads sharing the cursors
// (the Atomics.add on one cache line is the contended part). Goal (issue 4): ≤ 1 µs and
// no allocation per pick at 1,000 endpoints. least-conn and least-conn-p2c (issue 25) are
// measured at their worst: every endpoint holds open = capacity connections (all ratios
// equal, so no idle endpoint ends a scan early), each pick counted and released at once.
// Runs in-process; the same file is the worker entry when started with workerData.selectBench.
// Direct run: node bin/run-ts.mjs bench/scenarios/select.ts [--quick]
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { createCursors } from "../../src/pick/cursors.ts";
import { type LbPolicy, LOAD_SLOTS, loadKey } from "../../src/pick/least-conn.ts";
import { SelectError, type SelectOptions, select } from "../../src/pick/select.ts";
import { createState } from "../../src/state/store.ts";
import type { Service, Workload } from "../../src/state/types.ts";
import { atMost } from "../lib/goals.ts";
import type { BenchContext, Sample, Scenario } from "../types.ts";

const SIZES = [10, 1_000, 10_000];
const THREADS = [1, 4];
const LEAST: LbPolicy[] = ["least-conn", "least-conn-p2c"];
const SVC = "default/echo.default.svc.cluster.local";
const BOOT = new URL("../../test/fixtures/select-worker-boot.mjs", import.meta.url);

function base(uid: string, ip: string): Workload {
  return {
    uid,
    name: uid,
    namespace: "default",
    workloadIps: [ip],
    hostname: "",
    network: "net1",
    protocol: "HBONE",
    trustDomain: "cluster.local",
    serviceAccount: "default",
    node: "node-a",
    canonicalName: "echo",
    canonicalRevision: "v1",
    workloadType: "pod",
    workloadName: "echo",
    nativeTunnel: false,
    services: {},
    authorizationPolicies: [],
    status: "Healthy",
    clusterId: "Kubernetes",
    locality: { region: "r1", zone: "z1", subzone: "" },
    networkMode: "Standard",
    capacity: 1,
  };
}

function mesh(n: number) {
  const eps: Workload[] = [];
  for (let i = 0; i < n; i++) {
    const w = base(`Kubernetes//Pod/default/echo-${i}`, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    w.services = { [SVC]: { 80: 8080 } };
    w.capacity = 1 + (i % 3); // mixed weights: the table is longer than n
    eps.push(w);
  }
  const svc: Service = {
    name: "echo",
    namespace: "default",
    hostname: "echo.default.svc.cluster.local",
    vips: [{ network: "net1", address: "10.96.0.10" }],
    ports: { 80: 8080 },
    subjectAltNames: [],
    canonical: true,
    loadBalancer: { routingPreferences: ["Network", "Region", "Zone"], mode: "Failover", healthPolicy: "OnlyHealthy" },
  };
  const source = base("Kubernetes//Pod/default/client", "10.200.0.1");
  const state = createState();
  state.apply({ upsertWorkloads: [source, ...eps], upsertServices: [svc] });
  return { state, source, eps };
}

function gcFunction(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** One thread's measurement: ns per pick and heap bytes per pick (GC forced before). */
function measure(n: number, picks: number, sab: SharedArrayBuffer | undefined, start?: Int32Array, lb?: LbPolicy) {
  const { state, source, eps } = mesh(n);
  const cursors = createCursors(sab);
  const dest = { ip: "10.96.0.10", port: 80 };
  const opts: SelectOptions = {};
  if (lb) {
    // Worst case for a scan: every endpoint busy in proportion to its capacity.
    const loads = createCursors(undefined, LOAD_SLOTS);
    for (const w of eps) loads.add(loads.slot(loadKey(w.uid)), w.capacity);
    opts.lb = lb;
    opts.loads = loads;
  }
  const loads = opts.loads;
  let sink = 0;
  for (let i = 0; i < 200_000; i++) {
    const p = select(dest, source, state, cursors, opts);
    if (p instanceof SelectError) throw p;
    if (loads) loads.add(opts.held ?? 0, -1);
    sink ^= p.address.port;
  }
  if (start) {
    Atomics.add(start, 0, 1);
    while (Atomics.load(start, 1) === 0) Atomics.wait(start, 1, 0, 5);
  }
  const gc = gcFunction();
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < picks; i++) {
    const p = select(dest, source, state, cursors, opts);
    if (loads) loads.add(opts.held ?? 0, -1);
    sink ^= (p as { address: { port: number } }).address.port; // xor: stays a small int (a growing sum would box)
  }
  const ns = Number(process.hrtime.bigint() - t0) / picks;
  const bytes = Math.max(0, process.memoryUsage().heapUsed - heap0) / picks;
  return { ns, bytes, sink };
}

if (!isMainThread && (workerData as { selectBench?: boolean } | null)?.selectBench) {
  const d = workerData as { n: number; picks: number; sab: SharedArrayBuffer; start: SharedArrayBuffer; lb?: LbPolicy };
  parentPort?.postMessage(measure(d.n, d.picks, d.sab, new Int32Array(d.start), d.lb));
}

async function threaded(n: number, threads: number, picks: number, lb?: LbPolicy) {
  const sab = createCursors().sab;
  const start = new Int32Array(new SharedArrayBuffer(8));
  const entry = import.meta.url;
  const results = Array.from({ length: threads }, () => {
    const w = new Worker(BOOT, { workerData: { entry, selectBench: true, n, picks, sab, start: start.buffer, lb } });
    return new Promise<{ ns: number; bytes: number }>((resolve, reject) => {
      w.once("message", (m) => {
        resolve(m);
        void w.terminate();
      });
      w.once("error", reject);
    });
  });
  // Release all threads together once every one has built its tables and warmed up.
  while (Atomics.load(start, 0) < threads) await new Promise((r) => setTimeout(r, 5));
  Atomics.store(start, 1, 1);
  Atomics.notify(start, 1);
  const all = await Promise.all(results);
  return {
    ns: all.reduce((a, r) => a + r.ns, 0) / all.length,
    bytes: all.reduce((a, r) => a + r.bytes, 0) / all.length,
  };
}

const metric = (what: string, n: number, threads: number) =>
  `${what}, ${n.toLocaleString("en-US")} endpoints, ${threads} thread${threads > 1 ? "s" : ""}`;
const lcMetric = (what: string, lb: LbPolicy, n: number) => metric(`${what} ${lb} (all busy)`, n, 1);

export const scenario: Scenario = {
  name: "select",
  description:
    "upstream selection: ns and heap bytes per pick, 10 / 1,000 / 10,000 endpoints, 1 and 4 threads; least-conn and least-conn-p2c with every endpoint busy",
  peers: [],
  async run(ctx: BenchContext): Promise<Sample[]> {
    // Heap bytes per pick are (heap delta) / picks: enough picks push the fixed noise below 0.05 B.
    const picks = ctx.quick ? 1_000_000 : 4_000_000;
    const out: Sample[] = [];
    for (const n of SIZES) {
      for (const threads of THREADS) {
        const r = await threaded(n, threads, picks);
        ctx.log(
          `select: ${n} endpoints × ${threads} threads: ${r.ns.toFixed(1)} ns/pick, ${r.bytes.toFixed(3)} B/pick`,
        );
        const common = { subject: "ztunnel-ts", higherIsBetter: false };
        out.push({ metric: metric("ns per pick", n, threads), unit: "ns", value: r.ns, ...common });
        out.push({ metric: metric("bytes allocated per pick", n, threads), unit: "B", value: r.bytes, ...common });
      }
      for (const lb of LEAST) {
        const r = await threaded(n, 1, picks, lb);
        ctx.log(`select ${lb}: ${n} endpoints, all busy: ${r.ns.toFixed(1)} ns/pick, ${r.bytes.toFixed(3)} B/pick`);
        const common = { subject: "ztunnel-ts", higherIsBetter: false };
        out.push({ metric: lcMetric("ns per pick", lb, n), unit: "ns", value: r.ns, ...common });
        out.push({ metric: lcMetric("bytes allocated per pick", lb, n), unit: "B", value: r.bytes, ...common });
      }
    }
    return out;
  },
  goals: [
    atMost(metric("ns per pick", 1_000, 1), "ztunnel-ts", 1_000, "ns"),
    atMost(metric("ns per pick", 1_000, 4), "ztunnel-ts", 1_000, "ns"),
    atMost(
      metric("bytes allocated per pick", 1_000, 1),
      "ztunnel-ts",
      0.05,
      "B",
      " (no allocation: one object would be ≥ 16 B; below 0.05 is heap-counter noise)",
    ),
    ...LEAST.flatMap((lb) => [
      atMost(lcMetric("ns per pick", lb, 1_000), "ztunnel-ts", 1_000, "ns"),
      atMost(lcMetric("bytes allocated per pick", lb, 1_000), "ztunnel-ts", 0.05, "B", " (no allocation)"),
    ]),
  ],
};

export default scenario;

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes("--quick");
  const samples = await scenario.run({ quick, log: console.log, host: "127.0.0.1" });
  console.table(samples.map((s) => ({ metric: s.metric, value: Number(s.value.toFixed(3)), unit: s.unit })));
}
