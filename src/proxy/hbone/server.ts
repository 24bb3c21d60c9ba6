// HBONE server (inbound :15008). It takes raw accepted sockets — from the native acceptor,
// a per-pod listener, or listen() below — so it never owns a listener itself:
//   TLS (cert of the workload owning the local address, client cert required and checked
//   against the mesh roots in the handshake) → HTTP/2 → per CONNECT stream:
//   method (400) → authority is a local workload's ip:port (400) → authz (401) →
//   dial the workload (503) → 200 and copy both ways.
import http2, { type Http2Session, type ServerHttp2Stream } from "node:http2";
import net from "node:net";
import type tls from "node:tls";
import { uriSans } from "../../identity/pem.ts";
import type { WorkloadCert } from "../../identity/workload-cert.ts";
import { logger } from "../../log.ts";
import type { AuthzConnection, AuthzDecision } from "../authz.ts";
import { type CopyResult, copyBidirectional } from "../copy.ts";
import { applyConnectionWindow, DEFAULT_H2, type H2Tuning, h2Settings, maxSessionMemoryMb } from "./settings.ts";

export type RefusalReason =
  | "no-cert-for-address"
  | "tls-handshake"
  | "method"
  | "authority"
  | "authz-denied"
  | "dial-failed";

export interface InboundTarget {
  host: string;
  port: number;
  /** Opaque to the server; handed to authorize (e.g. the destination Workload). */
  workload?: unknown;
}

export interface InboundContext {
  /** Verified client SPIFFE id (empty if the client cert had none). */
  srcIdentity: string;
  srcIp: string;
  srcPort: number;
  /** Address the client dialed (the original destination). */
  localIp: string;
  authority: string;
}

export interface HboneServerOptions {
  /**
   * Certificate of the workload that owns `localIp`; undefined → connection dropped. A promise
   * holds the connection, unread, until it settles (a new pod's certificate still being issued).
   */
  certFor: (localIp: string) => WorkloadCert | undefined | Promise<WorkloadCert | undefined>;
  /** `ip:port` from :authority → the local workload to dial; undefined → 400. */
  resolveTarget: (authority: { host: string; port: number }, ctx: InboundContext) => InboundTarget | undefined;
  /** Authorization (e.g. authz.authorize bound to the state); absent = allow all. */
  authorize?: (conn: AuthzConnection, target: InboundTarget, ctx: InboundContext) => AuthzDecision;
  /** Dial the workload; srcIp lets it keep the client's address (IP_TRANSPARENT). */
  dial?: (target: { host: string; port: number }, srcIp: string) => Promise<net.Socket>;
  h2?: H2Tuning;
  /** Called when a tunnel ends (access log, metrics). */
  onTunnelClosed?: (ctx: InboundContext, result: CopyResult) => void;
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

export const defaultInboundDial = (target: { host: string; port: number }): Promise<net.Socket> =>
  new Promise((resolve, reject) => {
    const s = net.connect({ host: target.host, port: target.port, allowHalfOpen: true, noDelay: true });
    s.once("connect", () => {
      s.off("error", reject);
      resolve(s);
    });
    s.once("error", reject);
  });

/** `ip:port` / `[v6]:port` → parts; undefined if not an IP authority. */
export function parseAuthority(a: string | undefined): { host: string; port: number } | undefined {
  if (!a) return undefined;
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|(\d+\.\d+\.\d+\.\d+)):(\d{1,5})$/.exec(a);
  const port = Number(m?.[3]);
  const host = m?.[1] ?? m?.[2];
  if (!m || !host || !net.isIP(host) || port < 1 || port > 65535) return undefined;
  return { host, port };
}

const unmap = (ip: string | undefined) => (ip?.startsWith("::ffff:") && ip.includes(".") ? ip.slice(7) : (ip ?? ""));

export function createHboneServer(opts: HboneServerOptions): HboneServer {
  const log = logger();
  const tuning = opts.h2 ?? DEFAULT_H2;
  const dial = opts.dial ?? defaultInboundDial;
  const stats: HboneServerStats = {
    refused: {
      "no-cert-for-address": 0,
      "tls-handshake": 0,
      method: 0,
      authority: 0,
      "authz-denied": 0,
      "dial-failed": 0,
    },
    accepted: 0,
    sessions: 0,
    activeTunnels: 0,
  };
  const sessions = new Set<Http2Session>();
  const rawInfo = new WeakMap<object, { localIp: string; srcIp: string; srcPort: number }>();
  const peerCache = new WeakMap<
    Http2Session,
    { srcIdentity: string; localIp: string; srcIp: string; srcPort: number }
  >();
  const peerInfo = (s: Http2Session) => {
    let p = peerCache.get(s);
    if (p) return p;
    const t = s.socket as tls.TLSSocket;
    // TLSSocket keeps the wrapped raw socket as `_parent` when made by tls.Server.
    const raw = rawInfo.get((t as unknown as { _parent?: object })._parent ?? {});
    if (!raw) return undefined;
    p = { srcIdentity: uriSans(t.getPeerCertificate())[0] ?? "", ...raw };
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
      key: cert.keyPem,
      cert: cert.chainPem.join(""),
      ca: cert.rootsPem,
      requestCert: true,
      // Bad or missing client certs fail inside the handshake, with a TLS alert.
      rejectUnauthorized: true,
      ALPNProtocols: ["h2"],
      minVersion: "TLSv1.3",
      allowHTTP1: false,
      settings: h2Settings(tuning),
      maxSessionMemory: maxSessionMemoryMb(tuning),
      handshakeTimeout: opts.handshakeTimeoutMs ?? 10_000,
    });
    h2.on("session", (s: Http2Session) => {
      sessions.add(s);
      stats.sessions++;
      s.once("close", () => sessions.delete(s));
      s.on("error", (e) => log.debug({ err: e }, "hbone server: session error"));
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
      stats.refused["tls-handshake"]++;
      log.debug({ err: e, srcIp: unmap(sock.remoteAddress) }, "hbone server: TLS handshake refused");
    });
    // Not fatal for the server: a broken client session only ends that session.
    h2.on("sessionError", (e) => log.debug({ err: e }, "hbone server: session error"));
    servers.set(cert, h2);
    return h2;
  };

  const refuse = (stream: ServerHttp2Stream, status: number, reason: RefusalReason, detail: string) => {
    stats.refused[reason]++;
    log.debug({ reason, status, detail }, "hbone server: refused");
    if (!stream.destroyed && !stream.headersSent) stream.respond({ ":status": status }, { endStream: true });
  };

  async function onStream(stream: ServerHttp2Stream, headers: http2.IncomingHttpHeaders): Promise<void> {
    stream.on("error", () => {});
    const peer = peerInfo(stream.session as Http2Session);
    if (!peer) return void stream.destroy();
    const authority = headers[":authority"] ?? "";
    const ctx: InboundContext = { ...peer, authority };
    if (headers[":method"] !== "CONNECT") return refuse(stream, 400, "method", `method ${headers[":method"]}`);
    const dst = parseAuthority(authority);
    if (!dst) return refuse(stream, 400, "authority", `authority ${JSON.stringify(authority)}`);
    const target = opts.resolveTarget(dst, ctx);
    if (!target) return refuse(stream, 400, "authority", `${authority} is not a local workload`);
    const conn = { srcIp: peer.srcIp, srcIdentity: peer.srcIdentity || undefined, dstIp: dst.host, dstPort: dst.port };
    if (opts.authorize) {
      const d = opts.authorize(conn, target, ctx);
      if (!d.allow) return refuse(stream, 401, "authz-denied", `${d.reason} ${d.policy ?? ""}`);
    }
    let upstream: net.Socket;
    try {
      upstream = await dial({ host: target.host, port: target.port }, peer.srcIp);
    } catch (e) {
      return refuse(stream, 503, "dial-failed", (e as Error).message);
    }
    if (stream.destroyed) return void upstream.destroy();
    stream.respond({ ":status": 200 }, { endStream: false });
    stats.accepted++;
    stats.activeTunnels++;
    const untrack = opts.onTunnelOpened?.(ctx, target, conn, () => stream.destroy());
    const result = await copyBidirectional(stream, upstream);
    untrack?.();
    stats.activeTunnels--;
    opts.onTunnelClosed?.(ctx, result);
  }

  function handle(socket: net.Socket, info: { localAddress?: string } = {}): void {
    const localIp = unmap(info.localAddress ?? socket.localAddress);
    const srcIp = unmap(socket.remoteAddress);
    const srcPort = socket.remotePort ?? 0;
    socket.on("error", () => {});
    // TLS + h2 have no use for a half-open TCP connection: a FIN from the client ends it
    // (otherwise a client that vanishes mid-handshake leaves the socket open forever).
    socket.allowHalfOpen = false;
    const cert = opts.certFor(localIp);
    if (cert instanceof Promise) {
      void cert.then(
        (c) => serve(socket, c, { localIp, srcIp, srcPort }),
        () => serve(socket, undefined, { localIp, srcIp, srcPort }),
      );
    } else serve(socket, cert, { localIp, srcIp, srcPort });
  }

  function serve(
    socket: net.Socket,
    cert: WorkloadCert | undefined,
    info: { localIp: string; srcIp: string; srcPort: number },
  ): void {
    if (socket.destroyed) return;
    const { localIp } = info;
    if (!cert) {
      stats.refused["no-cert-for-address"]++;
      log.debug({ localIp }, "hbone server: no workload certificate for this address");
      socket.destroy();
      return;
    }
    // The stream handler needs the address facts of the raw socket; keep them by socket.
    rawInfo.set(socket, info);
    serverFor(cert).emit("connection", socket);
  }

  return {
    handle,
    async listen(addresses) {
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
        close: () =>
          Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => undefined),
      };
    },
    stats: () => ({ ...stats, refused: { ...stats.refused } }),
    drain() {
      for (const s of sessions) s.close();
    },
    close() {
      for (const s of sessions) s.destroy();
    },
  };
}
