// HBONE server (inbound :15008). It takes raw accepted sockets — from the native acceptor,
// a per-pod listener, or listen() below — so it never owns a listener itself:
//   TLS (cert of the workload owning the local address, client cert required and checked
//   against the mesh roots in the handshake) → HTTP/2 → per CONNECT stream:
//   method (400) → authority is a local workload's ip:port (400) → authz (401) →
//   dial the workload (503) → 200 and copy both ways.
// What it shares with the native server (native-server.ts) beyond decideConnect — accepting a
// socket with its certificate, peer admission, counters, a tunnel's open and end — is in
// server-common.ts.
import http2, { type Http2Session, type ServerHttp2Stream } from "node:http2";
import net from "node:net";
import type tls from "node:tls";
import { type CopyResult, copyBidirectional } from "../copy/copy.ts";
import type { AuthzConnection, AuthzDecision } from "../decide/authz.ts";
import { tlsKeyOptions, type WorkloadCert } from "../identity/workload-cert.ts";
import { logger } from "../log.ts";
import { canonicalIp, canonicalOrEmpty } from "../state/ip.ts";
import type { PeerStreams } from "./peer-streams.ts";
import { type AddressFacts, createServerCore, inboundContext, listenRaw, peerIdentity } from "./server-common.ts";
import { applyConnectionWindow, type H2Tuning, h2Settings, maxSessionMemoryMb } from "./settings.ts";

export type RefusalReason =
  | "no-cert-for-address"
  | "tls-handshake"
  | "method"
  | "authority"
  | "ip-mismatch"
  | "self-call"
  | "unknown-hostname"
  | "no-port"
  | "no-service-ip"
  | "authz-denied"
  | "dial-failed"
  | "max-streams-per-connection"
  | "max-streams-per-peer";

export interface InboundTarget {
  host: string;
  port: number;
  /** Opaque to the server; handed to authorize (e.g. the destination Workload). */
  workload?: unknown;
}

export interface TargetRefused {
  refused: {
    status: 400 | 503;
    reason: "ip-mismatch" | "self-call" | "unknown-hostname" | "no-port" | "no-service-ip";
    detail: string;
  };
}

export interface InboundContext {
  /** Verified client SPIFFE id (empty if the client cert had none). */
  srcIdentity: string;
  srcIp: string;
  srcPort: number;
  /** Address the client dialed (the original destination). */
  localIp: string;
  authority: string;
  /**
   * The CONNECT's `x-forwarded-network`: the client proxy's network, sent on the inner
   * CONNECT of a double tunnel (ztunnel's X_FORWARDED_NETWORK_HEADER).
   */
  forwardedNetwork?: string | undefined;
  /** The CONNECT's `baggage` values: what the client says about its workload (labels only). */
  baggage?: string | string[] | undefined;
}

export interface HboneServerOptions {
  /**
   * Certificate of the workload that owns `localIp`; undefined → connection dropped. A promise
   * holds the connection, unread, until it settles (a new pod's certificate still being issued).
   */
  certFor: (localIp: string) => WorkloadCert | undefined | Promise<WorkloadCert | undefined>;
  /**
   * `ip:port` from :authority → the local workload to dial; undefined → 400 `authority`; a
   * refusal → its status (ztunnel: 400 for an authority that is not the pod reached, 503 for
   * a call to the proxy's own ports).
   */
  resolveTarget: (
    authority: { host: string; port: number; hostname?: boolean },
    ctx: InboundContext,
  ) => InboundTarget | TargetRefused | undefined;
  /** Authorization (e.g. authz.authorize bound to the state); absent = allow all. */
  authorize?: (conn: AuthzConnection, target: InboundTarget, ctx: InboundContext) => AuthzDecision;
  /**
   * Dial the workload (the target resolveTarget gave, so the dial can act on its decision);
   * srcIp lets it keep the client's address (IP_TRANSPARENT).
   */
  dial?: (target: InboundTarget, srcIp: string) => Promise<net.Socket>;
  h2?: H2Tuning;
  /**
   * A stream that names a local workload, from then on (metrics, access log): ztunnel counts
   * such a request opened before authorization, so a denial is an opened, failed connection.
   */
  track?: (ctx: InboundContext, target: InboundTarget) => TunnelTracker;
  /**
   * A tunnel is up (answered 200). `close` ends it (RST_STREAM, so the client's connection
   * resets); the returned function, if any, runs when the tunnel ends. Lets the proxy close
   * tunnels a policy change no longer allows.
   */
  onTunnelOpened?: (
    ctx: InboundContext,
    target: InboundTarget,
    conn: AuthzConnection,
    close: () => void,
  ) => (() => void) | undefined;
  handshakeTimeoutMs?: number;
  /** Streams admitted at once per connection (advertised as SETTINGS_MAX_CONCURRENT_STREAMS); default ztunnel's 200. */
  maxStreamsPerConnection?: number;
  /** Streams admitted at once per source identity across connections (and threads); absent = no cap. */
  peerStreams?: Pick<PeerStreams, "acquire" | "release">;
  /** A stream refused for a limit (REFUSED_STREAM): counted by the caller. */
  onLimitRefused?: (reason: "max-streams-per-connection" | "max-streams-per-peer") => void;
}

export interface TunnelTracker {
  /** Bytes as they move: "sent" = client → workload, "received" = workload → client. */
  onBytes(direction: "sent" | "received", n: number): void;
  /** The end: refused with ztunnel's response flag, or after the copy with its result. */
  end(outcome: { flag: "DENY" | "CONNECT"; error: string } | { result: CopyResult }): void;
}

export interface HboneServerStats {
  refused: Record<RefusalReason, number>;
  /** Tunnels answered 200. */
  accepted: number;
  /** TLS sessions established. */
  sessions: number;
  activeTunnels: number;
}

export interface HboneServer {
  handle(socket: net.Socket, info?: { localAddress?: string }): void;
  /** Convenience for tests/demo: plain listeners on `ip:port` feeding handle(). */
  listen(addresses: { host: string; port: number }[]): Promise<{ close(): Promise<void> }>;
  stats(): HboneServerStats;
  /** Destroys every session. */
  close(): void;
  /** Proxy drain: GOAWAY on every session; open tunnels run to their end, clients dial anew for new ones. */
  drain(): void;
}

/** nghttp2's NGHTTP2_ERR_PROTO, as Node reports a connection-level protocol error. */
const NGHTTP2_ERR_PROTO = -505;

/** `ip:port` / `[v6]:port` → parts; undefined if not an IP authority. */
/** A DNS name as a service hostname is written (RFC 1123 labels), at most 253 characters. */
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * The CONNECT :authority: `ip:port` (the IP canonical: a mapped or oddly spelled address can
 * never pass for another workload) or, as ztunnel's HboneAddress::SvcHostname, a service
 * `hostname:port` (lower-cased); anything else is refused (400).
 */
export function parseAuthority(a: string | undefined): { host: string; port: number; hostname?: boolean } | undefined {
  if (!a) return undefined;
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^[\]:]+)):(\d{1,5})$/.exec(a);
  const port = Number(m?.[3]);
  if (!m || port < 1 || port > 65535) return undefined;
  if (m[1] !== undefined) return net.isIPv6(m[1]) ? { host: canonicalIp(m[1]) ?? m[1], port } : undefined;
  const host = m[2]!;
  if (net.isIPv4(host)) return { host: canonicalIp(host) ?? host, port };
  // Not an IPv4 literal: a name, never an address (so "10.0.0" is looked up as a hostname only).
  const name = host.toLowerCase();
  return HOSTNAME.test(name) && !/^[\d.]+$/.test(name) ? { host: name, port, hostname: true } : undefined;
}

/** The answer to one CONNECT before any dial: a refusal, or where it goes and how it is tracked. */
export type ConnectVerdict =
  | { refuse: RefusalReason; status: number; detail: string }
  | { target: InboundTarget; tracker: TunnelTracker | undefined; conn: AuthzConnection };

/**
 * The decisions for one CONNECT, the same for the JS and the native server: method (400) →
 * authority is a local workload's ip:port (400, or resolveTarget's refusal) → tracked →
 * authorization (401; the tracker ends with DENY).
 */
export function decideConnect(
  opts: Pick<HboneServerOptions, "resolveTarget" | "authorize" | "track">,
  method: string | undefined,
  ctx: InboundContext,
): ConnectVerdict {
  if (method !== "CONNECT") return { refuse: "method", status: 400, detail: `method ${method}` };
  const authority = ctx.authority;
  const dst = parseAuthority(authority);
  if (!dst) return { refuse: "authority", status: 400, detail: `authority ${JSON.stringify(authority)}` };
  const target = opts.resolveTarget(dst, ctx);
  if (!target) return { refuse: "authority", status: 400, detail: `${authority} is not a local workload` };
  if ("refused" in target) {
    return { refuse: target.refused.reason, status: target.refused.status, detail: target.refused.detail };
  }
  const tracker = opts.track?.(ctx, target);
  const conn = { srcIp: ctx.srcIp, srcIdentity: ctx.srcIdentity || undefined, dstIp: dst.host, dstPort: dst.port };
  if (opts.authorize) {
    const d = opts.authorize(conn, target, ctx);
    if (!d.allow) {
      const detail = `${d.reason} ${d.policy ?? ""}`;
      tracker?.end({ flag: "DENY", error: `authorization denied: ${detail.trim()}` });
      return { refuse: "authz-denied", status: 401, detail };
    }
  }
  return { target, tracker, conn };
}

export function createHboneServer(opts: HboneServerOptions): HboneServer {
  const log = logger();
  const core = createServerCore(opts, "hbone server");
  const { tuning, dial, maxPerConnection } = core;
  const sessions = new Set<Http2Session>();
  // The per-connection limit is nghttp2's own enforcement of the SETTINGS we advertise: before
  // the client acknowledges them, streams past it get REFUSED_STREAM (retryable, as ztunnel's h2
  // answers); after, Node treats the violation as a connection error and ends the session —
  // ztunnel would refuse just the stream, but no client that honours SETTINGS sees the
  // difference. Open streams per session (and their peak: the streams are closed before the
  // session's error is emitted) attribute such an end to the limit.
  const openStreams = new WeakMap<Http2Session, { now: number; peak: number }>();
  const rawInfo = new WeakMap<object, AddressFacts>();
  const peerCache = new WeakMap<Http2Session, AddressFacts & { srcIdentity: string }>();
  const peerInfo = (s: Http2Session) => {
    let p = peerCache.get(s);
    if (p) return p;
    const t = s.socket as tls.TLSSocket;
    // TLSSocket keeps the wrapped raw socket as `_parent` when made by tls.Server.
    const raw = rawInfo.get((t as unknown as { _parent?: object })._parent ?? {});
    if (!raw) return undefined;
    p = { srcIdentity: peerIdentity(t.getPeerCertificate()), ...raw };
    peerCache.set(s, p);
    return p;
  };

  // One secure h2 server object per workload certificate: raw sockets are emitted into it
  // as 'connection', so Node's own TLS + HTTP/2 server path runs (handshake errors as
  // tlsClientError, ALPN, buffered preface) — with the cert chosen by local address.
  const servers = new WeakMap<WorkloadCert, http2.Http2SecureServer>();
  const serverFor = (cert: WorkloadCert): http2.Http2SecureServer => {
    let h2 = servers.get(cert);
    if (h2) return h2;
    h2 = http2.createSecureServer({
      ...tlsKeyOptions(cert),
      cert: cert.chainPem.join(""),
      ca: cert.rootsPem,
      requestCert: true,
      // Bad or missing client certs fail inside the handshake, with a TLS alert.
      rejectUnauthorized: true,
      ALPNProtocols: ["h2"],
      minVersion: "TLSv1.3",
      allowHTTP1: false,
      settings: h2Settings(tuning, { maxConcurrentStreams: maxPerConnection }),
      maxSessionMemory: maxSessionMemoryMb(tuning),
      handshakeTimeout: core.handshakeTimeoutMs,
    });
    h2.on("session", (s: Http2Session) => {
      sessions.add(s);
      core.stats.sessions++;
      s.once("close", () => sessions.delete(s));
      s.on("error", (e) => {
        if (
          (e as { errno?: number }).errno === NGHTTP2_ERR_PROTO &&
          (openStreams.get(s)?.peak ?? 0) >= maxPerConnection
        ) {
          core.connectionLimitRefused();
        }
        log.debug({ err: e }, "hbone server: session error");
      });
      applyConnectionWindow(s, tuning);
    });
    h2.on("stream", (stream: ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => {
      void onStream(stream, headers).catch((e) => {
        log.warn({ err: e }, "hbone server: stream handler failed");
        stream.destroy();
      });
    });
    h2.on("tlsClientError", (e, sock) => {
      // Node rejects a bad client chain (wrong root, expired) after OpenSSL's handshake, in
      // JS, and then only closes the TLS layer: close the TCP connection too so the client
      // sees the refusal at once. (A missing client cert does get a TLS alert.)
      (sock as unknown as { _parent?: net.Socket })._parent?.destroy();
      core.handshakeRefused({ err: e, srcIp: canonicalOrEmpty(sock.remoteAddress) });
    });
    // Not fatal for the server: a broken client session only ends that session.
    h2.on("sessionError", (e) => log.debug({ err: e }, "hbone server: session error"));
    servers.set(cert, h2);
    return h2;
  };

  const answer = (stream: ServerHttp2Stream, status: number) => {
    if (!stream.destroyed && !stream.headersSent) stream.respond({ ":status": status }, { endStream: true });
  };

  async function onStream(stream: ServerHttp2Stream, headers: http2.IncomingHttpHeaders): Promise<void> {
    stream.on("error", () => {});
    const peer = peerInfo(stream.session as Http2Session);
    if (!peer) return void stream.destroy();
    const ctx = inboundContext(peer, {
      authority: headers[":authority"],
      forwardedNetwork: headers["x-forwarded-network"],
      baggage: headers.baggage,
    });
    const session = stream.session as Http2Session;
    if (!core.admitPeer(peer.srcIdentity)) return void stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
    const open = openStreams.get(session) ?? { now: 0, peak: 0 };
    openStreams.set(session, open);
    open.now++;
    if (open.now > open.peak) open.peak = open.now;
    stream.once("close", () => {
      open.now--;
      core.releasePeer(peer.srcIdentity);
    });
    const verdict = decideConnect(opts, headers[":method"], ctx);
    if ("refuse" in verdict) {
      core.refused(verdict.refuse, verdict.status, verdict.detail);
      return answer(stream, verdict.status);
    }
    const { target, tracker, conn } = verdict;
    let upstream: net.Socket;
    try {
      upstream = await dial(target, peer.srcIp);
    } catch (e) {
      core.dialFailed(tracker, e as Error);
      return answer(stream, 503);
    }
    if (stream.destroyed) {
      upstream.destroy();
      tracker?.end({ result: { bytesSent: 0, bytesReceived: 0 } });
      return;
    }
    stream.respond({ ":status": 200 }, { endStream: false });
    const ended = core.tunnelOpened(ctx, target, conn, tracker, () => stream.destroy());
    ended(await copyBidirectional(stream, upstream, tracker ? { onBytes: tracker.onBytes } : {}));
  }

  function handle(socket: net.Socket, info: { localAddress?: string } = {}): void {
    // TLS + h2 have no use for a half-open TCP connection: a FIN from the client ends it
    // (otherwise a client that vanishes mid-handshake leaves the socket open forever).
    socket.allowHalfOpen = false;
    core.accept(socket, info, (sock, cert, facts) => {
      // The stream handler needs the address facts of the raw socket; keep them by socket.
      rawInfo.set(sock, facts);
      serverFor(cert).emit("connection", sock);
    });
  }

  return {
    handle,
    listen: (addresses) => listenRaw(addresses, handle),
    stats: core.snapshot,
    drain() {
      for (const s of sessions) s.close();
    },
    close() {
      for (const s of sessions) s.destroy();
    },
  };
}
