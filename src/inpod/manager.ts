// In-pod mode: the pods istio-cni hands over (ZDS) and the capture listeners this proxy
// keeps inside each pod's network namespace — 15001 outbound (REDIRECT, original
// destination), 15006 inbound plaintext (REDIRECT) and 15008 HBONE (direct) — registered
// with the DLB acceptor, so one balancer spreads every pod's connections over the workers.
// Snapshot rule: after a (re)connect the agent re-sends every pod it still has, then
// snapshot_sent; pods not re-sent by then are gone and lose their listeners.
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

export type InpodPodState = "listening" | "failed";

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
}

export interface InpodOptions {
  config: Pick<Config, "inpodUds" | "inpodPortReuse" | "outboundPort" | "inboundPlaintextPort" | "inboundPort">;
  listeners: InpodListeners;
  onPodAdded?(uid: string, info: WorkloadInfo): void;
  onPodRemoved?(uid: string): void;
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
  /** `done("zds")` after the first snapshot_sent. */
  readiness?: Pick<Readiness, "done">;
  log?: Logger;
  /** Wildcard address of the in-pod listeners (default 0.0.0.0). */
  host?: string;
  backoff?: { initialMs?: number; maxMs?: number };
  addon?: InpodAddon;
}

export interface Inpod {
  pods(): InpodPodStatus[];
  /** The pod whose netns holds acceptor listener `id` (handlers: which pod a connection is for). */
  podForListener(id: number): string | undefined;
  /** Every in-pod listener id → its pod's uid and netns path (/proc/self/fd/N, valid in this process). */
  listenerNetns(): Record<number, { uid: string; netns: string }>;
  stats(): InpodStats;
  close(): Promise<void>;
}

interface Pod {
  uid: string;
  info: WorkloadInfo;
  fd: number;
  inode: bigint;
  listeners: { kind: string; id: number; port: number }[];
}

export function listenerSpecs(
  config: InpodOptions["config"],
  netns: string,
  host = "0.0.0.0",
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
      try {
        await opts.listeners.remove(l.id);
      } catch (err) {
        log.warn({ uid: pod.uid, listener: l.id, err: (err as Error).message }, "inpod: listener removal failed");
      }
    }
    pod.listeners = [];
  };

  const removeOthers = async (uid: string) => {
    try {
      await opts.podListeners?.remove(uid);
    } catch (err) {
      log.warn({ uid, err: (err as Error).message }, "inpod: pod listener removal failed");
    }
  };

  const removePod = async (uid: string) => {
    const pod = pods.get(uid);
    if (!pod) return;
    pods.delete(uid);
    await removeListeners(pod);
    await removeOthers(uid);
    closeQuietly(pod.fd);
    log.info({ uid, name: pod.info.name, namespace: pod.info.namespace }, "inpod: pod removed");
    opts.onPodRemoved?.(uid);
  };

  const add = async (uid: string, info: WorkloadInfo, fd: number) => {
    if (!isNetnsFd(fd, addon)) {
      const what = fdTarget(fd) ?? "a closed fd";
      closeQuietly(fd);
      throw new InpodError("ZTS_INPOD_NOT_NETNS", `add for pod ${uid}: the fd is ${what}, not a network namespace`);
    }
    const inode = netnsInode(fd);
    snapshot?.add(uid);
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
      for (const spec of listenerSpecs(opts.config, netnsPath(fd), opts.host)) {
        const l = await opts.listeners.add(spec);
        pod.listeners.push({ kind: spec.kind, id: l.id, port: spec.port });
        byListener.set(l.id, uid);
        podOfListener.set(l.id, pod);
        changed();
      }
      await opts.podListeners?.add(uid, info, netnsPath(fd));
    } catch (err) {
      await removeListeners(pod);
      await removeOthers(uid);
      closeQuietly(fd);
      snapshot?.delete(uid);
      throw new InpodError(
        "ZTS_INPOD_LISTEN",
        `pod ${info.namespace}/${info.name} (${uid}): listeners in its netns failed: ${(err as Error).message}`,
        { cause: err },
      );
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
        if (!pods.has(ev.uid)) throw new InpodError("ZTS_INPOD_UNKNOWN_POD", `keep for unknown pod ${ev.uid}`);
        snapshot?.add(ev.uid);
        return;
      case "del":
        if (!pods.has(ev.uid)) throw new InpodError("ZTS_INPOD_UNKNOWN_POD", `del for unknown pod ${ev.uid}`);
        snapshot?.delete(ev.uid);
        return removePod(ev.uid);
      case "snapshot-sent": {
        const seen = snapshot ?? new Set(pods.keys());
        snapshot = undefined;
        for (const uid of [...pods.keys()]) if (!seen.has(uid)) await removePod(uid);
        snapshotsDone++;
        opts.readiness?.done("zds");
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
          state: (p.listeners.length > 0 ? "listening" : "failed") as InpodPodState,
          listeners: p.listeners.map((l) => ({ ...l })),
          netnsInode: String(p.inode),
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
      return {
        pods: pods.size,
        zdsConnected: client.connected(),
        zdsConnects: s.connects,
        zdsMessages: s.messages,
        zdsErrors: s.errors,
        snapshotsDone,
      };
    },
    close: async () => {
      closed = true;
      client.close();
      for (const uid of [...pods.keys()]) await removePod(uid);
    },
  };
}
