// pino setup: JSON lines unless asked otherwise (what log shippers expect from a
// DaemonSet); readable lines (pino-pretty) with LOG_FORMAT=plain, or when LOG_FORMAT is
// not set and stdout is a TTY. Level changes at run time through setLevel (admin /logging).
import { type Logger, pino } from "pino";
import { formatLogFilter, type LogFilter, parseLogFilter } from "./log-filter.ts";

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
  initLogFilter(opts.level);
  return root;
}

/** The process logger; a quiet default until createLogger runs (tests, library use). */
export function logger(): Logger {
  root ??= pino({ level: process.env.LOG_LEVEL ?? "warn" }, stdoutSync());
  return root;
}

/** The filter in force (admin /logging), and the one start-up set (for `reset`). */
let filter: LogFilter = { level: "info", targets: {} };
let startupFilter: LogFilter = filter;
/** Loggers that follow the filter: target name (undefined = the default level) → loggers. */
const followers = new Map<string | undefined, Set<Logger>>();

const levelListeners = new Set<(filter: string) => void>();

/** A logger for one target (e.g. `access`), whose level the filter sets on its own. */
export function targetLogger(target: string, parent: Logger = logger()): Logger {
  const l = parent.child({});
  follow(l, target);
  return l;
}

/** Makes `l` (a child, whose level pino would otherwise freeze at creation) follow the filter. */
export function follow(l: Logger, target?: string): Logger {
  const set = followers.get(target) ?? new Set<Logger>();
  followers.set(target, set);
  set.add(l);
  l.level = (target !== undefined ? filter.targets[target] : undefined) ?? filter.level;
  return l;
}

function apply(f: LogFilter): void {
  filter = f;
  logger().level = f.level;
  for (const [target, set] of followers) {
    const lvl = (target !== undefined ? f.targets[target] : undefined) ?? f.level;
    for (const l of set) l.level = lvl;
  }
}

/** Start-up: the configured level is the filter `reset` returns to. */
export function initLogFilter(level: string): void {
  startupFilter = { level, targets: {} };
  apply(startupFilter);
}

export const currentLogFilter = (): string => formatLogFilter(filter);

/**
 * Changes the filter (ztunnel's /logging?level=…[&reset]) and tells onLevelChange
 * subscribers (the app forwards it to workers). Throws LogFilterError for a bad clause.
 */
export function changeLogFilter(text: string, opts: { reset?: boolean } = {}): string {
  const next = parseLogFilter(text, opts.reset ? startupFilter : filter);
  apply(next);
  const s = formatLogFilter(next);
  for (const l of levelListeners) l(s);
  return s;
}

/** A filter string the main thread sent (workers): applied as is. */
export function setLogFilter(text: string): void {
  apply(parseLogFilter(text, { level: filter.level, targets: {} }));
}

/** Sets one level for everything (tests, start-up). */
export function setLevel(level: string): void {
  changeLogFilter(level === "silent" ? "off" : level === "fatal" ? "error" : level, { reset: true });
}

export function onLevelChange(cb: (filter: string) => void): () => void {
  levelListeners.add(cb);
  return () => levelListeners.delete(cb);
}
