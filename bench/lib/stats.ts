// Summaries of repeated runs: per (metric, subject) min / median / max over the runs, and
// ratios ours / peer of the medians.
import type { Sample } from "../types.ts";

export interface Summary {
  metric: string;
  unit: string;
  subject: string;
  higherIsBetter: boolean;
  n: number;
  min: number;
  median: number;
  max: number;
  /** Set when no run measured it. */
  notMeasured?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function summarize(runs: Sample[][]): Summary[] {
  const groups = new Map<string, Sample[]>();
  for (const run of runs)
    for (const s of run) {
      const key = `${s.metric}\u0000${s.subject}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
  return [...groups.values()].map((g) => {
    const first = g[0]!;
    const vals = g.filter((s) => !s.notMeasured && Number.isFinite(s.value)).map((s) => s.value);
    const base = {
      metric: first.metric,
      unit: first.unit,
      subject: first.subject,
      higherIsBetter: first.higherIsBetter,
    };
    if (vals.length === 0) {
      return {
        ...base,
        n: 0,
        min: Number.NaN,
        median: Number.NaN,
        max: Number.NaN,
        notMeasured: first.notMeasured ?? "no value",
      };
    }
    return { ...base, n: vals.length, min: Math.min(...vals), median: median(vals), max: Math.max(...vals) };
  });
}

export function medianOf(summaries: Summary[]) {
  return (metric: string, subject: string): number | undefined => {
    const s = summaries.find((x) => x.metric === metric && x.subject === subject);
    return s && !s.notMeasured ? s.median : undefined;
  };
}

/** ours / peer per metric and peer, medians; NaN where either side is missing. */
export function ratios(summaries: Summary[], ours: string): Array<{ metric: string; peer: string; ratio: number }> {
  const med = medianOf(summaries);
  const out: Array<{ metric: string; peer: string; ratio: number }> = [];
  for (const s of summaries) {
    if (s.subject === ours) continue;
    const a = med(s.metric, ours);
    const b = med(s.metric, s.subject);
    out.push({ metric: s.metric, peer: s.subject, ratio: a === undefined || !b ? Number.NaN : a / b });
  }
  return out;
}
