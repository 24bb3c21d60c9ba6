// The HBONE server (inbound :15008) with its data phase in the addon (native/src/hbone.cc,
// docs/NATIVE-HBONE.md): OpenSSL does the TLS (client certificate required and verified in the
// handshake, so a foreign CA gets a TLS alert) and nghttp2 the HTTP/2 framing on the addon's
// HBONE thread; accepted streams move bytes to and from the workload socket there, with
// flow control and half-close. Everything decided stays here, through the same functions as
// the JS server (server.ts): which certificate (certFor), the peer's identity (from the
// verified leaf), decideConnect (method, authority, target, authorization, tracking), the
// dial, per-peer limits, tunnels tracked for policy changes, drain and close.
// Same interface and counters as createHboneServer; chosen by ZTS_HBONE_DATAPATH=native.
import { X509Certificate } from "node:crypto";
import type net from "node:net";
import type { Addon, HboneEvent, HboneTlsContext } from "../balance/addon.ts";
import type { CopyResult } from "../copy/copy.ts";
import { flushed, takeOver } from "../copy/native-pump.ts";
import { uriSans } from "../identity/pem.ts";
import type { WorkloadCert } from "../identity/workload-cert.ts";
import { logger } from "../log.ts";
import { canonicalOrEmpty } from "../state/ip.ts";
import { HboneError } from "./errors.ts";
import {
  type ConnectVerdict,
  decideConnect,
  defaultInboundDial,
  emptyStats,
  type HboneServer,
  type HboneServerOptions,
  type InboundContext,
  listenRaw,
  type RefusalReason,
  type TunnelTracker,
} from "./server.ts";
import { DEFAULT_H2, SERVER_MAX_CONCURRENT_STREAMS } from "./settings.ts";

export type NativeHboneAddon = Required<
  Pick<
    Addon,
    | "dupFd"
    | "closeFd"
    | "hboneTlsContext"
    | "hboneStart"
    | "hboneAccept"
    | "hboneRespond"
    | "hboneReset"
    | "hboneGoaway"
    | "hboneClose"
  >
>;

/** HTTP/2 error codes the server sends (RFC 9113 §7). */
const REFUSED_STREAM = 7;
const CANCEL = 8;

/** The addon, if it has the native HBONE server (an older build has not). */
export function nativeHboneAddon(addon: Addon | undefined): NativeHboneAddon | undefined {
  if (!addon) return undefined;
  const need = [
    addon.hboneTlsContext,
    addon.hboneStart,
    addon.hboneAccept,
    addon.hboneRespond,
    addon.hboneReset,
    addon.hboneGoaway,
    addon.hboneClose,
  ];
  return need.every((f) => typeof f === "function") ? (addon as NativeHboneAddon) : undefined;
}

interface StreamRec {
  ctx: InboundContext;
  /** The per-peer slot was taken (released at the stream's end). */
  peerSlot: boolean;
  tracker?: TunnelTracker | undefined;
  upstream?: net.Socket;
  accepted: boolean;
  ended: boolean;
  up: number;
  down: number;
  untrack?: (() => void) | undefined;
}

interface SessionRec {
  id: number;
  socket: net.Socket;
  info: { localIp: string; srcIp: string; srcPort: number };
  srcIdentity?: string;
  streams: Map<number, StreamRec>;
}

export function createNativeHboneServer(addon: NativeHboneAddon, opts: HboneServerOptions): HboneServer {
  const log = logger();
  const tuning = opts.h2 ?? DEFAULT_H2;
  const dial = opts.dial ?? defaultInboundDial;
  const maxPerConnection = opts.maxStreamsPerConnection ?? SERVER_MAX_CONCURRENT_STREAMS;
  const stats = emptyStats();
  const sessions = new Map<number, SessionRec>();
  const contexts = new WeakMap<WorkloadCert, HboneTlsContext>();

  const contextFor = (cert: WorkloadCert): HboneTlsContext => {
    let c = contexts.get(cert);
    if (!c) {
      // Token keys (ZTS_KEY_PROVIDER=pkcs11) have no PEM; config refuses that combination.
      if (cert.keyPem === undefined) {
        throw new HboneError(
          "ZTS_HBONE_NATIVE_KEY",
          `no PEM key for ${cert.identity}: the native server takes PEM keys only`,
        );
      }
      c = addon.hboneTlsContext({ chain: cert.chainPem.join(""), key: cert.keyPem, roots: cert.rootsPem.join("") });
      contexts.set(cert, c);
    }
    return c;
  };

  const count = (reason: RefusalReason, detail: string, status?: number) => {
    stats.refused[reason]++;
    log.debug({ reason, status, detail }, "hbone server (native): refused");
  };

  const endStream = (s: SessionRec, id: number, ev: Extract<HboneEvent, { t: "streamEnd" }>) => {
    const rec = s.streams.get(id);
    if (!rec) return;
    s.streams.delete(id);
    rec.ended = true;
    if (rec.peerSlot) opts.peerStreams?.release(s.srcIdentity ?? "");
    if (!rec.accepted) return; // a refusal, or the dial still runs (it sees `ended`)
    deliverBytes(rec, ev.up, ev.down);
    const result: CopyResult = { bytesSent: ev.up, bytesReceived: ev.down };
    if (ev.code !== 0 || ev.errno !== undefined) {
      result.error = new HboneError(
        "ZTS_HBONE_PROTOCOL",
        ev.errcode ? `upstream ${ev.errcode}` : `stream reset (HTTP/2 error code ${ev.code})`,
      );
    }
    if (rec.upstream) {
      if (result.error && rec.upstream.readyState !== "closed") rec.upstream.resetAndDestroy();
      else rec.upstream.destroy();
    }
    rec.untrack?.();
    stats.activeTunnels--;
    rec.tracker?.end({ result });
  };

  const deliverBytes = (rec: StreamRec, up: number, down: number) => {
    if (up > rec.up) {
      rec.tracker?.onBytes("sent", up - rec.up);
      rec.up = up;
    }
    if (down > rec.down) {
      rec.tracker?.onBytes("received", down - rec.down);
      rec.down = down;
    }
  };

  const onRequest = (s: SessionRec, ev: Extract<HboneEvent, { t: "request" }>) => {
    const h = new Map<string, string[]>();
    for (const [k, v] of ev.headers) {
      const list = h.get(k);
      if (list) list.push(v);
      else h.set(k, [v]);
    }
    const one = (k: string) => h.get(k)?.[0];
    const baggage = h.get("baggage");
    const ctx: InboundContext = {
      srcIdentity: s.srcIdentity ?? "",
      srcIp: s.info.srcIp,
      srcPort: s.info.srcPort,
      localIp: s.info.localIp,
      authority: one(":authority") ?? "",
      forwardedNetwork: one("x-forwarded-network"),
      baggage: baggage && baggage.length === 1 ? baggage[0] : baggage,
    };
    const rec: StreamRec = { ctx, peerSlot: false, accepted: false, ended: false, up: 0, down: 0 };
    s.streams.set(ev.stream, rec);
    if (opts.peerStreams) {
      if (!opts.peerStreams.acquire(ctx.srcIdentity)) {
        stats.refused["max-streams-per-peer"]++;
        log.debug({ srcIdentity: ctx.srcIdentity }, "hbone server (native): stream refused (ZTS_MAX_STREAMS_PER_PEER)");
        opts.onLimitRefused?.("max-streams-per-peer");
        addon.hboneReset(s.id, ev.stream, REFUSED_STREAM);
        return;
      }
      rec.peerSlot = true;
    }
    const verdict: ConnectVerdict = decideConnect(opts, one(":method"), ctx);
    if ("refuse" in verdict) {
      count(verdict.refuse, verdict.detail, verdict.status);
      addon.hboneRespond(s.id, ev.stream, verdict.status);
      return;
    }
    const { target, tracker, conn } = verdict;
    rec.tracker = tracker;
    void dial(target, ctx.srcIp).then(
      async (upstream) => {
        upstream.on("error", () => {});
        if (rec.ended || !sessions.has(s.id)) {
          upstream.destroy();
          tracker?.end({ result: { bytesSent: 0, bytesReceived: 0 } });
          return;
        }
        // Bytes the dial queued (a PROXY header) reach the kernel before the stream's own.
        if (upstream.writableLength > 0) await flushed(upstream);
        let fd: number;
        let buffered: Buffer | null;
        try {
          ({ fd, buffered } = takeOver(addon, upstream));
        } catch (e) {
          upstream.destroy();
          tracker?.end({ flag: "CONNECT", error: (e as Error).message });
          count("dial-failed", (e as Error).message, 503);
          addon.hboneRespond(s.id, ev.stream, 503);
          return;
        }
        rec.upstream = upstream;
        rec.accepted = true;
        stats.accepted++;
        stats.activeTunnels++;
        rec.untrack = opts.onTunnelOpened?.(ctx, target, conn, () => addon.hboneReset(s.id, ev.stream, CANCEL));
        if (!addon.hboneAccept(s.id, ev.stream, fd, buffered ?? undefined)) {
          // The session is gone: its streamEnd may never come for this stream.
          endStream(s, ev.stream, { t: "streamEnd", session: s.id, stream: ev.stream, up: 0, down: 0, code: CANCEL });
        }
      },
      (e: Error) => {
        tracker?.end({ flag: "CONNECT", error: e.message });
        count("dial-failed", e.message, 503);
        if (!rec.ended) addon.hboneRespond(s.id, ev.stream, 503);
      },
    );
  };

  const onEvent = (s: SessionRec, ev: HboneEvent) => {
    switch (ev.t) {
      case "handshake": {
        stats.sessions++;
        try {
          s.srcIdentity = uriSans(new X509Certificate(ev.peerCert))[0] ?? "";
        } catch (e) {
          log.debug({ err: e }, "hbone server (native): unreadable peer certificate");
          addon.hboneClose(s.id);
        }
        return;
      }
      case "request":
        return onRequest(s, ev);
      case "bytes": {
        const rec = s.streams.get(ev.stream);
        if (rec?.accepted) deliverBytes(rec, ev.up, ev.down);
        return;
      }
      case "streamEnd":
        return endStream(s, ev.stream, ev);
      case "limit":
        stats.refused["max-streams-per-connection"]++;
        opts.onLimitRefused?.("max-streams-per-connection");
        return;
      case "end": {
        sessions.delete(s.id);
        for (const [id] of s.streams) {
          endStream(s, id, { t: "streamEnd", session: s.id, stream: id, up: 0, down: 0, code: CANCEL });
        }
        if (ev.reason === "tls") {
          stats.refused["tls-handshake"]++;
          log.debug({ detail: ev.detail, srcIp: s.info.srcIp }, "hbone server (native): TLS handshake refused");
        } else if (ev.reason === "error") {
          log.debug({ detail: ev.detail }, "hbone server (native): session error");
        }
        if (ev.reason === "reset" || ev.reason === "error") s.socket.resetAndDestroy();
        else s.socket.destroy();
        return;
      }
    }
  };

  function serve(
    socket: net.Socket,
    cert: WorkloadCert | undefined,
    info: { localIp: string; srcIp: string; srcPort: number },
  ): void {
    if (socket.destroyed) return;
    if (!cert) {
      count("no-cert-for-address", info.localIp);
      socket.destroy();
      return;
    }
    let fd = -1;
    try {
      const ctx = contextFor(cert);
      const taken = takeOver(addon, socket);
      fd = taken.fd;
      const rec: SessionRec = { id: -1, socket, info, streams: new Map() };
      rec.id = addon.hboneStart(
        {
          fd,
          ctx,
          ...(taken.buffered ? { initial: taken.buffered } : {}),
          maxConcurrentStreams: maxPerConnection,
          streamWindow: tuning.streamWindow,
          connectionWindow: tuning.connectionWindow,
          frameSize: tuning.frameSize,
          handshakeTimeoutMs: opts.handshakeTimeoutMs ?? 10_000,
        },
        (ev) => onEvent(rec, ev),
      );
      sessions.set(rec.id, rec);
    } catch (e) {
      if (fd >= 0) addon.closeFd(fd);
      log.warn({ err: e }, "hbone server (native): session could not start");
      socket.destroy();
    }
  }

  function handle(socket: net.Socket, info: { localAddress?: string } = {}): void {
    const localIp = canonicalOrEmpty(info.localAddress ?? socket.localAddress);
    const srcIp = canonicalOrEmpty(socket.remoteAddress);
    const srcPort = socket.remotePort ?? 0;
    socket.on("error", () => {});
    const cert = opts.certFor(localIp);
    if (cert instanceof Promise) {
      void cert.then(
        (c) => serve(socket, c, { localIp, srcIp, srcPort }),
        () => serve(socket, undefined, { localIp, srcIp, srcPort }),
      );
    } else serve(socket, cert, { localIp, srcIp, srcPort });
  }

  return {
    handle,
    listen: (addresses) => listenRaw(addresses, handle),
    stats: () => ({ ...stats, refused: { ...stats.refused } }),
    drain() {
      for (const id of sessions.keys()) addon.hboneGoaway(id);
    },
    close() {
      for (const id of sessions.keys()) addon.hboneClose(id);
    },
  };
}
