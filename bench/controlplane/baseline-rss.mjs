// What the scale client's RSS is made of before any push (issue 21's "170 MB baseline"):
// each stage runs in a fresh process and adds one thing; prints one JSON line per stage with
// VmRSS after a settle + GC (node --expose-gc is passed to the child). Plain .mjs so that
// stage 0 is Node alone, without tsx.
//   node bench/controlplane/baseline-rss.mjs [runs]
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const tsxApi = import.meta.resolve("tsx/esm/api");
const clientModules = [
  "../../src/config.ts",
  "../../src/log.ts",
  "../../src/pick/select.ts",
  "../../src/state/from-proto.ts",
  "../../src/state/shared/writer.ts",
  "../../src/state/store.ts",
  "../../xds/client/client.ts",
].map((p) => new URL(p, import.meta.url).href);
const workerModule = new URL("./worker.ts", import.meta.url).href;

// A child's body: `tsx` registers the loader, `mods` imports the client's modules, `workers`
// starts N threads running `workerBody`.
const child = ({ tsx, mods, workers, workerBody }) => `
const { Worker } = await import("node:worker_threads");
const { readFileSync } = await import("node:fs");
${tsx ? `(await import(${JSON.stringify(tsxApi)})).register();` : ""}
${mods ? `for (const m of ${JSON.stringify(clientModules)}) await import(m);` : ""}
const body = ${JSON.stringify(workerBody ?? "")};
const ws = [];
for (let i = 0; i < ${workers}; i++) {
  const w = new Worker(body, { eval: true });
  ws.push(new Promise((r) => w.once("message", r)));
}
await Promise.all(ws);
await new Promise((r) => setTimeout(r, 300));
globalThis.gc?.();
await new Promise((r) => setTimeout(r, 200));
const s = readFileSync("/proc/self/status", "utf8");
const heap = process.memoryUsage();
const threads = (await import("node:fs")).readdirSync("/proc/self/task").length;
console.log(JSON.stringify({ threads, rssMB: Math.round(Number(/VmRSS:\\s+(\\d+)/.exec(s)[1]) / 1024),
  mainHeapMB: Math.round(heap.heapUsed / 1e6), mainHeapTotalMB: Math.round(heap.heapTotal / 1e6) }));
process.exit(0);
`;
// Worker bodies are ES modules (the child runs with --input-type=module, which workers inherit).
// Each keeps running (a message listener) until the process exits, as a proxy worker does.
const workerPlain = `const { parentPort } = await import("node:worker_threads");
parentPort.on("message", () => {});
parentPort.postMessage(0);`;
const workerTsx = `const { parentPort } = await import("node:worker_threads");
(await import(${JSON.stringify(tsxApi)})).register();
IMPORT
parentPort.on("message", () => {});
globalThis.gc?.();
parentPort.postMessage(0);`;

const stages = [
  { name: "node alone", tsx: false, mods: false, workers: 0 },
  { name: "+ tsx loader (main)", tsx: true, mods: false, workers: 0 },
  { name: "+ client modules (main)", tsx: true, mods: true, workers: 0 },
  { name: "+ 2 plain workers", tsx: true, mods: true, workers: 2, workerBody: workerPlain },
  { name: "+ tsx in each worker", tsx: true, mods: true, workers: 2, workerBody: workerTsx.replace("IMPORT", "") },
  {
    name: "+ worker modules (= scale client)",
    tsx: true,
    mods: true,
    workers: 2,
    workerBody: workerTsx.replace("IMPORT", `await import(${JSON.stringify(workerModule)});`),
  },
];

const runs = Number(process.argv[2] ?? 3);
for (const st of stages) {
  const rss = [];
  let last;
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", child(st)], {
      cwd: here("../.."),
      encoding: "utf8",
    });
    last = JSON.parse(out.trim().split("\n").at(-1));
    rss.push(last.rssMB);
  }
  rss.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      stage: st.name,
      rssMB: `${rss[0]}–${rss.at(-1)}`,
      mainHeapMB: last.mainHeapMB,
      threads: last.threads,
    }),
  );
}
