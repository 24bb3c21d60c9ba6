// The contract between the benchmark runner (bench/run.ts) and each scenario file in
// bench/scenarios/. A scenario measures ztunnel-ts and its peers in the same run and
// returns raw samples; the runner repeats, takes min/median/max, computes ratios
// (ours / peer), writes bench/results/<scenario>.json and the markdown table.

export interface BenchContext {
  /** Smaller counts and durations (npm run bench -- --quick). */
  quick: boolean;
  /** Progress lines for the console. */
  log: (msg: string) => void;
  /** Loopback-only address helpers: scenarios bind and dial only 127.0.0.0/8 or ::1. */
  host: string;
  /** Only these subjects (names as in Sample.subject); undefined = all. Set by --subjects. */
  subjects?: string[];
  /** Only these measures (see bench/lib/suite.ts MEASURES); undefined = all. Set by --measures. */
  measures?: string[];
  /** Which repetition this is (0-based): odd ones go through the subjects in reverse, so no subject always runs first. */
  run?: number;
}

/** One measured figure for one subject ("ztunnel-ts", "haproxy", "direct", …) in one run. */
export interface Sample {
  metric: string; // e.g. "throughput -P1"
  unit: string; // e.g. "Gbit/s", "conn/s", "ms", "KB", "µs"
  subject: string;
  value: number;
  /** true when a larger value is better (throughput); false for latency, memory. */
  higherIsBetter: boolean;
  /**
   * Set when the subject could not be measured (value is NaN): the reason goes into the
   * JSON and the table as "not measured: <reason>" instead of failing the run.
   */
  notMeasured?: string;
  /** Optional distribution for CDF plots: [percentile 0..100, value in `unit`] pairs. */
  cdf?: Array<[number, number]>;
  /** Optional per-worker time series for balance plots: t in seconds, one array per worker. */
  timeline?: { t: number[]; workers: number[][] };
}

/** A goal from an issue, checked against the median of one metric. */
export interface Goal {
  metric: string;
  /** Human text, e.g. "≥ 1.0× haproxy-tls". */
  text: string;
  /** Returns the achieved figure (ratio or absolute) and whether it meets the goal. */
  check: (median: (metric: string, subject: string) => number | undefined) => { value: number; met: boolean };
  /** Optional threshold and direction, so the report can say by how much a goal is missed. */
  target?: number;
  /** true: value must be ≥ target; false: value must be ≤ target. */
  atLeast?: boolean;
}

/**
 * A file in bench/scenarios/ exports one Scenario, as its default export or as any named
 * export that has `name` and `run` (the runner takes the first it finds).
 */
export interface Scenario {
  name: string;
  description: string;
  /** Peers (Debian commands) this scenario needs; missing ones are reported, not fatal. */
  peers: string[];
  /** One repetition: every subject measured once. */
  run(ctx: BenchContext): Promise<Sample[]>;
  goals?: Goal[];
  /** Subject ratios are computed against. */
  baseline?: string;
  /**
   * Markdown lines printed under the scenario's table: what limits the figures, as found by
   * profiling (bench/lib/cpuprof.ts). Dated findings, not measurements: re-profile to update.
   */
  notes?: string[];
}
