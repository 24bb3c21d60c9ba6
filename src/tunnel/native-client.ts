// The HBONE client with its sessions in the addon (native/src/hbone.cc, client role;
// docs/NATIVE-HBONE.md): OpenSSL does the mutual TLS (the server's chain verified against the
// mesh roots in the handshake) and nghttp2 the HTTP/2 framing on the addon's HBONE thread.
// A CONNECT answered 200 is joined to the proxied client's socket there (connectNative +
// pump), so its bytes never pass through JavaScript. Everything decided stays here, with the
// JS client's pieces (client-pool.ts): which certificate, the dial (netns, source IP), the
// server's identity (from the verified leaf), the pool and its keys, the one retry of a
// REFUSED_STREAM, timeouts, drain, close. `connect()` keeps the HboneClient contract (a
// Duplex: one end of a socketpair whose other end the stream is bound to) for callers that
// need a stream object — double HBONE's inner hop, tests.
import { X509Certificate } from "node:crypto";
import net from "node:net";
import type { Duplex } from "node:stream";
import type { Addon, HboneEvent } from "../balance/addon.ts";
import type { CopyResult } from "../copy/copy.ts";
import { flushed, takeOver } from "../copy/native-pump.ts";
import { uriSans } from "../identity/pem.ts";
import { logger } from "../log.ts";
import {
  certificateRejected,
  connectDoubleVia,
  defaultDialer,
  type HboneClient,
  type HboneClientOptions,
  type HboneConnectRequest,
  type InnerConnectRequest,
  peerIdentityError,
} from "./client.ts";
import { type PoolEntry, poolKey, RefusedStream, SessionPool, traceparent, withRefusedRetry } from "./client-pool.ts";
import { HboneError } from "./errors.ts";
import { tlsContexts } from "./native-tls.ts";
import { DEFAULT_H2 } from "./settings.ts";

export type NativeHboneClientAddon = Required<
  Pick<
    Addon,
    | "dupFd"
    | "closeFd"
    | "hboneTlsContext"
    | "hboneConnect"
    | "hboneRequest"
    | "hboneBind"
    | "hboneReset"
    | "hboneGoaway"
    | "hboneClose"
    | "hboneSocketpair"
  >
>;

/** The addon, if it has the native HBONE client role (an older build has not). */
export function nativeHboneClientAddon(addon: Addon | undefined): NativeHboneClientAddon | undefined {
  if (!addon) return undefined;
  const need = [
    addon.hboneTlsContext,
    addon.hboneConnect,
    addon.hboneRequest,
    addon.hboneBind,
    addon.hboneReset,
    addon.hboneGoaway,
    addon.hboneClose,
    addon.hboneSocketpair,
  ];
  return need.every((f) => typeof f === "function") ? (addon as NativeHboneClientAddon) : undefined;
}

/** HTTP/2 error codes (RFC 9113 §7). */
const REFUSED_STREAM = 7;
const CANCEL = 8;

/** A CONNECT the server answered 200 whose bytes do not flow yet. */
export interface NativeTunnel {
  /**
   * Joins the stream to `local` in the addon until both directions ended or either failed,
   * then destroys `local`. The socket is taken from Node as for the splice pump (bytes Node
   * read ahead go first, after `initial`); "sent" = local → peer. Destroying `local` from
   * outside meanwhile resets the stream. Never rejects.
   */
  pump(
    local: net.Socket,
    opts?: { onBytes?: (direction: "sent" | "received", n: number) => void; initial?: Buffer | undefined },
  ): Promise<CopyResult>;
  /** Resets the stream (CANCEL): for a tunnel that will not be pumped. */
  destroy(): void;
}

export interface NativeHboneClient extends HboneClient {
  /** The CONNECT, answered: same errors as connect(), the bytes joined later by pump(). */
  connectNative(req: HboneConnectRequest): Promise<NativeTunnel>;
}

type StreamEnd = Extract<HboneEvent, { t: "streamEnd" }>;

interface StreamRec {
  onResponse?: ((status: number) => void) | undefined;
  onBytes?: ((up: number, down: number) => void) | undefined;
  onEnd: (ev: StreamEnd) => void;
}

interface NativeSession extends PoolEntry {
  /** The addon's session id (-1 until started). */
  id: number;
  ready: Promise<NativeSession>;
  /** The server's first SETTINGS arrived: it accepted our certificate. */
  settings: boolean;
  ended: boolean;
  /** Why it ended (the `end` event's detail), for the errors of requests it never carried. */
  endDetail?: string;
  nextTag: number;
  open: Map<number, StreamRec>;
}

/** Whether an upstream is a native tunnel (pump it) rather than a Duplex (copy it). */
export const isNativeTunnel = (t: unknown): t is NativeTunnel =>
  typeof t === "object" && t !== null && typeof (t as NativeTunnel).pump === "function";

/** connect()'s side of a tunnel: the stream bound to one end of a socketpair, `js` the other. */
interface AnsweredTunnel extends NativeTunnel {
  bindPair(js: net.Socket, fd: number): void;
}

export function createNativeHboneClient(addon: NativeHboneClientAddon, opts: HboneClientOptions): NativeHboneClient {
  const dial = opts.dial ?? defaultDialer;
  const maxStreams = opts.maxStreamsPerConnection ?? 100;
  const tuning = opts.h2 ?? DEFAULT_H2;
  const timeoutMs = opts.connectTimeoutMs ?? 10_000;
  const log = logger();
  // GOAWAY, then the session ends (no streams are left); one still handshaking gets it once up.
  const pool = new SessionPool<NativeSession>(maxStreams, opts.idleReleaseMs ?? 300_000, (p) => {
    p.ready.then(
      (s) => {
        if (!s.ended) addon.hboneGoaway(s.id);
      },
      () => {},
    );
  });
  let sessionsOpened = 0;

  const contextFor = tlsContexts(addon, true);

  async function open(req: HboneConnectRequest, p: NativeSession): Promise<NativeSession> {
    const cert = opts.certFor(req.srcIdentity);
    if (!cert) throw new HboneError("ZTS_HBONE_NO_CERT", `no certificate yet for ${req.srcIdentity}`);
    const ctx = contextFor(cert);
    const peer = `${req.dstAddr.host}:${req.dstAddr.port}`;
    let sock: net.Socket;
    try {
      sock = await dial(req.dstAddr.host, req.dstAddr.port, req.srcIp || undefined);
    } catch (e) {
      throw new HboneError("ZTS_HBONE_DIAL", `dial ${peer}: ${(e as Error).message}`, { cause: e });
    }
    sock.on("error", () => {});
    let taken: { fd: number; buffered: Buffer | null };
    try {
      taken = takeOver(addon, sock);
    } catch (e) {
      sock.destroy();
      throw new HboneError("ZTS_HBONE_DIAL", `dial ${peer}: ${(e as Error).message}`, { cause: e });
    }
    return new Promise<NativeSession>((resolve, reject) => {
      let handshook = false;
      const fail = (e: HboneError) => {
        if (!handshook) {
          handshook = true;
          reject(e);
        }
        if (p.id >= 0) addon.hboneClose(p.id);
      };
      const onEvent = (ev: HboneEvent) => {
        switch (ev.t) {
          case "handshake": {
            const sans = ev.peerCert.length > 0 ? uriSans(new X509Certificate(ev.peerCert)) : [];
            if (!req.dstIdentities.some((id) => sans.includes(id))) {
              fail(peerIdentityError(peer, sans, req.dstIdentities));
              return;
            }
            if (ev.alpn !== "h2") {
              fail(new HboneError("ZTS_HBONE_TLS", `${peer} did not negotiate ALPN h2`));
              return;
            }
            handshook = true;
            resolve(p);
            return;
          }
          case "settings":
            p.settings = true;
            return;
          case "response":
            p.open.get(ev.stream)?.onResponse?.(ev.status);
            return;
          case "bytes":
            p.open.get(ev.stream)?.onBytes?.(ev.up, ev.down);
            return;
          case "streamEnd": {
            const rec = p.open.get(ev.stream);
            p.open.delete(ev.stream);
            rec?.onEnd(ev);
            return;
          }
          case "goaway":
            // No new streams here; those above lastStream end as REFUSED_STREAM (and retry).
            pool.drop(p);
            return;
          case "end": {
            p.ended = true;
            p.endDetail = ev.detail || ev.reason;
            pool.drop(p);
            sock.destroy();
            if (!handshook) {
              handshook = true;
              reject(new HboneError("ZTS_HBONE_TLS", `TLS to ${peer}: ${ev.detail || ev.reason}`));
            }
            // Requests the session never got to (their commands came after its end).
            for (const [tag, rec] of [...p.open]) {
              p.open.delete(tag);
              rec.onEnd({ t: "streamEnd", session: ev.session, stream: tag, up: 0, down: 0, code: CANCEL });
            }
            log.debug({ key: p.key, reason: ev.reason, detail: ev.detail }, "hbone (native): session ended");
            return;
          }
          default:
            return;
        }
      };
      try {
        p.id = addon.hboneConnect(
          {
            fd: taken.fd,
            ctx,
            ...(taken.buffered ? { initial: taken.buffered } : {}),
            maxConcurrentStreams: maxStreams,
            streamWindow: tuning.streamWindow,
            connectionWindow: tuning.connectionWindow,
            frameSize: tuning.frameSize,
            handshakeTimeoutMs: timeoutMs,
          },
          onEvent,
        );
      } catch (e) {
        addon.closeFd(taken.fd);
        sock.destroy();
        handshook = true;
        reject(new HboneError("ZTS_HBONE_TLS", `TLS to ${peer}: ${(e as Error).message}`, { cause: e }));
        return;
      }
      sessionsOpened++;
    });
  }

  function acquire(req: HboneConnectRequest): NativeSession {
    const key = poolKey(req);
    return pool.acquire(key, () => {
      const np: NativeSession = {
        key,
        streams: 0,
        dead: false,
        id: -1,
        ready: undefined as never,
        settings: false,
        ended: false,
        nextTag: 1,
        open: new Map(),
      };
      np.ready = open(req, np);
      return np;
    });
  }

  /** One CONNECT on a pooled session, answered. */
  async function connectOnce(req: HboneConnectRequest): Promise<AnsweredTunnel> {
    const p = acquire(req);
    const rel = pool.releaser(p);
    try {
      await p.ready;
    } catch (e) {
      rel();
      throw e;
    }
    const refused = (why: string) => {
      pool.retire(p);
      return new RefusedStream(new HboneError("ZTS_HBONE_PROTOCOL", `CONNECT ${req.authority}: ${why}`));
    };
    if (p.ended) {
      rel();
      // Before the server's SETTINGS: it rejected our certificate (its alert ended the session).
      if (!p.settings) throw certificateRejected(req, new Error(p.endDetail ?? "session ended"));
      throw refused("the session ended before the request");
    }
    const tag = p.nextTag++;
    return new Promise<AnsweredTunnel>((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        addon.hboneReset(p.id, tag, CANCEL);
      }, timeoutMs);
      const rec: StreamRec = {
        onResponse: (status) => {
          clearTimeout(timer);
          rec.onResponse = undefined;
          if (status !== 200) {
            rec.onEnd = rel;
            addon.hboneReset(p.id, tag, CANCEL);
            reject(new HboneError("ZTS_TUNNEL_REFUSED", `CONNECT ${req.authority} refused with ${status}`, { status }));
            return;
          }
          resolve(answered(p, tag, rec, rel));
        },
        onEnd: (ev) => {
          clearTimeout(timer);
          rel();
          if (ev.code === REFUSED_STREAM) reject(refused("refused by the peer (REFUSED_STREAM)"));
          else if (timedOut)
            reject(
              new HboneError("ZTS_HBONE_PROTOCOL", `CONNECT ${req.authority}: no response within ${timeoutMs} ms`),
            );
          // With TLS 1.3 the server checks our certificate after our handshake finished.
          else if (!p.settings)
            reject(certificateRejected(req, new Error(p.endDetail ?? `session ended (code ${ev.code})`)));
          else
            reject(
              new HboneError(
                "ZTS_HBONE_PROTOCOL",
                `CONNECT ${req.authority}: stream closed before a response (code ${ev.code})`,
              ),
            );
        },
      };
      p.open.set(tag, rec);
      const fields: Record<string, string> = { traceparent: traceparent(), ...req.headers };
      const headers: [string, string][] = [
        [":method", "CONNECT"],
        [":authority", req.authority],
        ...Object.entries(fields),
      ];
      if (!addon.hboneRequest(p.id, tag, headers)) {
        p.open.delete(tag);
        clearTimeout(timer);
        rel();
        reject(
          p.settings
            ? refused("the session ended before the request")
            : certificateRejected(req, new Error(p.endDetail ?? "session ended")),
        );
      }
    });
  }

  /** The tunnel of an answered stream; `rec` now follows the data phase. */
  function answered(p: NativeSession, tag: number, rec: StreamRec, rel: () => void): AnsweredTunnel {
    let early: StreamEnd | undefined;
    let taken = false;
    rec.onEnd = (ev) => {
      early = ev;
      rel();
    };
    /** Binds `fd`; `ended` follows the stream to its end. */
    const bind = (
      fd: number,
      initial: Buffer | undefined,
      onBytes: (up: number, down: number) => void,
      ended: (ev: StreamEnd) => void,
    ) => {
      taken = true;
      if (early) {
        addon.closeFd(fd);
        ended(early);
        return;
      }
      rec.onBytes = onBytes;
      rec.onEnd = (ev) => {
        rel();
        onBytes(ev.up, ev.down);
        ended(ev);
      };
      // False: the session is gone (fd closed there); its `end` ends this stream too.
      addon.hboneBind(p.id, tag, fd, initial);
    };
    return {
      destroy() {
        if (!taken && !early) addon.hboneReset(p.id, tag, CANCEL);
        taken = true;
      },
      pump(local, o = {}) {
        return new Promise<CopyResult>((resolve) => {
          const result: CopyResult = { bytesSent: 0, bytesReceived: 0 };
          local.on("error", () => {});
          const stop = () => addon.hboneReset(p.id, tag, CANCEL);
          const finish = (error: Error | undefined, resetLocal: boolean) => {
            local.off("close", stop);
            if (error) result.error = error;
            if (local.closed) {
              resolve(result);
              return;
            }
            local.once("close", () => resolve(result));
            // After a reset the addon set SO_LINGER 0 on its dup: destroy() sends the RST.
            if (resetLocal && !local.destroyed) local.resetAndDestroy();
            else local.destroy();
          };
          let t: { fd: number; buffered: Buffer | null };
          try {
            t = takeOver(addon, local);
          } catch (e) {
            if (!taken && !early) addon.hboneReset(p.id, tag, CANCEL);
            taken = true;
            finish(e as Error, true);
            return;
          }
          local.once("close", stop);
          const initial =
            o.initial && o.initial.length > 0
              ? t.buffered
                ? Buffer.concat([o.initial, t.buffered])
                : o.initial
              : t.buffered;
          const onBytes = (up: number, down: number) => {
            if (down > result.bytesSent) {
              o.onBytes?.("sent", down - result.bytesSent);
              result.bytesSent = down;
            }
            if (up > result.bytesReceived) {
              o.onBytes?.("received", up - result.bytesReceived);
              result.bytesReceived = up;
            }
          };
          const start = () =>
            bind(t.fd, initial ?? undefined, onBytes, (ev) => {
              const err = streamError(ev);
              finish(err, err !== undefined);
            });
          // Bytes Node still has queued (a SOCKS5 reply) must reach the kernel before ours.
          if (local.writableLength > 0) void flushed(local).then(start);
          else start();
        });
      },
      bindPair(js, fd) {
        bind(
          fd,
          undefined,
          () => {},
          (ev) => {
            // As node:http2's stream: CANCEL closes without an error, other codes with one.
            const err = ev.code === CANCEL && !ev.errcode ? undefined : streamError(ev);
            if (err) js.destroy(err);
            else if (ev.code !== 0) js.destroy();
          },
        );
      },
    };
  }

  const connectNative = (req: HboneConnectRequest): Promise<NativeTunnel> => withRefusedRetry(() => connectOnce(req));

  /** The HboneClient contract: the tunnel as a Duplex (a socketpair end the stream is bound to). */
  async function connect(req: HboneConnectRequest): Promise<Duplex> {
    const t = await withRefusedRetry(() => connectOnce(req));
    let pair: [number, number];
    try {
      pair = addon.hboneSocketpair();
    } catch (e) {
      t.destroy();
      throw new HboneError("ZTS_HBONE_PROTOCOL", `CONNECT ${req.authority}: ${(e as Error).message}`, { cause: e });
    }
    const js = new net.Socket({ fd: pair[1], allowHalfOpen: true, readable: true, writable: true });
    // Destroyed before its writes ended (an abort): the peer gets RST_STREAM, as with node:http2's stream.
    js.once("close", () => {
      if (!js.writableFinished) t.destroy();
    });
    t.bindPair(js, pair[0]);
    return js;
  }

  const connectDouble = (outerReq: HboneConnectRequest, inner: InnerConnectRequest): Promise<Duplex> =>
    connectDoubleVia(connect, opts.certFor, outerReq, inner, tuning, timeoutMs);

  /** Ends a session now (its streams reset); one still dialing or handshaking once it is up. */
  const endNow = (p: NativeSession) => {
    if (p.id >= 0 && !p.ended) addon.hboneClose(p.id);
    else
      p.ready.then(
        (s) => addon.hboneClose(s.id),
        () => {},
      );
  };

  return {
    connect,
    connectNative,
    connectDouble,
    stats: () => ({ sessions: pool.stats(), sessionsOpened }),
    drain: () => pool.drain(),
    close: () => {
      pool.endAll(endNow);
    },
    closeFrom: (srcIps) => pool.endAll(endNow, srcIps),
  };
}

/** What a stream's end means for the bytes it carried: undefined for a clean end. */
function streamError(ev: StreamEnd): Error | undefined {
  if (ev.errcode) return Object.assign(new Error(`hbone stream: ${ev.errcode}`), { code: ev.errcode, errno: ev.errno });
  if (ev.code !== 0)
    return Object.assign(new Error(`hbone stream reset (code ${ev.code})`), { code: "ERR_HTTP2_STREAM_ERROR" });
  return undefined;
}
