// Goal builders for the issues' performance goals. A goal whose subject has no median yet
// (not measured) reports value NaN and met=false; the report prints it as "not measured".
import type { Goal } from "../types.ts";

export function ratioAtLeast(metric: string, ours: string, peer: string, min: number): Goal {
  return {
    metric,
    text: `${metric}: ${ours} ≥ ${min}× ${peer}`,
    target: min,
    atLeast: true,
    check: (median) => {
      const a = median(metric, ours);
      const b = median(metric, peer);
      const value = a === undefined || b === undefined || b === 0 ? Number.NaN : a / b;
      return { value, met: value >= min };
    },
  };
}

/** ours / peer ≤ max (e.g. CPU per request against a peer's). */
export function ratioAtMost(metric: string, ours: string, peer: string, max: number): Goal {
  return {
    metric,
    text: `${metric}: ${ours} ≤ ${max}× ${peer}`,
    target: max,
    atLeast: false,
    check: (median) => {
      const a = median(metric, ours);
      const b = median(metric, peer);
      const value = a === undefined || b === undefined || b === 0 ? Number.NaN : a / b;
      return { value, met: value <= max };
    },
  };
}

/** ours − baseline ≤ max (e.g. added latency over direct). */
export function addedAtMost(metric: string, ours: string, baseline: string, max: number, unit: string): Goal {
  return {
    metric,
    text: `${metric}: ${ours} ≤ ${baseline} + ${max} ${unit}`,
    target: max,
    atLeast: false,
    check: (median) => {
      const a = median(metric, ours);
      const b = median(metric, baseline);
      const value = a === undefined || b === undefined ? Number.NaN : a - b;
      return { value, met: value <= max };
    },
  };
}

export function atMost(metric: string, ours: string, max: number, unit: string, note = ""): Goal {
  return {
    metric,
    text: `${metric}: ${ours} ≤ ${max} ${unit}${note}`,
    target: max,
    atLeast: false,
    check: (median) => {
      const value = median(metric, ours) ?? Number.NaN;
      return { value, met: value <= max };
    },
  };
}

/** A goal that cannot be measured yet (the code it measures has not landed). */
export function pending(metric: string, text: string): Goal {
  return { metric, text, check: () => ({ value: Number.NaN, met: false }) };
}
