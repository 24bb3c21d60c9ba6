// Child processes for the benchmark: every process the harness starts is tracked here and
// killed (its whole process group: socat forks per connection, nginx has workers) when a
// subject stops, when the run ends, and on SIGINT/SIGTERM or a crash — a failed run must
// not leave proxies listening behind it.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";

export interface Proc {
  child: ChildProcess;
  pid: number;
  /** Last ~8 KB of stderr + stdout, for "not measured: <reason>" messages. */
  output: () => string;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

const live = new Set<Proc>();

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

export function killAll(): void {
  for (const p of live) killGroup(p.pid, "SIGKILL");
  live.clear();
}

let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on("exit", killAll);
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** Starts a command in its own process group; stdout/stderr are kept (bounded) for diagnostics. */
export function start(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Proc {
  hookExit();
  const child = spawn(cmd, args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: opts.env ?? process.env,
    cwd: opts.cwd,
  });
  let out = "";
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-8192);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => resolve(code));
    child.on("error", (err) => {
      keep(Buffer.from(String(err)));
      resolve(-1);
    });
  });
  const p: Proc = {
    child,
    pid: child.pid ?? -1,
    output: () => out,
    exited,
    stop: async () => {
      live.delete(p);
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(p.pid, "SIGTERM");
      const done = await Promise.race([exited.then(() => true), sleep(1500).then(() => false)]);
      if (!done) killGroup(p.pid, "SIGKILL");
      await Promise.race([exited, sleep(1000)]);
    },
  };
  if (p.pid > 0) live.add(p);
  return p;
}

/** Runs a command to completion with a hard time limit; resolves with its output. */
export async function runToEnd(
  cmd: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  hookExit();
  const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (b: Buffer) => {
    stdout += b.toString();
  });
  child.stderr?.on("data", (b: Buffer) => {
    stderr += b.toString();
  });
  const timer = setTimeout(() => child.pid && killGroup(child.pid, "SIGKILL"), timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.on("close", (c) => resolve(c));
    child.on("error", (err) => {
      stderr += String(err);
      resolve(-1);
    });
  });
  clearTimeout(timer);
  return { code, stdout, stderr };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A free TCP port on a loopback address (small race window; the harness is the only user). */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a peer and waits until each of its ports listens; stops it again if one never does. */
export async function startListening(
  cmd: string,
  args: string[],
  host: string,
  ports: number[],
  timeoutMs = 5000,
): Promise<Proc> {
  const p = start(cmd, args);
  try {
    for (const port of ports) await waitForPort(host, port, timeoutMs, p);
  } catch (err) {
    await p.stop();
    throw err;
  }
  return p;
}

/** Waits until host:port accepts a TCP connection, or throws after timeoutMs. */
export async function waitForPort(host: string, port: number, timeoutMs: number, proc?: Proc): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = createConnection({ host, port });
      s.once("connect", () => {
        s.destroy();
        resolve(true);
      });
      s.once("error", () => resolve(false));
    });
    if (ok) return;
    if (proc && (proc.child.exitCode !== null || proc.child.signalCode !== null)) {
      throw new Error(`exited with ${proc.child.exitCode ?? proc.child.signalCode}: ${lastLines(proc.output())}`);
    }
    if (Date.now() > deadline) throw new Error(`nothing listening on ${host}:${port} after ${timeoutMs} ms`);
    await sleep(50);
  }
}

export function lastLines(text: string, n = 3): string {
  return text.trim().split("\n").slice(-n).join(" | ").slice(0, 400);
}

/** pid and all its live descendants (from /proc/<pid>/task/<tid>/children). */
export function pidTree(root: number): number[] {
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      return;
    }
    for (const tid of tasks) {
      let kids = "";
      try {
        kids = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8");
      } catch {
        continue;
      }
      for (const k of kids.split(/\s+/).filter(Boolean)) walk(Number(k));
    }
  };
  walk(root);
  return out;
}

/** Resident set size in KB of the given roots and their descendants (VmRSS from /proc/<pid>/status). */
export function rssKb(roots: number[]): number {
  let total = 0;
  for (const root of roots) {
    for (const pid of pidTree(root)) {
      try {
        const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
        if (m) total += Number(m[1]);
      } catch {
        // exited meanwhile
      }
    }
  }
  return total;
}

const TICKS = 100; // USER_HZ on Linux (sysconf(_SC_CLK_TCK)), fixed at 100 on every mainstream kernel

/**
 * CPU seconds (user + system) used by the roots, their live descendants, and the
 * descendants they already reaped (cutime/cstime): socat forks one child per connection.
 */
export function cpuSeconds(roots: number[]): number {
  let ticks = 0;
  for (const root of roots) {
    for (const pid of pidTree(root)) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        // Fields after the ")" that closes the command name: state is field 3, utime 14.
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
      } catch {
        // exited meanwhile
      }
    }
  }
  return ticks / TICKS;
}

/** Highest file-descriptor count a process may have here (hard RLIMIT_NOFILE of this process). */
export function nofileLimit(): number {
  try {
    const m = /Max open files\s+(\d+)\s+(\d+)/.exec(readFileSync("/proc/self/limits", "utf8"));
    return m ? Number(m[2]) : 1024;
  } catch {
    return 1024;
  }
}
