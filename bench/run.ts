// npm run bench [-- --scenario NAME[,NAME]] [--quick] [--runs N] [--out DIR]
//                 [--subjects a,b] [--measures m1,m2] [--install] [--check] [--readme-only]
//
// Discovers bench/scenarios/*.ts, checks the peer tools they need (prints what is missing
// and the apt-get line; installs them with --install when root), runs each scenario
// `runs` times (default 3, also in --quick), and writes <out>/<scenario>.json (raw samples,
// summary, goals, machine, versions) and regenerates <out>/README.md with its SVG plots.
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { machine } from "./lib/machine.ts";
import { install, installLine, missingPackages, toolVersions } from "./lib/peers.ts";
import { killAll, nofileLimit } from "./lib/procs.ts";
import { type GoalResult, type ResultFile, toJson, writeReadme } from "./lib/report.ts";
import { medianOf, summarize } from "./lib/stats.ts";
import type { BenchContext, Sample, Scenario } from "./types.ts";

const HERE = fileURLToPath(new URL(".", import.meta.url));

function isScenario(x: unknown): x is Scenario {
  return typeof x === "object" && x !== null && "name" in x && typeof (x as Scenario).run === "function";
}

async function discover(log: (m: string) => void): Promise<Array<{ file: string; scenario: Scenario }>> {
  const dir = join(HERE, "scenarios");
  const out: Array<{ file: string; scenario: Scenario }> = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    try {
      const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
      const scenario = [mod.default, ...Object.values(mod)].find(isScenario);
      if (scenario) out.push({ file: basename(f, ".ts"), scenario });
      else log(`bench: ${f} exports no scenario (needs { name, run }); skipped`);
    } catch (err) {
      log(`bench: cannot load ${f}: ${err instanceof Error ? err.message : String(err)}; skipped`);
    }
  }
  return out;
}

const list = (v: string | undefined) =>
  v
    ? v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: "string", multiple: true },
      quick: { type: "boolean", default: false },
      runs: { type: "string" },
      out: { type: "string" },
      subjects: { type: "string" },
      measures: { type: "string" },
      install: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      "readme-only": { type: "boolean", default: false },
    },
  });
  const log = (m: string) => console.log(m);
  const outDir = resolve(values.out ?? join(HERE, "results"));
  if (values["readme-only"]) {
    // Redraw README.md and the plots from the JSON already there (after a report change).
    writeReadme(outDir);
    log(`bench: wrote ${join(outDir, "README.md")}`);
    return 0;
  }
  const runs = values.runs ? Number(values.runs) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
  if (runs < 3) log(`bench: ${runs} run(s) only: fewer than the 3 a committed result needs`);
  const wanted = values.scenario?.flatMap((s) => list(s) ?? []);

  const all = await discover(log);
  const chosen = all.filter(({ file, scenario }) => !wanted || wanted.includes(file) || wanted.includes(scenario.name));
  if (wanted && chosen.length === 0) {
    log(`bench: no scenario named ${wanted.join(", ")}; have: ${all.map((s) => s.scenario.name).join(", ")}`);
    return 2;
  }

  const tools = [...new Set(chosen.flatMap((s) => s.scenario.peers))];
  let missing = missingPackages(tools);
  if (missing.length > 0) {
    log(`bench: missing peer packages: ${missing.join(" ")}`);
    log(`bench: install them with: ${installLine(missing)}`);
    if (values.install && (await install(missing, log))) missing = missingPackages(tools);
    if (missing.length > 0) log("bench: subjects and measures that need them are reported as not measured");
  }
  if (values.check) return missing.length > 0 ? 1 : 0;

  mkdirSync(outDir, { recursive: true });
  const mach = machine(nofileLimit());
  const versions = await toolVersions();
  log(`bench: ${mach.cpuModel}, ${mach.cores} cores, kernel ${mach.kernel}, node ${mach.node}`);
  const ctx: BenchContext = {
    quick: values.quick ?? false,
    log,
    host: "127.0.0.1",
    subjects: list(values.subjects),
    measures: list(values.measures),
  };

  for (const { file, scenario } of chosen) {
    const t0 = Date.now();
    const startedAt = new Date().toISOString();
    const samples: Sample[][] = [];
    for (let i = 0; i < runs; i++) {
      log(`bench: ${scenario.name} run ${i + 1}/${runs}`);
      try {
        samples.push(await scenario.run({ ...ctx, run: i }));
      } catch (err) {
        log(`bench: ${scenario.name} run ${i + 1} failed: ${err instanceof Error ? err.stack : String(err)}`);
        samples.push([]);
      }
    }
    const summary = summarize(samples);
    const median = medianOf(summary);
    const goals: GoalResult[] = (scenario.goals ?? []).map((g) => {
      const r = g.check(median);
      return { metric: g.metric, text: g.text, value: r.value, met: r.met, target: g.target, atLeast: g.atLeast };
    });
    const result: ResultFile = {
      scenario: scenario.name,
      description: scenario.description,
      baseline: scenario.baseline,
      quick: ctx.quick,
      runs,
      startedAt,
      durationSeconds: (Date.now() - t0) / 1000,
      machine: mach,
      peerVersions: versions,
      missingPackages: missing,
      samples,
      summary,
      goals,
      notes: scenario.notes,
    };
    writeFileSync(join(outDir, `${file}.json`), toJson(result));
    writeReadme(outDir);
    log(`bench: ${scenario.name} done in ${result.durationSeconds.toFixed(0)} s → ${join(outDir, `${file}.json`)}`);
  }
  log(`bench: wrote ${join(outDir, "README.md")}`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  killAll();
}
// Open sockets or timers left by a failed subject must not keep the run alive.
process.exit(process.exitCode ?? 0);
