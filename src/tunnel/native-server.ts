// The HBONE server (inbound :15008) with its data phase in the addon (native/src/hbone.cc,
// docs/NATIVE-HBONE.md): OpenSSL does the TLS (client certificate required and verified in the
// handshake, so a foreign CA gets a TLS alert) and nghttp2 the HTTP/2 framing on the addon's
// HBONE thread; accepted streams move bytes to and from the workload socket there, with
// flow control and half-close. Everything decided stays here, through the same functions as
// the JS server (server.ts, server-common.ts): which certificate (certFor), the peer's identity
// (from the verified leaf), decideConnect (method, authority, target, authorization, tracking),
// the dial, per-peer limits, counters, tunnels tracked for policy changes, drain and close.
// Same interface and counters as createHboneServer; chosen by ZTS_HBONE_DATAPATH=native.
import { X509Certificate } from "node:crypto";
import type net from "node:net";
import type { Addon, HboneEvent } from "../balance/addon.ts";
import type { CopyResult } from "../copy/copy.ts";
import { flushed, takeOver } from "../copy/native-pump.ts";
import type { WorkloadCert } from "../identity/workload-cert.ts";
import { logger } from "../log.ts";
import { HboneError } from "./errors.ts";
import { tlsContexts } from "./native-tls.ts";
import {
  type ConnectVerdict,
  decideConnect,
  type HboneServer,
  type HboneServerOptions,
  type InboundContext,
  type TunnelTracker,
} from "./server.ts";
import { type AddressFacts, createServerCore, inboundContext, listenRaw, peerIdentity } from "./server-common.ts";

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
  /** Set once accepted: the tunnel's end (untracked, counted, the tracker's result). */
  finish?: (result: CopyResult) => void;
}

interface SessionRec {
  id: number;
  socket: net.Socket;
  info: AddressFacts;
  srcIdentity?: string;
  streams: Map<number, StreamRec>;
}

export function createNativeHboneServer(addon: NativeHboneAddon, opts: HboneServerOptions): HboneServer {
  const log = logger();
  const core = createServerCore(opts, "hbone server (native)");
  const { tuning, dial, maxPerConnection } = core;
  const sessions = new Map<number, SessionRec>();

  const contextFor = tlsContexts(addon, false);

  const endStream = (s: SessionRec, id: number, ev: Extract<HboneEvent, { t: "streamEnd" }>) => {
    const rec = s.streams.get(id);
    if (!rec) return;
    s.streams.delete(id);
    rec.ended = true;
    if (rec.peerSlot) core.releasePeer(s.srcIdentity ?? "");
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
    rec.finish?.(result);
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
    const ctx: InboundContext = inboundContext(
      { ...s.info, srcIdentity: s.srcIdentity ?? "" },
      {
        authority: one(":authority"),
        forwardedNetwork: one("x-forwarded-network"),
        baggage: baggage && baggage.length === 1 ? baggage[0] : baggage,
      },
    );
    const rec: StreamRec = { ctx, peerSlot: false, accepted: false, ended: false, up: 0, down: 0 };
    s.streams.set(ev.stream, rec);
    if (!core.admitPeer(ctx.srcIdentity)) return void addon.hboneReset(s.id, ev.stream, REFUSED_STREAM);
    rec.peerSlot = true;
    const verdict: ConnectVerdict = decideConnect(opts, one(":method"), ctx);
    if ("refuse" in verdict) {
      core.refused(verdict.refuse, verdict.status, verdict.detail);
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
          core.dialFailed(tracker, e as Error);
          addon.hboneRespond(s.id, ev.stream, 503);
          return;
        }
        rec.upstream = upstream;
        rec.accepted = true;
        rec.finish = core.tunnelOpened(ctx, target, conn, tracker, () => addon.hboneReset(s.id, ev.stream, CANCEL));
        if (!addon.hboneAccept(s.id, ev.stream, fd, buffered ?? undefined)) {
          // The session is gone: its streamEnd may never come for this stream.
          endStream(s, ev.stream, { t: "streamEnd", session: s.id, stream: ev.stream, up: 0, down: 0, code: CANCEL });
        }
      },
      (e: Error) => {
        core.dialFailed(tracker, e);
        if (!rec.ended) addon.hboneRespond(s.id, ev.stream, 503);
      },
    );
  };

  const onEvent = (s: SessionRec, ev: HboneEvent) => {
    switch (ev.t) {
      case "handshake": {
        core.stats.sessions++;
        try {
          s.srcIdentity = peerIdentity(new X509Certificate(ev.peerCert));
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
        return core.connectionLimitRefused();
      case "end": {
        sessions.delete(s.id);
        for (const [id] of s.streams) {
          endStream(s, id, { t: "streamEnd", session: s.id, stream: id, up: 0, down: 0, code: CANCEL });
        }
        if (ev.reason === "tls") {
          core.handshakeRefused({ detail: ev.detail, srcIp: s.info.srcIp });
        } else if (ev.reason === "error") {
          log.debug({ detail: ev.detail }, "hbone server (native): session error");
        }
        if (ev.reason === "reset" || ev.reason === "error") s.socket.resetAndDestroy();
        else s.socket.destroy();
        return;
      }
    }
  };

  /** A session on the HBONE thread for an accepted socket, with the certificate chosen for it. */
  function start(socket: net.Socket, cert: WorkloadCert, info: AddressFacts): void {
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
          handshakeTimeoutMs: core.handshakeTimeoutMs,
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
    core.accept(socket, info, start);
  }

  return {
    handle,
    listen: (addresses) => listenRaw(addresses, handle),
    stats: core.snapshot,
    drain() {
      for (const id of sessions.keys()) addon.hboneGoaway(id);
    },
    close() {
      for (const id of sessions.keys()) addon.hboneClose(id);
    },
  };
}
