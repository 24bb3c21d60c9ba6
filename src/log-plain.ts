// ztunnel's plain log line (src/telemetry.rs IstioFormat), for pino: time, level, target,
// message, then the fields as key=value — strings quoted, as tracing prints them:
//   2026-12-03T14:18:24.123Z	info	access	connection complete	src.addr=10.0.0.1:4242 dst.workload="echo"
// pino hands each record as a JSON line; this destination rewrites it and writes it to fd 1
// synchronously (see log.ts for why synchronously). Once stdout's reader is gone (EPIPE) it
// stops writing, as pino does for its own destination.
import { writeSync } from "node:fs";

const LEVELS: Record<number, string> = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "error" };
/** pino's own bookkeeping, and what the line's head already says. */
const SKIP = new Set(["level", "time", "pid", "hostname", "msg", "target", "component"]);

function value(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v && typeof v === "object" && "message" in v && typeof (v as Error).message === "string") {
    return JSON.stringify((v as Error).message);
  }
  return JSON.stringify(v);
}

/** One pino JSON record → ztunnel's plain line (with its newline). */
export function plainLine(json: string): string {
  let r: Record<string, unknown>;
  try {
    r = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith("\n") ? json : `${json}\n`;
  }
  const time = new Date(typeof r.time === "number" ? r.time : Date.now()).toISOString();
  const level = LEVELS[r.level as number] ?? String(r.level);
  const target = String(r.target ?? r.component ?? "ztunnel");
  const fields: string[] = [];
  for (const [k, v] of Object.entries(r)) if (!SKIP.has(k) && v !== undefined) fields.push(`${k}=${value(v)}`);
  const rest = [r.msg === undefined ? "" : String(r.msg), ...fields].filter((x) => x !== "").join(" ");
  return `${time}\t${level}\t${target}${rest ? `\t${rest}` : ""}\n`;
}

/** A pino destination writing ztunnel's plain lines to `fd`. */
export function plainDestination(fd = 1): { write(s: string): void } {
  let broken = false;
  return {
    write(s) {
      if (broken) return;
      try {
        writeSync(fd, plainLine(s));
      } catch (e) {
        // A full pipe (EAGAIN) drops the line rather than block the proxy; a reader gone stops logging.
        if ((e as NodeJS.ErrnoException).code === "EPIPE") broken = true;
      }
    },
  };
}
