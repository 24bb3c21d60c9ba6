// Main-thread side of the worker threads: spawns them, gives each a native worker id,
// replaces one that exits or stops answering heartbeats (its leases released, its queued
// handoffs re-queued to the others), fans messages out, and reports per-worker figures
// (ztunnel_ts_worker_* metrics, config_dump `balance`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type TransferListItem, Worker } from "node:worker_threads";
import { BALANCE_DEFAULTS, type Config, loadConfig } from "../config.ts";
import { logger } from "../log.ts";
import type { MainToWorker, WorkerToMain } from "../worker/protocol.ts";
import type { WorkerInit } from "../worker/runtime.ts";
import { type Addon, type ListenerInfo, type ListenerSpec, loadAddon, type Policy } from "./addon.ts";
import { BalanceError } from "./errors.ts";

const BOOTSTRAP = fileURLToPath(new URL("../worker/bootstrap.mjs", import.meta.url));

/** How long a new worker may take to report ready before it is taken for hung. */
export const WORKER_START_TIMEOUT_MS = 30_000;

export interface WorkerPoolOptions {
  /** Absolute path (or file: URL) of the module each worker imports: see HandlerModule in src/worker/runtime.ts. */
  handlerModule: string;
  /** Passed to the handler's init(ctx) as ctx.options (must be structured-cloneable). */
  handlerOptions?: unknown;
  /** Defaults: ZTUNNEL_WORKER_THREADS / ZTS_BALANCE / ZTS_DLB_BACKEND from `config` (or loadConfig(env)). */
  threads?: number;
  policy?: Policy;
  config?: Pick<Config, "workerThreads" | "balance" | "dlbBackend" | "dlbEventdevDevice"> &
    Partial<Pick<Config, "balanceTies">>;
  /** dlb/exact: ties between idle workers go round them, or to the lowest index (default: ZTS_BALANCE_TIES, else BALANCE_DEFAULTS.ties). */
  ties?: Config["balanceTies"];
  /** dlb pick backend (default: ZTS_DLB_BACKEND from `config`, else "software"). */
  backend?: Config["dlbBackend"];
  /** DPDK event device for the eventdev backend (default: ZTS_DLB_EVENTDEV_DEVICE, else see eventdevDevice()). */
  eventdevDevice?: string;
  env?: Record<string, string | undefined>;
  /** Handoffs a worker may have queued before it is considered saturated (default BALANCE_DEFAULTS.credits). */
  credits?: number;
  /** A worker out of credits this long counts as stuck and dlb/exact pass it over (default BALANCE_DEFAULTS.stuckMs). */
  stuckMs?: number;
  /** Default BALANCE_DEFAULTS.heartbeatMs. */
  heartbeatMs?: number;
  /** A worker silent this long is terminated and replaced (default BALANCE_DEFAULTS.heartbeatTimeoutMs). */
  heartbeatTimeoutMs?: number;
  addonPath?: string;
}

export interface WorkerStats {
  /** Pool index, stable across replacements: the `worker` label of the metrics. */
  id: number;
  /** Native worker id of the current incarnation. */
  nativeId: number;
  accepted: number;
  open: number;
  queued: number;
  credits: number;
  restarts: number;
}

/** config_dump `balance`. */
export interface BalanceSnapshot {
  policy: Policy;
  backend: "software" | "eventdev";
  workers: Omit<WorkerStats, "nativeId" | "restarts">[];
}

/** `M`: the handler module's own messages (src/worker/protocol.ts), posted as they are. */
export interface WorkerPool<M extends { t: string } = { t: string }> {
  readonly policy: Policy;
  readonly backend: "software" | "eventdev";
  readonly addon: Addon;
  readonly size: number;
  /** Adds a listener to the acceptor (or, with `kernel`, one SO_REUSEPORT socket per worker). */
  addListener(spec: ListenerSpec): Promise<ListenerInfo>;
  removeListener(id: number): Promise<boolean>;
  listeners(): ListenerInfo[];
  /** Posts to every live worker (its handler module's onMessage). */
  broadcast(msg: M): void;
  send(index: number, msg: M, transfer?: TransferListItem[]): boolean;
  /** Runs for each worker before it takes connections (initial ones and replacements): send it a full snapshot. */
  onWorkerStart(hook: (send: (msg: M, transfer?: TransferListItem[]) => void, index: number) => void): () => void;
  onWorkerReplaced(hook: (index: number, reason: string) => void): () => void;
  stats(): WorkerStats[];
  /** Live Worker objects by pool index (for request/response protocols such as metrics scrapes). */
  workers(): Map<number, Worker>;
  snapshot(): BalanceSnapshot;
  /** Leases alive and handoffs waiting for a worker (both 0 when idle). */
  counts(): { leases: number; pending: number };
  /** Terminates worker `index` (tests, ops); it is replaced like a crashed one. */
  kill(index: number): Promise<void>;
  close(): Promise<void>;
}

interface Slot {
  index: number;
  nativeId: number;
  worker: Worker;
  lastPong: number;
  ready: boolean;
  restarts: number;
  killed: boolean;
  exited: Promise<void>;
}

type Hooks<T extends unknown[]> = Set<(...a: T) => void>;

export async function startWorkers<M extends { t: string } = { t: string }>(
  opts: WorkerPoolOptions,
): Promise<WorkerPool<M>> {
  const cfg = opts.config ?? (opts.threads && opts.policy ? undefined : loadConfig(opts.env));
  const threads = opts.threads ?? cfg!.workerThreads;
  const policy: Policy = opts.policy ?? cfg!.balance;
  const addon = loadAddon(opts.addonPath);
  addon.configure({
    policy,
    credits: opts.credits ?? BALANCE_DEFAULTS.credits,
    stuckMs: opts.stuckMs ?? BALANCE_DEFAULTS.stuckMs,
    ties: opts.ties ?? cfg?.balanceTies ?? BALANCE_DEFAULTS.ties,
  });
  const backend = chooseBackend(addon, policy, threads, opts, cfg);
  logger().info({ policy, backend, threads }, `balance: starting workers (${backend} pick)`);

  const heartbeatMs = opts.heartbeatMs ?? BALANCE_DEFAULTS.heartbeatMs;
  const heartbeatTimeoutMs = opts.heartbeatTimeoutMs ?? BALANCE_DEFAULTS.heartbeatTimeoutMs;
  const startHooks: Hooks<[(msg: M, transfer?: TransferListItem[]) => void, number]> = new Set();
  const replacedHooks: Hooks<[number, string]> = new Set();
  const slots: (Slot | undefined)[] = new Array(threads).fill(undefined);
  const usedIds = new Set<number>();
  const listeners = new Map<number, { info: ListenerInfo; spec: ListenerSpec; reserveFd?: number }>();
  const listenWaiters = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
  let nextKernelListener = 1;
  let closing = false;
  let seq = 0;

  const allocId = () => {
    let id = 0;
    while (usedIds.has(id)) id++;
    usedIds.add(id);
    return id;
  };

  // `transfer`: objects moved, not copied (a MessagePort the worker keeps, e.g. the shared state's).
  const post = (s: Slot, m: MainToWorker<M>, transfer?: TransferListItem[]) => {
    try {
      s.worker.postMessage(m, transfer);
    } catch {
      // worker already gone; its exit handler replaces it
    }
  };

  const kernelListen = (s: Slot, info: ListenerInfo, spec: ListenerSpec) =>
    new Promise<void>((resolve, reject) => {
      listenWaiters.set(`${s.nativeId}/${info.id}`, { resolve, reject });
      post(s, { t: "listen", listenerId: info.id, spec: { ...spec, host: info.address, port: info.port } });
    });

  const spawn = (index: number, restarts: number): Promise<Slot> => {
    const nativeId = allocId();
    const init: WorkerInit = {
      workerId: nativeId,
      index,
      policy,
      handlerModule: opts.handlerModule,
      handlerOptions: opts.handlerOptions,
      addonPath: opts.addonPath,
    };
    const worker = new Worker(BOOTSTRAP, { workerData: { zts: init } });
    let onExit!: () => void;
    const s: Slot = {
      index,
      nativeId,
      worker,
      lastPong: Date.now(),
      ready: false,
      restarts,
      killed: false,
      exited: new Promise<void>((r) => {
        onExit = r;
      }),
    };
    slots[index] = s;
    return new Promise<Slot>((resolve, reject) => {
      worker.on("message", (m: WorkerToMain) => {
        s.lastPong = Date.now();
        switch (m.t) {
          case "booted":
            for (const h of startHooks) h((msg, transfer) => post(s, msg, transfer), index);
            post(s, { t: "start" });
            break;
          case "ready": {
            s.ready = true;
            const pending =
              policy === "kernel" ? [...listeners.values()].map((l) => kernelListen(s, l.info, l.spec)) : [];
            Promise.all(pending).then(() => resolve(s), reject);
            break;
          }
          case "listening":
          case "listen-error": {
            const key = `${nativeId}/${m.listenerId}`;
            const w = listenWaiters.get(key);
            listenWaiters.delete(key);
            if (m.t === "listening") w?.resolve();
            else w?.reject(new BalanceError("ZTS_BALANCE_LISTEN", m.message));
            break;
          }
          case "handler-error":
            logger().warn({ worker: index, err: m.message }, "balance: connection handler failed");
            break;
          case "pong":
          case "rpc-result":
            break;
        }
      });
      worker.on("error", (err) => {
        logger().error({ worker: index, err: err.message }, "balance: worker error");
        if (!s.ready) reject(new BalanceError("ZTS_BALANCE_WORKER_START", `worker ${index} failed: ${err.message}`));
      });
      worker.on("exit", (code) => {
        // Queued handoffs go to the others; delivered leases are released (the worker's
        // event loop closed those fds as it went).
        addon.closeWorker(nativeId);
        addon.releaseWorker(nativeId);
        usedIds.delete(nativeId);
        for (const [key, w] of listenWaiters) {
          if (key.startsWith(`${nativeId}/`)) {
            listenWaiters.delete(key);
            w.reject(new BalanceError("ZTS_BALANCE_WORKER_START", `worker ${index} exited`));
          }
        }
        onExit();
        if (!s.ready) reject(new BalanceError("ZTS_BALANCE_WORKER_START", `worker ${index} exited with ${code}`));
        if (closing || slots[index] !== s) return;
        const reason = s.killed ? "killed" : `exited with ${code}`;
        logger().warn({ worker: index, reason }, "balance: replacing worker");
        for (const h of replacedHooks) h(index, reason);
        spawn(index, s.restarts + 1).catch((err: Error) =>
          logger().error({ worker: index, err: err.message }, "balance: replacement failed"),
        );
      });
    });
  };

  const heartbeat = setInterval(() => {
    const now = Date.now();
    for (const s of slots) {
      if (!s || s.killed) continue;
      // A starting worker is loading its modules (a cold tsx cache on a busy machine takes
      // seconds), not hung: it gets the start-up allowance, not the heartbeat timeout.
      const limit = s.ready ? heartbeatTimeoutMs : Math.max(heartbeatTimeoutMs, WORKER_START_TIMEOUT_MS);
      if (now - s.lastPong > limit) {
        logger().warn({ worker: s.index }, "balance: worker stopped answering heartbeats");
        void killSlot(s);
        continue;
      }
      post(s, { t: "ping", seq: ++seq });
    }
  }, heartbeatMs);
  heartbeat.unref();

  const killSlot = async (s: Slot) => {
    s.killed = true;
    // No more picks for it, and its queued handoffs move now rather than at teardown.
    addon.closeWorker(s.nativeId);
    await s.worker.terminate();
    await s.exited;
  };

  try {
    await Promise.all(slots.map((_, i) => spawn(i, 0)));
  } catch (err) {
    closing = true;
    clearInterval(heartbeat);
    if (backend === "eventdev") addon.disableEventdev();
    await Promise.all(slots.map((s) => s?.worker.terminate()));
    throw err;
  }

  const live = () => slots.filter((s): s is Slot => s !== undefined);
  const addHook = <T extends unknown[]>(set: Hooks<T>, h: (...a: T) => void) => {
    set.add(h);
    return () => {
      set.delete(h);
    };
  };

  const pool: WorkerPool<M> = {
    policy,
    backend,
    addon,
    size: threads,
    async addListener(spec) {
      if (closing) throw new BalanceError("ZTS_BALANCE_CLOSED", "worker pool is closed");
      if (policy !== "kernel") {
        let info: ListenerInfo;
        try {
          info = addon.addListener(spec);
        } catch (err) {
          throw new BalanceError("ZTS_BALANCE_LISTEN", `${spec.kind} listener: ${(err as Error).message}`, {
            cause: err,
          });
        }
        listeners.set(info.id, { info, spec });
        return info;
      }
      // Reserve the port with a bound, non-listening socket (it takes no connections),
      // so port 0 resolves once and every worker binds the same port.
      let r: ReturnType<Addon["listenSocket"]>;
      try {
        r = addon.listenSocket({ ...spec, reusePort: true, listen: false });
      } catch (err) {
        throw new BalanceError("ZTS_BALANCE_LISTEN", `${spec.kind} listener: ${(err as Error).message}`, {
          cause: err,
        });
      }
      const info: ListenerInfo = {
        id: nextKernelListener++,
        kind: spec.kind,
        origDst: spec.origDst ?? "local",
        address: r.address,
        port: r.port,
        family: r.family,
      };
      listeners.set(info.id, { info, spec, reserveFd: r.fd });
      await Promise.all(
        live()
          .filter((s) => s.ready)
          .map((s) => kernelListen(s, info, spec)),
      );
      return info;
    },
    async removeListener(id) {
      const l = listeners.get(id);
      if (!l) return false;
      listeners.delete(id);
      if (policy !== "kernel") return addon.removeListener(id);
      for (const s of live()) post(s, { t: "unlisten", listenerId: id });
      if (l.reserveFd !== undefined) addon.closeFd(l.reserveFd);
      return true;
    },
    listeners: () => [...listeners.values()].map((l) => l.info),
    broadcast(msg) {
      for (const s of live()) post(s, msg);
    },
    send(index, msg, transfer) {
      const s = slots[index];
      if (!s) return false;
      post(s, msg, transfer);
      return true;
    },
    onWorkerStart: (h) => addHook(startHooks, h),
    onWorkerReplaced: (h) => addHook(replacedHooks, h),
    stats() {
      const native = new Map(addon.stats().map((n) => [n.id, n]));
      return slots.map((s, i) => {
        const n = s ? native.get(s.nativeId) : undefined;
        return {
          id: i,
          nativeId: s?.nativeId ?? -1,
          accepted: n?.accepted ?? 0,
          open: n?.open ?? 0,
          queued: n?.queued ?? 0,
          credits: n?.state === "active" ? n.credits : 0,
          restarts: s?.restarts ?? 0,
        };
      });
    },
    workers: () => new Map(live().map((s) => [s.index, s.worker])),
    snapshot() {
      return {
        policy,
        backend,
        workers: pool
          .stats()
          .map(({ id, accepted, open, queued, credits }) => ({ id, accepted, open, queued, credits })),
      };
    },
    counts() {
      const c = addon.counts();
      return { leases: c.leases, pending: c.pending };
    },
    async kill(index) {
      const s = slots[index];
      if (s) await killSlot(s);
    },
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(heartbeat);
      for (const id of [...listeners.keys()]) await pool.removeListener(id);
      if (backend === "eventdev") addon.disableEventdev();
      for (const s of live()) addon.closeWorker(s.nativeId);
      await Promise.all(
        live().map(async (s) => {
          await s.worker.terminate();
          await s.exited;
        }),
      );
    },
  };
  return pool;
}

/** Intel DLB hardware (its kernel driver's device node): what `auto` needs to choose eventdev. */
const DLB_DEVICE_NODE = "/dev/dlb0";

/** The event device the eventdev backend opens unless told otherwise: the DLB if present, else DPDK's software one. */
export function eventdevDevice(): string {
  return existsSync(DLB_DEVICE_NODE) ? "dlb2_event" : "event_sw0";
}

// `eventdev` is asked for: use the event device or refuse to start. `auto`: only with DLB
// hardware (or a device named explicitly) — the software event device emulates the queue
// at extra cost per accept and picks round-robin, so it never silently replaces the
// software pick. Process-wide state in the addon, so it is also switched off here when
// not chosen (a previous pool in the same process may have left it on).
function chooseBackend(
  addon: Addon,
  policy: Policy,
  threads: number,
  opts: WorkerPoolOptions,
  cfg: Pick<Config, "dlbBackend" | "dlbEventdevDevice"> | undefined,
): "software" | "eventdev" {
  const want = opts.backend ?? cfg?.dlbBackend ?? "software";
  const named = opts.eventdevDevice || cfg?.dlbEventdevDevice || "";
  const device = named || eventdevDevice();
  addon.disableEventdev();
  if (want === "software") return "software";
  if (policy !== "dlb") {
    if (want === "eventdev")
      logger().warn({ policy }, "balance: ZTS_DLB_BACKEND=eventdev applies to ZTS_BALANCE=dlb only");
    return "software";
  }
  if (want === "auto" && !named && !existsSync(DLB_DEVICE_NODE)) {
    logger().info(
      { built: addon.eventdevBuilt },
      `balance: no Intel DLB (${DLB_DEVICE_NODE}): software pick (the event_sw emulation only with ZTS_DLB_BACKEND=eventdev)`,
    );
    return "software";
  }
  const r = addon.enableEventdev({ device, ports: threads });
  if (r.active) return "eventdev";
  if (want === "eventdev") {
    throw new BalanceError("ZTS_BALANCE_EVENTDEV", `ZTS_DLB_BACKEND=eventdev: ${device}: ${r.error ?? "unavailable"}`);
  }
  logger().warn({ device, reason: r.error }, "balance: eventdev backend unavailable; using the software pick");
  return "software";
}
