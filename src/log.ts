// pino setup: JSON lines unless asked otherwise (what log shippers expect from a
// DaemonSet); readable lines (pino-pretty) with LOG_FORMAT=plain, or when LOG_FORMAT is
// not set and stdout is a TTY. Level changes at run time through setLevel (admin /logging).
import { type Logger, pino } from "pino";

export type { Logger };

export interface LogOptions {
  level: string;
  /** "auto" = plain on a TTY, json otherwise. */
  format: "json" | "plain" | "auto";
}

let root: Logger | undefined;

// Synchronous writes to fd 1, as ztunnel's logger writes. pino's implicit stream is
// asynchronous and flushes on exit with a loop that retries a failed write forever: once
// stdout's reader is gone (the demo's parent exited, a log pipe closed) every exit —
// drain's, a watchdog's — hung in that loop. A synchronous sonic-boom gets EPIPE at the
// write, and pino then stops logging instead.
const stdoutSync = () => pino.destination({ dest: 1, sync: true });

export function createLogger(opts: LogOptions): Logger {
  const plain = opts.format === "plain" || (opts.format === "auto" && process.stdout.isTTY === true);
  root = plain
    ? pino({
        level: opts.level,
        transport: { target: "pino-pretty", options: { colorize: process.stdout.isTTY === true, destination: 1 } },
      })
    : pino({ level: opts.level }, stdoutSync());
  return root;
}

/** The process logger; a quiet default until createLogger runs (tests, library use). */
export function logger(): Logger {
  root ??= pino({ level: process.env.LOG_LEVEL ?? "warn" }, stdoutSync());
  return root;
}

const levelListeners = new Set<(level: string) => void>();

/** Sets the level here and tells onLevelChange subscribers (the app forwards it to workers). */
export function setLevel(level: string): void {
  logger().level = level;
  for (const l of levelListeners) l(level);
}

export function onLevelChange(cb: (level: string) => void): () => void {
  levelListeners.add(cb);
  return () => levelListeners.delete(cb);
}
