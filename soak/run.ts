// `npm run soak [-- --quick]`: bounded loopback load through two real node proxies (SOCKS5 on
// node-a → HBONE → node-b → an echo pod) at a fixed rate — new connections each carrying a
// 4 KiB echo, plus one long tunnel streaming throughout — for 10 minutes (--quick: 60 s).
// Every 5 s it samples both proxies' RSS, open fds and the window's p99 connection time,
// then judges growth after warm-up (the first fifth): RSS within +25 %, fds within +16,
// p99 within 3× the first window, and no failed connection. Prints the table, writes
// bench/results/soak/soak.json and soak.svg (--quick: soak-quick.*), exits 1 when a judgement fails.
import { readdirSync, writeFileSync } from "node:fs";
import type { Server } from "node:net";
import { parseArgs } from "node:util";
import { rssKb } from "../bench/lib/procs.ts";
import { lineChart } from "../bench/lib/svg.ts";
import {
  closeServer,
  type LoopbackMesh,
  listen,
  pipeServer,
  socksFromClient,
  startLoopbackMesh,
} from "../test/fixtures/proxy-harness.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean" }, rate: { type: "string" } } });
const DURATION_S = values.quick ? 60 : 600;
const RATE = Number(values.rate ?? 50); // new connections per second
const SAMPLE_S = 5;
const PAYLOAD = Buffer.alloc(4096, "p");

interface Sample {
  t: number;
  rssMb: [number, number];
  fds: [number, number];
  p99Ms: number;
  conns: number;
  failed: number;
}

/** RSS of a proxy process, its worker threads included (bench/lib/procs.ts). */
const rssMb = (pid: number) => rssKb([pid]) / 1024;
const fds = (pid: number) => {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return 0;
  }
};
const p99 = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))]!;
};

/** One short connection: 4 KiB out, the same back, close; resolves with its duration. */
async function shortConnection(mesh: LoopbackMesh): Promise<number> {
  const t0 = performance.now();
  const s = await socksFromClient(mesh);
  await new Promise<void>((resolve, reject) => {
    let got = 0;
    s.on("data", (d: Buffer) => {
      got += d.length;
      if (got >= PAYLOAD.length) resolve();
    });
    s.once("error", reject);
    s.once("close", () => (got >= PAYLOAD.length ? resolve() : reject(new Error("closed early"))));
    s.write(PAYLOAD);
  });
  s.destroy();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const mesh = await startLoopbackMesh("127.60", { LOG_LEVEL: "warn" });
  const echo: Server = await listen(pipeServer(), mesh.addr.drain, 9000);
  const pids: [number, number] = [mesh.proxies["node-a"]!.child.pid!, mesh.proxies["node-b"]!.child.pid!];
  // The long tunnel: 64 KiB every 50 ms for the whole run (≈ 1.3 MB/s), echoed back.
  const long = await socksFromClient(mesh);
  long.on("data", () => {});
  long.on("error", () => {});
  const chunk = Buffer.alloc(64 * 1024, "l");
  const pump = setInterval(() => long.write(chunk), 50);

  const samples: Sample[] = [];
  let window: number[] = [];
  let conns = 0;
  let failed = 0;
  const start = Date.now();
  const tick = setInterval(() => {
    for (let i = 0; i < RATE / 10; i++) {
      conns++;
      shortConnection(mesh).then(
        (ms) => window.push(ms),
        () => failed++,
      );
    }
  }, 100);
  console.log(`soak: ${DURATION_S} s at ${RATE} conn/s + one streaming tunnel, sampling every ${SAMPLE_S} s`);
  console.log("   t  rss A/B MB   fds A/B   p99 ms   conns  failed");
  while (Date.now() - start < DURATION_S * 1000) {
    await new Promise((r) => setTimeout(r, SAMPLE_S * 1000));
    const s: Sample = {
      t: Math.round((Date.now() - start) / 1000),
      rssMb: [rssMb(pids[0]), rssMb(pids[1])],
      fds: [fds(pids[0]), fds(pids[1])],
      p99Ms: p99(window),
      conns,
      failed,
    };
    window = [];
    samples.push(s);
    console.log(
      `${String(s.t).padStart(4)}  ${s.rssMb.map((x) => x.toFixed(0).padStart(4)).join("/")}     ${s.fds.map((x) => String(x).padStart(3)).join("/")}   ${s.p99Ms.toFixed(1).padStart(6)}  ${String(conns).padStart(6)}  ${failed}`,
    );
  }
  clearInterval(tick);
  clearInterval(pump);
  await new Promise((r) => setTimeout(r, 2000));
  long.destroy();
  await closeServer(echo);
  await mesh.close();

  const warm = Math.max(1, Math.floor(samples.length / 5));
  const after = samples.slice(warm);
  const first = after.slice(0, 3);
  const last = after.slice(-3);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const verdicts: { check: string; figure: string; ok: boolean }[] = [];
  for (const i of [0, 1] as const) {
    const r0 = mean(first.map((s) => s.rssMb[i]));
    const r1 = mean(last.map((s) => s.rssMb[i]));
    verdicts.push({
      check: `RSS node-${"ab"[i]} after warm-up`,
      figure: `${r0.toFixed(0)} → ${r1.toFixed(0)} MB`,
      ok: r1 <= r0 * 1.25,
    });
    const f0 = mean(first.map((s) => s.fds[i]));
    const f1 = mean(last.map((s) => s.fds[i]));
    verdicts.push({
      check: `fds node-${"ab"[i]} after warm-up`,
      figure: `${f0.toFixed(0)} → ${f1.toFixed(0)}`,
      ok: f1 <= f0 + 16,
    });
  }
  const q0 = mean(first.map((s) => s.p99Ms));
  const q1 = mean(last.map((s) => s.p99Ms));
  verdicts.push({
    check: "p99 connection time",
    figure: `${q0.toFixed(1)} → ${q1.toFixed(1)} ms`,
    ok: q1 <= Math.max(q0 * 3, 20),
  });
  verdicts.push({ check: "failed connections", figure: `${failed} of ${conns}`, ok: failed === 0 });
  for (const v of verdicts) console.log(`${v.ok ? "ok  " : "FAIL"} ${v.check}: ${v.figure}`);

  const out = new URL(`../bench/results/soak/soak${values.quick ? "-quick" : ""}`, import.meta.url).pathname;
  writeFileSync(
    `${out}.json`,
    `${JSON.stringify({ durationS: DURATION_S, rate: RATE, samples, verdicts }, null, 2)}\n`,
  );
  const series = (name: string, pick: (s: Sample) => number) => ({
    name,
    points: samples.map((s) => [s.t, pick(s)] as [number, number]),
  });
  writeFileSync(
    `${out}.svg`,
    lineChart(`soak: ${DURATION_S} s at ${RATE} conn/s`, "seconds", "MB / fds / ms", [
      series("RSS node-a (MB)", (s) => s.rssMb[0]),
      series("RSS node-b (MB)", (s) => s.rssMb[1]),
      series("fds node-a", (s) => s.fds[0]),
      series("fds node-b", (s) => s.fds[1]),
      series("p99 conn (ms)", (s) => s.p99Ms),
    ]),
  );
  console.log(`soak: figures in ${out}.json, plot in ${out}.svg`);
  process.exit(verdicts.every((v) => v.ok) ? 0 : 1);
}

await main();
