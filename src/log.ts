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

export function createLogger(opts: LogOptions): Logger {
  const plain = opts.format === "plain" || (opts.format === "auto" && process.stdout.isTTY === true);
  root = plain
    ? pino({
        level: opts.level,
        transport: { target: "pino-pretty", options: { colorize: process.stdout.isTTY === true, destination: 1 } },
      })
    : pino({ level: opts.level });
  return root;
}

/** The process logger; a quiet default until createLogger runs (tests, library use). */
export function logger(): Logger {
  root ??= pino({ level: process.env.LOG_LEVEL ?? "warn" });
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
