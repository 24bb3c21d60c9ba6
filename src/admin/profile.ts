// /debug/pprof: CPU profiles and heap snapshots of every thread, through V8's inspector
// protocol in-process (node:inspector; no debugger port is opened). Each worker thread
// answers requests over its parentPort as the metrics scrape does; the main thread profiles
// itself. A CPU profile is V8's `.cpuprofile` JSON (Chrome DevTools → Performance → load),
// a heap snapshot V8's `.heapsnapshot` (DevTools → Memory → load).
import { type Profiler as InspectorProfiler, Session } from "node:inspector";
import type { MessagePort, Worker } from "node:worker_threads";
import { answer, ask } from "./thread-rpc.ts";

/** Longest profile one request may ask for: the request holds an admin connection that long. */
export const MAX_PROFILE_SECONDS = 60;

function post<T>(s: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    s.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))),
  );
}

/** This thread's CPU profile over `seconds`. */
export async function cpuProfile(seconds: number): Promise<InspectorProfiler.Profile> {
  const s = new Session();
  s.connect();
  try {
    await post(s, "Profiler.enable");
    // 1 ms sampling (V8's default is 1 ms too; set so the figure is stated).
    await post(s, "Profiler.setSamplingInterval", { interval: 1000 });
    await post(s, "Profiler.start");
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const { profile } = await post<{ profile: InspectorProfiler.Profile }>(s, "Profiler.stop");
    return profile;
  } finally {
    s.disconnect();
  }
}

/** This thread's heap snapshot as text. */
export async function heapSnapshot(): Promise<string> {
  const s = new Session();
  s.connect();
  const chunks: string[] = [];
  s.on("HeapProfiler.addHeapSnapshotChunk", (m) => chunks.push((m.params as { chunk: string }).chunk));
  try {
    await post(s, "HeapProfiler.takeHeapSnapshot", { reportProgress: false });
    return chunks.join("");
  } finally {
    s.disconnect();
  }
}

/** Worker side: answers profile requests on `port` (parentPort). */
export function answerProfileRequests(port: MessagePort): void {
  answer(port, "profile", (req) => (req.kind === "heap" ? heapSnapshot() : cpuProfile(req.seconds)));
}

/** Main side: one worker's CPU profile or heap snapshot. */
export const requestProfile = (
  target: Worker | MessagePort,
  kind: "cpu" | "heap",
  seconds: number,
  timeoutMs: number,
) => ask(target, "profile", { kind, seconds }, timeoutMs);

export interface Profiler {
  /** Thread names: `main`, `worker-<id>`… */
  threads(): string[];
  /** CPU profiles of every thread, taken at the same time, keyed by thread name. */
  cpu(seconds: number): Promise<Record<string, unknown>>;
  /** One thread's heap snapshot; undefined for an unknown thread. */
  heap(thread: string): Promise<string | undefined>;
}

export function createProfiler(workers: () => Map<number, Worker | MessagePort>): Profiler {
  const threads = () => ["main", ...[...workers().keys()].map((id) => `worker-${id}`)];
  return {
    threads,
    async cpu(seconds) {
      const timeoutMs = seconds * 1000 + 10_000;
      const entries = await Promise.all([
        cpuProfile(seconds).then((p) => ["main", p] as const),
        ...[...workers()].map(([id, w]) =>
          requestProfile(w, "cpu", seconds, timeoutMs).then((p) => [`worker-${id}`, p] as const),
        ),
      ]);
      return Object.fromEntries(entries);
    },
    async heap(thread) {
      if (thread === "main") return heapSnapshot();
      const m = /^worker-(\d+)$/.exec(thread);
      const w = m ? workers().get(Number(m[1])) : undefined;
      if (!w) return undefined;
      return (await requestProfile(w, "heap", 0, 120_000)) as string;
    },
  };
}
