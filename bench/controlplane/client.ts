// The client side of the control-plane scale scenario, in a process of its own so its RSS
// is only the client's: the real delta ADS client (xds/client/client.ts) and the real state
// (src/state/store.ts) on the main thread, as src/app.ts wires them — post each Address
// response's resources as bytes (one SharedArrayBuffer, src/state/wire.ts) to every worker
// thread before decoding it here, then apply + noteChanges here — and worker threads that
// decode and apply them as proxy workers do (./worker.ts).
// With `state: "shared"` (ZTS_STATE=shared's layout) the main thread alone decodes and applies
// into the shared tables (src/state/shared/) and each worker reads them through its handle:
// a response is applied in a worker when it has seen the new version (and read the counts).
// argv[2] = JSON { address, workers, node, state? }. Prints one JSON line per applied response:
//   {"seq", "upserts", "mainMs", "workersMs", "baseMB", "rssMB", "peakMB"} (ms since this response
//   was decoded from the stream; for the first one, since the client started).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { loadConfig } from "../../src/config.ts";
import { logger } from "../../src/log.ts";
import { noteChanges } from "../../src/pick/select.ts";
import { ADDRESS_TYPE_URL } from "../../src/state/from-proto.ts";
import { createSharedState } from "../../src/state/shared/writer.ts";
import { createState, type Delta, type State } from "../../src/state/store.ts";
import type { PackedResources } from "../../src/state/wire.ts";
import { createXdsClient } from "../../xds/client/client.ts";

const args = JSON.parse(process.argv[2] ?? "{}") as {
  address: string;
  workers: number;
  node: string;
  state?: "copy" | "shared";
  /** Resources in the full push: a push split over several responses is timed from the start until all are in. */
  expect?: number;
};
const shared = args.state === "shared" ? createSharedState() : undefined;
const bootstrap = fileURLToPath(new URL("./worker-bootstrap.mjs", import.meta.url));

const mb = (kb: string | undefined) => Math.round(Number(kb ?? 0) / 1024);
function memory(): { rssMB: number; peakMB: number } {
  const s = readFileSync("/proc/self/status", "utf8");
  return { rssMB: mb(/VmRSS:\s+(\d+)/.exec(s)?.[1]), peakMB: mb(/VmHWM:\s+(\d+)/.exec(s)?.[1]) };
}

const workers = Array.from({ length: args.workers }, () => new Worker(bootstrap));
// Workers are up (tsx loaded) before the clock starts: a proxy starts its pool before xDS.
await Promise.all(
  workers.map(
    (w) =>
      new Promise<void>((resolve) => {
        w.once("message", () => resolve());
        if (shared) {
          const handle = shared.share();
          w.postMessage({ seq: -1, handle }, [handle.port]);
        } else w.postMessage({ seq: -1, delta: {} });
      }),
  ),
);

const config = loadConfig({
  XDS_ADDRESS: `http://${args.address}`,
  NODE_NAME: args.node,
  INSTANCE_IP: "127.0.0.1",
  POD_NAME: "ztunnel-scale",
  POD_NAMESPACE: "istio-system",
  LOG_LEVEL: "warn",
  ...(process.env.ZTS_XDS_MAX_MESSAGE_SIZE ? { ZTS_XDS_MAX_MESSAGE_SIZE: process.env.ZTS_XDS_MAX_MESSAGE_SIZE } : {}),
});
const state: State = shared ?? createState();
const baseMB = memory().rssMB; // workers started, nothing received yet
let seq = 0;
let first = true;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
// One record per Address response: posted to the workers before the main thread decodes
// it (onAddressBytes, as src/app.ts does), applied on the main thread in onDelta.
interface Push {
  seq: number;
  upserts: number;
  start: number;
  /** When this response's bytes arrived (the client's receipt, before any decoding). */
  arrived: number;
  mainMs?: number;
  workersMs?: number;
}
const report = (p: Push) => {
  if (p.mainMs === undefined || p.workersMs === undefined) return;
  // CPU of the whole process (every thread) since the client started: the work done, which
  // the 2 shared cores' load stretches less than the wall-clock figures.
  const c = process.cpuUsage(cpu0);
  const cpuMs = Math.round((c.user + c.system) / 1000);
  const line = {
    seq: p.seq,
    upserts: p.upserts,
    mainMs: p.mainMs,
    workersMs: p.workersMs,
    // Bytes in → applied in every worker (a one-workload delta's latency on the proxy's side).
    fromBytesMs: p.workersMs - (p.arrived - p.start),
    arrivedMs: p.arrived - p.start,
    cpuMs,
    baseMB,
    ...memory(),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
};
let current: Push | undefined;
let received = 0;
let arrived = 0;
const newPush = (upserts: number): Push => {
  // The full push is timed from the client's start (connect, transfer, decode included),
  // every response of it when the control plane split it.
  received += upserts;
  const p: Push = { seq: seq++, upserts, start: first ? t0 : arrived, arrived };
  first = received < (args.expect ?? 0);
  return p;
};
const client = createXdsClient({
  config,
  log: logger().child({ bench: "controlplane" }),
  onReceived: () => {
    arrived = performance.now();
  },
  // Copy: each Address response's bytes go to the workers before this thread decodes them.
  // Shared: the workers get nothing but the new version, so nothing is packed for them.
  ...(shared
    ? {}
    : {
        onAddressBytes: ({ packed, removed }: { packed: PackedResources; removed: string[] }) => {
          current = undefined;
          if (packed.count === 0 && removed.length === 0) return;
          current = newPush(packed.count);
          toWorkers(current, { seq: current.seq, packed, removeAddresses: removed });
        },
      }),
  onDelta: (delta: Delta, typeUrl: string) => {
    if (shared && typeUrl === ADDRESS_TYPE_URL) {
      const n = (delta.upsertWorkloads?.length ?? 0) + (delta.upsertServices?.length ?? 0);
      if (n + (delta.removeAddresses?.length ?? 0) > 0) current = newPush(n);
    }
    const p = current;
    current = undefined;
    if (!p) return; // the Authorization type's empty push, or an empty Address one
    noteChanges(state, state.apply(delta));
    p.mainMs = performance.now() - p.start;
    report(p);
    // Shared: the workers have it now; each confirms by reading the new version.
    if (shared) toWorkers(p, { seq: p.seq, version: state.version });
  },
});

/** Posts `m` to every worker; the last one to answer for `p.seq` completes the push. */
function toWorkers(p: Push, m: object): void {
  let left = workers.length;
  for (const w of workers) {
    const onMsg = (r: { seq: number }) => {
      if (r.seq !== p.seq) return;
      w.off("message", onMsg);
      if (--left > 0) return;
      p.workersMs = performance.now() - p.start;
      report(p);
    };
    w.on("message", onMsg);
    w.postMessage(m);
  }
}
client.start();
process.once("SIGTERM", () => {
  void client.stop().then(() => process.exit(0));
});
