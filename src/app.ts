// Composition root of one node proxy: builds everything, owns start / drain / stop.
// Main thread = the single writer: xDS (or local config) → state, and the same change
// posted to every worker (Address responses as shared bytes the workers decode, the rest
// as the Delta); identity fetches certificates for the workloads this node serves and
// posts them; the native acceptor (via the worker pool) owns every listening socket.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Registry } from "prom-client";
import { createXdsClient, type XdsClient } from "../xds/client/client.ts";
import { createLocalPods } from "./accept/local-pods.ts";
import type { BalanceStatus, buildConfigDump, InpodDump } from "./admin/config-dump.ts";
import { createMetricsHub } from "./admin/metrics.ts";
import { createPolicyWarnings } from "./admin/policy-warnings.ts";
import { createProfiler } from "./admin/profile.ts";
import { createReadiness, type Readiness } from "./admin/readiness.ts";
import { type AdminServers, startAdmin } from "./admin/server.ts";
import { ask } from "./admin/thread-rpc.ts";
import { type ListenerSpec, loadAddon } from "./balance/addon.ts";
import { startWorkers, type WorkerPool } from "./balance/workers.ts";
import { type Config, ConfigError } from "./config.ts";
import { isLocal } from "./decide/local.ts";
import { createDnsProxy, type DnsProxy } from "./dns/proxy.ts";
import { type CertProvider, createCertProvider } from "./identity/provider.ts";
import { type Inpod, startInpod } from "./inpod/manager.ts";
import { type Logger, logger, onLevelChange } from "./log.ts";
import { createCursors } from "./pick/cursors.ts";
import { debugSelect } from "./pick/debug.ts";
import { LOAD_SLOTS, ledgerBytes, openConnections } from "./pick/least-conn.ts";
import { ADDRESS_TYPE_URL } from "./state/from-proto.ts";
import { joinHostPort } from "./state/ip.ts";
import { LocalConfigError, watchLocalConfig } from "./state/local-config.ts";
import { createSharedState } from "./state/shared/writer.ts";
import { createState, type Delta, type State } from "./state/store.ts";
import type { Workload } from "./state/types.ts";
import { type ConnectionEntry, groupConnections, workloadStateDump } from "./telemetry/connections.ts";
import { createPeerStreams } from "./tunnel/peer-streams.ts";
import type { HandedListener, InheritedListeners } from "./upgrade/handoff.ts";
import { handableListeners } from "./upgrade/listeners.ts";
import type { ProxyMessage } from "./worker/protocol.ts";
import type { ProxyWorkerOptions } from "./worker/proxy-worker.ts";
import { createStateUpdater, transferOf } from "./worker/updater.ts";

const HANDLERS = fileURLToPath(new URL("./worker/proxy-worker.ts", import.meta.url));

export interface AppOptions {
  /** Settings the workers read on top of process.env (the demo runs several proxies in one process tree). */
  workerEnv?: Record<string, string>;
  log?: Logger;
  /** Listening sockets handed over by the previous process (upgrade): adopted instead of bound anew. */
  inherited?: InheritedListeners;
  /** Admin POST /quitquitquit (ztunnel's): the process's graceful stop; absent = drain this app. */
  onQuit?: () => void;
}

export interface App {
  config: Config;
  state: State;
  pool: WorkerPool<ProxyMessage>;
  readiness: Readiness;
  admin: AdminServers;
  certs: CertProvider;
  /** In-pod mode's pod manager (undefined in node mode). */
  inpod?: Inpod | undefined;
  /** The DNS proxy (undefined with ISTIO_META_DNS_CAPTURE=false). */
  dns?: DnsProxy | undefined;
  /** Resolves once xDS (or the local config) and certificates are in. */
  ready: Promise<void>;
  /** SIGTERM: unready at once, stop accepting, let connections finish until the deadline, then close. Idempotent. */
  drain(): Promise<void>;
  /** The listening sockets the acceptor owns now, for a successor (src/upgrade/handoff.ts). */
  listenerFds(): HandedListener[];
  stop(): Promise<void>;
}

/** ZTS_CAPTURE=auto: in-pod under Kubernetes or when istio-cni's ZDS socket exists (ARCHITECTURE.md). */
export function captureMode(config: Config, env: Record<string, string | undefined> = process.env): "inpod" | "node" {
  if (config.capture !== "auto") return config.capture;
  return env.KUBERNETES_SERVICE_HOST || existsSync(config.inpodUds) ? "inpod" : "node";
}

function inpodDump(inpod: Inpod): InpodDump {
  const s = inpod.stats();
  return {
    zds: {
      connected: s.zdsConnected,
      connects: s.zdsConnects,
      messages: s.zdsMessages,
      errors: s.zdsErrors,
      snapshotsDone: s.snapshotsDone,
    },
    pods: inpod.pods(),
  };
}

export async function startApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const log = opts.log ?? logger();
  // ZTS_STATE=shared: one state in SharedArrayBuffer tables that the workers read in place.
  const shared = config.state === "shared" ? createSharedState() : undefined;
  const state: State = shared ?? createState();
  const cursors = createCursors();
  const loads = createCursors(undefined, LOAD_SLOTS);
  const peerStreams = createPeerStreams(config.maxStreamsPerPeer);
  const source = config.localXdsPath ? "local-config" : "xds";
  const capture = captureMode(config);
  // Ready = config applied, listeners up, and every local workload's certificate answered
  // (issued or failed: a CA outage must not keep the node unready forever).
  const readiness = createReadiness(
    capture === "inpod" ? [source, "workers", "certs", "zds"] : [source, "workers", "certs"],
  );
  const local = (w: Workload) => isLocal(config, w);
  // Metrics this thread records itself (the workers' are pulled at scrape time).
  const mainMetrics = new Registry();
  const policyWarnings = createPolicyWarnings({ registry: mainMetrics, log });

  const certs = await createCertProvider(config, { log });
  const pool = await startWorkers<ProxyMessage>({
    handlerModule: HANDLERS,
    handlerOptions: {
      cursorsSab: cursors.sab,
      loadsSab: loads.sab,
      loadLedgersSab: new SharedArrayBuffer(ledgerBytes(config.workerThreads)),
      peerStreamsSab: peerStreams.sab,
      env: opts.workerEnv,
      inpod: capture === "inpod",
    } satisfies ProxyWorkerOptions,
    config,
  });
  const toWorkers = (m: ProxyMessage) => pool.broadcast(m);
  let inpod: Inpod | undefined;
  // Node-mode listeners go through here so a successor can take them over (upgrade).
  const nodeListeners = handableListeners(pool, opts.inherited);
  const localPods = createLocalPods({
    view: state,
    config,
    handed: () => inpod?.pods() ?? [],
    wantCerts: (ids) => certs.want(ids),
    listeners: nodeListeners,
    log,
  });
  const updater = createStateUpdater(
    state,
    toWorkers,
    (changes) => {
      if (changes.policies.size > 0) policyWarnings.note(state, changes);
      if (changes.workloads.size > 0) void localPods.reconcile();
    },
    shared,
  );
  const apply = (delta: Delta, posted?: boolean) => void updater.apply(delta, posted);
  // A new or replaced worker starts from the full state, the current certificates and (in-pod) the pods' netns.
  pool.onWorkerStart((send) => {
    const snapshot = updater.snapshot();
    send(snapshot, transferOf(snapshot));
    send({ t: "certs", certs: certs.certs() });
    if (inpod) send({ t: "inpod", listeners: inpod.listenerNetns() });
  });
  // The workers running already booted before that hook: with the shared layout they need
  // the tables now (with the copy one they get every delta from here on anyway).
  for (let i = 0; shared && i < config.workerThreads; i++) {
    const snapshot = updater.snapshot();
    if (!pool.send(i, snapshot, transferOf(snapshot)) && snapshot.t === "shared-state") snapshot.handle.port.close();
  }
  certs.onChange(() => toWorkers({ t: "certs", certs: certs.certs() }));

  let xds: XdsClient | undefined;
  let localWatch: { close(): void } | undefined;
  if (config.localXdsPath) {
    try {
      localWatch = await watchLocalConfig(config.localXdsPath, apply, { log });
    } catch (err) {
      // The user set a variable, not a file: name both.
      if (err instanceof LocalConfigError && err.code === "ZTS_LOCAL_CONFIG_READ") {
        throw new ConfigError("ZTS_CONFIG_INVALID", `LOCAL_XDS_PATH=${config.localXdsPath}: ${err.message}`, {
          cause: err,
        });
      }
      throw err;
    }
    readiness.done("local-config");
  } else {
    xds = createXdsClient({
      config,
      onDelta: (d, typeUrl) => apply(d, typeUrl === ADDRESS_TYPE_URL),
      // Shared, not cloned; the workers decode while this thread does (the copy layout only:
      // with the shared one they decode nothing, so nothing is packed for them).
      ...(shared ? {} : { onAddressBytes: (u) => updater.postAddresses(u.packed, u.removed) }),
      log,
    });
    xds.ready.then(() => readiness.done("xds"));
    xds.start();
  }

  // Node-mode capture listeners; the acceptor hands each connection to a worker.
  const listeners: ListenerSpec[] = [];
  if (capture === "node") {
    const host = config.bindAddress;
    // TPROXY delivers to a transparent listener and keeps the destination as the local address.
    const capturedBy =
      config.captureMethod === "tproxy"
        ? ({ origDst: "tproxy", transparent: true } as const)
        : ({ origDst: "redirect" } as const);
    listeners.push(
      { kind: "outbound", host, port: config.outboundPort, ...capturedBy },
      { kind: "inbound-plaintext", host, port: config.inboundPlaintextPort, ...capturedBy },
      // A tunnel to podIP:15008 arrives redirected on the destination node: the original
      // destination (the pod) picks the certificate; without NAT it is the local address.
      { kind: "inbound", host, port: config.inboundPort, ...capturedBy },
    );
  }
  if (config.socks5) listeners.push({ kind: "socks5", host: config.socks5Addr.host, port: config.socks5Addr.port });
  const listenerIds: number[] = [];
  for (const spec of listeners) listenerIds.push((await nodeListeners.listen(spec)).id);

  // DNS proxy on this (main) thread, reading the state directly: node mode binds it now,
  // in-pod mode opens a pair in each pod's netns with the pod's other listeners.
  const dns = config.dnsCapture
    ? createDnsProxy({
        config,
        view: state,
        isLocal: local,
        localWorkloads: () => (config.nodeName ? state.workloadsOnNode(config.nodeName) : state.workloads()),
        addon: loadAddon(),
        log,
      })
    : undefined;
  if (dns && capture === "node") await dns.listenNode();
  readiness.done("workers");

  // In-pod mode: istio-cni hands each pod's netns over ZDS; its listeners live in there.
  // Workers learn each listener's netns (outgoing sockets for that pod are made in it);
  // a pod's certificate is fetched as soon as it is added.
  if (capture === "inpod") {
    const recertify = () => void localPods.reconcile();
    inpod = startInpod({
      config,
      listeners: { add: (spec) => pool.addListener(spec), remove: (id) => pool.removeListener(id) },
      onListenersChanged: () => toWorkers({ t: "inpod", listeners: inpod?.listenerNetns() ?? {} }),
      ...(dns
        ? { podListeners: { add: (uid, info, netns) => dns.addPod(uid, info, netns), remove: dns.removePod } }
        : {}),
      onPodAdded: recertify,
      // A deleted pod's listeners are closed; the workers close what came in on them (ztunnel:
      // drain Immediate). On this proxy's own drain they finish within the drain deadline.
      onPodRemoved: (uid, listenerIds, why) => {
        if (why === "deleted") toWorkers({ t: "pod-removed", uid, listeners: listenerIds });
        recertify();
      },
      readiness,
      log,
    });
  }

  const xdsStatus = () => {
    const out: Record<string, unknown> = {};
    for (const [t, s] of Object.entries(xds?.status() ?? {})) {
      out[t] = {
        connected: s.connected,
        resources: s.resources,
        lastAck: s.lastAck ? { version: "", nonce: s.lastAck.nonce, time: s.lastAck.at } : null,
        lastNack: s.lastNack ? { nonce: s.lastNack.nonce, time: s.lastNack.at, message: s.lastNack.message } : null,
      };
    }
    return out as ReturnType<Parameters<typeof buildConfigDump>[1]["xds"]>;
  };
  const balance = (): BalanceStatus => pool.snapshot();
  const admin = await startAdmin({
    config,
    view: state,
    readiness,
    onQuit: () => (opts.onQuit ? opts.onQuit() : void drain()),
    profiler: createProfiler(() => pool.workers()),
    providers: {
      xds: xdsStatus,
      certs: () => certs.sources(),
      balance,
      select: (q) => debugSelect(q, state, { lb: config.lb, network: config.network }),
      workloadState: async () => {
        // Every worker's open connections; one that does not answer in time is left out of this dump.
        const lists = await Promise.all(
          [...pool.workers().values()].map((w) =>
            ask(w, "connections", null, 2000).catch(() => [] as ConnectionEntry[]),
          ),
        );
        return workloadStateDump([...state.workloads()].filter(local), groupConnections(lists), config.trustDomain);
      },
      openConnections: (uid) => openConnections(loads, uid),
      ...(inpod ? { inpod: () => inpodDump(inpod as Inpod) } : {}),
      ...(dns
        ? {
            dns: () => ({
              listeners: dns.listeners(),
              upstreams: dns.upstreams.map((u) => joinHostPort(u.host, u.port)),
            }),
          }
        : {}),
    },
    metrics: createMetricsHub({
      workers: () => pool.workers(),
      local: dns ? [mainMetrics, dns.metrics.registry] : [mainMetrics],
      balance,
      xds: xdsStatus,
      xdsCounters: () => xds?.counters(),
      // Process-wide in the addon: one figure for all workers.
      nativePumps: () => pool.addon.pumpCount(),
      nativeHbone: () => ({ sessions: pool.addon.hboneCount?.() ?? 0, streams: pool.addon.hboneStreams?.() ?? 0 }),
      ...(inpod ? { inpod: () => (inpod as Inpod).stats() } : {}),
    }),
  });
  log.info(
    {
      node: config.nodeName,
      listeners: pool.listeners().map((l) => `${l.kind}@${l.address}:${l.port}`),
      admin: admin.ports,
    },
    "ztunnel-ts proxy started",
  );

  const ready = (async () => {
    if (xds) await xds.ready;
    await localPods.reconcile();
    await certs.ready();
    readiness.done("certs");
  })();
  // A log level set at run time (admin /logging) applies in the workers too.
  onLevelChange((level) => toWorkers({ t: "log-level", level }));

  let inpodClosed: Promise<void> | undefined;
  const closeInpod = () => {
    inpodClosed ??= inpod?.close() ?? Promise.resolve();
    return inpodClosed;
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    localWatch?.close();
    await closeInpod();
    await dns?.close();
    await xds?.stop();
    certs.close();
    await pool.close();
    await admin.close();
  };

  let draining: Promise<void> | undefined;
  const drain = () => {
    draining ??= drainOnce();
    return draining;
  };
  const drainOnce = async () => {
    readiness.drain();
    log.info({ deadlineMs: config.drainDeadlineMs }, "draining: stopped accepting, waiting for connections");
    // Closing our listening fds: a successor that adopted them keeps the sockets and their queues.
    for (const id of [...listenerIds, ...localPods.listenerIds()]) await nodeListeners.unlisten(id).catch(() => false);
    // In-pod listeners close too (the successor has its own in each pod; tcp_migrate_req moves
    // what is queued on ours); the pods' netns stay until stop, for the connections in flight.
    await inpod?.drain();
    toWorkers({ t: "drain" });
    const deadline = Date.now() + config.drainDeadlineMs;
    while (Date.now() < deadline && pool.counts().leases > 0) await new Promise((r) => setTimeout(r, 50));
    const left = pool.counts().leases;
    if (left > 0) log.warn({ left }, "drain deadline reached: closing the remaining connections");
    await stop();
  };

  return {
    config,
    state,
    pool,
    readiness,
    admin,
    certs,
    inpod,
    dns,
    ready,
    drain,
    stop,
    listenerFds: nodeListeners.fds,
  };
}
