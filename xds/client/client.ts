// The delta ADS client (SPEC.md §1): one bidirectional stream to istiod (or the embedded
// control plane), wildcard subscriptions to Address and Authorization, every response
// answered with an ACK or a NACK naming each rejected resource, and a reconnect loop that
// tells the server what we already hold (initial_resource_versions) so it can skip it.
// State is never cleared on disconnect: the proxy keeps serving from the last good state.
//
// grpc-js's generic client carries raw bytes both ways; protobufjs encodes and decodes
// here, so an undecodable message is our error to report, not a grpc-js internal one.
import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import type { Config } from "../../src/config.ts";
import { type Logger, logger } from "../../src/log.ts";
import { ADDRESS_TYPE_URL } from "../../src/state/from-proto.ts";
import type { Delta } from "../../src/state/store.ts";
import { type PackedResources, packResources } from "../../src/state/wire.ts";
import { envoy } from "../gen/protos.js";
import "../protobuf-strings.ts";
import { createBackoff } from "./backoff.ts";
import { XdsError } from "./errors.ts";
import { countMessage, newXdsCounters, terminationReason, type XdsCounters } from "./metrics.ts";
import { buildNode, type CallMetadataConfig, callMetadata, type NodeConfig } from "./node.ts";
import { handleResponse, TYPE_URLS } from "./response.ts";

export const ADS_METHOD = "/envoy.service.discovery.v3.AggregatedDiscoveryService/DeltaAggregatedResources";

const D = envoy.service.discovery.v3;
type PRequest = envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties;

export type XdsClientConfig = NodeConfig &
  CallMetadataConfig &
  Pick<Config, "xdsAddress" | "xdsRootCa" | "xdsMaxMessageBytes">;

export interface TypeStatus {
  connected: boolean;
  /** Resources of this type held now. */
  resources: number;
  lastAck?: { nonce: string; at: string };
  lastNack?: { nonce: string; at: string; message: string };
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface XdsClientOptions {
  config: XdsClientConfig;
  /** Called once per response of a known type, with everything valid in it. */
  onDelta(delta: Delta, typeUrl: string): void;
  /**
   * Called for each Address response before it is decoded here (then onDelta follows):
   * its resources' names and bytes in shared memory and the names removed, so other
   * threads can decode it in parallel (src/state/wire.ts).
   */
  onAddressBytes?(update: { packed: PackedResources; removed: string[] }): void;
  /** Called as each response's bytes arrive, before anything decodes them (latency measurements). */
  onReceived?(bytes: number): void;
  /** type URL → (name → version) already held, e.g. restored from a previous run. */
  initialVersions?: Record<string, Record<string, string>>;
  /** Every error the client handles itself (connect failures, NACKs, bad messages). */
  onError?(err: XdsError): void;
  /** Test hooks: timers for the reconnect delay, clock for status timestamps, backoff bounds. */
  timers?: Timers;
  now?: () => number;
  backoff?: { initialMs: number; maxMs: number };
  log?: Logger;
}

export interface XdsClient {
  start(): void;
  stop(): Promise<void>;
  /** Resolves once the first response of every subscribed type has been applied. */
  ready: Promise<void>;
  isReady(): boolean;
  status(): Record<string, TypeStatus>;
  /** Messages, payload bytes and stream terminations so far (istio_xds_*). */
  counters(): XdsCounters;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

function credentials(c: XdsClientConfig, log: Logger): grpc.ChannelCredentials {
  if (!c.xdsAddress.tls) return grpc.credentials.createInsecure();
  let root: Buffer | undefined;
  try {
    root = readFileSync(c.xdsRootCa);
  } catch {
    // Without the mesh root, fall back to the system roots (e.g. a control plane with a
    // public certificate); say so, since with istiod this will fail verification.
    log.warn({ xdsRootCa: c.xdsRootCa }, "XDS_ROOT_CA not readable; verifying the xDS server with system roots");
  }
  return grpc.credentials.createSsl(root);
}

export function createXdsClient(opts: XdsClientOptions): XdsClient {
  const { config } = opts;
  const log = (opts.log ?? logger()).child({ component: "xds" });
  const timers = opts.timers ?? realTimers;
  const now = opts.now ?? Date.now;
  const backoff = createBackoff(opts.backoff?.initialMs, opts.backoff?.maxMs);
  const node = buildNode(config);

  // What we hold, per type: name → version. Survives reconnects; sent as initial_resource_versions.
  const held = new Map<string, Map<string, string>>();
  const status = new Map<string, TypeStatus>();
  for (const t of TYPE_URLS) {
    held.set(t, new Map(Object.entries(opts.initialVersions?.[t] ?? {})));
    status.set(t, { connected: false, resources: held.get(t)!.size });
  }
  const counters = newXdsCounters();
  const pendingFirst = new Set<string>(TYPE_URLS);
  let markReady!: () => void;
  const ready = new Promise<void>((r) => {
    markReady = r;
  });

  let running = false;
  let client: grpc.Client | undefined;
  let call: grpc.ClientDuplexStream<PRequest, Buffer> | undefined;
  let timer: unknown;
  let attempt = 0;

  const report = (err: XdsError, level: "warn" | "error" = "warn") => {
    log[level]({ code: err.code }, err.message);
    opts.onError?.(err);
  };

  const setConnected = (v: boolean) => {
    for (const s of status.values()) s.connected = v;
  };

  function initialRequests(): PRequest[] {
    return TYPE_URLS.map((typeUrl) => ({
      typeUrl,
      node,
      // Empty subscribe list = wildcard.
      initialResourceVersions: Object.fromEntries(held.get(typeUrl)!),
    }));
  }

  function closeStream() {
    const c = call;
    call = undefined;
    if (c) {
      c.removeAllListeners();
      c.on("error", () => {}); // the cancel below surfaces as an error we do not want reported
      c.cancel();
    }
    client?.close();
    client = undefined;
  }

  function scheduleReconnect() {
    closeStream();
    setConnected(false);
    if (!running) return;
    const delay = backoff.next();
    log.debug({ delay }, "reconnecting to xDS server");
    timer = timers.setTimeout(() => {
      timer = undefined;
      if (running) connect();
    }, delay);
  }

  function onMessage(my: number, buf: Buffer) {
    if (my !== attempt || !call) return;
    opts.onReceived?.(buf.length);
    let resp: envoy.service.discovery.v3.DeltaDiscoveryResponse | undefined;
    try {
      resp = D.DeltaDiscoveryResponse.decode(buf);
    } catch (e) {
      // No nonce or type to answer: the stream's state is unknown, so start it over.
      // The server resends on the new stream; what we hold stays in place meanwhile.
      report(
        new XdsError(
          "ZTS_XDS_DECODE",
          `undecodable DeltaDiscoveryResponse (${buf.length} bytes): ${(e as Error).message}; reconnecting`,
          {
            cause: e,
          },
        ),
        "error",
      );
      counters.terminations.Error++;
      scheduleReconnect();
      return;
    }
    setConnected(true);
    backoff.reset();
    countMessage(counters, resp.typeUrl, resp.resources ?? []);
    if (opts.onAddressBytes && resp.typeUrl === ADDRESS_TYPE_URL) {
      opts.onAddressBytes({ packed: packResources(resp.resources ?? []), removed: [...(resp.removedResources ?? [])] });
    }
    const h = handleResponse(resp);
    // The decoded envelope (resources' names, versions, byte views) is not needed past
    // here: let it go while the delta is applied (tens of MB for a full push).
    resp = undefined;
    const at = new Date(now()).toISOString();
    let applied = false;
    if (h.delta) {
      try {
        opts.onDelta(h.delta, h.typeUrl);
        applied = true;
      } catch (e) {
        h.rejected.push(`(response): applying failed: ${(e as Error).message}`);
      }
    }
    if (applied) {
      const versions = held.get(h.typeUrl)!;
      for (const name of h.removed) versions.delete(name);
      for (const [name, v] of h.accepted) versions.set(name, v);
      status.get(h.typeUrl)!.resources = versions.size;
      if (pendingFirst.delete(h.typeUrl) && pendingFirst.size === 0) markReady();
    }
    const ack: PRequest = { typeUrl: h.typeUrl, responseNonce: h.nonce };
    const st = status.get(h.typeUrl);
    if (h.rejected.length > 0) {
      const message = h.rejected.join("; ");
      ack.errorDetail = { code: 3 /* INVALID_ARGUMENT */, message };
      if (st) st.lastNack = { nonce: h.nonce, at, message };
      report(
        new XdsError(
          h.delta ? "ZTS_XDS_REJECTED" : "ZTS_XDS_UNKNOWN_TYPE",
          `NACK ${h.typeUrl} nonce ${h.nonce}: ${message}`,
        ),
      );
    } else if (st) {
      st.lastAck = { nonce: h.nonce, at };
    }
    call.write(ack);
  }

  function onEnd(my: number, err?: grpc.ServiceError | Error) {
    if (my !== attempt) return;
    if (!running) return;
    counters.terminations[terminationReason(err)]++;
    const se = err as grpc.ServiceError | undefined;
    if (se?.code === grpc.status.RESOURCE_EXHAUSTED) {
      report(
        new XdsError(
          "ZTS_XDS_TOO_LARGE",
          `xDS response above the receive limit of ${config.xdsMaxMessageBytes} bytes (${se.details}); raise ZTS_XDS_MAX_MESSAGE_SIZE`,
          { cause: err },
        ),
        "error",
      );
    } else {
      report(
        new XdsError(
          "ZTS_XDS_CONNECT",
          `xDS stream to ${config.xdsAddress.target} ${err ? `failed: ${se?.details || err.message}` : "ended"}; keeping the last state and reconnecting`,
          { cause: err },
        ),
      );
    }
    scheduleReconnect();
  }

  function connect() {
    const my = ++attempt;
    // A fresh channel per attempt with its own subchannel: grpc-js's shared subchannels
    // keep their own (1 s+) reconnect backoff, which would override the 10 ms of the spec.
    client = new grpc.Client(config.xdsAddress.target, credentials(config, log), {
      "grpc.max_receive_message_length": config.xdsMaxMessageBytes,
      "grpc.max_send_message_length": -1,
      "grpc.use_local_subchannel_pool": 1,
      "grpc.keepalive_time_ms": 30_000,
    });
    const c = client.makeBidiStreamRequest<PRequest, Buffer>(
      ADS_METHOD,
      (req) => Buffer.from(D.DeltaDiscoveryRequest.encode(req).finish()),
      (buf) => buf,
      callMetadata(config),
    );
    call = c;
    c.on("metadata", () => {
      if (my === attempt) setConnected(true);
    });
    c.on("data", (buf: Buffer) => onMessage(my, buf));
    c.on("error", (e: Error) => onEnd(my, e));
    c.on("end", () => onEnd(my));
    for (const req of initialRequests()) {
      log.debug(
        { typeUrl: req.typeUrl, known: Object.keys(req.initialResourceVersions ?? {}).length },
        "initial request",
      );
      c.write(req);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      connect();
    },
    async stop() {
      running = false;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      attempt++;
      closeStream();
      setConnected(false);
    },
    ready,
    isReady: () => pendingFirst.size === 0,
    counters: () => structuredClone(counters),
    status() {
      const out: Record<string, TypeStatus> = {};
      for (const [t, s] of status) out[t] = structuredClone(s);
      return out;
    },
  };
}
