// Loads the native DLB addon (native/, built by `npm run build:native`) and types it.
// No fallback: without the addon the proxy cannot balance accepts, so start-up fails
// with a message naming the build command.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { BalanceError } from "./errors.ts";

export type Policy = "dlb" | "exact" | "rr" | "kernel";
export const POLICIES: readonly Policy[] = ["dlb", "exact", "rr", "kernel"];

export interface Endpoint {
  address: string;
  port: number;
  /** 4 or 6 (0 when unknown). */
  family: number;
}

/** What a worker receives for each accepted connection (on its own thread); handlers get its addresses canonical (worker/runtime.ts). */
export interface HandoffMeta {
  fd: number;
  leaseId: number;
  listenerId: number;
  /** The listener's kind: "outbound", "inbound", "inbound-plaintext", "socks5", … */
  kind: string;
  peer: Endpoint;
  /** SO_ORIGINAL_DST for `redirect` listeners, else the local address (TPROXY / direct). */
  origDst: Endpoint;
  workerId: number;
}

export type OrigDstMode = "local" | "redirect" | "tproxy";

export interface ListenSpec {
  host?: string;
  port?: number;
  backlog?: number;
  /** Default true (a second process can bind during an upgrade). */
  reusePort?: boolean;
  transparent?: boolean;
  /** Path of a network namespace (/var/run/netns/NAME, /proc/PID/ns/net) to create the socket in. */
  netns?: string;
}

export interface ListenerSpec extends ListenSpec {
  kind: string;
  /** Default "local". */
  origDst?: OrigDstMode;
  /** Adopt this existing listening fd instead of creating one (ownership moves to the addon). */
  fd?: number;
}

export interface ListenerInfo extends Endpoint {
  id: number;
  kind: string;
  origDst: OrigDstMode;
}

export interface NativeWorkerStats {
  id: number;
  state: "active" | "closing" | "free";
  accepted: number;
  open: number;
  queued: number;
  credits: number;
}

export interface ConnectSpec {
  host: string;
  port: number;
  /** SO_MARK set before connect (1337 = ztunnel's capture bypass). */
  mark?: number;
  localAddress?: string;
  localPort?: number;
  transparent?: boolean;
  /** Default 10000. */
  timeoutMs?: number;
  /** Create the socket inside this network namespace (path: /proc/self/fd/N, /var/run/netns/X). */
  netns?: string;
}

export interface KeepAliveSpec {
  enable?: boolean;
  idleSec?: number;
  intervalSec?: number;
  count?: number;
}

/** The raw addon surface (native/src/addon.cc). Errors from socket calls carry errno/code/syscall. */
export interface Addon {
  /**
   * Process-wide; call before registerWorker. Every option is required: the defaults are
   * src/config.ts's (BALANCE_DEFAULTS, ZTS_BALANCE_TIES), the addon has none. credits:
   * handoffs a worker may have queued. stuckMs: a worker out of credits this long is
   * skipped by dlb/exact; before that the acceptor waits for it (a burst), so the open
   * counts stay balanced. ties (dlb, exact): `rotate` goes round the idle workers when
   * several are least loaded; `lowest` gives every tie to the lowest index (busy ties go
   * there with both).
   */
  configure(opts: { policy: Policy; credits: number; stuckMs: number; ties: "rotate" | "lowest" }): void;
  registerWorker(workerId: number, cb: (meta: HandoffMeta) => void): void;
  closeWorker(workerId: number): { closed: boolean; requeued: number };
  releaseWorker(workerId: number): { released: number; requeued: number };
  release(leaseId: number): boolean;
  track(workerId: number, fd?: number): number;
  stats(): NativeWorkerStats[];
  counts(): { leases: number; pending: number; paused: boolean };
  addListener(spec: ListenerSpec): ListenerInfo;
  removeListener(id: number): boolean;
  listeners(): ListenerInfo[];
  /** A socket the caller owns: listening TCP, bound-only TCP (listen: false), or bound UDP (udp: true), optionally marked. */
  listenSocket(spec: ListenSpec & { listen?: boolean; udp?: boolean; mark?: number }): Endpoint & { fd: number };
  shutdown(): void;
  getOriginalDst(fd: number): Endpoint | null;
  localAddress(fd: number): Endpoint;
  peerAddress(fd: number): Endpoint;
  setMark(fd: number, mark: number): void;
  getMark(fd: number): number;
  setTransparent(fd: number, on: boolean): void;
  setReusePort(fd: number, on: boolean): void;
  setKeepAlive(fd: number, spec: KeepAliveSpec): void;
  setUserTimeout(fd: number, ms: number): void;
  closeFd(fd: number): void;
  /** One sendmmsg(2) of up to 64 UDP datagrams on `fd`; how many went (stops at the first refused). */
  sendBatch(fd: number, buffers: Buffer[], hosts: string[], ports: number[]): number;
  connectMarked(spec: ConnectSpec): Promise<number>;
  /**
   * The socket connectMarked would connect (netns, mark, transparent, local address), made
   * synchronously and left unconnected: the caller connects it through Node. Throws with
   * the errno's code. Absent in addons built before it.
   */
  connectSocket?(spec: Omit<ConnectSpec, "timeoutMs">): number;
  recvFds(fd: number, maxBytes?: number): { data: Buffer; fds: number[]; truncated: boolean } | null;
  /** "eventdev" while the DPDK eventdev backend is enabled (dlb picks go through the event device). */
  backend(): "software" | "eventdev";
  /** Whether the addon was compiled with DPDK eventdev (binding.gyp found libdpdk). */
  readonly eventdevBuilt: boolean;
  /**
   * Process-wide: brings up DPDK EAL (first call; no hugepages, no PCI) and the event device
   * with `ports` worker ports (port p = native worker id p); dlb picks then go through its
   * unordered queue. Call while nothing is being accepted. One device per process. Both
   * options required (startWorkers picks the device: eventdevDevice()).
   */
  enableEventdev(opts: { device: string; ports: number }): EventdevStatus;
  /** dlb picks go back to the software scan. */
  disableEventdev(): void;
  /**
   * Starts a splice(2) pump between two connected TCP sockets on the addon's pump thread
   * (native/src/pump.cc) and returns its id. From then on the pump owns `a` and `b` (pass
   * dups: dupFd) and closes them at its end; if it throws, nothing was taken. `aToB` /
   * `bToA`: bytes written to b / a before anything read from the other side.
   * `onEvent` runs on the calling thread: `bytes` events (cumulative bytes written to
   * each destination, initial bytes included) at least every 500 ms while bytes move,
   * then exactly one `end`. A running pump keeps the thread's event loop alive.
   */
  pumpStart(opts: { a: number; b: number; aToB?: Buffer; bToA?: Buffer }, onEvent: (ev: PumpEvent) => void): number;
  /**
   * Stops a running pump (its `end` follows with reason "stopped"): `close` shuts both
   * sockets down (each peer sees EOF), `reset` sets SO_LINGER 0 (RST at their last close).
   * False when the pump had already ended.
   */
  pumpStop(id: number, how: "close" | "reset"): boolean;
  /** Pumps started and not yet ended, process-wide. */
  pumpCount(): number;
  /** fcntl(F_DUPFD_CLOEXEC): a second fd for the same socket. */
  dupFd(fd: number): number;
  /**
   * An OpenSSL server context for native HBONE sessions (native/src/hbone.cc): the chain's
   * first PEM is the leaf, the client certificate is required and verified against `roots`
   * in the handshake, TLS 1.3, ALPN h2 only. Throws on unusable PEM.
   */
  hboneTlsContext?(opts: { chain: string; key: string; roots: string; client?: boolean }): HboneTlsContext;
  /**
   * Starts a native HBONE **client** session on `fd` (a connected TCP socket's dup) with a
   * context made with `client: true` (our certificate presented, the server's chain verified
   * against `roots` in the handshake, ALPN h2, no SNI). Events: `handshake` (the server's
   * leaf), `settings` (the server's first SETTINGS: it accepted our certificate), then per
   * request `response`, `bytes`, `streamEnd`; `goaway`; one `end`.
   */
  hboneConnect?(opts: HboneSessionOptions, onEvent: (ev: HboneEvent) => void): number;
  /**
   * Client sessions: submits a CONNECT with these header fields (pseudo-headers first).
   * `tag` (1..2^31-1, unique within the session) is the caller's name for the stream: events
   * carry it as `stream`, and hboneBind/hboneReset take it. A request the session can no
   * longer send (the peer's GOAWAY came first) ends with `streamEnd` code 7 (REFUSED_STREAM).
   * False: the session is gone.
   */
  hboneRequest?(session: number, tag: number, headers: [string, string][]): boolean;
  /**
   * Client sessions, after a 200 `response`: the stream's bytes flow to and from `fd` (owned
   * by the stream from here on); `initial` is sent to the peer first. Bytes the peer sent
   * before the bind wait (unconsumed, so flow control holds the peer). False: session gone (fd closed).
   */
  hboneBind?(session: number, tag: number, fd: number, initial?: Buffer): boolean;
  /** An AF_UNIX stream socketpair (CLOEXEC): one end for a stream's bind, one for a JS socket. */
  hboneSocketpair?(): [number, number];
  /**
   * Starts a native HBONE server session on `fd` (a dup: dupFd) and returns its id; from then
   * on the session owns the fd. `initial`: bytes already read from the socket. Events come on
   * the calling thread: `handshake`, then `request`s, `bytes`, `streamEnd`s, `limit`s, one `end`.
   */
  hboneStart?(opts: HboneSessionOptions, onEvent: (ev: HboneEvent) => void): number;
  /**
   * Answers a request 200 and moves its bytes to and from `fd` (which it owns from here on);
   * `initial`: bytes already read from fd, sent to the client first. False: session gone.
   */
  hboneAccept?(session: number, stream: number, fd: number, initial?: Buffer): boolean;
  /** Answers a request with `status` and END_STREAM. */
  hboneRespond?(session: number, stream: number, status: number): boolean;
  /** RST_STREAM with an HTTP/2 error code (7 REFUSED_STREAM, 8 CANCEL). */
  hboneReset?(session: number, stream: number, code: number): boolean;
  /** GOAWAY(NO_ERROR): open streams run to their end, then the session ends. */
  hboneGoaway?(session: number): boolean;
  /** Ends the session now (`end` reason "stopped"). */
  hboneClose?(session: number): boolean;
  /** Native HBONE sessions not yet ended, process-wide. */
  hboneCount?(): number;
  /** Accepted CONNECT streams in their native data phase now, process-wide. */
  hboneStreams?(): number;
  /** The libraries the HBONE code runs with (docs/NATIVE-HBONE.md). */
  hboneVersions?(): {
    nghttp2Header: string;
    nghttp2From: string;
    nghttp2InNode: boolean;
    openssl: string;
    opensslFrom: string;
    opensslInNode: boolean;
  };
}

/** hboneStart / hboneConnect: the socket (a dup), its context, what Node read ahead, the h2 tuning. */
export interface HboneSessionOptions {
  fd: number;
  ctx: HboneTlsContext;
  initial?: Buffer;
  maxConcurrentStreams: number;
  streamWindow: number;
  connectionWindow: number;
  frameSize: number;
  handshakeTimeoutMs: number;
}

/** Opaque: an OpenSSL SSL_CTX owned by the addon (freed when collected). */
export type HboneTlsContext = { readonly __hboneTlsContext: unique symbol };

/** Events of a native HBONE session (hboneStart). Byte counts are cumulative per stream. */
export type HboneEvent =
  | { t: "handshake"; session: number; peerCert: Buffer; alpn: string }
  | { t: "request"; session: number; stream: number; headers: [string, string][] }
  | { t: "bytes"; session: number; stream: number; up: number; down: number }
  | {
      t: "streamEnd";
      session: number;
      stream: number;
      /**
       * Bytes written to the stream's fd and read from it: on a server session the upstream
       * (client → workload, workload → client); on a client session the bound fd (server →
       * fd, fd → server).
       */
      up: number;
      down: number;
      /** The RST_STREAM / GOAWAY error code that ended it, 0 for a clean end. */
      code: number;
      errno?: number;
      errcode?: string;
    }
  | { t: "limit"; session: number; stream: number }
  /** Client sessions: the server's first SETTINGS frame. */
  | { t: "settings"; session: number }
  /** Client sessions: the response HEADERS of the request `stream` (its tag). */
  | { t: "response"; session: number; stream: number; status: number }
  /** Client sessions: the server's GOAWAY (streams above lastStream end with code 7). */
  | { t: "goaway"; session: number; lastStream: number; code: number }
  | {
      t: "end";
      session: number;
      /** done: GOAWAY/streams finished; closed: the peer closed; tls: handshake failed or timed out; stopped: hboneClose; reset/error. */
      reason: "done" | "closed" | "tls" | "stopped" | "reset" | "error";
      detail: string;
    };

/** Events of a native pump (pumpStart). Counts are cumulative bytes written to b (aToB) and to a (bToA). */
export type PumpEvent =
  | { t: "bytes"; id: number; aToB: number; bToA: number }
  | {
      t: "end";
      id: number;
      aToB: number;
      bToA: number;
      /** done: both directions ended with EOF; reset: ECONNRESET/EPIPE on a side (both now reset); stopped: pumpStop; error: another errno (both reset). */
      reason: "done" | "reset" | "stopped" | "error";
      /** Negative, as Node's errors (with `code`, e.g. ECONNRESET), for reset and error. */
      errno?: number;
      code?: string;
    };

export interface EventdevStatus {
  active: boolean;
  device: string;
  /** Why it is not active (EAL or device error, or built without DPDK). */
  error?: string;
}

export const ADDON_PATH = fileURLToPath(new URL("../../native/build/Release/zts_dlb.node", import.meta.url));

const cache = new Map<string, Addon>();

/** Loads the addon (once per thread and path). Throws BalanceError ZTS_BALANCE_ADDON_MISSING. */
export function loadAddon(path: string = ADDON_PATH): Addon {
  const hit = cache.get(path);
  if (hit) return hit;
  if (!existsSync(path)) {
    throw new BalanceError(
      "ZTS_BALANCE_ADDON_MISSING",
      `the native DLB addon is not built (${path} not found): run \`npm run build:native\` (needs a C++ compiler and python3)`,
    );
  }
  let addon: Addon;
  try {
    addon = createRequire(import.meta.url)(path) as Addon;
  } catch (err) {
    throw new BalanceError(
      "ZTS_BALANCE_ADDON_MISSING",
      `the native DLB addon at ${path} failed to load (${(err as Error).message}): rebuild it with \`npm run build:native\``,
      { cause: err },
    );
  }
  cache.set(path, addon);
  return addon;
}
