// Everything one proxy worker thread holds: its copy of the state, the shared RR
// cursors, the workload certificates posted by the main thread, its HBONE pool and
// server, its metrics and dialer. Built once per worker by handlers.ts; the connection
// paths (outbound.ts, inbound.ts) only read it.

import { Counter, type Registry } from "prom-client";
import { spiffeId, type TcpMetrics } from "../admin/metrics.ts";
import type { Addon } from "../balance/addon.ts";
import type { Config } from "../config.ts";
import type { WorkloadCert } from "../identity/workload-cert.ts";
import type { Logger } from "../log.ts";
import type { Cursors } from "../select/cursors.ts";
import { canonicalOrEmpty } from "../state/ip.ts";
import type { State } from "../state/store.ts";
import type { Authorization, Workload } from "../state/types.ts";
import { type PolicySource, policySourceFromList } from "./authz.ts";
import type { ConnectionTable } from "./connections.ts";
import type { Dial } from "./dial.ts";
import type { HboneClient } from "./hbone/client.ts";
import type { HboneServer } from "./hbone/server.ts";
import type { PodNetns } from "./pod-netns.ts";
import type { PressureGauge } from "./pressure.ts";
import type { Tracker } from "./tracked.ts";
import type { Waiters } from "./waiters.ts";

export interface ProxyContext {
  config: Config;
  log: Logger;
  /** The connection log: target `access` of the log filter (ztunnel's), so it can be tuned alone. */
  accessLog: Logger;
  state: State;
  cursors: Cursors;
  /** Open connections per endpoint over all workers (least-conn's input, select/least-conn.ts). */
  loads?: Cursors;
  /** What this worker counted in `loads`, for its replacement to return (least-conn.ts). */
  loadLedger?: Int32Array;
  /** identity → certificate, replaced wholesale when the main thread posts a new set. */
  certs: Map<string, WorkloadCert>;
  metrics: TcpMetrics;
  dial: Dial;
  hbone: HboneClient;
  inbound: HboneServer;
  addon?: Addon;
  /** Refusals on this worker by reason (unknown source, no upstream, …). */
  refused: Record<string, number>;
  active: { n: number };
  draining: boolean;
  /** Memory pressure on this worker: new connections are refused while it sheds (pressure.ts). */
  pressure?: PressureGauge;
  /** Connections open on this worker, for the admin dump's workloadState. */
  connections: ConnectionTable;
  /** In-pod mode: the pod netns each listener / pod IP belongs to (absent or empty in node mode). */
  podNetns?: PodNetns;
  /** Open connections, for pod deletion and policy changes (src/proxy/tracked.ts). */
  tracker?: Tracker;
  /** Connections waiting for their source workload or certificate (src/proxy/waiters.ts). */
  waiters?: Waiters;
}

export const identityOf = (w: Workload): string => spiffeId(w);

/** A workload this proxy serves: on this node (any node when NODE_NAME is unset). */
export function isLocal(ctx: ProxyContext, w: Workload | undefined): w is Workload {
  return w !== undefined && (!ctx.config.nodeName || w.node === ctx.config.nodeName);
}

/** The workload that owns `ip` on this node, if any. */
export function localWorkload(ctx: ProxyContext, ip: string): Workload | undefined {
  const w = ctx.state.workloadByIp(ctx.config.network, canonicalOrEmpty(ip));
  return isLocal(ctx, w) ? w : undefined;
}

// Refusals as a counter in the worker's own registry, so /metrics (which sums the workers'
// registries at scrape time) shows them; ctx.refused alone was visible to nobody.
const refusedCounters = new WeakMap<Registry, Counter<"reason">>();
function refusedCounter(registry: Registry): Counter<"reason"> {
  let c = refusedCounters.get(registry);
  if (!c) {
    c = new Counter({
      name: "ztunnel_ts_connections_refused_total",
      help: "Connections refused by the proxy, by reason (unknown-source, no-upstream, authz-denied, ...)",
      labelNames: ["reason"],
      registers: [registry],
    });
    refusedCounters.set(registry, c);
  }
  return c;
}

export function refuse(ctx: ProxyContext, reason: string): void {
  ctx.refused[reason] = (ctx.refused[reason] ?? 0) + 1;
  refusedCounter(ctx.metrics.registry).inc({ reason });
}

// Policies as the evaluator wants them, rebuilt only when the state moved.
let cachedPolicies: { version: number; state: State; src: PolicySource } | undefined;
export function policySource(ctx: ProxyContext): PolicySource {
  const s = ctx.state;
  if (cachedPolicies?.state !== s || cachedPolicies.version !== s.version) {
    cachedPolicies = { version: s.version, state: s, src: policySourceFromList([...s.policies()] as Authorization[]) };
  }
  return cachedPolicies.src;
}
