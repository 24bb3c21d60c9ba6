// The proxy's handler module for worker threads (see HandlerModule in runtime.ts): builds
// the worker's ProxyContext, complete, from its explicit inputs (ProxyWorkerOptions from
// app.ts, the environment, the addon), keeps its state and certificates in step with the
// main thread's messages (protocol.ts ProxyMessage), and hands each connection to the
// accept stage's front end for its listener kind (src/accept/handlers.ts).

import { createAcceptHandlers } from "../accept/handlers.ts";
import { watchPressure } from "../accept/pressure.ts";
import { answerMetricsRequests, createTcpMetrics } from "../admin/metrics.ts";
import { answerProfileRequests } from "../admin/profile.ts";
import { answer } from "../admin/thread-rpc.ts";
import { loadConfig } from "../config.ts";
import { createConnect } from "../connect/connect.ts";
import { createDial } from "../connect/dial.ts";
import { createPodNetns } from "../connect/pod-netns.ts";
import { plainCopier } from "../copy/plain.ts";
import { selfPorts } from "../decide/request.ts";
import { parseUpstreamList } from "../dns/resolv-conf.ts";
import { createForwarder } from "../dns/upstream.ts";
import { createWorkloadResolver } from "../dns/workload-resolver.ts";
import { createLogger, follow, setLogFilter, targetLogger } from "../log.ts";
import { createCursors } from "../pick/cursors.ts";
import { LOAD_SLOTS, ledgerFor, reclaimLedger } from "../pick/least-conn.ts";
import { noteChanges } from "../pick/select.ts";
import { createInbound } from "../proxy/inbound.ts";
import { createTracker } from "../proxy/tracked.ts";
import { createWaiters } from "../proxy/waiters.ts";
import { decodeAddress } from "../state/from-proto.ts";
import { attachSharedState } from "../state/shared/attach.ts";
import { createSwitchState } from "../state/shared/switch.ts";
import { type Changes, createState } from "../state/store.ts";
import { unpackResources } from "../state/wire.ts";
import { createConnectionTable } from "../telemetry/connections.ts";
import { createHboneClient, type HboneClient, type HboneClientOptions } from "../tunnel/client.ts";
import { createNativeHboneClient, nativeHboneClientAddon } from "../tunnel/native-client.ts";
import { nativeHboneAddon } from "../tunnel/native-server.ts";
import { createPeerStreams } from "../tunnel/peer-streams.ts";
import { h2TuningFromConfig } from "../tunnel/settings.ts";
import { type ProxyContext, policyCache, refusalCounter } from "./context.ts";
import type { ProxyMessage } from "./protocol.ts";
import type { WorkerContext, WorkerHandlers } from "./runtime.ts";

/** What app.ts passes as handlerOptions. */
export interface ProxyWorkerOptions {
  /** The shared round-robin cursors (src/pick/cursors.ts). */
  cursorsSab: SharedArrayBuffer;
  /** Open connections per endpoint, shared by the workers (src/pick/least-conn.ts). */
  loadsSab?: SharedArrayBuffer;
  /** Every worker's ledger of what it counted in loadsSab (`ledgerBytes(threads)`), by pool index. */
  loadLedgersSab?: SharedArrayBuffer;
  /** Inbound HBONE streams per source identity, shared by the workers (tunnel/peer-streams.ts). */
  peerStreamsSab?: SharedArrayBuffer;
  /** Environment overrides on top of process.env (the demo runs several proxies). */
  env?: Record<string, string>;
  /** In-pod capture: the outbound/inbound listeners live in pod netns ("inpod" messages name them). */
  inpod?: boolean;
}

/** Builds one worker's context from its inputs: everything in it exists from here on. */
export function createProxyContext(w: WorkerContext<ProxyWorkerOptions>): ProxyContext {
  const opts = w.options;
  const config = loadConfig({ ...process.env, ...(opts.env ?? {}) });
  // Each worker thread has its own module instance of log.ts: without this its logger would
  // be the quiet default (warn) and every access-log line (info) would be dropped.
  const log = follow(createLogger({ level: config.logLevel, format: config.logFormat }).child({ worker: w.index }));
  const certs: ProxyContext["certs"] = new Map();
  const metrics = createTcpMetrics();
  const podNetns = createPodNetns({ enabled: opts.inpod === true });
  const plain = plainCopier(config.datapath, w.addon);
  const connect = createConnect(createDial(w.addon), {
    netnsOf: (ip) => podNetns.forIp(ip),
    keepSourceIp: config.enableOrigSrc,
    jsPlainCopy: !plain.native,
  });
  // Its own copy, until (ZTS_STATE=shared) the main thread sends its tables.
  const state = createSwitchState(createState());
  const loads = createCursors(opts.loadsSab, LOAD_SLOTS);
  const ledger = opts.loadLedgersSab ? ledgerFor(opts.loadLedgersSab, w.index) : undefined;
  // A predecessor at this index that died left its connections counted: take them back.
  if (ledger) {
    const returned = reclaimLedger(loads, ledger);
    if (returned > 0) log.warn({ returned }, "select: returned the open-connection counts a previous worker left");
  }
  if (config.datapath === "native" && !plain.native) {
    log.warn("ZTS_DATAPATH=native but the addon has no pump (an older build?): plain legs are copied in JavaScript");
  }
  return {
    config,
    copyPlain: plain.copy,
    decide: {
      network: config.network,
      nodeName: config.nodeName,
      passthrough: config.passthrough,
      selfPorts: selfPorts(config),
      localhostAppTunnel: config.localhostAppTunnel,
    },
    log,
    accessLog: targetLogger("access", log),
    state,
    pick: { cursors: createCursors(opts.cursorsSab), lb: config.lb, loads, ledger },
    certs,
    metrics,
    connect,
    hbone: hboneClientFor(config.hboneDatapath, w.addon, log, {
      certFor: (id) => certs.get(id),
      dial: (host, port, srcIp) => connect(host, port, { to: "tunnel", srcIp: srcIp ?? "" }),
      maxStreamsPerConnection: config.poolMaxStreams,
      idleReleaseMs: config.poolUnusedReleaseMs,
      h2: h2TuningFromConfig(config),
    }),
    // Only the upstreams configured for the DNS proxy, never this machine's resolv.conf: a
    // mesh name must not leak to, or be answered by, whatever resolver the node happens to use.
    resolver: createWorkloadResolver({
      forwarder: createForwarder({
        upstreams: parseUpstreamList(config.dnsUpstream),
        timeoutMs: config.dnsUpstreamTimeoutMs,
        addon: w.addon,
      }),
    }),
    refuse: refusalCounter(metrics.registry),
    active: { n: 0 },
    connections: createConnectionTable(),
    pressure: watchPressure(config.memoryShedPercent, (on, p) =>
      on
        ? log.warn({ pressure: Number(p.toFixed(3)) }, "memory pressure: refusing new connections until it eases")
        : log.info({ pressure: Number(p.toFixed(3)) }, "memory pressure eased: taking new connections again"),
    ),
    podNetns,
    tracker: createTracker(metrics.registry),
    waiters: createWaiters(),
    policies: policyCache(state),
  };
}

/** The outbound HBONE client: the addon's sessions with ZTS_HBONE_DATAPATH=native (when built), else node:http2's. */
function hboneClientFor(
  datapath: "native" | "js",
  addon: WorkerContext<ProxyWorkerOptions>["addon"],
  log: ProxyContext["log"],
  opts: HboneClientOptions,
): HboneClient {
  if (datapath === "js") return createHboneClient(opts);
  const native = nativeHboneClientAddon(addon);
  if (native) return createNativeHboneClient(native, opts);
  log.warn("ZTS_HBONE_DATAPATH=native but the addon has no HBONE client (an older build?): node:http2 dials HBONE");
  return createHboneClient(opts);
}

export function createHandlers(w: WorkerContext<ProxyWorkerOptions>): WorkerHandlers<ProxyMessage> {
  const ctx = createProxyContext(w);
  const nativeHbone = ctx.config.hboneDatapath === "native" ? nativeHboneAddon(w.addon) : undefined;
  if (ctx.config.hboneDatapath === "native" && !nativeHbone) {
    ctx.log.warn(
      "ZTS_HBONE_DATAPATH=native but the addon has no HBONE server (an older build?): node:http2 serves :15008",
    );
  }
  const inbound = createInbound(
    ctx,
    createPeerStreams(ctx.config.maxStreamsPerPeer, w.options.peerStreamsSab),
    nativeHbone,
  );
  answerMetricsRequests(w.port, ctx.metrics);
  answerProfileRequests(w.port);
  answer(w.port, "connections", () => ctx.connections.list());

  /** After a state change: selection caches, then (policies moved) ztunnel's PolicyWatcher check. */
  /** `memo`: false = nothing to step the pick memo by; a number = the version these changes made. */
  const applied = (changes: Changes, memo: boolean | number = true): void => {
    if (memo === true) noteChanges(ctx.state, changes);
    else if (memo !== false) noteChanges(ctx.state, changes, memo);
    // A connection from a workload xDS just delivered may be waiting for it.
    if (changes.workloads.size > 0) ctx.waiters.notify();
    if (changes.policies.size === 0) return;
    for (const t of ctx.tracker.recheck(ctx.policies())) {
      const a = t.authz?.conn;
      ctx.log.info(
        { src: a && `${a.srcIp}`, srcIdentity: a?.srcIdentity, dst: a && `${a.dstIp}:${a.dstPort}` },
        "connection closed because it is no longer allowed after a policy update",
      );
    }
  };

  return {
    handlers: createAcceptHandlers(ctx, inbound),
    onMessage(msg) {
      switch (msg.t) {
        case "delta":
          applied(ctx.state.apply(msg.delta));
          break;
        case "addresses":
          applied(
            ctx.state.apply({ ...unpackResources(msg.packed, decodeAddress), removeAddresses: msg.removeAddresses }),
          );
          break;
        case "shared-state":
          ctx.state.attach(attachSharedState(msg.handle));
          // Whatever this worker picked from before (its empty copy) is gone.
          applied({ workloads: new Set(["*"]), services: new Set(), policies: new Set(["*"]) }, false);
          break;
        case "changes":
          // The memo steps to msg.version even if the view is already further on (this
          // worker is behind on messages): the messages that follow bring it level, and a
          // pick before they do finds it behind and drops it (cacheFor).
          applied(msg.changes, msg.version);
          break;
        case "pod-removed": {
          const n = ctx.tracker.closeListeners(msg.listeners);
          // Then its pooled HBONE sessions, dialed inside its netns: useless now, and they would
          // otherwise idle until the pool's release timeout.
          const sessions = ctx.hbone.closeFrom(ctx.podNetns.takeForgotten(msg.uid));
          if (n + sessions > 0)
            ctx.log.info({ uid: msg.uid, connections: n, sessions }, "pod deleted: closed its connections");
          break;
        }
        case "certs":
          ctx.certs.clear();
          for (const cert of msg.certs) ctx.certs.set(cert.identity, cert);
          ctx.waiters.notify();
          break;
        case "inpod":
          ctx.podNetns.setListeners(msg.listeners);
          break;
        case "log-level":
          // The worker's root logger (used by tunnel/, authz), its child and the access log follow the admin's filter.
          setLogFilter(msg.level);
          break;
        case "drain":
          // GOAWAY both ways; tunnels in flight finish (app.ts closes leftovers at the deadline).
          ctx.hbone.drain();
          inbound.drain();
          break;
      }
    },
  };
}
