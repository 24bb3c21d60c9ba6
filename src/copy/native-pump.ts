// The data phase of a plain ↔ plain leg in the addon: splice(2) kernel to kernel on the
// addon's pump thread (native/src/pump.cc) instead of reading every chunk into a JS Buffer
// and writing it back. Same contract as copy.ts's copyBidirectional (CopyResult, onBytes,
// "sent" = a → b, half-close, a reset on one side resets the other); what differs:
// - onBytes comes in batches (at least every 500 ms while bytes move, and at the end), and
//   counts bytes written to the destination, not bytes read from the source;
// - the sockets are handed over: both are paused and their reading stopped, the pump works
//   on dups of their fds, and when it ends both JS sockets are destroyed (their 'close'
//   events fire, which the worker runtime relies on to release the connection's lease);
// - the caller's idle timers on the JS sockets (setTimeout) see no activity: idle policy is
//   the caller's, through stop().
// Both sockets must be connected TCP sockets with no 'data' listeners of their own, created
// with `allowHalfOpen: true` as for copy.ts (else Node answers a FIN it read ahead with its own).
import type net from "node:net";
import { getSystemErrorName } from "node:util";
import type { Addon, PumpEvent } from "../balance/addon.ts";
import type { CopyResult } from "./copy.ts";
import { CopyError } from "./errors.ts";
import { takeEarlyBytes } from "./recycled-reads.ts";

export type PumpAddon = Pick<Addon, "pumpStart" | "pumpStop" | "dupFd" | "closeFd">;

export interface NativePumpOptions {
  /** As copy.ts: bytes moved per direction ("sent" = a → b), in batches. */
  onBytes?: (direction: "sent" | "received", n: number) => void;
  /** Bytes TypeScript already read from a (e.g. SOCKS5 early data): written to b first, counted as sent. */
  aToB?: Buffer;
  /** Bytes already read from b: written to a first, counted as received. */
  bToA?: Buffer;
}

export interface NativePump {
  /** Settles once the pump ended and both JS sockets emitted 'close'. Never rejects. */
  done: Promise<CopyResult>;
  /** close: both peers see EOF; reset: both get RST. `done` then carries ZTS_COPY_STOPPED. */
  stop(how: "close" | "reset"): void;
}

interface StreamHandle {
  fd?: number;
  reading?: boolean;
  readStop?: () => number;
}

function handleOf(s: net.Socket): StreamHandle | undefined {
  return (s as unknown as { _handle?: StreamHandle | null })._handle ?? undefined;
}

function reset(s: net.Socket): void {
  if (handleOf(s)) s.resetAndDestroy();
  else s.destroy();
}

/**
 * Takes a socket's reading away from Node: bytes Node already buffered (readableLength > 0:
 * it reads ahead up to its high-water mark even while nobody consumes) are taken out and
 * returned, to be written first as the pump's initial bytes; then the handle stops reading,
 * so from here on only the pump reads the socket. read() may restart the handle's reading
 * (net's _read), which only takes effect when libuv next polls: the readStop in the same
 * tick undoes it. Returns a dup of the fd.
 */
export function takeOver(addon: Pick<Addon, "dupFd">, s: net.Socket): { fd: number; buffered: Buffer | null } {
  const h = handleOf(s);
  if (!h || typeof h.fd !== "number" || h.fd < 0 || s.connecting) {
    throw new CopyError("ZTS_COPY_NO_FD", "the native pump needs a connected TCP socket with an fd");
  }
  s.pause();
  // A socket reading into recycled buffers (recycled-reads.ts) keeps what it read before
  // anyone took it aside, never in Node's readable buffer.
  const early = takeEarlyBytes(s);
  const buffered = early ?? (s.readableLength > 0 ? (s.read(s.readableLength) as Buffer | null) : null);
  h.reading = false;
  h.readStop?.();
  return { fd: addon.dupFd(h.fd), buffered };
}

function join(first: Buffer | undefined, second: Buffer | null): Buffer | undefined {
  if (!first || first.length === 0) return second ?? undefined;
  return second ? Buffer.concat([first, second]) : first;
}

/** Resolves once everything Node queued on `s` reached the kernel (writes are in order). */
export function flushed(s: net.Socket): Promise<void> {
  return new Promise((resolve) => s.write(Buffer.alloc(0), () => resolve()));
}

function pumpError(ev: Extract<PumpEvent, { t: "end" }>): Error {
  const errno = ev.errno ?? 0;
  const code = ev.code ?? (errno < 0 ? getSystemErrorName(errno) : "EIO");
  return Object.assign(new Error(`splice ${code}`), { code, errno, syscall: "splice" });
}

/**
 * Pumps a → b and b → a in the addon until both directions have ended (EOF each way), a
 * side fails (both are then reset), or stop() — then destroys both sockets.
 */
export function pumpBidirectional(
  addon: PumpAddon,
  a: net.Socket,
  b: net.Socket,
  opts: NativePumpOptions = {},
): NativePump {
  const result: CopyResult = { bytesSent: 0, bytesReceived: 0 };
  let resolveDone: (r: CopyResult) => void = () => {};
  const done = new Promise<CopyResult>((r) => {
    resolveDone = r;
  });
  let id = -1;
  let stopped: "close" | "reset" | undefined;
  let ended = false;
  // Nothing Node does on these sockets from now on may surface as an unhandled 'error'.
  a.on("error", () => {});
  b.on("error", () => {});

  const end = (error: Error | undefined, resetBoth: boolean) => {
    if (ended) return;
    ended = true;
    if (error) result.error = error;
    let open = 2;
    const closed = () => {
      open--;
      if (open === 0) resolveDone(result);
    };
    for (const s of [a, b]) {
      if (s.closed) {
        closed();
        continue;
      }
      s.once("close", closed);
      // After a pump's reset or error the addon already set SO_LINGER 0: destroy() sends the RST.
      if (resetBoth) reset(s);
      else s.destroy();
    }
  };
  const stoppedError = (how: "close" | "reset") =>
    new CopyError("ZTS_COPY_STOPPED", `the native pump was stopped (${how}) by its caller`);

  const dups: number[] = [];
  let initial: { aToB?: Buffer; bToA?: Buffer } = {};
  try {
    const ta = takeOver(addon, a);
    dups.push(ta.fd);
    const tb = takeOver(addon, b);
    dups.push(tb.fd);
    initial = { aToB: join(opts.aToB, ta.buffered), bToA: join(opts.bToA, tb.buffered) };
  } catch (err) {
    for (const fd of dups) addon.closeFd(fd);
    end(err as Error, true);
    return { done, stop: () => {} };
  }

  const onEvent = (ev: PumpEvent) => {
    if (ev.aToB > result.bytesSent) {
      const n = ev.aToB - result.bytesSent;
      result.bytesSent = ev.aToB;
      opts.onBytes?.("sent", n);
    }
    if (ev.bToA > result.bytesReceived) {
      const n = ev.bToA - result.bytesReceived;
      result.bytesReceived = ev.bToA;
      opts.onBytes?.("received", n);
    }
    if (ev.t !== "end") return;
    if (ev.reason === "done") end(undefined, false);
    else if (ev.reason === "stopped") end(stoppedError(stopped ?? "close"), false);
    else end(pumpError(ev), false);
  };

  const start = () => {
    if (stopped) {
      for (const fd of dups) addon.closeFd(fd);
      if (stopped === "close") {
        a.end();
        b.end();
      }
      end(stoppedError(stopped), stopped === "reset");
      return;
    }
    try {
      const [fdA, fdB] = dups as [number, number];
      id = addon.pumpStart({ a: fdA, b: fdB, ...initial }, onEvent);
    } catch (err) {
      for (const fd of dups) addon.closeFd(fd);
      end(err as Error, true);
    }
  };
  // Bytes Node still has queued for writing (a SOCKS5 reply, say) would race the pump's
  // own writes on the same socket: start once they are in the kernel.
  const queued = [a, b].filter((s) => s.writableLength > 0);
  if (queued.length === 0) start();
  else void Promise.all(queued.map(flushed)).then(start);

  return {
    done,
    stop(how) {
      if (ended || stopped) return;
      stopped = how;
      if (id >= 0) addon.pumpStop(id, how);
    },
  };
}
