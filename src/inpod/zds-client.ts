// ZDS client: the node proxy's side of the istio-cni ↔ proxy protocol (SPEC.md §9). Connects
// to the agent's SOCK_SEQPACKET socket, says ZdsHello{V1}, then turns each WorkloadRequest
// (with the pod's netns fd in SCM_RIGHTS) into an event for the manager and answers it with
// WorkloadResponse{ack{error}} — one at a time, in order, as the agent expects. When the
// agent goes away (restart, upgrade), it reconnects with backoff; pods stay with the
// manager meanwhile, and the agent's next snapshot says which of them still exist.

import { istio } from "../../xds/gen/protos.js";
import type { Logger } from "../log.ts";
import { logger } from "../log.ts";
import { InpodError } from "./errors.ts";
import { type InpodAddon, loadInpodAddon } from "./native.ts";
import { closeQuietly } from "./netns.ts";

const zds = istio.workload.zds;

export interface WorkloadInfo {
  name: string;
  namespace: string;
  serviceAccount: string;
}

/** One decoded request; `add` owns netnsFd (the handler must keep or close it). */
export type ZdsEvent =
  | { type: "add"; uid: string; info: WorkloadInfo; netnsFd: number }
  | { type: "keep"; uid: string }
  | { type: "del"; uid: string }
  | { type: "snapshot-sent" };

export interface ZdsClientOptions {
  /** INPOD_UDS. */
  path: string;
  /** Applies one event; a throw becomes the ack's error text. */
  handle(event: ZdsEvent): Promise<void>;
  /** A new connection said hello: a snapshot (adds/keeps, then snapshot_sent) follows. */
  onConnected?(): void;
  onDisconnected?(reason: string): void;
  /** Backoff between connection attempts: doubles from initial to max (default 100 ms → 5 s). */
  backoff?: { initialMs?: number; maxMs?: number };
  /** Largest ZDS message accepted (default 16 KiB; larger ones are refused as truncated). */
  maxMessageBytes?: number;
  log?: Logger;
  addon?: InpodAddon;
}

export interface ZdsClientStats {
  connects: number;
  messages: number;
  /** Requests answered with an error ack, plus connections lost or failed after connect. */
  errors: number;
}

export interface ZdsClient {
  connected(): boolean;
  stats(): ZdsClientStats;
  close(): void;
}

/** Encodes the ack (empty error = success). */
export function encodeAck(error = ""): Buffer {
  return Buffer.from(zds.WorkloadResponse.encode({ ack: { error } }).finish());
}

/**
 * Decodes one received message into an event. Every fd it does not hand on in the event is
 * closed here, so a bad message never leaks a descriptor.
 */
export function decodeRequest(data: Buffer, fds: number[], truncated: boolean): ZdsEvent {
  const closeAll = (keep?: number) => {
    for (const fd of fds) if (fd !== keep) closeQuietly(fd);
  };
  if (truncated) {
    closeAll();
    throw new InpodError("ZTS_INPOD_DECODE", "truncated ZDS message (data or fds beyond the receive buffer)");
  }
  let req: istio.workload.zds.WorkloadRequest;
  try {
    req = zds.WorkloadRequest.decode(data);
  } catch (err) {
    closeAll();
    throw new InpodError("ZTS_INPOD_DECODE", `malformed ZDS WorkloadRequest: ${(err as Error).message}`);
  }
  switch (req.payload) {
    case "add": {
      const uid = req.add?.uid ?? "";
      if (fds.length !== 1 || fds[0] === undefined) {
        closeAll();
        throw new InpodError(
          "ZTS_INPOD_NO_FD",
          `add for pod ${uid || "(no uid)"} carried ${fds.length} fds, want exactly 1 netns fd`,
        );
      }
      if (!uid) {
        closeAll();
        throw new InpodError("ZTS_INPOD_DECODE", "add without a uid");
      }
      const wi = req.add?.workloadInfo;
      return {
        type: "add",
        uid,
        info: { name: wi?.name ?? "", namespace: wi?.namespace ?? "", serviceAccount: wi?.serviceAccount ?? "" },
        netnsFd: fds[0],
      };
    }
    case "keep":
    case "del": {
      closeAll();
      const uid = (req.payload === "keep" ? req.keep?.uid : req.del?.uid) ?? "";
      if (!uid) throw new InpodError("ZTS_INPOD_DECODE", `${req.payload} without a uid`);
      return { type: req.payload, uid };
    }
    case "snapshotSent":
      closeAll();
      return { type: "snapshot-sent" };
    default:
      closeAll();
      throw new InpodError("ZTS_INPOD_DECODE", "ZDS WorkloadRequest without a payload");
  }
}

export function startZdsClient(opts: ZdsClientOptions): ZdsClient {
  const addon = opts.addon ?? loadInpodAddon();
  const log = opts.log ?? logger();
  const initialMs = opts.backoff?.initialMs ?? 100;
  const maxMs = opts.backoff?.maxMs ?? 5000;
  const maxBytes = opts.maxMessageBytes ?? 16 * 1024;
  const stats: ZdsClientStats = { connects: 0, messages: 0, errors: 0 };
  let closed = false;
  let delay = initialMs;
  let timer: NodeJS.Timeout | undefined;
  let conn: { fd: number; stop: () => void; queue: Promise<void>; live: boolean } | undefined;

  const schedule = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      connect();
    }, delay);
    delay = Math.min(delay * 2, maxMs);
  };

  const drop = (reason: string) => {
    const c = conn;
    if (!c) return;
    conn = undefined;
    c.live = false;
    c.stop();
    closeQuietly(c.fd);
    stats.errors++;
    log.warn({ reason }, "zds: connection to the CNI agent lost; keeping pods, reconnecting");
    opts.onDisconnected?.(reason);
    schedule();
  };

  const send = async (c: { fd: number; live: boolean }, buf: Buffer): Promise<void> => {
    // A SEQPACKET send only blocks when the agent stops reading: retry briefly.
    for (let i = 0; i < 200 && c.live; i++) {
      if (addon.sendFds(c.fd, buf) !== null) return;
      await new Promise((r) => setTimeout(r, 5));
    }
    if (c.live) throw new InpodError("ZTS_INPOD_SOCKET", "ZDS socket not writable for 1 s");
  };

  const apply = async (c: NonNullable<typeof conn>, data: Buffer, fds: number[], truncated: boolean) => {
    stats.messages++;
    let error = "";
    try {
      const event = decodeRequest(data, fds, truncated);
      if (!c.live && event.type === "add") closeQuietly(event.netnsFd);
      else if (c.live) await opts.handle(event);
    } catch (err) {
      error = (err as Error).message || String(err);
      stats.errors++;
      log.warn({ err: error, code: (err as InpodError).code }, "zds: request refused");
    }
    if (!c.live) return;
    try {
      await send(c, encodeAck(error));
    } catch (err) {
      drop(`ack not sent: ${(err as Error).message}`);
    }
  };

  const connect = () => {
    if (closed) return;
    let fd: number;
    try {
      fd = addon.seqpacketConnect(opts.path);
    } catch (err) {
      log.debug({ err: (err as Error).message, path: opts.path }, "zds: CNI agent not reachable yet");
      schedule();
      return;
    }
    try {
      if (addon.sendFds(fd, Buffer.from(zds.ZdsHello.encode({ version: zds.Version.V1 }).finish())) === null) {
        throw new Error("hello would block");
      }
    } catch (err) {
      stats.errors++;
      closeQuietly(fd);
      log.warn({ err: (err as Error).message }, "zds: hello failed");
      schedule();
      return;
    }
    const c = { fd, stop: () => {}, queue: Promise.resolve(), live: true };
    conn = c;
    stats.connects++;
    delay = initialMs;
    log.info({ path: opts.path }, "zds: connected to the CNI agent");
    opts.onConnected?.();
    c.stop = addon.watchFd(fd, (status, _readable, hangup) => {
      if (!c.live) return;
      if (status < 0) return drop(`poll error ${status}`);
      for (;;) {
        let msg: ReturnType<InpodAddon["recvFds"]>;
        try {
          msg = addon.recvFds(fd, maxBytes);
        } catch (err) {
          return drop((err as Error).message);
        }
        if (msg === null) break;
        // A SEQPACKET read of 0 bytes is the peer's close (ZDS messages are never empty).
        if (msg.data.length === 0 && msg.fds.length === 0 && !msg.truncated) return drop("closed by the CNI agent");
        const m = msg;
        c.queue = c.queue.then(() => apply(c, m.data, m.fds, m.truncated));
      }
      if (hangup) {
        // Let queued requests finish against the dead socket (their fds get closed), then drop.
        c.queue = c.queue.then(() => drop("hang-up from the CNI agent"));
      }
    });
  };

  connect();
  return {
    connected: () => conn !== undefined,
    stats: () => ({ ...stats }),
    close: () => {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      const c = conn;
      conn = undefined;
      if (c) {
        c.live = false;
        c.stop();
        closeQuietly(c.fd);
      }
    },
  };
}
