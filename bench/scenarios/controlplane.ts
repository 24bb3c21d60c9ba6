// Scenario (d): control-plane scale. A synthetic mesh (bench/controlplane/mesh.ts: 100k
// workloads / 20k services, 100 nodes; addresses are data only) is encoded once into the
// embedded control plane's snapshot and served by its real delta ADS server
// (xds/controlplane/ads-server.ts, grpc-js, plaintext on 127.0.0.1). A client process
// (bench/controlplane/client.ts) runs the real xDS client and state store and fans each
// Address response out to 2 worker threads the way src/app.ts does (its resources' bytes in
// a SharedArrayBuffer, posted before the main thread decodes them), each decoding and
// applying it as a proxy worker does. Measured: full push → applied on the main thread and
// in all workers (from the client's start: connect, transfer, decode, apply, post, worker
// decode + apply), RSS
// after and peak (VmHWM, whole client process), and the latency of a one-workload update
// (control plane update() → applied in all workers, seen by this process).
// Update path (bench/controlplane/updates.ts): the real embedded control plane on the same mesh
// as a directory of one object per file (JSON; 100 pods in YAML), watched with no debounce;
// one file replaced per edit (write + rename), ≥ 50 edits each of a JSON pod, a YAML pod, an
// AuthorizationPolicy, a Service (its target port: it and its pods re-pushed) and a Namespace
// (out of / into ambient: all its pods re-pushed), timed from the control plane's fs.watch event to the delta response
// written on a subscriber's stream, which must then hold exactly the one changed resource.
// Quick mode pushes 10k workloads / 2k services (the metric names say so) and its goal rows
// read "not measured": the 100k/20k goals are judged by the full run
// (`npm run bench -- --scenario controlplane`), whose result is the one committed.
// Profile: ZTS_BENCH_CPU_PROF=<dir> runs the client with --cpu-prof into <dir>.
// Direct run: node bin/run-ts.mjs bench/run.ts --scenario controlplane [--quick]
import { fileURLToPath } from "node:url";
import * as grpc from "@grpc/grpc-js";
import { createAdsServer, type Snapshot, versioned, versionOf } from "../../xds/controlplane/ads-server.ts";
import {
  ADDRESS_TYPE_URL,
  AUTHORIZATION_TYPE_URL,
  encodeService,
  encodeWorkload,
} from "../../xds/controlplane/to-proto.ts";
import { generate, type MeshSize, nodeName, workload } from "../controlplane/mesh.ts";
import { measureUpdates, percentile } from "../controlplane/updates.ts";
import { atMost, pending } from "../lib/goals.ts";
import { lastLines, type Proc, start } from "../lib/procs.ts";
import type { BenchContext, Sample, Scenario } from "../types.ts";

const FULL: MeshSize = { workloads: 100_000, services: 20_000, nodes: 100 };
const QUICK: MeshSize = { workloads: 10_000, services: 2_000, nodes: 100 };
const WORKERS = 2;
let SIZE = FULL; // set by run(): the goals getter below names the size that ran
const label = (m: MeshSize) => `${m.workloads / 1000}k/${m.services / 1000}k`;
const applied = () => `full push ${label(SIZE)} → applied in all ${WORKERS} workers`;
const PEAK = () => `peak RSS of the client process (main + ${WORKERS} workers), ${label(SIZE)}`;
/** Edits per kind per run in the update-path measure (≥ 50 in a full run, for its p99). */
const EDITS = { full: 60, quick: 20 };
const fileEdit = (what: string, stat: string) =>
  `update path ${label(SIZE)}: ${what} file edited → delta response written (${stat})`;
const nsPods = () => SIZE.workloads / 100;
const POD_MEDIAN = () => fileEdit("one pod (JSON)", "median");
const FROM_BYTES = () => "one-workload update: its bytes in at the client → applied in all workers (median)";
const clientScript = fileURLToPath(new URL("../controlplane/client.ts", import.meta.url));
const runTs = fileURLToPath(new URL("../../bin/run-ts.mjs", import.meta.url));

interface Line {
  seq: number;
  upserts: number;
  mainMs: number;
  workersMs: number;
  /** This response's bytes in at the client → applied in all workers. */
  fromBytesMs: number;
  baseMB: number;
  rssMB: number;
  peakMB: number;
}

let cached: { size: MeshSize; snapshot: Snapshot; encodeSeconds: number } | undefined;

function snapshot(): { snapshot: Snapshot; encodeSeconds: number } {
  if (cached?.size === SIZE) return cached;
  const t0 = performance.now();
  const mesh = generate(SIZE);
  const snap: Snapshot = new Map([
    [ADDRESS_TYPE_URL, versioned([...mesh.workloads.map(encodeWorkload), ...mesh.services.map(encodeService)])],
    [AUTHORIZATION_TYPE_URL, versioned([])],
  ]);
  cached = { size: SIZE, snapshot: snap, encodeSeconds: (performance.now() - t0) / 1000 };
  return cached;
}

/** The snapshot with workload `i` changed (its capacity), as a control plane update would give. */
function withUpdate(base: Snapshot, i: number, capacity: number): Snapshot {
  const enc = encodeWorkload(workload(i, SIZE, capacity));
  const addr = new Map(base.get(ADDRESS_TYPE_URL));
  addr.set(enc.name, { version: versionOf(enc.bytes), bytes: enc.bytes });
  return new Map([...base, [ADDRESS_TYPE_URL, addr]]);
}

function lines(p: Proc): (timeoutMs: number) => Promise<Line> {
  const queue: Line[] = [];
  const waiters: Array<(l: Line) => void> = [];
  let buf = "";
  p.child.stdout?.on("data", (b: Buffer) => {
    buf += b.toString();
    for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
      const text = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (!text.startsWith('{"seq"')) continue;
      const l = JSON.parse(text) as Line;
      const w = waiters.shift();
      if (w) w(l);
      else queue.push(l);
    }
  });
  return (timeoutMs) => {
    const have = queue.shift();
    if (have) return Promise.resolve(have);
    return new Promise<Line>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(done), 1);
        reject(new Error(`client: no applied line in ${timeoutMs} ms: ${lastLines(p.output())}`));
      }, timeoutMs);
      const done = (l: Line) => {
        clearTimeout(timer);
        resolve(l);
      };
      waiters.push(done);
    });
  };
}

/** The client's state layouts, each a subject: a copy per thread, or one shared by all (src/state/shared/). */
const STATES = [
  { state: "copy", subject: "ztunnel-ts" },
  { state: "shared", subject: "ztunnel-ts shared-state" },
] as const;

async function run(ctx: BenchContext): Promise<Sample[]> {
  SIZE = ctx.quick ? QUICK : FULL;
  const { snapshot: base, encodeSeconds } = snapshot();
  const out: Sample[] = [];
  // Odd runs go the other way round, so neither layout always runs first (on a loaded machine).
  const order = (ctx.run ?? 0) % 2 === 1 ? [...STATES].reverse() : STATES;
  for (const { state, subject } of order) {
    if (ctx.subjects && !ctx.subjects.includes(subject)) continue;
    out.push(...(await runClient(ctx, base, state, subject)));
  }
  if (!ctx.subjects || ctx.subjects.includes("ztunnel-ts")) out.push(...(await updatePath(ctx)));
  out.push({
    metric: `control plane: build + encode the ${label(SIZE)} snapshot (once per process)`,
    unit: "s",
    subject: "ztunnel-ts",
    value: encodeSeconds,
    higherIsBetter: false,
  });
  return out;
}

/** The update path: the real control plane on a mesh directory, file edit → delta written (the client is not involved). */
async function updatePath(ctx: BenchContext): Promise<Sample[]> {
  const s = (metric: string, unit: string, value: number): Sample => ({
    metric,
    unit,
    subject: "ztunnel-ts",
    value,
    higherIsBetter: false,
  });
  const prof = process.env.ZTS_BENCH_CPU_PROF;
  const u = await measureUpdates(SIZE, ctx.quick ? EDITS.quick : EDITS.full, ctx.log, prof);
  ctx.log(
    `  update path: pod ${percentile(u.podMs, 50).toFixed(2)} / ${percentile(u.podMs, 99).toFixed(2)} ms, ` +
      `YAML pod ${percentile(u.podYamlMs, 50).toFixed(2)} ms, policy ${percentile(u.policyMs, 50).toFixed(2)} ms, ` +
      `service ${percentile(u.serviceMs, 50).toFixed(2)} ms, namespace ${percentile(u.namespaceMs, 50).toFixed(2)} ms (medians)`,
  );
  return [
    s(POD_MEDIAN(), "ms", percentile(u.podMs, 50)),
    s(fileEdit("one pod (JSON)", "p99"), "ms", percentile(u.podMs, 99)),
    s(fileEdit("one pod (YAML)", "median"), "ms", percentile(u.podYamlMs, 50)),
    s(fileEdit("one pod (YAML)", "p99"), "ms", percentile(u.podYamlMs, 99)),
    s(fileEdit("one AuthorizationPolicy", "median"), "ms", percentile(u.policyMs, 50)),
    s(fileEdit("one AuthorizationPolicy", "p99"), "ms", percentile(u.policyMs, 99)),
    s(fileEdit("one Service (its 5 pods re-pushed)", "median"), "ms", percentile(u.serviceMs, 50)),
    s(fileEdit("one Service (its 5 pods re-pushed)", "p99"), "ms", percentile(u.serviceMs, 99)),
    s(
      fileEdit(`one Namespace's dataplane mode (its ${nsPods()} pods re-pushed)`, "median"),
      "ms",
      percentile(u.namespaceMs, 50),
    ),
    s(
      fileEdit(`one Namespace's dataplane mode (its ${nsPods()} pods re-pushed)`, "p99"),
      "ms",
      percentile(u.namespaceMs, 99),
    ),
    s(
      `control plane start-up on the ${label(SIZE)} mesh directory (${u.files} files: read, parse, translate, encode)`,
      "s",
      u.loadSeconds,
    ),
  ];
}

async function runClient(ctx: BenchContext, base: Snapshot, state: string, subject: string): Promise<Sample[]> {
  const s = (metric: string, unit: string, value: number): Sample => ({
    metric,
    unit,
    subject,
    value,
    higherIsBetter: false,
  });
  const ads = createAdsServer(base);
  const server = new grpc.Server({ "grpc.max_send_message_length": 256 * 1024 * 1024 });
  server.addService(ads.service, ads.handlers);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
  );
  const prof = process.env.ZTS_BENCH_CPU_PROF;
  const node = [...(prof ? ["--cpu-prof", "--cpu-prof-dir", prof] : []), runTs, clientScript];
  const arg = JSON.stringify({ address: `127.0.0.1:${port}`, workers: WORKERS, node: nodeName(0), state });
  const client = start(process.execPath, [...node, arg]);
  const next = lines(client);
  try {
    const full = await next(120_000);
    ctx.log(
      `  ${subject} full push: main ${full.mainMs.toFixed(0)} ms, workers ${full.workersMs.toFixed(0)} ms, peak ${full.peakMB} MB`,
    );
    const updates: number[] = [];
    const fromBytes: number[] = [];
    let current = base;
    for (let k = 0; k < (ctx.quick ? 5 : 20); k++) {
      current = withUpdate(current, (k * 7919) % SIZE.workloads, 2 + k);
      const t0 = performance.now();
      ads.update(current);
      const l = await next(30_000);
      updates.push(performance.now() - t0);
      fromBytes.push(l.fromBytesMs);
    }
    updates.sort((a, b) => a - b);
    fromBytes.sort((a, b) => a - b);
    const measured = [
      s(applied(), "s", full.workersMs / 1000),
      s(`full push ${label(SIZE)} → applied on the main thread`, "s", full.mainMs / 1000),
      s(PEAK(), "MB", full.peakMB),
      s(`RSS after the full push ${label(SIZE)}`, "MB", full.rssMB),
      s("RSS before the push (process + 2 idle workers, tsx loaded)", "MB", full.baseMB),
      s("one-workload update → applied in all workers (median)", "ms", updates[Math.floor(updates.length / 2)]!),
      s(FROM_BYTES(), "ms", fromBytes[Math.floor(fromBytes.length / 2)]!),
      s(
        "one-workload update: its bytes in at the client → applied in all workers (max)",
        "ms",
        fromBytes[fromBytes.length - 1]!,
      ),
    ];
    return measured;
  } finally {
    // SIGTERM lets the client stop cleanly (and --cpu-prof write its profile).
    await client.stop();
    ads.closeAll();
    await new Promise<void>((r) => server.tryShutdown(() => r()));
  }
}

export const scenario: Scenario = {
  name: "controlplane",
  description:
    "(d) control-plane scale: full push of 100k workloads / 20k services (10k/2k in quick runs) from the embedded control plane's delta ADS server to the real xDS client + state, fanned out to 2 worker threads as the proxy does; one-workload update latency",
  peers: [],
  run,
  // A getter: the runner reads the goals after the runs, when SIZE says which mesh ran.
  get goals() {
    if (SIZE === FULL)
      return [
        atMost(applied(), "ztunnel-ts", 1.5, "s"),
        atMost(PEAK(), "ztunnel-ts", 400, "MB"),
        atMost(POD_MEDIAN(), "ztunnel-ts", 2, "ms"),
        // Issue 21's goals for the shared state.
        atMost(applied(), "ztunnel-ts shared-state", 1.0, "s"),
        atMost(PEAK(), "ztunnel-ts shared-state", 300, "MB"),
        atMost(FROM_BYTES(), "ztunnel-ts shared-state", 5, "ms"),
      ];
    const why = " — judged by the full 100k/20k run only (this quick run pushed 10k/2k)";
    return [
      pending(applied(), `100k workloads / 20k services applied in all workers ≤ 1.5 s${why}`),
      pending(PEAK(), `… and ≤ 400 MB${why}`),
      pending(POD_MEDIAN(), `one-object update, file change seen → response written, ≤ 2 ms${why}`),
    ];
  },
  notes: [
    "Fan-out (2026-11-23): an Address response reaches each worker as its resources' names + protobuf bytes in one",
    "SharedArrayBuffer, posted before the main thread decodes it (no structured clone); every thread decodes in",
    "parallel with a one-pass Workload decoder (src/state/address-fast.ts, protobufjs fallback) into slim objects",
    "(shared frozen port maps, services maps, localities; repeated strings from a byte-keyed cache). Before this, the",
    "main thread cloned the decoded 120k-resource Delta once per worker (`postMessage` 16 % + GC 19 % of its time), each",
    "worker deserialized it, and V8 kept every `{80, 443}` port map as ≥ 444 fast-element slots (≈ 5.5 KB each): 9.3 s and",
    "3.0 GB. Same-load A/B on the 2-core VM (load ≈ 5): before 12–15 s / 3.0 GB, after 3.9–5.1 s / 0.69–0.72 GB (2.5–2.9 s",
    "at load ≈ 3). CPU per thread for 100k/20k, measured outside the bench: a worker ≈ 0.9–1.0 s (decode ≈ 0.6, apply ≈",
    "0.35); the main thread ≈ 1.4 s (envelope 0.2, pack 0.06, per-resource rules + decode 0.85, apply 0.3); GC ≈ 20 %.",
    "**Bottleneck now: the state is built three times** (main + 2 workers, ≈ 95 MB retained each at 100k/20k, plus ≈ 55 MB",
    "per isolate before any state): three threads decoding and indexing the same push on 2 cores cannot reach 1.5 s, and",
    "three copies plus the isolates cannot fit 400 MB. Meeting both needs one shared read-only state (SharedArrayBuffer",
    "tables written by the main thread, workers index into them) instead of a copy per thread.",
    "One-workload update: the proxy side (bytes in → applied in all workers) is ≈ 1.5 ms; the metric is dominated by",
    "the embedded control plane's update(), which diffs the whole 120k-resource snapshot (≈ 25–45 ms here).",
    "Subject `ztunnel-ts shared-state` (2026-12-03, docs/SHARED-STATE.md): the same client with one state in",
    "SharedArrayBuffer tables, decoded and applied by the main thread only (no bytes packed for the workers); each",
    "worker reads it through a handle and confirms the new version (the proxy does the same with ZTS_STATE=shared).",
    "Update path (2026-12-03): a file change is computed from the objects that changed (xds/controlplane/incremental.ts):",
    "only that file is re-read and re-parsed, a pod's workload / a policy is rebuilt alone (a policy's selector change",
    "rebuilds the workloads of its namespace whose policy list differs), and the ADS server pushes only those names.",
    "Before: every change re-read and re-translated the whole mesh and diffed 120k resources per stream. Profile of the",
    "edit loop (ZTS_BENCH_CPU_PROF, inspector around the edits only, 100k/20k): the control plane's own CPU per JSON",
    "edit is a fraction of a millisecond (read + JSON.parse + podWorkload + encode + grpc write); the median is",
    "bounded by event-loop hand-offs (fs.watch event → setImmediate → write) and the p99 by GC and the other",
    "processes on the 2 cores. A YAML file adds the YAML parser (≈ 0.5–0.7 ms for one pod): the largest single",
    "cost on that path. A Service edit (≈ 2–3 ms, over the 2 ms of a one-object update) re-parses the Service,",
    "rebuilds it twice (old name, new bytes), scans its namespace's 1000 pods for the ones its selectors pick and",
    "rebuilds, encodes and writes those 5 workloads: in the profile its own CPU plus GC take most of the edit, and",
    "its p99 (40–80 ms) is major GC in this process, which also holds the in-memory 100k/20k snapshot of the",
    "full-push part. A Namespace leaving ambient re-builds, encodes and writes its 1000 workloads (≈ 40–50 ms: ≈ 40 µs",
    "each, build + encode + version hash, in one response of ≈ 1000 resources); its p99 is GC again.",
    "Start-up on the 120k-file directory is dominated by one read + parse per file.",
    "This run (2026-12-03) shared the 2 cores with other engineers' test runs (load average 4–17): the full-push",
    "and update() figures above are 3–4× those of the quiet 2026-11-23 run (2.40 s, 28 ms) without any change to",
    "that path; the update-path figures were measured under the same load.",
  ],
};

export default scenario;
