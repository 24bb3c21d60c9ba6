// One-off probe (not a bench scenario): live JS heap per idle tunnel connection in each node
// proxy's workers, after a full GC (a heap snapshot forces one), for ztunnel-ts and, with
// ZTS_BENCH_BEFORE, the other checkout. RSS (bench/measures/idle.ts) also counts garbage and
// allocator slack; this counts what stays reachable.
//   ZTS_BENCH_BEFORE=<dir> node bin/run-ts.mjs bench/heap-per-conn.ts [count] [plain]
import { createConnection, type Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { sleep, start } from "./lib/procs.ts";
import type { Subject } from "./subjects/types.ts";
import { beforePlain, beforeTunnel, ztunnelPlain, ztunnelTunnel } from "./subjects/ztunnel-ts.ts";

const COUNT = Number(process.argv[2] ?? 1000);
const runTs = fileURLToPath(new URL("../bin/run-ts.mjs", import.meta.url));
const backendScript = fileURLToPath(new URL("./backends/backend.ts", import.meta.url));
const PLAIN = process.argv[3] === "plain";
// Node A only for a plain leg; both node proxies for a tunnel.
const ADMINS = PLAIN ? ["127.0.20.1:15000"] : ["127.0.20.1:15000", "127.0.20.2:15000"];

const BY_NAME = process.env.ZTS_HEAP_BY_NAME === "1";
let byName = new Map<string, number>();
async function workerHeap(admin: string, thread: string): Promise<number> {
  const res = await fetch(`http://${admin}/debug/pprof/heap?thread=${thread}`);
  const snap = (await res.json()) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const f = snap.snapshot.meta.node_fields;
  const size = f.indexOf("self_size");
  const nameAt = f.indexOf("name");
  const typeAt = f.indexOf("type");
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += f.length) {
    const n = snap.nodes[i + size]!;
    total += n;
    if (BY_NAME) {
      const type = snap.snapshot.meta.node_types[0][snap.nodes[i + typeAt]!];
      const key = `${type}:${snap.strings[snap.nodes[i + nameAt]!]}`.slice(0, 60);
      byName.set(key, (byName.get(key) ?? 0) + n);
    }
  }
  return total;
}

async function heaps(): Promise<number> {
  let sum = 0;
  for (const a of ADMINS) for (const t of ["worker-0", "worker-1"]) sum += await workerHeap(a, t);
  return sum;
}

function open(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = createConnection({ host, port });
    s.once("data", () => resolve(s));
    s.once("error", reject);
  });
}

async function probe(subject: Subject): Promise<number> {
  const at = [0, 1, 2].map((i) => subject.backendAt!(i));
  const spec = ["http", "accept", "idle"].map((kind, i) => ({ kind, ...at[i]! }));
  const backend = start(process.execPath, [runTs, backendScript, JSON.stringify(spec)]);
  while (!backend.output().includes('{"ports"')) await sleep(50);
  const run = await subject.start(at, "/tmp");
  try {
    const idle = run.frontends[2]!;
    // Warm: one pooled HBONE session and the code paths, then measure from there.
    const warm = await open(idle.host, idle.port);
    await sleep(300);
    byName = new Map();
    const before = await heaps();
    const base = byName;
    byName = new Map();
    const socks: Socket[] = [warm];
    for (let i = 0; i < COUNT; i += 100) {
      socks.push(
        ...(await Promise.all(Array.from({ length: Math.min(100, COUNT - i) }, () => open(idle.host, idle.port)))),
      );
    }
    await sleep(500);
    const after = await heaps();
    if (BY_NAME) {
      const delta = [...byName].map(([k, v]) => [k, (v - (base.get(k) ?? 0)) / COUNT] as const);
      delta.sort((a, b) => b[1] - a[1]);
      console.log(
        subject.name,
        delta
          .slice(0, 25)
          .map(([k, v]) => `${k}=${v.toFixed(0)}`)
          .join("  "),
      );
    }
    for (const s of socks) s.destroy();
    return (after - before) / COUNT;
  } finally {
    await run.stop();
    await backend.stop();
  }
}

const pair = PLAIN ? [ztunnelPlain, ...beforePlain] : [ztunnelTunnel, ...beforeTunnel];
for (const s of BY_NAME ? pair : [...pair, ...pair]) {
  const perConn = await probe(s);
  const what = PLAIN ? "plain connection (node A)" : "tunnel connection (both proxies)";
  console.log(`${s.name}: ${(perConn / 1024).toFixed(2)} KB of live worker heap per idle ${what}`);
}
process.exit(0);
