// The proxy's handler module for worker threads (see HandlerModule in worker.ts): builds
// the worker's ProxyContext on init, keeps its state and certificates in step with the
// main thread's messages, and routes each handed-off connection by listener kind:
//   outbound (:15001, original destination) · socks5 (:15080) · inbound (:15008 HBONE)
//   · inbound-plaintext (:15006).
import type { Socket } from "node:net";
import { parentPort } from "node:worker_threads";
import { answerMetricsRequests, createTcpMetrics } from "../admin/metrics.ts";
import { answerProfileRequests } from "../admin/profile.ts";
import { answer } from "../admin/thread-rpc.ts";
import type { HandoffMeta } from "../balance/addon.ts";
import { loadConfig } from "../config.ts";
import { createLogger, follow, setLogFilter, targetLogger } from "../log.ts";
import { createCursors } from "../select/cursors.ts";
import { LOAD_SLOTS, ledgerFor, reclaimLedger } from "../select/least-conn.ts";
import { noteChanges } from "../select/select.ts";
import { decodeAddress } from "../state/from-proto.ts";
import { canonicalOrEmpty } from "../state/ip.ts";
import { createState } from "../state/store.ts";
import { unpackResources } from "../state/wire.ts";
import { CONNECTIONS_RPC, createConnectionTable } from "./connections.ts";
import { localWorkload, type ProxyContext, policySource, refuse } from "./context.ts";
import { createDial } from "./dial.ts";
import { createHboneClient } from "./hbone/client.ts";
import { createPeerStreams } from "./hbone/peer-streams.ts";
import { h2TuningFromConfig } from "./hbone/settings.ts";
import { createInbound, proxyInboundPlaintext } from "./inbound.ts";
import type { AppToWorker } from "./messages.ts";
import { type OutboundFailure, proxyOutbound } from "./outbound.ts";
import { createPodNetns } from "./pod-netns.ts";
import { watchPressure } from "./pressure.ts";
import { REPLY, readSocks5Request, Socks5Error, fail as socksFail, succeed as socksSucceed } from "./socks5.ts";
import { createTracker, type TrackedConnection } from "./tracked.ts";
import { createWaiters } from "./waiters.ts";
import type { WorkerContext } from "./worker.ts";

/** What app.ts passes as handlerOptions. */
export interface ProxyWorkerOptions {
  /** The shared round-robin cursors (src/select/cursors.ts). */
  cursorsSab: SharedArrayBuffer;
  /** Open connections per endpoint, shared by the workers (src/select/least-conn.ts). */
  loadsSab?: SharedArrayBuffer;
  /** Every worker's ledger of what it counted in loadsSab (`ledgerBytes(threads)`), by pool index. */
  loadLedgersSab?: SharedArrayBuffer;
  /** Inbound HBONE streams per source identity, shared by the workers (hbone/peer-streams.ts). */
  peerStreamsSab?: SharedArrayBuffer;
  /** Environment overrides on top of process.env (the demo runs several proxies). */
  env?: Record<string, string>;
  /** In-pod capture: the outbound/inbound listeners live in pod netns ("inpod" messages name them). */
  inpod?: boolean;
}

let ctx: ProxyContext | undefined;
const getCtx = (): ProxyContext => {
  if (!ctx) throw new Error("proxy worker used before init");
  return ctx;
};

export function init(w: WorkerContext): void {
  const opts = w.options as ProxyWorkerOptions;
  const config = loadConfig({ ...process.env, ...(opts.env ?? {}) });
  // Each worker thread has its own module instance of log.ts: without this its logger would
  // be the quiet default (warn) and every access-log line (info) would be dropped.
  const log = follow(createLogger({ level: config.logLevel, format: config.logFormat }).child({ worker: w.index }));
  const certs = new Map();
  const dial = createDial(w.addon);
  const metrics = createTcpMetrics();
  const podNetns = createPodNetns({ enabled: opts.inpod === true });
  const hbone = createHboneClient({
    certFor: (id) => certs.get(id),
    // Node mode: the tunnel leaves from the source pod's IP (IP_TRANSPARENT when it is not
    // local), as ztunnel's freebind does, so the destination node knows the source workload
    // by address and can keep it when it dials the pod.
    // In-pod mode: from inside the source pod's netns (its own address; the pool key holds
    // the source IP, so each pod's sessions stay its own).
    dial: (host, port, srcIp) => {
      const netns = podNetns.forIp(srcIp);
      if (netns) return dial(host, port, { netns });
      return srcIp
        ? dial(host, port, { localAddress: srcIp, transparent: true }).catch(() => dial(host, port))
        : dial(host, port);
    },
    maxStreamsPerConnection: config.poolMaxStreams,
    idleReleaseMs: config.poolUnusedReleaseMs,
    h2: h2TuningFromConfig(config),
  });
  ctx = {
    config,
    log,
    accessLog: targetLogger("access", log),
    state: createState(),
    cursors: createCursors(opts.cursorsSab),
    loads: createCursors(opts.loadsSab, LOAD_SLOTS),
    loadLedger: opts.loadLedgersSab ? ledgerFor(opts.loadLedgersSab, w.index) : undefined,
    certs,
    metrics,
    dial,
    hbone,
    inbound: undefined as unknown as ProxyContext["inbound"],
    addon: w.addon,
    refused: {},
    active: { n: 0 },
    connections: createConnectionTable(),
    pressure: watchPressure(config.memoryShedPercent, (on, p) =>
      on
        ? log.warn({ pressure: Number(p.toFixed(3)) }, "memory pressure: refusing new connections until it eases")
        : log.info({ pressure: Number(p.toFixed(3)) }, "memory pressure eased: taking new connections again"),
    ),
    draining: false,
    podNetns,
    tracker: createTracker(metrics.registry),
    waiters: createWaiters(),
  };
  // A predecessor at this index that died left its connections counted: take them back.
  if (ctx.loads && ctx.loadLedger) {
    const returned = reclaimLedger(ctx.loads, ctx.loadLedger);
    if (returned > 0) log.warn({ returned }, "select: returned the open-connection counts a previous worker left");
  }
  ctx.inbound = createInbound(getCtx, dial, createPeerStreams(config.maxStreamsPerPeer, opts.peerStreamsSab));
  if (parentPort) {
    answerMetricsRequests(parentPort, metrics);
    answerProfileRequests(parentPort);
    answer(parentPort, CONNECTIONS_RPC, () => getCtx().connections.list());
  }
}

export function onMessage(raw: unknown): void {
  const c = getCtx();
  const msg = raw as AppToWorker;
  switch (msg.t) {
    case "delta":
      applied(c, c.state.apply(msg.delta));
      break;
    case "addresses":
      applied(
        c,
        c.state.apply({ ...unpackResources(msg.packed, decodeAddress), removeAddresses: msg.removeAddresses }),
      );
      break;
    case "pod-removed": {
      const n = c.tracker?.closeListeners(msg.listeners) ?? 0;
      // Then its pooled HBONE sessions, dialed inside its netns: useless now, and they would
      // otherwise idle until the pool's release timeout.
      const sessions = c.hbone.closeFrom(c.podNetns?.takeForgotten(msg.uid) ?? []);
      if (n + sessions > 0)
        c.log.info({ uid: msg.uid, connections: n, sessions }, "pod deleted: closed its connections");
      break;
    }
    case "certs":
      c.certs.clear();
      for (const cert of msg.certs) c.certs.set(cert.identity, cert);
      c.waiters?.notify();
      break;
    case "inpod":
      c.podNetns?.setListeners(msg.listeners);
      break;
    case "log-level":
      // The worker's root logger (used by hbone/, authz), its child and the access log follow the admin's filter.
      setLogFilter(msg.level);
      break;
    case "drain":
      c.draining = true;
      // GOAWAY both ways; tunnels in flight finish (app.ts closes leftovers at the deadline).
      c.hbone.drain();
      c.inbound.drain();
      break;
  }
}

/** After a state change: selection caches, then (policies moved) ztunnel's PolicyWatcher check. */
function applied(c: ProxyContext, changes: ReturnType<ProxyContext["state"]["apply"]>): void {
  noteChanges(c.state, changes);
  // A connection from a workload xDS just delivered may be waiting for it.
  if (changes.workloads.size > 0) c.waiters?.notify();
  if (changes.policies.size === 0 || !c.tracker) return;
  for (const t of c.tracker.recheck(policySource(c))) {
    const a = t.authz?.conn;
    c.log.info(
      { src: a && `${a.srcIp}`, srcIdentity: a?.srcIdentity, dst: a && `${a.dstIp}:${a.dstPort}` },
      "connection closed because it is no longer allowed after a policy update",
    );
  }
}

/**
 * Registers an accepted socket with the tracker (closed when its pod is deleted); one that
 * a late handoff brought from a deleted pod's listener is closed at once.
 */
function track(socket: Socket, meta: HandoffMeta): TrackedConnection | undefined {
  const t = getCtx().tracker;
  if (!t) return undefined;
  if (t.isGone(meta.listenerId)) {
    socket.destroy();
    return undefined;
  }
  const entry: TrackedConnection = { listenerId: meta.listenerId, close: () => socket.destroy() };
  socket.once("close", t.add(entry));
  return entry;
}

const SOCKS_REPLY: Record<OutboundFailure, number> = {
  "unknown-source": REPLY.notAllowed,
  "no-upstream": REPLY.hostUnreachable,
  "strict-no-match": REPLY.hostUnreachable,
  "unknown-host": REPLY.hostUnreachable,
  "connect-failed": REPLY.connectionRefused,
  "no-certificate": REPLY.generalFailure,
  "passthrough-denied": REPLY.notAllowed,
};

/** In-pod mode: the pod netns of the connection's listener; `ips` (the pod's side) are learnt for HBONE dials. */
async function podNetnsOf(meta: HandoffMeta, ips: string[]): Promise<string | undefined> {
  const c = getCtx();
  const pod = await c.podNetns?.forListener(meta.listenerId);
  if (!pod) return undefined;
  c.podNetns?.learn(ips, pod);
  return pod.netns;
}

async function captured(socket: Socket, meta: HandoffMeta): Promise<void> {
  if (!track(socket, meta)) return;
  const c = getCtx();
  const src = canonicalOrEmpty(socket.remoteAddress);
  const netns = await podNetnsOf(meta, [src, ...(localWorkload(c, src)?.workloadIps ?? [])]);
  return proxyOutbound(
    c,
    socket,
    { ip: canonicalOrEmpty(meta.origDst.address), port: meta.origDst.port },
    // A captured client has no protocol to carry an error: reset it, as ztunnel does.
    { ready: () => {}, failed: () => socket.resetAndDestroy() },
    { netns },
  );
}

async function socks5(socket: Socket, meta: HandoffMeta): Promise<void> {
  if (!track(socket, meta)) return;
  let req: Awaited<ReturnType<typeof readSocks5Request>>;
  try {
    req = await readSocks5Request(socket);
  } catch (err) {
    if (!(err instanceof Socks5Error)) socket.destroy();
    return;
  }
  const { dest, early } = req;
  await proxyOutbound(getCtx(), socket, dest, {
    ready: (up) => {
      socksSucceed(socket);
      if (early.length) up.write(early);
      socket.resume();
    },
    failed: (reason) => socksFail(socket, SOCKS_REPLY[reason]),
  });
}

/** istio_tcp_sockets_open: every accepted socket, by the side of the mesh it reports for. */
function countSocket(socket: Socket, reporter: "source" | "destination"): void {
  const m = getCtx().metrics;
  m.socketOpened(reporter);
  socket.once("close", () => m.socketClosed(reporter));
}

/**
 * Under memory pressure a new connection is refused before anything is allocated for it
 * (a SOCKS5 client gets "no acceptable methods"), counted, and the held ones carry on.
 */
function shed(socket: Socket, socksReply?: number): boolean {
  const c = getCtx();
  if (!c.pressure?.shedding()) return false;
  refuse(c, "memory-pressure");
  if (socksReply !== undefined) socksFail(socket, socksReply);
  else socket.destroy();
  return true;
}

export const handlers = {
  outbound: (socket: Socket, meta: HandoffMeta) => {
    if (shed(socket)) return;
    countSocket(socket, "source");
    return captured(socket, meta);
  },
  socks5: (socket: Socket, meta: HandoffMeta) => {
    // Before its greeting: "no acceptable methods" is the refusal a client can read there.
    if (shed(socket, 0xff)) return;
    countSocket(socket, "source");
    return socks5(socket, meta);
  },
  inbound: async (socket: Socket, meta: HandoffMeta) => {
    if (shed(socket)) return;
    countSocket(socket, "destination");
    // The TLS session: a deleted pod's sessions go with their tunnels (each tunnel is tracked for authz itself).
    if (!track(socket, meta)) return;
    // In-pod: the HBONE server's dial to this pod finds its netns by the pod's address.
    await podNetnsOf(meta, [canonicalOrEmpty(meta.origDst.address)]);
    getCtx().inbound.handle(socket, { localAddress: canonicalOrEmpty(meta.origDst.address) });
  },
  "inbound-plaintext": async (socket: Socket, meta: HandoffMeta) => {
    if (shed(socket)) return;
    countSocket(socket, "destination");
    const tracked = track(socket, meta);
    if (!tracked) return;
    const netns = await podNetnsOf(meta, [canonicalOrEmpty(meta.origDst.address)]);
    return proxyInboundPlaintext(getCtx(), socket, meta.origDst, { netns, tracked });
  },
};
