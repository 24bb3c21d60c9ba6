// Prometheus metrics: Istio's istio_tcp_* (SPEC.md §5, labels filled as ztunnel's
// src/proxy/metrics.rs does) and our ztunnel_ts_* gauges.
//
// Aggregation across worker threads — why pull, not push: connections live in
// worker_threads, and each worker records into its OWN prom-client Registry
// (createTcpMetrics() in the worker, no locks, no message per connection on the hot
// path). At scrape time the main thread asks every worker for
// `registry.getMetricsAsJSON()` over its MessagePort (one request/response per worker per
// scrape) and sums them with prom-client's AggregatorRegistry.aggregate — counters with
// equal label sets add up exactly, because they are integers in float64 far below 2^53.
// Pushing increments instead would cost one postMessage per connection event (a structured
// clone of ~23 labels) and still need a main-side registry; pulling costs nothing until
// Prometheus asks. A worker that does not answer in time (stuck, or dead and being
// restarted) is represented by the last snapshot it gave, so totals never go backwards
// while it is away.
//
// The ztunnel_ts_* gauges come from providers (balance addon, xDS client) and are read at
// scrape time, so they are never stale and need no bookkeeping.
import { readFileSync } from "node:fs";
import type { MessagePort, Worker } from "node:worker_threads";
import {
  AggregatorRegistry,
  Counter,
  collectDefaultMetrics,
  Gauge,
  type MetricObjectWithValues,
  type MetricValue,
  Registry,
} from "prom-client";
import type { XdsCounters } from "../../xds/client/metrics.ts";
import type { Baggage } from "../decide/headers.ts";
import { identityOf } from "../identity/spiffe.ts";
import type { Service, Workload } from "../state/types.ts";
import type { BalanceStatus, XdsStatus } from "./config-dump.ts";
import { answer, ask } from "./thread-rpc.ts";

const PACKAGE_VERSION: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

export const ISTIO_TCP_LABELS = [
  "reporter",
  "source_workload",
  "source_workload_namespace",
  "source_principal",
  "source_app",
  "source_version",
  "source_canonical_service",
  "source_canonical_revision",
  "source_cluster",
  "destination_service",
  "destination_service_name",
  "destination_service_namespace",
  "destination_workload",
  "destination_workload_namespace",
  "destination_principal",
  "destination_app",
  "destination_version",
  "destination_canonical_service",
  "destination_canonical_revision",
  "destination_cluster",
  "request_protocol",
  "response_flags",
  "connection_security_policy",
] as const;

/** Present only when the source or the destination workload is known (ztunnel's OptionallyEncode). */
export const LOCALITY_LABELS = ["source_region", "source_zone", "destination_region", "destination_zone"] as const;

export type TcpLabelName = (typeof ISTIO_TCP_LABELS)[number];
export type TcpLabels = Record<TcpLabelName, string> & Partial<Record<(typeof LOCALITY_LABELS)[number], string>>;

/** ztunnel's ResponseFlags (src/proxy/metrics.rs); every one but `-` also counts as a failed connection. */
export type ResponseFlag =
  | "-"
  | "DENY"
  | "CONNECT"
  | "TLS_FAILURE"
  | "H2_HANDSHAKE_FAILURE"
  | "NETWORK_POLICY"
  | "IDENTITY_ERROR"
  | "CERT_REVOKED";

export interface ConnectionLabelInput {
  /** `source` on the client's node (outbound), `destination` on the server's (inbound). */
  reporter: "source" | "destination";
  source?: Workload | undefined;
  destination?: Workload | undefined;
  /** The service the client asked for (VIP or hostname), if any. */
  service?: Service | undefined;
  /**
   * SPIFFE id proven by mTLS for the client: inbound = the peer certificate's, outbound
   * over HBONE = our source workload's own (ztunnel reports it the same way).
   */
  sourceIdentity?: string | undefined;
  /** SPIFFE id of the server; default: derived from the destination workload. */
  destinationIdentity?: string | undefined;
  /**
   * What the client's CONNECT baggage says about it (decide/headers.ts parseBaggage): the
   * source labels when `source` is unknown, as ztunnel's derived source (a tunnel through a
   * network gateway has no source workload here).
   */
  derivedSource?: Baggage | undefined;
  /** HBONE (mutual TLS) or plain TCP. */
  mtls: boolean;
  /** `-` (none), `DENY`, `CONNECT`, `TLS_FAILURE`… as ztunnel's ResponseFlags. */
  responseFlags?: ResponseFlag | undefined;
}

const UNKNOWN = "unknown";
const known = (v: string | undefined): string => (v ? v : UNKNOWN);

/**
 * Istio's label set for one connection, filled like ztunnel's CommonTrafficLabels:
 * workload = workloadName, app/canonical_service = canonicalName, version/
 * canonical_revision = canonicalRevision, cluster = clusterId, destination_service =
 * the service hostname; empty values become `unknown` (DefaultedUnknown).
 * source_principal only from an identity mTLS proves (never guessed from a plain-TCP
 * source IP); destination_principal from the destination workload's identity.
 */
export function tcpLabels(c: ConnectionLabelInput): TcpLabels {
  const s = c.source;
  const d = c.destination;
  const sourcePrincipal = c.sourceIdentity ?? (c.mtls && c.reporter === "source" && s ? identityOf(s) : undefined);
  // ztunnel's with_derived_source, which with_source then overrides field by field.
  const b = s ? undefined : c.derivedSource;
  const labels: TcpLabels = {
    reporter: c.reporter,
    source_workload: known(s?.workloadName ?? b?.workloadName),
    source_workload_namespace: known(s?.namespace ?? b?.namespace),
    source_principal: known(sourcePrincipal),
    source_app: known(s?.canonicalName ?? b?.workloadName),
    source_version: known(s?.canonicalRevision ?? b?.revision),
    source_canonical_service: known(s?.canonicalName ?? b?.serviceName),
    source_canonical_revision: known(s?.canonicalRevision ?? b?.revision),
    source_cluster: known(s?.clusterId ?? b?.clusterId),
    destination_service: known(c.service?.hostname),
    destination_service_name: known(c.service?.name),
    destination_service_namespace: known(c.service?.namespace),
    destination_workload: known(d?.workloadName),
    destination_workload_namespace: known(d?.namespace),
    destination_principal: known(c.destinationIdentity ?? (d ? identityOf(d) : undefined)),
    destination_app: known(d?.canonicalName),
    destination_version: known(d?.canonicalRevision),
    destination_canonical_service: known(d?.canonicalName),
    destination_canonical_revision: known(d?.canonicalRevision),
    destination_cluster: known(d?.clusterId),
    request_protocol: "tcp",
    response_flags: c.responseFlags ?? "-",
    connection_security_policy: c.mtls ? "mutual_tls" : UNKNOWN,
  };
  if (s || d || b) {
    labels.source_region = known(s?.locality.region ?? b?.region);
    labels.source_zone = known(s?.locality.zone ?? b?.zone);
    labels.destination_region = known(d?.locality.region);
    labels.destination_zone = known(d?.locality.zone);
  }
  return labels;
}

// ---- worker side ----

/**
 * One connection's metrics, from the moment it opens (as ztunnel's ConnectionResult):
 * "opened" is counted at once, bytes are added as they move and reach the counters at least
 * once a second (and at every scrape), and close() counts it closed — and failed, with its
 * response flag, when it carries one. The byte path only adds to two numbers.
 */
export interface ConnectionMetrics {
  /** Istio's "sent": destination → source (the response). */
  sent(n: number): void;
  /** Istio's "received": source → destination (the request). */
  received(n: number): void;
  close(flag?: ResponseFlag): void;
}

export interface TcpMetrics {
  readonly registry: Registry;
  open(labels: TcpLabels): ConnectionMetrics;
  /** istio_tcp_sockets_open: a socket accepted by a listener of this reporter, and its close. */
  socketOpened(reporter: "source" | "destination"): void;
  socketClosed(reporter: "source" | "destination"): void;
  /** Moves the live connections' pending bytes into the counters (timer and scrape). */
  flush(): void;
  /** Stops the flush timer. */
  close(): void;
}

/** How often live byte counts reach the counters: the contract is "at least once a second". */
export const BYTES_FLUSH_MS = 1000;

interface Live {
  labels: TcpLabels;
  sent: number;
  received: number;
}

/** One per thread that handles connections (each worker, and main if it ever does). */
export function createTcpMetrics(registry: Registry = new Registry()): TcpMetrics {
  const labelNames = [...ISTIO_TCP_LABELS, ...LOCALITY_LABELS];
  const mk = (name: string, help: string) => new Counter({ name, help, labelNames, registers: [registry] });
  const opened = mk("istio_tcp_connections_opened_total", "The total number of TCP connections opened");
  const closed = mk("istio_tcp_connections_closed_total", "The total number of TCP connections closed");
  const failed = mk(
    "istio_tcp_connections_failed_total",
    "The total number of TCP connections that failed to establish (unstable)",
  );
  const received = mk(
    "istio_tcp_received_bytes_total",
    "The size of total bytes received during request in case of a TCP connection",
  );
  const sent = mk(
    "istio_tcp_sent_bytes_total",
    "The size of total bytes sent during response in case of a TCP connection",
  );
  const sockets = new Gauge({
    name: "istio_tcp_sockets_open",
    help: "The current number of open TCP sockets (unstable)",
    labelNames: ["reporter"],
    registers: [registry],
  });
  const live = new Set<Live>();
  const flushOne = (c: Live) => {
    if (c.sent > 0) sent.inc(c.labels, c.sent);
    if (c.received > 0) received.inc(c.labels, c.received);
    c.sent = 0;
    c.received = 0;
  };
  const flush = () => {
    for (const c of live) if (c.sent > 0 || c.received > 0) flushOne(c);
  };
  const timer = setInterval(flush, BYTES_FLUSH_MS);
  timer.unref();
  return {
    registry,
    open(labels) {
      opened.inc(labels);
      // inc(0) creates the byte series at open, as ztunnel's get_or_create does.
      sent.inc(labels, 0);
      received.inc(labels, 0);
      const c: Live = { labels, sent: 0, received: 0 };
      live.add(c);
      let done = false;
      return {
        sent: (n) => {
          c.sent += n;
        },
        received: (n) => {
          c.received += n;
        },
        close(flag = "-") {
          if (done) return;
          done = true;
          live.delete(c);
          flushOne(c);
          const final = flag === labels.response_flags ? labels : { ...labels, response_flags: flag };
          closed.inc(final);
          if (flag !== "-") failed.inc(final);
        },
      };
    },
    socketOpened: (reporter) => sockets.inc({ reporter }),
    socketClosed: (reporter) => sockets.dec({ reporter }),
    flush,
    close: () => clearInterval(timer),
  };
}

export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

/** Worker half of the scrape: this thread's series as JSON for aggregate(). */
export function workerMetrics(m: TcpMetrics | Registry): Promise<MetricsJson> {
  if ("registry" in m) {
    // A scrape sees every byte moved so far, not just what the last timer tick flushed.
    m.flush();
    return m.registry.getMetricsAsJSON();
  }
  return m.getMetricsAsJSON();
}

/**
 * Worker side of the scrape: answers the main thread's requests on `port` (parentPort in a
 * worker). Returns a function that stops answering.
 */
export function answerMetricsRequests(port: MessagePort, m: TcpMetrics | Registry): () => void {
  return answer(port, "metrics", () => workerMetrics(m));
}

// ---- main side ----

/** Main half: sums the workers' JSON into one registry (counters add, per label set). */
export function aggregate(jsonArrays: MetricsJson[]): Registry {
  return AggregatorRegistry.aggregate(jsonArrays) as Registry;
}

/** Asks one worker (or any port speaking the protocol) for its metrics. */
export const requestMetrics = (target: Worker | MessagePort, timeoutMs = 2000): Promise<MetricsJson> =>
  ask(target, "metrics", null, timeoutMs).then((m) => m ?? []);

export interface MetricsSources {
  /** Workers by id; read at every scrape, so restarts and scaling are picked up. */
  workers?(): Map<number, Worker | MessagePort>;
  /** Metrics recorded on the main thread itself, if any. */
  local?: TcpMetrics | Registry | (TcpMetrics | Registry)[];
  balance?(): BalanceStatus;
  xds?(): XdsStatus;
  /** ztunnel's xDS client counters (istio_xds_*). */
  xdsCounters?(): XdsCounters | undefined;
  /** In-pod mode: pods served and ZDS connection figures. */
  inpod?(): {
    pods: number;
    pending: number;
    zdsConnected: boolean;
    zdsErrors: number;
    proxiesStarted: number;
    proxiesStopped: number;
  };
  /** Connections whose data phase runs in the addon's splice pump now (ZTS_DATAPATH=native). */
  nativePumps?(): number;
  /** Native HBONE sessions (server and client role) and their data-phase streams now (ZTS_HBONE_DATAPATH=native). */
  nativeHbone?(): { sessions: number; streams: number };
  /** istio_build's tag (default: this package's version). */
  buildTag?: string;
  timeoutMs?: number;
}

export interface MetricsHub {
  /** The text exposition of everything: aggregated istio_tcp_* and the ztunnel_ts_* gauges. */
  render(): Promise<{ contentType: string; body: string }>;
}

/** Main thread: the /metrics handler's data source. */
export function createMetricsHub(src: MetricsSources): MetricsHub {
  const gauges = new Registry();
  const lastSeen = new Map<number, MetricsJson>();
  // Series-less families, so HELP/TYPE of istio_tcp_* show before the first connection.
  const families = createTcpMetrics();

  const workerGauge = (name: string, help: string, pick: (w: BalanceStatus["workers"][number]) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ["worker"],
      registers: [gauges],
      collect() {
        this.reset();
        for (const w of src.balance?.().workers ?? []) this.set({ worker: String(w.id) }, pick(w));
      },
    });
  workerGauge("ztunnel_ts_worker_connections_open", "Connections open on each worker", (w) => w.open);
  workerGauge("ztunnel_ts_worker_queued", "Connections handed to each worker and not yet picked up", (w) => w.queued);
  workerGauge("ztunnel_ts_worker_credits", "Balancer credits each worker holds", (w) => w.credits);
  new Counter({
    name: "ztunnel_ts_worker_connections_accepted_total",
    help: "Connections handed to each worker since start",
    labelNames: ["worker"],
    registers: [gauges],
    collect() {
      // The balancer keeps the running total; mirror it (reset + inc = set for a counter).
      this.reset();
      for (const w of src.balance?.().workers ?? []) this.inc({ worker: String(w.id) }, w.accepted);
    },
  });
  const xdsGauge = (name: string, help: string, pick: (s: XdsStatus[string]) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ["type_url"],
      registers: [gauges],
      collect() {
        this.reset();
        for (const [typeUrl, s] of Object.entries(src.xds?.() ?? {})) this.set({ type_url: typeUrl }, pick(s));
      },
    });
  xdsGauge("ztunnel_ts_xds_connected", "1 while the xDS stream for this type is connected", (s) =>
    s.connected ? 1 : 0,
  );
  xdsGauge("ztunnel_ts_xds_resources", "Resources of this type held", (s) => s.resources);

  // ztunnel's own families, same names, types and labels (src/metrics/meta.rs, src/xds/metrics.rs,
  // src/inpod/metrics.rs), so Istio's ztunnel dashboard reads them unchanged.
  new Gauge({
    name: "istio_build",
    help: "Istio component build info",
    labelNames: ["component", "tag"],
    registers: [gauges],
  }).set({ component: "ztunnel", tag: src.buildTag ?? PACKAGE_VERSION }, 1);
  const mirror = (name: string, help: string, labelName: string, pick: (c: XdsCounters) => Record<string, number>) =>
    new Counter({
      name,
      help,
      labelNames: [labelName],
      registers: [gauges],
      collect() {
        this.reset();
        const c = src.xdsCounters?.();
        if (c) for (const [k, v] of Object.entries(pick(c))) this.inc({ [labelName]: k }, v);
      },
    });
  mirror(
    "istio_xds_connection_terminations_total",
    "The total number of completed connections to xds server (unstable)",
    "reason",
    (c) => c.terminations,
  );
  mirror("istio_xds_message_total", "Total number of messages received (unstable)", "url", (c) => c.messages);
  mirror("istio_xds_message_bytes_total", "Total number of bytes received (unstable)", "url", (c) => c.messageBytes);
  // process_open_fds, process_resident_memory_bytes, process_cpu_seconds_total, … (the whole
  // process: every worker thread shares it) and Node's own nodejs_* figures.
  collectDefaultMetrics({ register: gauges });
  // ztunnel's workload manager figures, always present as ztunnel has them (0 in node mode):
  // the dashboard plots them for every ztunnel.
  type WorkloadManagerFigures = { pods: number; pending: number; proxiesStarted: number; proxiesStopped: number };
  const wm = (): WorkloadManagerFigures =>
    src.inpod?.() ?? { pods: 0, pending: 0, proxiesStarted: 0, proxiesStopped: 0 };
  if (src.nativePumps) {
    const count = src.nativePumps;
    new Gauge({
      name: "ztunnel_ts_native_pumps",
      help: "Connections whose data phase runs in the addon's splice(2) pump right now (ZTS_DATAPATH=native); the rest are copied in JavaScript",
      registers: [gauges],
      collect() {
        this.set(count());
      },
    });
  }
  if (src.nativeHbone) {
    const figures = src.nativeHbone;
    new Gauge({
      name: "ztunnel_ts_native_hbone_sessions",
      help: "HBONE sessions (TLS + HTTP/2; inbound and outbound) run by the addon right now (ZTS_HBONE_DATAPATH=native)",
      registers: [gauges],
      collect() {
        this.set(figures().sessions);
      },
    });
    new Gauge({
      name: "ztunnel_ts_native_hbone_streams",
      help: "CONNECT streams of native HBONE sessions whose data phase runs in the addon right now (ZTS_HBONE_DATAPATH=native)",
      registers: [gauges],
      collect() {
        this.set(figures().streams);
      },
    });
  }
  new Gauge({
    name: "workload_manager_active_proxy_count",
    help: "The total number current workloads with active proxies (unstable)",
    registers: [gauges],
    collect() {
      this.set(wm().pods);
    },
  });
  new Gauge({
    name: "workload_manager_pending_proxy_count",
    help: "The total number current workloads with pending proxies (unstable)",
    registers: [gauges],
    collect() {
      this.set(wm().pending);
    },
  });
  const started = (name: string, help: string, pick: (s: WorkloadManagerFigures) => number) =>
    new Counter({
      name,
      help,
      registers: [gauges],
      collect() {
        this.reset();
        this.inc(pick(wm()));
      },
    });
  started(
    "workload_manager_proxies_started_total",
    "The total number of proxies that were started (unstable)",
    (s) => s.proxiesStarted,
  );
  started(
    "workload_manager_proxies_stopped_total",
    "The total number of proxies that were stopped (unstable)",
    (s) => s.proxiesStopped,
  );
  if (src.inpod) {
    const inpod = src.inpod;
    new Gauge({
      name: "ztunnel_ts_inpod_pods",
      help: "Pods handed over by istio-cni (ZDS) with listeners in their netns",
      registers: [gauges],
      collect() {
        this.set(inpod().pods);
      },
    });
    new Gauge({
      name: "ztunnel_ts_zds_connected",
      help: "1 while connected to the istio-cni agent's ZDS socket",
      registers: [gauges],
      collect() {
        this.set(inpod().zdsConnected ? 1 : 0);
      },
    });
    new Counter({
      name: "ztunnel_ts_zds_errors_total",
      help: "ZDS requests answered with an error ack, and ZDS connection failures",
      registers: [gauges],
      collect() {
        this.reset();
        this.inc(inpod().zdsErrors);
      },
    });
  }

  async function workerJson(): Promise<MetricsJson[]> {
    const workers = src.workers?.() ?? new Map();
    const out: MetricsJson[] = [];
    await Promise.all(
      [...workers].map(async ([id, w]) => {
        try {
          lastSeen.set(id, await requestMetrics(w, src.timeoutMs));
        } catch {
          // Keep the previous snapshot: a slow or restarting worker must not make counters dip.
        }
      }),
    );
    for (const json of lastSeen.values()) out.push(json);
    return out;
  }

  return {
    async render() {
      const parts = await workerJson();
      for (const l of [src.local ?? []].flat()) parts.push(await workerMetrics(l));
      parts.push(await workerMetrics(families));
      const tcp = aggregate(parts);
      const body = (await tcp.metrics()) + (await gauges.metrics());
      return { contentType: gauges.contentType, body };
    },
  };
}
