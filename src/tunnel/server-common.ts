// What the two HBONE servers do the same way around their own TLS + HTTP/2 sessions: the JS
// one (server.ts: node:tls + node:http2) and the native one (native-server.ts: the addon's
// OpenSSL + nghttp2). One copy, so a connection is accepted, a peer admitted, a refusal
// counted and a tunnel tracked alike on either path: the address facts of an accepted socket
// and the certificate chosen for its local address (waited for), the peer's identity, a
// CONNECT's context, the per-peer stream cap, the counters with their debug lines, and the
// tunnel's open and end (policy tracking, active count, tracker). The CONNECT decisions
// themselves are server.ts's decideConnect; only the sessions differ between the two files.
import type { X509Certificate } from "node:crypto";
import net from "node:net";
import type { CopyResult } from "../copy/copy.ts";
import type { AuthzConnection } from "../decide/authz.ts";
import { uriSans } from "../identity/pem.ts";
import type { WorkloadCert } from "../identity/workload-cert.ts";
import { logger } from "../log.ts";
import { canonicalOrEmpty } from "../state/ip.ts";
import type {
  HboneServerOptions,
  HboneServerStats,
  InboundContext,
  InboundTarget,
  RefusalReason,
  TunnelTracker,
} from "./server.ts";
import { DEFAULT_H2, type H2Tuning, SERVER_MAX_CONCURRENT_STREAMS } from "./settings.ts";

/** Where an accepted connection came from and which address it reached. */
export interface AddressFacts {
  localIp: string;
  srcIp: string;
  srcPort: number;
}

export const defaultInboundDial = (target: { host: string; port: number }): Promise<net.Socket> =>
  new Promise((resolve, reject) => {
    const s = net.connect({ host: target.host, port: target.port, allowHalfOpen: true, noDelay: true });
    s.once("connect", () => {
      s.off("error", reject);
      resolve(s);
    });
    s.once("error", reject);
  });

/** Every refusal reason at 0. */
export function emptyStats(): HboneServerStats {
  return {
    refused: {
      "no-cert-for-address": 0,
      "tls-handshake": 0,
      method: 0,
      authority: 0,
      "ip-mismatch": 0,
      "self-call": 0,
      "unknown-hostname": 0,
      "no-port": 0,
      "no-service-ip": 0,
      "authz-denied": 0,
      "dial-failed": 0,
      "max-streams-per-connection": 0,
      "max-streams-per-peer": 0,
    },
    accepted: 0,
    sessions: 0,
    activeTunnels: 0,
  };
}

/** Plain listeners on `ip:port` feeding `handle` (tests, demo). */
export async function listenRaw(
  addresses: { host: string; port: number }[],
  handle: (s: net.Socket, info: { localAddress?: string }) => void,
): Promise<{ close(): Promise<void> }> {
  const servers = await Promise.all(
    addresses.map(
      (a) =>
        new Promise<net.Server>((resolve, reject) => {
          const srv = net.createServer({ noDelay: true }, (s) => handle(s, { localAddress: a.host }));
          srv.once("error", reject);
          srv.listen({ host: a.host, port: a.port }, () => resolve(srv));
        }),
    ),
  );
  return {
    close: () => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => undefined),
  };
}

/** The SPIFFE id of a verified client certificate: its first URI SAN, "" if it has none. */
export function peerIdentity(cert: { subjectaltname?: string | undefined } | X509Certificate): string {
  return uriSans(cert)[0] ?? "";
}

/**
 * A CONNECT's context from the session's peer and the request's headers. A header sent more
 * than once: the first `x-forwarded-network` counts, every `baggage` value is kept.
 */
export function inboundContext(
  peer: AddressFacts & { srcIdentity: string },
  headers: {
    authority: string | undefined;
    forwardedNetwork: string | string[] | undefined;
    baggage: string | string[] | undefined;
  },
): InboundContext {
  const fwd = headers.forwardedNetwork;
  return {
    srcIdentity: peer.srcIdentity,
    srcIp: peer.srcIp,
    srcPort: peer.srcPort,
    localIp: peer.localIp,
    authority: headers.authority ?? "",
    forwardedNetwork: Array.isArray(fwd) ? fwd[0] : fwd,
    baggage: headers.baggage,
  };
}

/** Both servers' shared state and bookkeeping; each keeps only its sessions. */
export interface ServerCore {
  /** The counters, updated in place (HboneServer.stats() hands out `snapshot()`). */
  readonly stats: HboneServerStats;
  readonly tuning: H2Tuning;
  readonly dial: NonNullable<HboneServerOptions["dial"]>;
  readonly maxPerConnection: number;
  readonly handshakeTimeoutMs: number;
  snapshot(): HboneServerStats;
  /**
   * An accepted socket: its address facts, then the certificate of the workload owning its
   * local address (the socket held, unread, while a promise settles), then `start`. No
   * certificate, or a socket closed meanwhile: the connection is dropped, never started.
   */
  accept(
    socket: net.Socket,
    info: { localAddress?: string },
    start: (socket: net.Socket, cert: WorkloadCert, facts: AddressFacts) => void,
  ): void;
  /** A refusal counted (and its debug line); the caller answers the peer. */
  refused(reason: RefusalReason, status: number | undefined, detail: string): void;
  /** A TLS handshake refused, counted; the caller closes the connection. */
  handshakeRefused(fields: Record<string, unknown>): void;
  /** A stream past the per-connection limit (REFUSED_STREAM or a connection error), counted. */
  connectionLimitRefused(): void;
  /**
   * The per-peer stream cap: true = admitted (release it at the stream's end with
   * releasePeer); false = counted as refused, the caller resets the stream with REFUSED_STREAM
   * (RFC 9113 §8.7: nothing was processed, the client may retry).
   */
  admitPeer(srcIdentity: string): boolean;
  releasePeer(srcIdentity: string): void;
  /** The dial to the workload failed: the tracker ends (CONNECT), counted; the caller answers 503. */
  dialFailed(tracker: TunnelTracker | undefined, e: Error): void;
  /**
   * A tunnel is up (answered 200, or about to be): counted, handed to onTunnelOpened with
   * `close`. Call the returned function once, at the tunnel's end, with the copy's result.
   */
  tunnelOpened(
    ctx: InboundContext,
    target: InboundTarget,
    conn: AuthzConnection,
    tracker: TunnelTracker | undefined,
    close: () => void,
  ): (result: CopyResult) => void;
}

/** `name` starts each debug line ("hbone server", "hbone server (native)"). */
export function createServerCore(opts: HboneServerOptions, name: string): ServerCore {
  const log = logger();
  const stats = emptyStats();
  const refused = (reason: RefusalReason, status: number | undefined, detail: string) => {
    stats.refused[reason]++;
    log.debug({ reason, status, detail }, `${name}: refused`);
  };
  return {
    stats,
    tuning: opts.h2 ?? DEFAULT_H2,
    dial: opts.dial ?? defaultInboundDial,
    maxPerConnection: opts.maxStreamsPerConnection ?? SERVER_MAX_CONCURRENT_STREAMS,
    handshakeTimeoutMs: opts.handshakeTimeoutMs ?? 10_000,
    snapshot: () => ({ ...stats, refused: { ...stats.refused } }),
    accept(socket, info, start) {
      const facts: AddressFacts = {
        localIp: canonicalOrEmpty(info.localAddress ?? socket.localAddress),
        srcIp: canonicalOrEmpty(socket.remoteAddress),
        srcPort: socket.remotePort ?? 0,
      };
      socket.on("error", () => {});
      const go = (cert: WorkloadCert | undefined) => {
        if (socket.destroyed) return;
        if (!cert) {
          stats.refused["no-cert-for-address"]++;
          log.debug({ localIp: facts.localIp }, `${name}: no workload certificate for this address`);
          socket.destroy();
          return;
        }
        start(socket, cert, facts);
      };
      const cert = opts.certFor(facts.localIp);
      if (cert instanceof Promise) {
        void cert.then(go, () => go(undefined));
      } else go(cert);
    },
    refused,
    handshakeRefused(fields) {
      stats.refused["tls-handshake"]++;
      log.debug(fields, `${name}: TLS handshake refused`);
    },
    connectionLimitRefused() {
      stats.refused["max-streams-per-connection"]++;
      opts.onLimitRefused?.("max-streams-per-connection");
    },
    admitPeer(srcIdentity) {
      if (!opts.peerStreams || opts.peerStreams.acquire(srcIdentity)) return true;
      stats.refused["max-streams-per-peer"]++;
      log.debug({ srcIdentity }, `${name}: stream refused (ZTS_MAX_STREAMS_PER_PEER)`);
      opts.onLimitRefused?.("max-streams-per-peer");
      return false;
    },
    releasePeer(srcIdentity) {
      opts.peerStreams?.release(srcIdentity);
    },
    dialFailed(tracker, e) {
      tracker?.end({ flag: "CONNECT", error: e.message });
      refused("dial-failed", 503, e.message);
    },
    tunnelOpened(ctx, target, conn, tracker, close) {
      stats.accepted++;
      stats.activeTunnels++;
      const untrack = opts.onTunnelOpened?.(ctx, target, conn, close);
      return (result) => {
        untrack?.();
        stats.activeTunnels--;
        tracker?.end({ result });
      };
    },
  };
}
