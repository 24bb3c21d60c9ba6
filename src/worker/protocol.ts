// The one message protocol between the main thread and a worker thread, as one union per
// direction, every message discriminated by `t`:
//   - pool control (src/balance/workers.ts ↔ src/worker/runtime.ts): boot, heartbeats,
//     per-worker listeners;
//   - the proxy's own messages (src/app.ts → src/worker/proxy-worker.ts): state, certificates,
//     in-pod netns, drain, log level; a handler module declares its own type for these;
//   - request/response for the admin's on-demand questions (src/admin/thread-rpc.ts).
// No envelope inside an envelope: the runtime takes the pool's and the RPC's messages and
// hands every other one, as it came, to the handler module.
import type { Profiler as InspectorProfiler } from "node:inspector";
import type { MetricsJson } from "../admin/metrics.ts";
import type { ListenerSpec } from "../balance/addon.ts";
import type { WorkloadCert } from "../identity/workload-cert.ts";
import type { SharedHandle } from "../state/shared/layout.ts";
import type { Changes, Delta } from "../state/store.ts";
import type { PackedResources } from "../state/wire.ts";
import type { ConnectionEntry } from "../telemetry/connections.ts";

/** Pool control, main → worker. A handler module's messages must use other `t` values. */
export type PoolToWorker =
  | { t: "ping"; seq: number }
  | { t: "start" }
  | { t: "listen"; listenerId: number; spec: ListenerSpec }
  | { t: "unlisten"; listenerId: number };

/** Pool control, worker → main. */
export type WorkerToPool =
  | { t: "booted" }
  | { t: "ready" }
  | { t: "pong"; seq: number }
  | { t: "listening"; listenerId: number }
  | { t: "listen-error"; listenerId: number; message: string }
  | { t: "handler-error"; message: string };

/** The questions the main thread may ask a worker, with what each takes and answers. */
export interface RpcMethods {
  /** Its metric registries as prom-client JSON (src/admin/metrics.ts). */
  metrics: { params: null; result: MetricsJson };
  /** Its open connections (src/telemetry/connections.ts). */
  connections: { params: null; result: ConnectionEntry[] };
  /** A CPU profile or heap snapshot of the thread (src/admin/profile.ts). */
  profile: { params: { kind: "cpu" | "heap"; seconds: number }; result: InspectorProfiler.Profile | string };
}
export type RpcMethod = keyof RpcMethods;

export interface RpcRequest<M extends RpcMethod = RpcMethod> {
  t: "rpc";
  id: number;
  method: M;
  params: RpcMethods[M]["params"];
}
export interface RpcResponse<M extends RpcMethod = RpcMethod> {
  t: "rpc-result";
  id: number;
  method: M;
  result?: RpcMethods[M]["result"];
  error?: string;
}

/** Everything a worker receives: pool control, RPC, or its handler module's own messages `M`. */
export type MainToWorker<M extends { t: string } = ProxyMessage> = PoolToWorker | RpcRequest | M;
/** Everything the main thread receives from a worker. */
export type WorkerToMain = WorkerToPool | RpcResponse;

/** What the main thread tells the proxy workers. Plain structured-clone-able data. */
export type ProxyMessage =
  /** A state change, applied by every worker exactly as the main thread applied it. */
  | { t: "delta"; delta: Delta }
  /**
   * An xDS Address response, posted before the main thread decodes it: its resources'
   * names and bytes in shared memory (each worker decodes them itself, keeping what the
   * main thread accepts) and the removals by name.
   */
  | { t: "addresses"; packed: PackedResources; removeAddresses: string[] }
  /** ZTS_STATE=shared: the main thread's state tables and this worker's own port for their growth (transferred). */
  | { t: "shared-state"; handle: SharedHandle }
  /** ZTS_STATE=shared: what the main thread's apply to `version` changed (for the pick memo, waiters, policies). */
  | { t: "changes"; version: number; changes: Changes }
  /** The full set of workload certificates this node serves (replaces the previous set). */
  | { t: "certs"; certs: WorkloadCert[] }
  /** Drain: stop pooling new HBONE sessions, send GOAWAY on idle ones. */
  | { t: "drain" }
  /** The whole log filter as /logging prints it (`info,access=debug`): workers follow the admin. */
  | { t: "log-level"; level: string }
  /**
   * In-pod mode: which pod's netns each in-pod listener (acceptor id) lives in, in full
   * (replaces the previous map), so a worker makes that pod's outgoing sockets in there.
   */
  | { t: "inpod"; listeners: Record<number, InpodListener> }
  /**
   * In-pod mode: a pod was deleted (ZDS del or left out of a snapshot); its listeners are
   * closed already. Everything that came in on them is closed now, as ztunnel does.
   */
  | { t: "pod-removed"; uid: string; listeners: number[] };

export interface InpodListener {
  /** The pod's uid (ZDS). */
  uid: string;
  /** Path of the pod's netns, valid in this process (/proc/self/fd/N). */
  netns: string;
}

const POOL_TYPES = new Set(["ping", "start", "listen", "unlisten", "rpc"]);
/** Whether a message is the runtime's own (pool control or RPC) rather than the handler module's. */
export const isRuntimeMessage = (m: { t: string }): m is PoolToWorker | RpcRequest => POOL_TYPES.has(m.t);
