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
import { createAdsServer, type Snapshot, versioned } from "../../xds/controlplane/ads-server.ts";
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

export async function measure(size: MeshSize, state: string, prof?: string, timeoutMs = 300_000): Promise<ScalePoint> {
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
    const line = await new Promise<string>((resolve, reject) => {
      let buf = "";
      let upserts = 0;
      const timer = setTimeout(
        () => reject(new Error(`no applied line in ${timeoutMs} ms: ${client.output()}`)),
        timeoutMs,
      );
      client.child.stdout?.on("data", (b: Buffer) => {
        buf += b.toString();
        for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
          const l = buf.slice(0, i);
          buf = buf.slice(i + 1);
          if (!l.startsWith('{"seq"')) continue;
          upserts += (JSON.parse(l) as { upserts: number }).upserts;
          if (upserts >= total) {
            clearTimeout(timer);
            resolve(l);
          }
        }
      });
    });
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
    options: { state: { type: "string", default: "shared" }, prof: { type: "string" } },
    allowPositionals: true,
  });
  for (const p of positionals.length > 0 ? positionals : ["100000"]) {
    const point = await measure(sizeFor(Number(p)), values.state ?? "shared", values.prof);
    process.stdout.write(`${JSON.stringify(point)}\n`);
  }
  process.exit(0);
}
