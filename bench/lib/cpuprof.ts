// Summarizes V8 .cpuprofile files (node --cpu-prof): top functions by self time, so the
// results README can name a bottleneck. Direct run:
//   node bin/run-ts.mjs bench/lib/cpuprof.ts <file.cpuprofile|dir> [top=15]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  fn: string;
  ms: number;
  share: number;
}

/** Self time per function (name + file:line), largest first; idle and GC kept as V8 names them. */
export function topSelf(file: string, top = 15): { totalMs: number; rows: SelfTime[] } {
  const p = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const where = f.url ? ` ${f.url.replace(/^.*\/(src|xds|bench|node_modules)\//, "$1/")}:${f.lineNumber + 1}` : "";
    const key = `${f.functionName || "(anonymous)"}${where}`;
    ms.set(key, (ms.get(key) ?? 0) + dt);
    total += dt;
  });
  const rows = [...ms.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, t]) => ({ fn, ms: t, share: total > 0 ? t / total : 0 }));
  return { totalMs: total, rows };
}

if (process.argv[1] && basename(process.argv[1]).startsWith("cpuprof")) {
  const target = process.argv[2] ?? ".";
  const top = Number(process.argv[3] ?? 15);
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith(".cpuprofile"))
        .map((f) => join(target, f))
    : [target];
  for (const f of files) {
    const { totalMs, rows } = topSelf(f, top);
    console.log(`${basename(f)}: ${totalMs.toFixed(0)} ms sampled`);
    for (const r of rows)
      console.log(`  ${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.fn}`);
  }
}
