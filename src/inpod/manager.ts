// In-pod mode: the pods istio-cni hands over (ZDS) and the capture listeners this proxy
// keeps inside each pod's network namespace — 15001 outbound (REDIRECT, original
// destination), 15006 inbound plaintext (REDIRECT) and 15008 HBONE (direct) — registered
// with the DLB acceptor, so one balancer spreads every pod's connections over the workers.
// Each binds `[::]` with IPV6_V6ONLY off, as ztunnel's in-pod listeners: one socket takes both
// families (IPv4 peers show as ::ffff:a.b.c.d; every stage canonicalizes with state/ip.ts).
// Snapshot rule: after a (re)connect the agent re-sends every pod it still has, then
// snapshot_sent; pods not re-sent by then are gone and lose their listeners.
// As ztunnel's inpod/statemanager.rs: a removed pod (del, or missing from a snapshot) loses
// its listeners and its open connections at once (onPodRemoved names the listeners, the
// workers close what came in on them); del of an unknown uid, and keep before the
// snapshot, are accepted; keep after the snapshot is a protocol error; an add whose
// listeners fail is answered with an error ack, kept as pending (it survives the
// snapshot) and retried every 5 s until it listens or is deleted.
import type { Readiness } from "../admin/readiness.ts";
import type { ListenerSpec } from "../balance/addon.ts";
import type { Config } from "../config.ts";
import { type Logger, logger } from "../log.ts";
import { InpodError } from "./errors.ts";
import { type InpodAddon, loadInpodAddon } from "./native.ts";
import { closeQuietly, fdTarget, isNetnsFd, netnsInode, netnsPath } from "./netns.ts";
import { startZdsClient, type WorkloadInfo, type ZdsClient, type ZdsEvent } from "./zds-client.ts";

export interface InpodListeners {
  add(spec: ListenerSpec): Promise<{ id: number }>;
  remove(id: number): Promise<boolean>;
}

export type InpodPodState = "listening" | "pending";

/** config_dump `inpod.pods[]`. */
export interface InpodPodStatus {
  uid: string;
  name: string;
  namespace: string;
  serviceAccount: string;
  state: InpodPodState;
  /** Acceptor listener ids (kind → id) inside the pod's netns. */
  listeners: { kind: string; id: number; port: number }[];
  netnsInode: string;
  error?: string;
}

export interface InpodStats {
  pods: number;
  zdsConnected: boolean;
  zdsConnects: number;
  zdsMessages: number;
  zdsErrors: number;
  snapshotsDone: number;
  /** Pods whose listeners failed and are retried (workload_manager_pending_proxy_count). */
  pending: number;
  /** Pods whose listeners came up, and pods removed after that (workload_manager_proxies_*). */
  proxiesStarted: number;
  proxiesStopped: number;
}

export interface InpodOptions {
  config: Pick<Config, "inpodUds" | "inpodPortReuse" | "outboundPort" | "inboundPlaintextPort" | "inboundPort"> &
    Partial<Pick<Config, "inpodTcpMigrateReq">>;
  listeners: InpodListeners;
  onPodAdded?(uid: string, info: WorkloadInfo): void;
  /**
   * The pod is gone; `listenerIds` were its listeners (already closed). `deleted` (del, left
   * out of a snapshot, netns replaced): its connections must close now, as ztunnel's
   * immediate drain; `shutdown` (this proxy drains or stops): they may finish.
   */
  onPodRemoved?(uid: string, listenerIds: number[], why: "deleted" | "shutdown"): void;
  /**
   * Listeners of other modules that live and die with the pod's (the DNS proxy's pair):
   * opened after the capture listeners (a failure fails the add), closed before the
   * pod's netns fd.
   */
  podListeners?: {
    add(uid: string, info: WorkloadInfo, netns: string): Promise<void>;
    remove(uid: string): Promise<void>;
  };
  /** A pod's listeners came or went: listenerNetns() changed (app.ts tells the workers). */
  onListenersChanged?(): void;
  /** `done("zds")` after the first snapshot_sent, once no pod is pending (ztunnel's ready()). */
  readiness?: Pick<Readiness, "done">;
  log?: Logger;
  /**
   * Wildcard address of the in-pod listeners (default `::`, one socket per port taking both
   * families, as ztunnel's bind_wildcard with IPV6_ENABLED on; `0.0.0.0` = IPv4 only).
   */
  host?: string;
  backoff?: { initialMs?: number; maxMs?: number };
  /** Delay before a pod whose listeners failed is tried again (ztunnel: 5 s). */
  retryMs?: number;
  addon?: InpodAddon;
}

/** The per-netns sysctl that moves queued connections off a closing SO_REUSEPORT listener. */
export const TCP_MIGRATE_REQ = "/proc/sys/net/ipv4/tcp_migrate_req";

/** ztunnel's RETRY_DURATION for pods whose proxy failed to start. */
export const POD_RETRY_MS = 5000;

export interface Inpod {
  pods(): InpodPodStatus[];
  /** The pod whose netns holds acceptor listener `id` (handlers: which pod a connection is for). */
  podForListener(id: number): string | undefined;
  /** Every in-pod listener id → its pod's uid and netns path (/proc/self/fd/N, valid in this process). */
  listenerNetns(): Record<number, { uid: string; netns: string }>;
  stats(): InpodStats;
  /**
   * This proxy drains: stop taking pods (ZDS closed) and close every in-pod listener, but keep
   * the pods' netns and the workers' view of them, so connections already taken still dial
   * inside their pods until they finish. close() then releases the rest.
   */
  drain(): Promise<void>;
  close(): Promise<void>;
}

interface Pod {
  uid: string;
  info: WorkloadInfo;
  fd: number;
  inode: bigint;
  listeners: { kind: string; id: number; port: number }[];
  /** Set while the pod's listeners could not be opened (retried). */
  error?: string;
}

/** ztunnel's in-pod listeners bind `[::]` (IPV6_V6ONLY left off: IPv4 arrives as ::ffff:a.b.c.d). */
export const DUAL_STACK_WILDCARD = "::";

/**
 * Errors of an IPv6 bind in a namespace (or kernel) without IPv6: the pod then listens on
 * 0.0.0.0 instead of failing.
 */
const NO_IPV6 = new Set(["EAFNOSUPPORT", "EADDRNOTAVAIL"]);

/** The errno name somewhere in `err`'s cause chain (the pool wraps the addon's error). */
export function errnoName(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("E") && !code.startsWith("ZTS_")) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether a listener failed only because the namespace has no IPv6 (then IPv4 alone will do). */
export const isNoIpv6Error = (err: unknown): boolean => NO_IPV6.has(errnoName(err) ?? "");

/**
 * Adds one listener; a `::` one in a namespace (or kernel) without IPv6 is added on 0.0.0.0
 * instead. Beyond ztunnel, which binds `[::]` whenever IPV6_ENABLED and would fail such a
 * pod (retrying it forever): here the pod still listens, for IPv4.
 */
export async function addDualStack(
  listeners: InpodListeners,
  spec: ListenerSpec,
  onIpv4Only: (err: Error) => void = () => {},
): Promise<{ id: number }> {
  try {
    return await listeners.add(spec);
  } catch (err) {
    if (spec.host !== DUAL_STACK_WILDCARD || !isNoIpv6Error(err)) throw err;
    onIpv4Only(err as Error);
    return listeners.add({ ...spec, host: "0.0.0.0" });
  }
}

export function listenerSpecs(
  config: InpodOptions["config"],
  netns: string,
  host = DUAL_STACK_WILDCARD,
): (ListenerSpec & { port: number })[] {
  const common = { host, netns, transparent: true, reusePort: config.inpodPortReuse };
  return [
    { ...common, kind: "outbound", port: config.outboundPort, origDst: "redirect" },
    { ...common, kind: "inbound-plaintext", port: config.inboundPlaintextPort, origDst: "redirect" },
    { ...common, kind: "inbound", port: config.inboundPort, origDst: "local" },
  ];
}

export function startInpod(opts: InpodOptions): Inpod {
  const log = opts.log ?? logger();
  const addon = opts.addon ?? loadInpodAddon();
  const pods = new Map<string, Pod>();
  const byListener = new Map<number, string>();
  const podOfListener = new Map<number, Pod>();
  let snapshot: Set<string> | undefined;
  let snapshotsDone = 0;
  let closed = false;
  let proxiesStarted = 0;
  let proxiesStopped = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  // ztunnel is ready once the first snapshot is in and no pod is pending (statemanager ready()).
  let snapshotSeen = false;
  const readyIfSettled = () => {
    if (snapshotSeen && ![...pods.values()].some((p) => p.error !== undefined)) opts.readiness?.done("zds");
  };
  // Listener ids drain() already closed (close() must not remove them twice).
  const drained = new Set<number>();

  const changed = () => {
    try {
      opts.onListenersChanged?.();
    } catch (err) {
      log.warn({ err: (err as Error).message }, "inpod: listener change hook failed");
    }
  };

  const removeListeners = async (pod: Pod) => {
    for (const l of pod.listeners) {
      byListener.delete(l.id);
      podOfListener.delete(l.id);
      // Workers forget the listener before it goes (new pods may reuse the fd path).
      changed();
      if (drained.delete(l.id)) continue;
      try {
        await opts.listeners.remove(l.id);
      } catch (err) {
        log.warn({ uid: pod.uid, listener: l.id, err: (err as Error).message }, "inpod: listener removal failed");
      }
    }
    pod.listeners = [];
  };

  // Beyond ztunnel: during an upgrade both proxies hold SO_REUSEPORT listeners in the pod;
  // when the old one closes its listeners the kernel resets the connections still queued on
  // them, unless tcp_migrate_req moves them to the successor's socket of the same group.
  const migrateQueued = (uid: string, fd: number) => {
    try {
      addon.setNetSysctl(netnsPath(fd), TCP_MIGRATE_REQ, "1");
    } catch (err) {
      log.warn(
        { uid, err: (err as Error).message },
        "inpod: could not set net.ipv4.tcp_migrate_req=1 in the pod (kernel older than 5.14?); an upgrade may reset queued connections",
      );
    }
  };

  const removeOthers = async (uid: string) => {
    try {
      await opts.podListeners?.remove(uid);
    } catch (err) {
      log.warn({ uid, err: (err as Error).message }, "inpod: pod listener removal failed");
    }
  };

  const removePod = async (uid: string, why: "deleted" | "shutdown" = "deleted") => {
    const pod = pods.get(uid);
    if (!pod) return;
    pods.delete(uid);
    // A pending pod never had its proxy started: only running ones count as stopped.
    if (pod.error === undefined) proxiesStopped++;
    const ids = pod.listeners.map((l) => l.id);
    await removeListeners(pod);
    await removeOthers(uid);
    closeQuietly(pod.fd);
    log.info({ uid, name: pod.info.name, namespace: pod.info.namespace }, "inpod: pod removed");
    opts.onPodRemoved?.(uid, ids, why);
  };

  const addListener = (pod: Pod, spec: ListenerSpec) =>
    addDualStack(opts.listeners, spec, (err) =>
      log.info(
        { uid: pod.uid, kind: spec.kind, port: spec.port, err: err.message },
        "inpod: no IPv6 in the pod's netns, listening on 0.0.0.0",
      ),
    );

  /** Opens the pod's three listeners (and podListeners'); on failure none stay open and the error is thrown. */
  const listen = async (pod: Pod) => {
    try {
      for (const spec of listenerSpecs(opts.config, netnsPath(pod.fd), opts.host)) {
        const l = await addListener(pod, spec);
        pod.listeners.push({ kind: spec.kind, id: l.id, port: spec.port });
        byListener.set(l.id, pod.uid);
        podOfListener.set(l.id, pod);
        changed();
      }
      await opts.podListeners?.add(pod.uid, pod.info, netnsPath(pod.fd));
      delete pod.error;
      proxiesStarted++;
    } catch (err) {
      await removeListeners(pod);
      await removeOthers(pod.uid);
      pod.error = (err as Error).message;
      throw new InpodError(
        "ZTS_INPOD_LISTEN",
        `pod ${pod.info.namespace}/${pod.info.name} (${pod.uid}): listeners in its netns failed: ${pod.error}`,
        { cause: err },
      );
    }
  };

  // Pending pods (listeners failed) are retried together, one timer at a time, as ztunnel does.
  const scheduleRetry = () => {
    if (retryTimer || closed) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void retryPending();
    }, opts.retryMs ?? POD_RETRY_MS);
    retryTimer.unref?.();
  };
  const retryPending = async () => {
    for (const pod of [...pods.values()]) {
      if (pod.error === undefined || closed || pods.get(pod.uid) !== pod) continue;
      try {
        await listen(pod);
        log.info({ uid: pod.uid, name: pod.info.name, namespace: pod.info.namespace }, "inpod: pod retry succeeded");
        opts.onPodAdded?.(pod.uid, pod.info);
      } catch (err) {
        log.warn({ uid: pod.uid, err: (err as Error).message }, "inpod: pod retry failed");
      }
    }
    if ([...pods.values()].some((p) => p.error !== undefined)) scheduleRetry();
    else readyIfSettled();
  };

  const add = async (uid: string, info: WorkloadInfo, fd: number) => {
    if (!isNetnsFd(fd, addon)) {
      const what = fdTarget(fd) ?? "a closed fd";
      closeQuietly(fd);
      throw new InpodError("ZTS_INPOD_NOT_NETNS", `add for pod ${uid}: the fd is ${what}, not a network namespace`);
    }
    const inode = netnsInode(fd);
    snapshot?.add(uid);
    if (opts.config.inpodTcpMigrateReq !== false) migrateQueued(uid, fd);
    const existing = pods.get(uid);
    if (existing && existing.inode === inode && existing.listeners.length > 0) {
      // Re-sent after a reconnect: same namespace, keep the listeners (no dropped accepts).
      closeQuietly(fd);
      existing.info = info;
      return;
    }
    if (existing) await removePod(uid);
    const pod: Pod = { uid, info, fd, inode, listeners: [] };
    try {
      await listen(pod);
    } catch (err) {
      if (closed) {
        closeQuietly(fd);
        throw err;
      }
      // Kept (netns fd held, counted in the snapshot) and retried; the agent gets the error.
      pods.set(uid, pod);
      scheduleRetry();
      throw err;
    }
    if (closed) {
      await removeListeners(pod);
      await removeOthers(uid);
      closeQuietly(fd);
      return;
    }
    pods.set(uid, pod);
    log.info({ uid, name: info.name, namespace: info.namespace }, "inpod: pod added, listening in its netns");
    opts.onPodAdded?.(uid, info);
  };

  const handle = async (ev: ZdsEvent): Promise<void> => {
    switch (ev.type) {
      case "add":
        return add(ev.uid, ev.info, ev.netnsFd);
      case "keep":
        // Only meaningful while a snapshot is being sent; the uid need not be known (ztunnel).
        if (!snapshot) throw new InpodError("ZTS_INPOD_PROTOCOL", `keep for pod ${ev.uid} received after the snapshot`);
        snapshot.add(ev.uid);
        return;
      case "del":
        // An unknown uid is fine: the agent may delete a pod whose add failed or never came.
        snapshot?.delete(ev.uid);
        await removePod(ev.uid);
        readyIfSettled();
        return;
      case "snapshot-sent": {
        const seen = snapshot ?? new Set(pods.keys());
        snapshot = undefined;
        for (const uid of [...pods.keys()]) if (!seen.has(uid)) await removePod(uid);
        snapshotsDone++;
        snapshotSeen = true;
        readyIfSettled();
        return;
      }
    }
  };

  const client: ZdsClient = startZdsClient({
    path: opts.config.inpodUds,
    handle,
    onConnected: () => {
      snapshot = new Set();
    },
    onDisconnected: () => {
      snapshot = undefined;
    },
    backoff: opts.backoff,
    log,
    addon,
  });

  return {
    pods: () =>
      [...pods.values()]
        .map((p) => ({
          uid: p.uid,
          name: p.info.name,
          namespace: p.info.namespace,
          serviceAccount: p.info.serviceAccount,
          state: (p.error === undefined ? "listening" : "pending") as InpodPodState,
          listeners: p.listeners.map((l) => ({ ...l })),
          netnsInode: String(p.inode),
          ...(p.error !== undefined ? { error: p.error } : {}),
        }))
        .sort((a, b) => a.uid.localeCompare(b.uid)),
    podForListener: (id) => byListener.get(id),
    listenerNetns: () => {
      const out: Record<number, { uid: string; netns: string }> = {};
      for (const [id, p] of podOfListener) out[id] = { uid: p.uid, netns: netnsPath(p.fd) };
      return out;
    },
    stats: () => {
      const s = client.stats();
      const pending = [...pods.values()].filter((p) => p.error !== undefined).length;
      return {
        pods: pods.size - pending,
        pending,
        zdsConnected: client.connected(),
        zdsConnects: s.connects,
        zdsMessages: s.messages,
        zdsErrors: s.errors,
        snapshotsDone,
        proxiesStarted,
        proxiesStopped,
      };
    },
    drain: async () => {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      client.close();
      for (const pod of pods.values()) {
        for (const l of pod.listeners) {
          if (drained.has(l.id)) continue;
          drained.add(l.id);
          try {
            await opts.listeners.remove(l.id);
          } catch (err) {
            log.warn({ uid: pod.uid, listener: l.id, err: (err as Error).message }, "inpod: listener removal failed");
          }
        }
        // The DNS pair too: the successor answers in the pod from now on (SO_REUSEPORT).
        await removeOthers(pod.uid);
      }
    },
    close: async () => {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      client.close();
      for (const uid of [...pods.keys()]) await removePod(uid, "shutdown");
    },
  };
}
