// pino setup, as ztunnel logs: plain text lines (ztunnel's format, src/log-plain.ts) unless
// LOG_FORMAT=json; with LOG_FORMAT unset and a terminal on stdout, coloured lines
// (pino-pretty). Levels change at run time through the log filter (admin /logging).
import { type Logger, pino } from "pino";
import { formatLogFilter, type LogFilter, parseLogFilter } from "./log-filter.ts";
import { plainDestination } from "./log-plain.ts";

export type { Logger };

export interface LogOptions {
  level: string;
  /** "auto" = plain text (coloured on a TTY); "plain" = ztunnel's text lines always; "json". */
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
  const tty = process.stdout.isTTY === true;
  if (opts.format === "json") root = pino({ level: opts.level }, stdoutSync());
  else if (opts.format === "auto" && tty) {
    // A person at a terminal: colours (pino-pretty).
    root = pino({
      level: opts.level,
      transport: { target: "pino-pretty", options: { colorize: true, destination: 1 } },
    });
  } else root = pino({ level: opts.level }, plainDestination(1));
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
  const l = parent.child({ target });
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
