// The full push at one or more mesh sizes, outside the bench harness: the embedded control
// plane's real delta ADS server (grpc-js, 127.0.0.1) serves a synthetic mesh
// (./mesh.ts) to the real client process (./client.ts: xDS client, state, 2 worker
// threads). Prints one JSON line per size: full push → applied on the main thread and in
// all workers, RSS before / after / peak of the client process, encoded push size.
//   node bin/run-ts.mjs bench/controlplane/scale.ts [--state shared|copy] [--prof DIR] SIZE...
// SIZE = workloads (services = workloads / 15, as 1M / 66k; 100k runs with 20k as the bench).

import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as grpc from "@grpc/grpc-js";
import { createAdsServer, type Snapshot, versioned, versionOf } from "../../xds/controlplane/ads-server.ts";
import {
  ADDRESS_TYPE_URL,
  AUTHORIZATION_TYPE_URL,
  encodeService,
  encodeWorkload,
} from "../../xds/controlplane/to-proto.ts";
import { start } from "../lib/procs.ts";
import { type MeshSize, nodeName, service, workload } from "./mesh.ts";

const clientScript = fileURLToPath(new URL("./client.ts", import.meta.url));
const runTs = fileURLToPath(new URL("../../bin/run-ts.mjs", import.meta.url));

export interface ScalePoint {
  workloads: number;
  services: number;
  state: string;
  pushMB: number;
  mainMs: number;
  workersMs: number;
  /** When the last response's bytes arrived (from the client's start). */
  arrivedMs: number;
  /** CPU of the client process (all threads) until applied. */
  cpuMs: number;
  baseMB: number;
  rssMB: number;
  peakMB: number;
  /** One-workload updates after the push: bytes in at the client → applied in all workers (ms, sorted). */
  updateMs?: number[];
}

/** The bench's 100k/20k; otherwise ztunnel#667's ratio (1M pods / 66k services). */
export const sizeFor = (workloads: number): MeshSize => ({
  workloads,
  services: workloads === 100_000 ? 20_000 : Math.round(workloads / 15),
  nodes: 100,
});

function snapshotOf(size: MeshSize): { snapshot: Snapshot; bytes: number } {
  const res = [];
  let bytes = 0;
  // Built one resource at a time: a mesh of 1M model objects would be held for nothing.
  for (let i = 0; i < size.workloads; i++) res.push(encodeWorkload(workload(i, size)));
  for (let j = 0; j < size.services; j++) res.push(encodeService(service(j)));
  for (const r of res) bytes += r.bytes.length + r.name.length + 48;
  return {
    snapshot: new Map([
      [ADDRESS_TYPE_URL, versioned(res)],
      [AUTHORIZATION_TYPE_URL, versioned([])],
    ]),
    bytes,
  };
}

export async function measure(
  size: MeshSize,
  state: string,
  prof?: string,
  timeoutMs = 300_000,
  updates = 0,
): Promise<ScalePoint> {
  const { snapshot, bytes } = snapshotOf(size);
  const ads = createAdsServer(snapshot);
  const server = new grpc.Server({ "grpc.max_send_message_length": -1 });
  server.addService(ads.service, ads.handlers);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
  );
  const node = [...(prof ? ["--cpu-prof", "--cpu-prof-dir", prof] : []), runTs, clientScript];
  const arg = JSON.stringify({
    address: `127.0.0.1:${port}`,
    workers: 2,
    node: nodeName(0),
    state,
    expect: size.workloads + size.services,
  });
  const client = start(process.execPath, [...node, arg], {
    env: { ...process.env, ZTS_XDS_MAX_MESSAGE_SIZE: String(2 ** 31 - 1) },
  });
  try {
    const total = size.workloads + size.services;
    let buf = "";
    const queue: string[] = [];
    let wake: (() => void) | undefined;
    client.child.stdout?.on("data", (b: Buffer) => {
      buf += b.toString();
      for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
        const l = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (l.startsWith('{"seq"')) queue.push(l);
      }
      wake?.();
    });
    const nextLine = async (ms: number): Promise<string> => {
      const end = Date.now() + ms;
      while (queue.length === 0) {
        if (Date.now() > end) throw new Error(`no applied line in ${ms} ms: ${client.output()}`);
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, 100);
        });
      }
      return queue.shift()!;
    };
    let line = "";
    for (let upserts = 0; upserts < total; ) {
      line = await nextLine(timeoutMs);
      upserts += (JSON.parse(line) as { upserts: number }).upserts;
    }
    const updateMs: number[] = [];
    for (let k = 0; k < updates; k++) {
      const enc = encodeWorkload(workload((k * 7919) % size.workloads, size, 2 + k));
      const r = { version: versionOf(enc.bytes), bytes: enc.bytes };
      ads.apply(new Map([[ADDRESS_TYPE_URL, { upserts: new Map([[enc.name, r]]), removed: [] }]]));
      updateMs.push((JSON.parse(await nextLine(30_000)) as { fromBytesMs: number }).fromBytesMs);
      await new Promise((r) => setTimeout(r, 20));
    }
    updateMs.sort((a, b) => a - b);
    const l = JSON.parse(line) as Omit<ScalePoint, "workloads" | "services" | "state" | "pushMB">;
    return {
      workloads: size.workloads,
      services: size.services,
      state,
      pushMB: Math.round(bytes / 1e6),
      mainMs: Math.round(l.mainMs),
      workersMs: Math.round(l.workersMs),
      arrivedMs: Math.round(l.arrivedMs),
      cpuMs: l.cpuMs,
      baseMB: l.baseMB,
      rssMB: l.rssMB,
      peakMB: l.peakMB,
      ...(updates > 0 ? { updateMs: updateMs.map((x) => Math.round(x * 100) / 100) } : {}),
    };
  } finally {
    await client.stop();
    ads.closeAll();
    await new Promise<void>((r) => server.tryShutdown(() => r()));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { state: { type: "string", default: "shared" }, prof: { type: "string" }, updates: { type: "string" } },
    allowPositionals: true,
  });
  for (const p of positionals.length > 0 ? positionals : ["100000"]) {
    const point = await measure(
      sizeFor(Number(p)),
      values.state ?? "shared",
      values.prof,
      900_000,
      Number(values.updates ?? 0),
    );
    process.stdout.write(`${JSON.stringify(point)}\n`);
  }
  process.exit(0);
}
