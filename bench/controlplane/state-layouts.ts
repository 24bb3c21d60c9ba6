// State layouts side by side, one process per layout (argv[2] = copy | shared): the 100k/20k
// mesh of ./mesh.ts, encoded and decoded as the xDS client does (so the objects are the
// decoder's, with its shared strings and port maps), applied on this thread, then read:
// every workload by uid (first read: a shared reader materialises; again: its cache), and
// select() picks on 1000 service VIPs (memo hits, the per-connection path).
// Prints one JSON line. Run: node --expose-gc bin/run-ts.mjs bench/controlplane/state-layouts.ts shared
import { createCursors } from "../../src/pick/cursors.ts";
import { SelectError, select } from "../../src/pick/select.ts";
import { decodeAddress } from "../../src/state/from-proto.ts";
import { createSharedState } from "../../src/state/shared/writer.ts";
import { createState, type Delta } from "../../src/state/store.ts";
import { encodeService, encodeWorkload } from "../../xds/controlplane/to-proto.ts";
import { generate, type MeshSize } from "./mesh.ts";

const layout = process.argv[2] === "shared" ? "shared" : "copy";
const size: MeshSize = { workloads: Number(process.argv[3] ?? 100_000), services: 20_000, nodes: 100 };
size.services = Math.max(1, Math.round(size.workloads / 5));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function decoded(): Delta {
  const mesh = generate(size);
  const delta: Required<Pick<Delta, "upsertWorkloads" | "upsertServices">> = {
    upsertWorkloads: [],
    upsertServices: [],
  };
  for (const r of [...mesh.workloads.map(encodeWorkload), ...mesh.services.map(encodeService)]) {
    const d = decodeAddress(r.bytes);
    if (d.kind === "workload") delta.upsertWorkloads.push(d.workload);
    else if (d.kind === "service") delta.upsertServices.push(d.service);
  }
  return delta;
}

gc();
const heap0 = process.memoryUsage().heapUsed; // before the push exists: heapMB is what the state keeps
let delta: Delta | undefined = decoded();
const uids = (delta.upsertWorkloads ?? []).map((w) => w.uid);
const t0 = performance.now();
const state = layout === "shared" ? createSharedState() : createState();
state.apply(delta);
const applyMs = performance.now() - t0;
delta = undefined; // what the state keeps, not the decoder's output
gc();
const heapMB = (process.memoryUsage().heapUsed - heap0) / 1e6;
const sharedMB = "bytes" in state ? (state.bytes as () => number)() / 1e6 : 0;

const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const readAll = (rounds: number) => () => {
  for (let r = 0; r < rounds; r++) for (const u of uids) state.workload(u);
};
const firstReadNs = (time(readAll(1)) * 1e6) / uids.length;
const againNs = (time(readAll(5)) * 1e6) / (5 * uids.length);

const source = state.workload(uids[0] ?? "");
if (!source) throw new Error("no source workload");
const cursors = createCursors(undefined, 4096);
const vip = (j: number) => `10.96.${(j >>> 8) & 255}.${j & 255}`;
const pick = (n: number) => {
  for (let i = 0; i < n; i++) {
    const p = select({ ip: vip(i % 1000), port: 80 }, source, state, cursors);
    if (p instanceof SelectError) throw p;
  }
};
pick(20_000); // build the memo, let the JIT settle
const N = 1_000_000;
const pickNs = (time(() => pick(N)) * 1e6) / N;
process.stdout.write(
  `${JSON.stringify({
    layout,
    workloads: size.workloads,
    services: size.services,
    applyMs: Math.round(applyMs),
    heapMB: Math.round(heapMB),
    sharedMB: Math.round(sharedMB),
    firstReadNs: Math.round(firstReadNs),
    againNs: Math.round(againNs),
    pickNs: Math.round(pickNs),
  })}\n`,
);
