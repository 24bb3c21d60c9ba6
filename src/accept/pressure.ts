// Shedding new work under memory pressure, before the proxy dies of it. Each worker watches
// its own V8 heap (the connections it holds live there) and the process's cgroup memory
// (every thread's buffers count there, and the kernel's OOM killer reads it). Past the high
// mark (ZTS_MEMORY_SHED_PERCENT of a limit) new connections are refused and counted; held
// ones carry on; below the low mark (10 points lower) new ones are taken again. The marks
// differ so a proxy at the edge does not flap per connection.
import { readFileSync } from "node:fs";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface MemorySample {
  heapUsed: number;
  heapLimit: number;
  /** cgroup v2 memory.current / memory.max; absent when there is no limit. */
  cgroupUsed?: number | undefined;
  cgroupLimit?: number | undefined;
}

/** The larger of heap use and cgroup use, as a share of its limit (0..1+). Pure. */
export function pressureOf(s: MemorySample): number {
  const heap = s.heapLimit > 0 ? s.heapUsed / s.heapLimit : 0;
  const cg = s.cgroupLimit && s.cgroupLimit > 0 ? (s.cgroupUsed ?? 0) / s.cgroupLimit : 0;
  return Math.max(heap, cg);
}

/** Shedding after this sample, given whether it was shedding before. Pure. */
export function nextShedding(shedding: boolean, pressure: number, highPercent: number): boolean {
  const high = highPercent / 100;
  const low = Math.max(0, high - 0.1);
  return shedding ? pressure > low : pressure >= high;
}

/** This process's cgroup v2 directory (from /proc/self/cgroup), or undefined. */
function cgroupDir(): string | undefined {
  try {
    const line = readFileSync("/proc/self/cgroup", "utf8")
      .split("\n")
      .find((l) => l.startsWith("0::"));
    return line ? `/sys/fs/cgroup${line.slice(3).trim()}` : undefined;
  } catch {
    return undefined;
  }
}

function readNumber(path: string): number | undefined {
  try {
    const v = readFileSync(path, "utf8").trim();
    return v === "max" ? undefined : Number(v);
  } catch {
    return undefined;
  }
}

export function sampleMemory(dir = cgroupDir()): MemorySample {
  const h = getHeapStatistics();
  return {
    heapUsed: h.used_heap_size,
    heapLimit: h.heap_size_limit,
    cgroupUsed: dir ? readNumber(`${dir}/memory.current`) : undefined,
    cgroupLimit: dir ? readNumber(`${dir}/memory.max`) : undefined,
  };
}

/** V8's collector, when it can be had at run time (`--expose-gc` set now, then `gc` from a context). */
function collector(): (() => void) | undefined {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export interface PressureGauge {
  /** True while new connections are to be refused. */
  shedding(): boolean;
  stop(): void;
}

/** Samples every `everyMs` (4 Hz: a heap fills in seconds, not microseconds). */
export function watchPressure(
  highPercent: number,
  onChange: (shedding: boolean, pressure: number) => void,
  everyMs = 250,
): PressureGauge {
  const dir = cgroupDir();
  const gc = collector();
  let shedding = false;
  let lastGc = 0;
  const tick = () => {
    let p = pressureOf(sampleMemory(dir));
    // The heap's used size counts garbage until V8 collects it, and an idle worker may not
    // collect for a long time: at the mark (and while shedding, at most once a second)
    // collect first, so only live memory decides — and a proxy whose connections closed
    // takes new ones again instead of shedding for good.
    if (gc && (shedding || p >= highPercent / 100) && Date.now() - lastGc >= 1000) {
      gc();
      lastGc = Date.now();
      p = pressureOf(sampleMemory(dir));
    }
    const next = nextShedding(shedding, p, highPercent);
    if (next !== shedding) {
      shedding = next;
      onChange(next, p);
    }
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { shedding: () => shedding, stop: () => clearInterval(timer) };
}
