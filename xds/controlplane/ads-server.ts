// Delta ADS server (envoy.service.discovery.v3.AggregatedDiscoveryService/
// DeltaAggregatedResources) over @grpc/grpc-js with the generated protobufjs codecs.
//
// Every stream remembers, per type URL, the version of each resource the client holds. A push
// is then simply "what differs between the current snapshot and what this client holds":
// the first (wildcard) request seeds that map from initial_resource_versions, so a reconnect
// re-sends nothing unchanged and removes names that vanished meanwhile; a mesh change sends
// each stream only its upserts and removals. Versions are content hashes, so an unchanged
// resource keeps its version across restarts of the control plane.
import { createHash, randomUUID } from "node:crypto";
import type * as grpc from "@grpc/grpc-js";
import { status as grpcStatus } from "@grpc/grpc-js";
import { logger } from "../../src/log.ts";
import { envoy } from "../gen/protos.js";
import { nodeOfCall } from "./node-token.ts";
import { encodeResponse, MAX_RESPONSE_BYTES, splitPush } from "./response-wire.ts";
import type { EncodedResource } from "./to-proto.ts";

type Request = envoy.service.discovery.v3.DeltaDiscoveryRequest;
/** A response object, or one already encoded (response-wire.ts: what this server writes). */
type Response = envoy.service.discovery.v3.DeltaDiscoveryResponse.$Properties | Buffer;
const { DeltaDiscoveryRequest, DeltaDiscoveryResponse } = envoy.service.discovery.v3;

export const ADS_METHOD = "/envoy.service.discovery.v3.AggregatedDiscoveryService/DeltaAggregatedResources";

/** The wire definition, usable for a server (addService) and a client (makeGenericClientConstructor). */
export const ADS_SERVICE: grpc.ServiceDefinition = {
  DeltaAggregatedResources: {
    path: ADS_METHOD,
    requestStream: true,
    responseStream: true,
    requestSerialize: (m: envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties) =>
      Buffer.from(DeltaDiscoveryRequest.encode(m).finish()),
    requestDeserialize: (b: Buffer) => DeltaDiscoveryRequest.decode(b),
    responseSerialize: (m: Response) =>
      Buffer.isBuffer(m) ? m : Buffer.from(DeltaDiscoveryResponse.encode(m).finish()),
    responseDeserialize: (b: Buffer) => DeltaDiscoveryResponse.decode(b),
  },
};

export interface VersionedResource {
  version: string;
  bytes: Uint8Array;
}

/** type URL → resource name → versioned bytes. */
export type Snapshot = Map<string, Map<string, VersionedResource>>;

export const versionOf = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

export function versioned(resources: EncodedResource[]): Map<string, VersionedResource> {
  const m = new Map<string, VersionedResource>();
  for (const r of resources) m.set(r.name, { version: versionOf(r.bytes), bytes: r.bytes });
  return m;
}

/** What changed in one type: the names to (re)send and the names gone. */
export interface ResourceChanges {
  upserts: Map<string, VersionedResource>;
  removed: string[];
}

/** type URL → what changed in it (incremental.ts computes it from the objects that changed). */
export type SnapshotDelta = Map<string, ResourceChanges>;

export interface Nack {
  typeUrl: string;
  nonce: string;
  message: string;
  nodeId: string;
  at: Date;
}

export interface AckEvent {
  typeUrl: string;
  nonce: string;
  nodeId: string;
  nack?: string;
}

export interface AdsServer {
  service: grpc.ServiceDefinition;
  handlers: grpc.UntypedServiceImplementation;
  /** Replaces the served snapshot and pushes each stream what differs for it. */
  update(snapshot: Snapshot): void;
  /**
   * Applies a delta to the served snapshot and pushes each stream only those names (what
   * it does not hold at that version): the cost follows the change, not the mesh.
   */
  apply(delta: SnapshotDelta): void;
  /** NACKs received so far (most recent last, at most 100 kept). */
  nacks(): Nack[];
  /** Called on every ACK or NACK (tests and logs). */
  onAck(cb: (e: AckEvent) => void): () => void;
  /** Number of open streams. */
  streams(): number;
  /** Ends every stream (server shutdown). */
  closeAll(): void;
}

interface Subscription {
  /** name → version the client holds (as far as we have told it). */
  known: Map<string, string>;
}

interface Stream {
  call: grpc.ServerDuplexStream<Request, Response>;
  nodeId: string;
  subs: Map<string, Subscription>;
  pending: Map<string, string>; // nonce → type URL
}

const MAX_NACKS = 100;

export interface AdsServerOptions {
  /** Bearer token → node (xds/controlplane/node-token.ts); absent = every caller is served (benchmarks). */
  nodeForToken?: (token: string) => string | undefined;
  /**
   * Largest response written (default MAX_RESPONSE_BYTES, 64 MiB): a bigger push is sent as
   * several responses, each with its own nonce (ACKed one by one).
   */
  maxResponseBytes?: number;
}

export function createAdsServer(initial: Snapshot = new Map(), opts: AdsServerOptions = {}): AdsServer {
  let snapshot = initial;
  const open = new Set<Stream>();
  const nacks: Nack[] = [];
  const ackListeners = new Set<(e: AckEvent) => void>();
  const log = logger().child({ component: "controlplane.ads" });

  const maxBytes = opts.maxResponseBytes ?? MAX_RESPONSE_BYTES;

  /** Writes one push as one or more responses (splitPush), each with a nonce of its own. */
  function send(
    s: Stream,
    typeUrl: string,
    resources: Array<readonly [string, VersionedResource]>,
    removed: string[],
  ): void {
    for (const part of splitPush(typeUrl, resources, removed, maxBytes)) {
      const nonce = randomUUID();
      s.pending.set(nonce, typeUrl);
      s.call.write(encodeResponse({ typeUrl, nonce, resources: part.resources, removed: part.removed }));
      log.debug(
        { node: s.nodeId, typeUrl, nonce, upserts: part.resources.length, removed: part.removed.length },
        "pushed",
      );
    }
  }

  function push(s: Stream, typeUrl: string, always: boolean): void {
    const sub = s.subs.get(typeUrl);
    if (!sub) return;
    const current = snapshot.get(typeUrl) ?? new Map<string, VersionedResource>();
    const resources: Array<readonly [string, VersionedResource]> = [];
    for (const [name, r] of current) {
      if (sub.known.get(name) === r.version) continue;
      resources.push([name, r]);
      sub.known.set(name, r.version);
    }
    const removedResources: string[] = [];
    for (const name of sub.known.keys()) {
      if (!current.has(name)) removedResources.push(name);
    }
    for (const name of removedResources) sub.known.delete(name);
    if (!always && resources.length === 0 && removedResources.length === 0) return;
    send(s, typeUrl, resources, removedResources);
  }

  /** Sends `s` the changed names of one type it is subscribed to, if it lacks any. */
  function pushChanges(s: Stream, typeUrl: string, changes: ResourceChanges): void {
    const sub = s.subs.get(typeUrl);
    if (!sub) return;
    const resources: Array<readonly [string, VersionedResource]> = [];
    for (const [name, r] of changes.upserts) {
      if (sub.known.get(name) === r.version) continue;
      resources.push([name, r]);
      sub.known.set(name, r.version);
    }
    const removedResources = changes.removed.filter((name) => sub.known.delete(name));
    if (resources.length === 0 && removedResources.length === 0) return;
    send(s, typeUrl, resources, removedResources);
  }

  function onRequest(s: Stream, req: Request): void {
    if (req.node?.id) s.nodeId = req.node.id;
    const typeUrl = req.typeUrl;
    if (req.responseNonce) {
      const forType = s.pending.get(req.responseNonce);
      s.pending.delete(req.responseNonce);
      const nack = req.errorDetail?.message || (req.errorDetail?.code ? `code ${req.errorDetail.code}` : undefined);
      if (nack) {
        nacks.push({ typeUrl, nonce: req.responseNonce, message: nack, nodeId: s.nodeId, at: new Date() });
        if (nacks.length > MAX_NACKS) nacks.shift();
        log.warn({ node: s.nodeId, typeUrl, nonce: req.responseNonce, error: nack }, "NACK");
      }
      if (forType !== undefined) {
        for (const cb of ackListeners) cb({ typeUrl, nonce: req.responseNonce, nodeId: s.nodeId, nack });
      }
      return;
    }
    if (s.subs.has(typeUrl)) return; // subscription changes by name are not used by ztunnel: wildcard only
    const known = new Map<string, string>(Object.entries(req.initialResourceVersions ?? {}));
    s.subs.set(typeUrl, { known });
    // Always answer the first request, even with nothing to send: the client's readiness
    // waits for the first response of each type.
    push(s, typeUrl, true);
  }

  const handlers: grpc.UntypedServiceImplementation = {
    DeltaAggregatedResources(call: grpc.ServerDuplexStream<Request, Response>) {
      if (opts.nodeForToken) {
        const caller = nodeOfCall(call.metadata, opts.nodeForToken);
        if ("refused" in caller) {
          log.warn({ peer: call.getPeer(), reason: caller.refused }, "ADS stream refused");
          call.emit("error", { code: grpcStatus.UNAUTHENTICATED, details: caller.refused });
          return;
        }
      }
      const s: Stream = { call, nodeId: "", subs: new Map(), pending: new Map() };
      open.add(s);
      call.on("data", (req: Request) => {
        try {
          onRequest(s, req);
        } catch (e) {
          log.error({ err: e, node: s.nodeId }, "request handling failed");
          call.destroy(e as Error);
        }
      });
      const done = () => {
        open.delete(s);
      };
      call.on("end", () => {
        done();
        call.end();
      });
      call.on("error", done);
      call.on("close", done);
      call.on("cancelled", done);
    },
  };

  return {
    service: ADS_SERVICE,
    handlers,
    update(next) {
      snapshot = next;
      for (const s of open) for (const typeUrl of s.subs.keys()) push(s, typeUrl, false);
    },
    apply(delta) {
      for (const [typeUrl, changes] of delta) {
        let current = snapshot.get(typeUrl);
        if (!current) {
          current = new Map();
          snapshot.set(typeUrl, current);
        }
        for (const [name, r] of changes.upserts) current.set(name, r);
        for (const name of changes.removed) current.delete(name);
      }
      for (const s of open) for (const [typeUrl, changes] of delta) pushChanges(s, typeUrl, changes);
    },
    nacks: () => [...nacks],
    onAck(cb) {
      ackListeners.add(cb);
      return () => ackListeners.delete(cb);
    },
    streams: () => open.size,
    closeAll() {
      for (const s of open) s.call.end();
      open.clear();
    },
  };
}
