// HBONE client: HTTP/2 CONNECT over mTLS to a destination pod's :15008, with a pool of
// h2 sessions per worker thread (a session belongs to the thread that made it).
// Pool key = (source identity, destination identities, destination address, source IP),
// as ztunnel keys it; at most maxStreams streams per session, a new session beyond that;
// sessions with no streams are closed after idleMs.
import http2, { type ClientHttp2Session, type ClientHttp2Stream } from "node:http2";
import net from "node:net";
import type { Duplex } from "node:stream";
import tls from "node:tls";
import { uriSans } from "../identity/pem.ts";
import { secureContextFor, type WorkloadCert } from "../identity/workload-cert.ts";
import { logger } from "../log.ts";
import { bracketHost } from "../state/ip.ts";
import { type PoolEntry, poolKey, RefusedStream, SessionPool, traceparent, withRefusedRetry } from "./client-pool.ts";
import { HboneError } from "./errors.ts";
import { applyConnectionWindow, DEFAULT_H2, type H2Tuning, h2Settings, maxSessionMemoryMb } from "./settings.ts";

/** `srcIp` = the source pod's IP, which node mode binds so the far side sees the pod, not the node. */
export type Dialer = (host: string, port: number, srcIp?: string) => Promise<net.Socket>;

export interface HboneConnectRequest {
  srcIdentity: string;
  /** The server must present one of these SPIFFE ids (workload's, or the service's SANs). */
  dstIdentities: string[];
  /** Destination pod IP and HBONE port (15008). */
  dstAddr: { host: string; port: number };
  /** Source pod IP (part of the pool key; the dialer may bind it). */
  srcIp: string;
  /** `podIP:port` of the target inside the destination. */
  authority: string;
  /** Request headers the decision made (forwarded, baggage: src/decide/headers.ts); a traceparent here overrides the random one. */
  headers?: Record<string, string>;
}

/** Double HBONE's inner hop, inside the stream of an outer CONNECT to a network gateway. */
export interface InnerConnectRequest {
  /** The destination must present one of these SPIFFE ids. */
  dstIdentities: string[];
  authority: string;
  /** forwarded, baggage and x-forwarded-network (src/decide/outbound.ts). */
  headers?: Record<string, string>;
}

export interface HboneClientOptions {
  /** The worker's copy of the workload certificate for a source identity. */
  certFor: (identity: string) => WorkloadCert | undefined;
  dial?: Dialer;
  maxStreamsPerConnection?: number;
  idleReleaseMs?: number;
  h2?: H2Tuning;
  /** TLS + h2 handshake deadline. */
  connectTimeoutMs?: number;
}

export interface HboneClientStats {
  /** Open sessions per pool key. */
  sessions: { key: string; streams: number[] }[];
  sessionsOpened: number;
}

export interface HboneClient {
  connect(req: HboneConnectRequest): Promise<Duplex>;
  /**
   * Double HBONE: `outer` (pooled, to the gateway), then mutual TLS and one h2 session of its
   * own inside that stream for `inner`. Not pooled, as ztunnel: a pooled inner session would
   * send every connection to the one remote pod the gateway picked first.
   */
  connectDouble(outer: HboneConnectRequest, inner: InnerConnectRequest): Promise<Duplex>;
  stats(): HboneClientStats;
  /** Closes every pooled session (streams in flight are reset). */
  close(): void;
  /** Closes the pooled sessions dialed for these source IPs (a deleted pod's, whose netns goes). */
  closeFrom(srcIps: Iterable<string>): number;
  /**
   * Proxy drain: no new streams on the pooled sessions; each closes (GOAWAY) once its open
   * streams ended, and sessions opened from now on close as soon as their last stream ends.
   */
  drain(): void;
}

export const defaultDialer: Dialer = (host, port) =>
  new Promise((resolve, reject) => {
    const s = net.connect({ host, port, allowHalfOpen: true, noDelay: true });
    s.once("connect", () => {
      s.off("error", reject);
      resolve(s);
    });
    s.once("error", reject);
  });

/**
 * Waits for the answer to a CONNECT: the stream on 200; ZTS_TUNNEL_REFUSED on any other
 * status; on an error, a close or no answer within `timeoutMs`, what `failed` makes of it.
 */
function awaitConnectResponse(
  stream: http2.ClientHttp2Stream,
  what: string,
  timeoutMs: number,
  failed: (e: Error) => Error,
): Promise<Duplex> {
  return new Promise<Duplex>((resolve, reject) => {
    const timer = setTimeout(() => stream.destroy(new Error(`no response within ${timeoutMs} ms`)), timeoutMs);
    const onErr = (e: Error) => {
      clearTimeout(timer);
      reject(failed(e));
    };
    const onClose = () => onErr(new Error(`stream closed before a response (code ${stream.rstCode})`));
    stream.once("error", onErr);
    stream.once("close", onClose);
    stream.once("response", (headers) => {
      clearTimeout(timer);
      stream.off("error", onErr);
      // Without this every tunnel built two Error objects (stack traces) when it closed.
      stream.off("close", onClose);
      const status = Number(headers[":status"]);
      if (status !== 200) {
        stream.on("error", () => {});
        stream.close(http2.constants.NGHTTP2_CANCEL);
        reject(new HboneError("ZTS_TUNNEL_REFUSED", `CONNECT ${what} refused with ${status}`, { status }));
        return;
      }
      resolve(stream);
    });
  });
}

interface PooledSession extends PoolEntry {
  ready: Promise<ClientHttp2Session>;
  session?: ClientHttp2Session;
  /** The server's SETTINGS arrived, i.e. it accepted us at the TLS layer. */
  remoteSettings?: boolean;
}

/**
 * Mutual TLS over `sock` (a TCP socket, or for double HBONE the outer CONNECT's stream), the
 * peer verified against `dstIdentities`, ALPN h2; `peer` names it in errors.
 */
async function secureHandshake(
  sock: Duplex,
  cert: WorkloadCert,
  dstIdentities: string[],
  peer: string,
  timeoutMs: number,
): Promise<tls.TLSSocket> {
  const tlsSock = await new Promise<tls.TLSSocket>((resolve, reject) => {
    const t = tls.connect({
      socket: sock,
      secureContext: secureContextFor(cert),
      // No SNI: the server picks its cert by destination address (SPEC.md §3).
      servername: "",
      ALPNProtocols: ["h2"],
      minVersion: "TLSv1.3",
      rejectUnauthorized: true,
      // Identity is checked below against SPIFFE ids, not against a host name.
      checkServerIdentity: () => undefined,
    });
    const timer = setTimeout(() => t.destroy(new Error(`TLS handshake timed out after ${timeoutMs} ms`)), timeoutMs);
    t.once("secureConnect", () => {
      clearTimeout(timer);
      t.off("error", onErr);
      resolve(t);
    });
    const onErr = (e: Error) => {
      clearTimeout(timer);
      sock.destroy();
      reject(new HboneError("ZTS_HBONE_TLS", `TLS to ${peer}: ${e.message}`, { cause: e }));
    };
    t.once("error", onErr);
  });
  const sans = uriSans(tlsSock.getPeerCertificate());
  if (!dstIdentities.some((id) => sans.includes(id))) {
    tlsSock.destroy();
    throw peerIdentityError(peer, sans, dstIdentities);
  }
  if (tlsSock.alpnProtocol !== "h2") {
    tlsSock.destroy();
    throw new HboneError("ZTS_HBONE_TLS", `${peer} did not negotiate ALPN h2`);
  }
  return tlsSock;
}

/** The server presented none of the identities asked for. */
export function peerIdentityError(peer: string, sans: string[], dstIdentities: string[]): HboneError {
  return new HboneError(
    "ZTS_HBONE_PEER_IDENTITY",
    `${peer} presented ${sans.join(", ") || "no SPIFFE id"}, expected one of ${dstIdentities.join(", ")}`,
  );
}

/**
 * Double HBONE's inner hop over `outer` (the open CONNECT stream to the gateway): mutual TLS
 * and one h2 session of its own, one CONNECT. Not pooled, as ztunnel: a pooled inner session
 * would send every connection to the one remote pod the gateway picked first.
 */
export async function connectInner(
  outer: Duplex,
  cert: WorkloadCert,
  inner: InnerConnectRequest,
  via: string,
  tuning: H2Tuning,
  timeoutMs: number,
): Promise<Duplex> {
  let tlsSock: tls.TLSSocket;
  try {
    tlsSock = await secureHandshake(outer, cert, inner.dstIdentities, via, timeoutMs);
  } catch (e) {
    outer.destroy();
    throw e;
  }
  const log = logger();
  const session = http2.connect("https://inner", {
    createConnection: () => tlsSock,
    settings: h2Settings(tuning),
    maxSessionMemory: maxSessionMemoryMb(tuning),
  });
  applyConnectionWindow(session, tuning);
  session.on("error", (e) => log.debug({ err: e, via }, "hbone: inner session error"));
  // The inner session is this connection's alone. When it is over, http2 ends its TLS socket,
  // which ends the outer stream (END_STREAM); a gateway that never finishes its side would
  // hold that stream's slot in the pooled session, so it is reset after 5 s.
  session.once("close", () => {
    const t = setTimeout(() => outer.destroy(), 5000);
    t.unref();
    outer.once("close", () => clearTimeout(t));
  });
  tlsSock.once("end", () => session.destroy());
  const stream = session.request(
    { ":method": "CONNECT", ":authority": inner.authority, traceparent: traceparent(), ...inner.headers },
    { endStream: false },
  );
  stream.once("close", () => session.close());
  return awaitConnectResponse(stream, via, timeoutMs, (e) => {
    session.destroy();
    return new HboneError("ZTS_HBONE_PROTOCOL", `CONNECT ${via}: ${e.message}`, { cause: e });
  });
}

/** Double HBONE: the outer CONNECT through `connect` (pooled), then the inner hop over its stream. */
export async function connectDoubleVia(
  connect: (req: HboneConnectRequest) => Promise<Duplex>,
  certFor: (identity: string) => WorkloadCert | undefined,
  outerReq: HboneConnectRequest,
  inner: InnerConnectRequest,
  tuning: H2Tuning,
  timeoutMs: number,
): Promise<Duplex> {
  const outer = await connect(outerReq);
  const cert = certFor(outerReq.srcIdentity);
  if (!cert) {
    outer.destroy();
    throw new HboneError("ZTS_HBONE_NO_CERT", `no certificate yet for ${outerReq.srcIdentity}`);
  }
  const via = `${inner.authority} via ${outerReq.dstAddr.host}:${outerReq.dstAddr.port}`;
  return connectInner(outer, cert, inner, via, tuning, timeoutMs);
}

export function createHboneClient(opts: HboneClientOptions): HboneClient {
  const dial = opts.dial ?? defaultDialer;
  const maxStreams = opts.maxStreamsPerConnection ?? 100;
  const tuning = opts.h2 ?? DEFAULT_H2;
  const timeoutMs = opts.connectTimeoutMs ?? 10_000;
  // A session still handshaking closes once up (requests already waiting for it go first).
  const pool = new SessionPool<PooledSession>(maxStreams, opts.idleReleaseMs ?? 300_000, (p) => {
    p.ready.then(
      (session) => session.close(),
      () => {},
    );
  });
  let sessionsOpened = 0;
  const log = logger();

  async function open(req: HboneConnectRequest, p: PooledSession): Promise<ClientHttp2Session> {
    const cert = opts.certFor(req.srcIdentity);
    if (!cert) throw new HboneError("ZTS_HBONE_NO_CERT", `no certificate yet for ${req.srcIdentity}`);
    let sock: net.Socket;
    try {
      sock = await dial(req.dstAddr.host, req.dstAddr.port, req.srcIp || undefined);
    } catch (e) {
      throw new HboneError("ZTS_HBONE_DIAL", `dial ${req.dstAddr.host}:${req.dstAddr.port}: ${(e as Error).message}`, {
        cause: e,
      });
    }
    const peer = `${req.dstAddr.host}:${req.dstAddr.port}`;
    const tlsSock = await secureHandshake(sock, cert, req.dstIdentities, peer, timeoutMs);
    const session = http2.connect(`https://${bracketHost(req.dstAddr.host)}:${req.dstAddr.port}`, {
      createConnection: () => tlsSock,
      settings: h2Settings(tuning),
      maxSessionMemory: maxSessionMemoryMb(tuning),
      peerMaxConcurrentStreams: maxStreams,
    });
    applyConnectionWindow(session, tuning);
    // The dialed socket is half-open capable (the dialer is shared with plain TCP paths);
    // for an h2 transport a FIN from the peer means the session is over.
    tlsSock.once("end", () => session.destroy());
    session.once("remoteSettings", () => {
      p.remoteSettings = true;
    });
    sessionsOpened++;
    session.on("error", (e) => log.debug({ err: e, key: p.key }, "hbone: session error"));
    session.once("close", () => pool.drop(p));
    session.once("goaway", () => pool.drop(p));
    p.session = session;
    return session;
  }

  function acquire(req: HboneConnectRequest): PooledSession {
    return pool.acquire(poolKey(req), () => {
      const np: PooledSession = { key: poolKey(req), streams: 0, dead: false, ready: undefined as never };
      np.ready = open(req, np);
      return np;
    });
  }

  async function connectOnce(req: HboneConnectRequest): Promise<Duplex> {
    const p = acquire(req);
    const rel = pool.releaser(p);
    let session: ClientHttp2Session;
    try {
      session = await p.ready;
    } catch (e) {
      rel();
      throw e;
    }
    let stream: ClientHttp2Stream;
    try {
      stream = session.request(
        {
          ":method": "CONNECT",
          ":authority": req.authority,
          traceparent: traceparent(),
          ...req.headers,
        },
        { endStream: false },
      );
    } catch (e) {
      rel();
      pool.drop(p);
      throw new HboneError("ZTS_HBONE_PROTOCOL", `CONNECT ${req.authority}: ${(e as Error).message}`, { cause: e });
    }
    stream.once("close", rel);
    return awaitConnectResponse(stream, req.authority, timeoutMs, (e) => {
      if (stream.rstCode === http2.constants.NGHTTP2_REFUSED_STREAM) {
        // The session stays open until its other streams end, then closes (it leaked before).
        pool.retire(p);
        return new RefusedStream(
          new HboneError("ZTS_HBONE_PROTOCOL", `CONNECT ${req.authority}: refused by the peer (REFUSED_STREAM)`, {
            cause: e,
          }),
        );
      }
      // With TLS 1.3 the server checks our certificate after our side finished the
      // handshake; a server that rejects it closes before its first SETTINGS frame.
      if (!p.remoteSettings) return certificateRejected(req, e);
      return new HboneError("ZTS_HBONE_PROTOCOL", `CONNECT ${req.authority}: ${e.message}`, { cause: e });
    });
  }

  const connect = (req: HboneConnectRequest) => withRefusedRetry(() => connectOnce(req));

  const connectDouble = (outerReq: HboneConnectRequest, inner: InnerConnectRequest): Promise<Duplex> =>
    connectDoubleVia(connect, opts.certFor, outerReq, inner, tuning, timeoutMs);

  return {
    connect,
    connectDouble,
    stats: () => ({ sessions: pool.stats(), sessionsOpened }),
    drain: () => pool.drain(),
    close: () => {
      pool.endAll((p) => p.session?.destroy());
    },
    closeFrom: (srcIps) => pool.endAll((p) => p.session?.destroy(), srcIps),
  };
}

/** With TLS 1.3 the server checks our certificate after our handshake finished: a close before its SETTINGS is that. */
export function certificateRejected(req: HboneConnectRequest, e: Error): HboneError {
  return new HboneError(
    "ZTS_HBONE_TLS",
    `${req.dstAddr.host}:${req.dstAddr.port} rejected our certificate for ${req.srcIdentity} (closed during TLS): ${e.message}`,
    { cause: e },
  );
}
