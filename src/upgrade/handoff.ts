// Listener handoff for zero-loss upgrades (docs/operations.md, "Upgrades without lost
// connections"). Closing a SO_REUSEPORT listener resets the connections still in its own
// accept queue, so a successor that merely binds the same ports beside us is not enough.
// Instead, as Envoy's hot restart does, the running proxy serves a unix SOCK_SEQPACKET
// socket; its successor connects, receives the listening sockets themselves (SCM_RIGHTS)
// and adopts them with its acceptor. Both processes then accept from the same kernel
// queues; once the successor is ready it sends `takeover`, the old process closes its
// copies of the fds (the sockets live on in the successor, queue and all) and drains.
//
// Messages are JSON, one per datagram:
//   successor → running: {t:"hello", node, pid}            then later {t:"takeover", pid}
//   running → successor: {t:"listeners", items, last}  + ≤16 fds each, in `items` order
//                        {t:"refused", reason}              (another node's proxy)
import { existsSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Addon, OrigDstMode } from "../balance/addon.ts";
import type { Logger } from "../log.ts";
import { UpgradeError } from "./errors.ts";

/** The unix-socket part of the addon (native/src/seqpacket.cc) that the handoff uses. */
export interface HandoffAddon extends Pick<Addon, "recvFds" | "closeFd"> {
  seqpacketConnect(path: string): number;
  seqpacketListen(path: string, backlog?: number): number;
  seqpacketAccept(fd: number): number | null;
  sendFds(fd: number, data: Buffer, fds?: number[]): number | null;
  watchFd(fd: number, cb: (status: number, readable: boolean, hangup: boolean) => void, unref?: boolean): () => void;
}

/** One listening socket as the handoff carries it: what it is for and the fd. */
export interface HandedListener {
  kind: string;
  /** The host the listener was asked for (`ZTS_BIND_ADDRESS`, a node or pod IP), not the resolved address. */
  host: string;
  port: number;
  origDst: OrigDstMode;
  fd: number;
}

/** Listening fds received from the previous process, taken one by one as the new one listens. */
export interface InheritedListeners {
  /** The fd for this listener, if the previous process had it (ownership moves to the caller). */
  take(spec: { kind: string; host?: string; port?: number }): number | undefined;
  /** How many were taken. */
  taken(): number;
  /** Closes the ones nobody took (listeners the new configuration no longer has). */
  closeRest(): number;
  /**
   * Until activate(), taken sockets are held, not accepted from: the previous process
   * keeps serving them while this one has no state or certificates yet.
   */
  active(): boolean;
  onActivate(hook: () => Promise<void>): void;
  /** Ready: start accepting on every taken socket. */
  activate(): Promise<void>;
}

export interface HandoffClient {
  listeners: InheritedListeners;
  /** Tells the previous process to stop accepting and drain; resolves once it acknowledged (or gave up). */
  takeover(): Promise<boolean>;
  close(): void;
}

export interface HandoffServer {
  close(): void;
}

const MAX_FDS = 16;
const keyOf = (kind: string, host: string | undefined, port: number | undefined) =>
  `${kind}|${host ?? "0.0.0.0"}|${port ?? 0}`;

/** ZTS_HANDOFF_SOCKET: `off` → disabled (""), `auto` → /var/run/ztunnel (when it exists) else the temp dir. */
export function resolveHandoffPath(setting: string): string {
  const v = setting.trim();
  if (v === "off" || v === "") return "";
  if (v !== "auto") return v;
  const dir = existsSync("/var/run/ztunnel") ? "/var/run/ztunnel" : tmpdir();
  return join(dir, "ztunnel-ts-handoff.sock");
}

function send(addon: HandoffAddon, fd: number, msg: unknown, fds: number[] = []): void {
  const n = addon.sendFds(fd, Buffer.from(JSON.stringify(msg)), fds);
  if (n === null) throw new UpgradeError("ZTS_UPGRADE_SEND", "handoff socket is full (peer not reading)");
}

/** The next message (null on EOF); waits for readability on this thread's loop. */
function receive(
  addon: HandoffAddon,
  fd: number,
  timeoutMs: number,
): Promise<{ msg: Record<string, unknown>; fds: number[] } | null> {
  return new Promise((resolve, reject) => {
    let stop: (() => void) | undefined;
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      stop?.();
      stop = undefined;
      fn();
    };
    const tryRead = (): boolean => {
      let m: ReturnType<HandoffAddon["recvFds"]>;
      try {
        m = addon.recvFds(fd);
      } catch (err) {
        finish(() => reject(err));
        return true;
      }
      if (m === null) return false;
      if (m.data.length === 0) {
        for (const f of m.fds) addon.closeFd(f);
        finish(() => resolve(null));
        return true;
      }
      try {
        const msg = JSON.parse(m.data.toString()) as Record<string, unknown>;
        finish(() => resolve({ msg, fds: m.fds }));
      } catch (err) {
        for (const f of m.fds) addon.closeFd(f);
        finish(() =>
          reject(new UpgradeError("ZTS_UPGRADE_PROTOCOL", `bad handoff message: ${(err as Error).message}`)),
        );
      }
      return true;
    };
    const timer = setTimeout(
      () => finish(() => reject(new UpgradeError("ZTS_UPGRADE_TIMEOUT", `no handoff message within ${timeoutMs} ms`))),
      timeoutMs,
    );
    if (tryRead()) return;
    stop = addon.watchFd(fd, (_status, readable, hangup) => {
      if (readable || hangup) {
        if (!tryRead() && hangup) finish(() => resolve(null));
      }
    });
  });
}

/**
 * Successor side, before listening: asks the process serving `path` for its listeners.
 * Undefined when nobody serves it (first start) or the handoff fails; the caller then
 * binds fresh sockets (SO_REUSEPORT) as usual.
 */
export async function requestHandoff(
  addon: HandoffAddon,
  path: string,
  opts: { node: string; log: Logger; timeoutMs?: number },
): Promise<HandoffClient | undefined> {
  const timeoutMs = opts.timeoutMs ?? 3000;
  if (!existsSync(path)) return undefined;
  let fd: number;
  try {
    fd = addon.seqpacketConnect(path);
  } catch (err) {
    opts.log.info({ path, err: (err as Error).message }, "upgrade: no running proxy to take listeners from");
    return undefined;
  }
  const received = new Map<string, HandedListener>();
  const closeRest = () => {
    let n = 0;
    for (const l of received.values()) {
      addon.closeFd(l.fd);
      n++;
    }
    received.clear();
    return n;
  };
  try {
    send(addon, fd, { t: "hello", node: opts.node, pid: process.pid });
    for (;;) {
      const r = await receive(addon, fd, timeoutMs);
      if (!r) throw new UpgradeError("ZTS_UPGRADE_PROTOCOL", "the running proxy closed the handoff socket");
      if (r.msg.t === "refused") {
        for (const f of r.fds) addon.closeFd(f);
        opts.log.info({ path, reason: r.msg.reason }, "upgrade: the proxy on the handoff socket declined");
        addon.closeFd(fd);
        return undefined;
      }
      const items = (r.msg.items ?? []) as Omit<HandedListener, "fd">[];
      if (r.msg.t !== "listeners" || items.length !== r.fds.length) {
        for (const f of r.fds) addon.closeFd(f);
        throw new UpgradeError("ZTS_UPGRADE_PROTOCOL", "handoff: listener list and fds do not match");
      }
      items.forEach((it, i) => {
        received.set(keyOf(it.kind, it.host, it.port), { ...it, fd: r.fds[i]! });
      });
      if (r.msg.last) break;
    }
  } catch (err) {
    closeRest();
    addon.closeFd(fd);
    opts.log.warn({ path, err: (err as Error).message }, "upgrade: listener handoff failed; binding fresh sockets");
    return undefined;
  }
  opts.log.info({ path, listeners: received.size }, "upgrade: received listening sockets from the running proxy");
  let taken = 0;
  let closed = false;
  let active = false;
  const hooks: (() => Promise<void>)[] = [];
  const close = () => {
    if (closed) return;
    closed = true;
    addon.closeFd(fd);
  };
  return {
    listeners: {
      take(spec) {
        const key = keyOf(spec.kind, spec.host, spec.port);
        const l = received.get(key);
        if (!l) return undefined;
        received.delete(key);
        taken++;
        return l.fd;
      },
      taken: () => taken,
      closeRest,
      active: () => active,
      onActivate: (hook) => {
        hooks.push(hook);
      },
      async activate() {
        active = true;
        for (const h of hooks.splice(0)) await h();
      },
    },
    async takeover() {
      if (closed) return false;
      try {
        send(addon, fd, { t: "takeover", pid: process.pid });
        const r = await receive(addon, fd, timeoutMs);
        return r?.msg.t === "draining";
      } catch (err) {
        opts.log.warn({ err: (err as Error).message }, "upgrade: takeover not acknowledged");
        return false;
      } finally {
        close();
      }
    },
    close,
  };
}

/**
 * Running side: serves `path` until closed. `listeners()` is read at each request, so
 * pod listeners added or removed since start are handed over as they are now.
 * `onTakeover` runs once, when a successor that adopted our listeners says it is ready.
 */
export function serveHandoff(
  addon: HandoffAddon,
  path: string,
  opts: { node: string; log: Logger; listeners: () => HandedListener[]; onTakeover: (pid: number) => void },
): HandoffServer {
  const fd = addon.seqpacketListen(path);
  const ino = statSync(path).ino;
  const conns = new Map<number, () => void>();
  let tookOver = false;

  const drop = (c: number) => {
    conns.get(c)?.();
    conns.delete(c);
    addon.closeFd(c);
  };

  const onMessage = (c: number, msg: Record<string, unknown>) => {
    if (msg.t === "hello") {
      if (msg.node !== opts.node) {
        send(addon, c, { t: "refused", reason: `this proxy serves node ${JSON.stringify(opts.node)}` });
        return;
      }
      const all = opts.listeners();
      opts.log.info({ pid: msg.pid, listeners: all.length }, "upgrade: handing listening sockets to a successor");
      for (let i = 0; i === 0 || i < all.length; i += MAX_FDS) {
        const chunk = all.slice(i, i + MAX_FDS);
        send(
          addon,
          c,
          {
            t: "listeners",
            items: chunk.map(({ kind, host, port, origDst }) => ({ kind, host, port, origDst })),
            last: i + MAX_FDS >= all.length,
          },
          chunk.map((l) => l.fd),
        );
      }
    } else if (msg.t === "takeover") {
      send(addon, c, { t: "draining" });
      if (!tookOver) {
        tookOver = true;
        opts.log.info({ pid: msg.pid }, "upgrade: successor is ready; stop accepting and drain");
        opts.onTakeover(Number(msg.pid));
      }
    }
  };

  const watchConn = (c: number) => {
    const stop = addon.watchFd(
      c,
      (_status, readable, hangup) => {
        for (;;) {
          let m: ReturnType<HandoffAddon["recvFds"]>;
          try {
            m = addon.recvFds(c);
          } catch {
            drop(c);
            return;
          }
          if (m === null) break;
          for (const f of m.fds) addon.closeFd(f);
          if (m.data.length === 0) {
            drop(c);
            return;
          }
          try {
            onMessage(c, JSON.parse(m.data.toString()) as Record<string, unknown>);
          } catch (err) {
            opts.log.warn({ err: (err as Error).message }, "upgrade: bad handoff request");
            drop(c);
            return;
          }
        }
        if (hangup && !readable) drop(c);
      },
      true,
    );
    conns.set(c, stop);
  };

  const stopAccept = addon.watchFd(
    fd,
    () => {
      for (;;) {
        let c: number | null;
        try {
          c = addon.seqpacketAccept(fd);
        } catch {
          return;
        }
        if (c === null) return;
        watchConn(c);
      }
    },
    true,
  );

  return {
    close() {
      stopAccept();
      for (const c of [...conns.keys()]) drop(c);
      addon.closeFd(fd);
      // Only our own socket file: a successor may already serve a new one at this path.
      try {
        if (statSync(path).ino === ino) unlinkSync(path);
      } catch {
        // already gone
      }
    },
  };
}
