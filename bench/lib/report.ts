// bench/results/README.md and the SVG plots, regenerated from every <scenario>.json in the
// results directory (so running one scenario keeps the others' tables).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Sample } from "../types.ts";
import type { Machine } from "./machine.ts";
import type { Summary } from "./stats.ts";
import { barChart, lineChart } from "./svg.ts";

export const OURS = "ztunnel-ts";

export interface GoalResult {
  metric: string;
  text: string;
  value: number | null;
  met: boolean;
  target?: number;
  atLeast?: boolean;
}

export interface ResultFile {
  scenario: string;
  description: string;
  baseline?: string;
  quick: boolean;
  runs: number;
  startedAt: string;
  durationSeconds: number;
  machine: Machine;
  peerVersions: Record<string, string>;
  missingPackages: string[];
  /** Raw samples, one array per run. */
  samples: Sample[][];
  summary: Summary[];
  goals: GoalResult[];
  notes?: string[];
}

/** JSON with NaN written as null (JSON has no NaN). */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
}

const num = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v) ? "—" : Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3);

function goalStatus(g: GoalResult): string {
  if (g.value === null || !Number.isFinite(g.value)) return "not measured";
  // An added-latency goal ("ours ≤ direct + x ms") below zero means the baseline's own median
  // was the higher one: noise at this duration, not a result either way.
  if (g.value < 0 && /≤ \S+ \+ /.test(g.text)) return "**inconclusive**: the baseline's median is higher (noise)";
  if (g.met) return "**met**";
  if (g.target === undefined) return "**missed**";
  const gap = g.atLeast ? g.target - g.value : g.value - g.target;
  const factor = g.atLeast
    ? g.value > 0
      ? g.target / g.value
      : Number.POSITIVE_INFINITY
    : g.target > 0
      ? g.value / g.target
      : Number.NaN;
  return `**missed** by ${num(gap)}${Number.isFinite(factor) ? ` (${factor.toFixed(2)}×)` : ""}`;
}

function subjectsOf(r: ResultFile): string[] {
  const seen: string[] = [];
  for (const s of r.summary) if (!seen.includes(s.subject)) seen.push(s.subject);
  return seen;
}

function metricsOf(r: ResultFile): string[] {
  const seen: string[] = [];
  for (const s of r.summary) if (!seen.includes(s.metric)) seen.push(s.metric);
  return seen;
}

function plots(r: ResultFile, dir: string): string[] {
  const out: string[] = [];
  const subjects = subjectsOf(r);
  const get = (metric: string, subject: string) =>
    r.summary.find((s) => s.metric === metric && s.subject === subject)?.median ?? Number.NaN;
  const tput = metricsOf(r).filter((m) => m.startsWith("throughput"));
  if (tput.length > 0) {
    const file = `${r.scenario}-throughput.svg`;
    const series = subjects.map((name) => ({ name, values: tput.map((m) => get(m, name) ?? Number.NaN) }));
    writeFileSync(join(dir, file), barChart(`${r.scenario}: throughput (median)`, "Gbit/s", tput, series));
    out.push(`[throughput bars](${file})`);
  }
  for (const [metric, label] of [
    ["latency p50 keep-alive", "keep-alive"],
    ["latency p50 new connection", "new-connection"],
  ] as const) {
    const series = subjects.flatMap((name) => {
      const runs = r.samples.map((run) => run.find((s) => s.metric === metric && s.subject === name && s.cdf));
      const have = runs.filter((s): s is Sample => s !== undefined).sort((a, b) => a.value - b.value);
      const mid = have[Math.floor(have.length / 2)];
      return mid?.cdf ? [{ name, points: mid.cdf.map(([p, ms]) => [ms, p] as [number, number]) }] : [];
    });
    if (series.length === 0) continue;
    const file = `${r.scenario}-latency-${label}.svg`;
    writeFileSync(
      join(dir, file),
      lineChart(`${r.scenario}: latency CDF, ${label} (median run)`, "ms", "percentile", series, { yMax: 100 }),
    );
    out.push(`[latency CDF ${label}](${file})`);
  }
  // One plot per (subject, metric) that carries a timeline, from the first run that has it.
  const timelines = new Map<string, Sample>();
  for (const run of r.samples) {
    for (const s of run)
      if (s.timeline && !timelines.has(`${s.subject} ${s.metric}`)) timelines.set(`${s.subject} ${s.metric}`, s);
  }
  for (const s of timelines.values()) {
    const tl = s.timeline!;
    const series = tl.workers.map((vals, w) => ({
      name: `worker ${w}`,
      points: vals.map((v, k) => [tl.t[k] ?? k, v] as [number, number]),
    }));
    const slug = `${s.subject}-${s.metric}`.replace(/[^A-Za-z0-9]+/g, "-").replace(/-+$/, "");
    const file = `${r.scenario}-timeline-${slug}.svg`;
    writeFileSync(
      join(dir, file),
      lineChart(
        `${r.scenario}: ${s.subject}, ${s.metric}: open connections per worker`,
        "s",
        "open connections",
        series,
      ),
    );
    out.push(`[${s.subject} ${s.metric} over time](${file})`);
  }
  return out;
}

function section(r: ResultFile, dir: string): string {
  const subjects = subjectsOf(r);
  const peers = subjects.filter((s) => s !== OURS);
  const lines = [
    `## ${r.scenario}`,
    "",
    r.description,
    "",
    `${r.runs} runs${r.quick ? " (quick: short durations, small counts)" : ""}, ${r.startedAt}, ${num(r.durationSeconds)} s. Cells: median (min–max).`,
    "",
    `| metric | unit | ${subjects.join(" | ")} |`,
    `| --- | --- |${subjects.map(() => " ---: |").join("")}`,
  ];
  const reasons = new Map<string, string>();
  for (const metric of metricsOf(r)) {
    const unit = r.summary.find((s) => s.metric === metric)?.unit ?? "";
    const cells = subjects.map((subj) => {
      const s = r.summary.find((x) => x.metric === metric && x.subject === subj);
      if (!s) return "n/a";
      if (s.notMeasured) {
        reasons.set(`${subj}: ${s.notMeasured}`, subj);
        return "not measured";
      }
      return `${num(s.median)} (${num(s.min)}–${num(s.max)})`;
    });
    lines.push(`| ${metric} | ${unit} | ${cells.join(" | ")} |`);
  }
  lines.push("");
  for (const reason of reasons.keys()) lines.push(`- not measured — ${reason.replace(/\|/g, "/")}`);
  if (reasons.size > 0) lines.push("");
  if (subjects.includes(OURS) && peers.length > 0) {
    lines.push(
      `Ratios ${OURS} / peer (medians; > 1 is better for throughput and conn/s, < 1 for latency, memory, CPU):`,
      "",
    );
    lines.push(
      `| metric | ${peers.map((p) => `vs ${p}`).join(" | ")} |`,
      `| --- |${peers.map(() => " ---: |").join("")}`,
    );
    for (const metric of metricsOf(r)) {
      const ours = r.summary.find((x) => x.metric === metric && x.subject === OURS);
      const cells = peers.map((p) => {
        const s = r.summary.find((x) => x.metric === metric && x.subject === p);
        if (!s || !ours) return "n/a";
        if (ours.notMeasured || s.notMeasured || !s.median) return "—";
        return `${(ours.median / s.median).toFixed(2)}×`;
      });
      lines.push(`| ${metric} | ${cells.join(" | ")} |`);
    }
    lines.push("");
  }
  if (r.goals.length > 0) {
    lines.push("Goals (from the issues):", "", "| goal | achieved | status |", "| --- | ---: | --- |");
    for (const g of r.goals) lines.push(`| ${g.text} | ${num(g.value)} | ${goalStatus(g)} |`);
    lines.push("");
  }
  if (r.notes && r.notes.length > 0) lines.push(...r.notes, "");
  const p = plots(r, dir);
  if (p.length > 0) lines.push(`Plots: ${p.join(" · ")}`, "");
  return lines.join("\n");
}

export function writeReadme(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const results = files.map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as ResultFile);
  const latest = [...results].sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  const out = [
    "# Benchmark results",
    "",
    "Generated by `npm run bench` (bench/run.ts); do not edit by hand. Every subject of a scenario",
    "is measured in the same run on the same machine: absolute figures drift between machines",
    "and runs, ratios hold. Raw samples, machine and versions: the `<scenario>.json` files here.",
    "All traffic stays on 127.0.0.0/8.",
    "",
  ];
  const goals = results.flatMap((r) => r.goals.map((g) => ({ r, g })));
  if (goals.length > 0) {
    out.push(
      "## Performance goals (issue 10 and the issues it gathers)",
      "",
      "Every goal of every scenario, checked against that scenario's medians; details and ratios vs each peer in the sections below.",
      "",
      "| scenario | goal | achieved | status |",
      "| --- | --- | ---: | --- |",
      ...goals.map(
        ({ r, g }) => `| ${r.scenario}${r.quick ? " (quick)" : ""} | ${g.text} | ${num(g.value)} | ${goalStatus(g)} |`,
      ),
      "",
    );
  }
  for (const r of results) out.push(section(r, dir));
  if (latest) {
    const m = latest.machine;
    out.push(
      "## Machine and versions",
      "",
      `- CPU: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGB} GB; kernel ${m.kernel}; Node ${m.node}; RLIMIT_NOFILE ${m.nofileLimit}`,
      ...Object.entries(latest.peerVersions).map(([k, v]) => `- ${k}: ${v}`),
      "",
    );
  }
  writeFileSync(join(dir, "README.md"), out.join("\n"));
}
