// The open connections of one worker, as ztunnel's connection_manager.rs tracks them, so
// two events can reach connections already established:
//   - a pod is deleted (ZDS del, or missing from a snapshot): everything that came in on
//     its in-pod listeners is closed at once (ztunnel drains the pod's proxy immediately);
//   - Authorization changes: every inbound connection is checked again against the policies
//     as they are now, with the facts it was allowed on, and closed if no longer allowed
//     (ztunnel's PolicyWatcher).
// Which connections to close is a pure function (revoked, onListeners); closing is the
// caller's `close` callback.
import { Counter, type Registry } from "prom-client";
import { type AuthzConnection, authorize, type PolicySource } from "../decide/authz.ts";
import type { Workload } from "../state/types.ts";

export type CloseReason = "pod-deleted" | "policy-change";

export interface TrackedConnection {
  /** The acceptor listener it arrived on (in-pod: one of a pod's three). */
  listenerId: number;
  /** Inbound only: what authorization allowed, checked again when policies change. */
  authz?: {
    conn: AuthzConnection;
    /** The destination workload as it was when the connection was allowed (ztunnel keeps it too). */
    workload: Pick<Workload, "namespace" | "authorizationPolicies">;
  };
  close(reason: CloseReason): void;
}

/** Connections the current policies no longer allow. Pure. */
export function revoked(conns: Iterable<TrackedConnection>, policies: PolicySource): TrackedConnection[] {
  const out: TrackedConnection[] = [];
  for (const c of conns) {
    if (c.authz && !authorize(policies, c.authz.workload, c.authz.conn).allow) out.push(c);
  }
  return out;
}

/** Connections that came in on any of `listenerIds`. Pure. */
export function onListeners(conns: Iterable<TrackedConnection>, listenerIds: Iterable<number>): TrackedConnection[] {
  const ids = new Set(listenerIds);
  return [...conns].filter((c) => ids.has(c.listenerId));
}

export interface Tracker {
  /** Registers a connection; the returned function forgets it (call when it ends). */
  add(c: TrackedConnection): () => void;
  /** Closes what came in on these listeners and refuses later arrivals on them (handoffs in flight). */
  closeListeners(listenerIds: number[]): number;
  /** Whether a listener was closed by closeListeners (a late handoff from it must not be served). */
  isGone(listenerId: number): boolean;
  /** Closes the inbound connections the current policies deny. */
  recheck(policies: PolicySource): TrackedConnection[];
  size(): number;
}

/** Listener ids remembered as gone; ids only grow, so old ones are never seen again. */
const GONE_KEEP = 4096;

export function createTracker(registry: Registry): Tracker {
  const live = new Set<TrackedConnection>();
  const gone = new Set<number>();
  const closed = new Counter({
    name: "ztunnel_ts_connections_terminated_total",
    help: "Established connections the proxy closed: pod-deleted (its pod left the node), policy-change (no longer allowed after an Authorization update)",
    labelNames: ["reason"],
    registers: [registry],
  });
  const closeAll = (list: TrackedConnection[], reason: CloseReason) => {
    for (const c of list) {
      live.delete(c);
      closed.inc({ reason });
      c.close(reason);
    }
    return list;
  };
  return {
    add(c) {
      live.add(c);
      return () => {
        live.delete(c);
      };
    },
    closeListeners(ids) {
      for (const id of ids) gone.add(id);
      while (gone.size > GONE_KEEP) gone.delete(gone.values().next().value as number);
      return closeAll(onListeners(live, ids), "pod-deleted").length;
    },
    isGone: (id) => gone.has(id),
    recheck: (policies) => closeAll(revoked(live, policies), "policy-change"),
    size: () => live.size,
  };
}
