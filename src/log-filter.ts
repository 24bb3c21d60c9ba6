// ztunnel's log filter as /logging takes it (src/admin.rs, src/telemetry.rs): comma-separated
// clauses, each a level (the default for every target) or `target=level`; istioctl's
// `ztunnel-config log --level access:debug,info` sends `target:level`, which ztunnel itself
// refuses — accepted here too, since it can only mean that. A change is applied on top of
// the current filter (later clauses win), or on top of the start-up filter with `reset`.
import { ZtsError } from "./errors.ts";

export class LogFilterError extends ZtsError {}

export interface LogFilter {
  /** pino level of every target not named below. */
  level: string;
  /** target → pino level. */
  targets: Record<string, string>;
}

/** ztunnel's level names → pino's. */
const LEVELS = new Map([
  ["trace", "trace"],
  ["debug", "debug"],
  ["info", "info"],
  ["warn", "warn"],
  ["error", "error"],
  ["off", "silent"],
]);
const NAMES = new Map([...LEVELS].map(([k, v]) => [v, k]));
NAMES.set("fatal", "error");

const level = (raw: string, clause: string): string => {
  const l = LEVELS.get(raw.trim().toLowerCase());
  if (!l) throw new LogFilterError("ZTS_LOG_LEVEL", `level ${JSON.stringify(clause)} is invalid`);
  return l;
};

/** `text` applied on top of `base`; throws LogFilterError naming the first bad clause. */
export function parseLogFilter(text: string, base: LogFilter): LogFilter {
  const out: LogFilter = { level: base.level, targets: { ...base.targets } };
  for (const raw of text.split(",")) {
    const clause = raw.trim();
    if (clause === "") continue;
    const eq = clause.indexOf("=");
    const colon = clause.lastIndexOf(":");
    const at = eq >= 0 ? eq : colon > 0 && clause[colon - 1] !== ":" ? colon : -1;
    if (at < 0) {
      out.level = level(clause, clause);
      continue;
    }
    const target = clause.slice(0, at).trim();
    if (!/^[A-Za-z0-9_:.-]+$/.test(target) || target.endsWith(":")) {
      throw new LogFilterError("ZTS_LOG_LEVEL", `level ${JSON.stringify(clause)} is invalid`);
    }
    out.targets[target] = level(clause.slice(at + 1), clause);
  }
  return out;
}

/** The filter as ztunnel prints it: `info,access=debug`. */
export function formatLogFilter(f: LogFilter): string {
  return [
    NAMES.get(f.level) ?? f.level,
    ...Object.entries(f.targets).map(([t, l]) => `${t}=${NAMES.get(l) ?? l}`),
  ].join(",");
}
