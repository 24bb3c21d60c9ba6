// Bidirectional byte copy between two Duplex streams — the heart of every proxied
// connection (HBONE in and out, plain TCP, SOCKS5). Not `a.pipe(b)`: pipe neither
// propagates errors nor keeps the half-close semantics a TCP proxy needs (a FIN from one
// side must become a FIN on the other while bytes keep flowing the other way).
//
// Sockets handed in should be created with `allowHalfOpen: true`, otherwise Node ends
// their writable side by itself as soon as the peer's FIN arrives.
import type net from "node:net";
import { type Duplex, finished } from "node:stream";
import { hasPooledReads, takePooledReads } from "./recycled-reads.ts";

export interface CopyResult {
  /** Bytes read from `a` and written to `b`. */
  bytesSent: number;
  /** Bytes read from `b` and written to `a`. */
  bytesReceived: number;
  /** First error on either side (or a premature close); absent on a clean finish. */
  error?: Error;
}

export interface CopyOptions {
  /** Called for every chunk; lets callers keep live byte metrics without waiting for the end. */
  onBytes?: (direction: "sent" | "received", n: number) => void;
}

function reset(s: Duplex): void {
  const tcp = s as Duplex & { resetAndDestroy?: () => void; _handle?: unknown };
  if (typeof tcp.resetAndDestroy === "function" && tcp._handle) tcp.resetAndDestroy();
  else s.destroy();
}

/**
 * Bytes a destination may hold queued before the source is paused. Not the streams' own
 * 16 KiB high-water mark: an HTTP/2 stream queues every write until its session flushes
 * (a later tick), so each 64 KiB socket read returned false and the copy stopped and
 * restarted per chunk — reading, framing, encrypting and sending never overlapped.
 * 1 MiB keeps a pipeline per direction (a quarter of the 4 MiB h2 stream window) and
 * still bounds what a stalled reader can make us hold.
 */
export const MAX_QUEUED_BYTES = 1 << 20;

/** A chunk this large means a bulk transfer (see pump). */
const BULK_CHUNK = 8192;

/** One direction: data → write with back-pressure, end → end (half-close). */
function pump(src: Duplex, dst: Duplex, count: (n: number) => void): void {
  let waiting = false;
  const resume = () => {
    waiting = false;
    src.resume();
  };
  let corked = false;
  const uncork = () => {
    corked = false;
    if (!dst.destroyed) dst.uncork();
  };
  /** Writes one chunk; false when the source must pause until `dst` drains. */
  const forward = (chunk: Buffer, written?: () => void): boolean => {
    count(chunk.length);
    if (dst.destroyed || dst.writableEnded) {
      written?.();
      return true;
    }
    // Bulk data arrives in bursts of chunks (an h2 stream yields one per 16 KiB TLS record):
    // cork so the burst leaves in one writev at the end of this I/O phase instead of one
    // syscall per chunk. Small chunks (requests, replies) go out at once, for latency.
    if (!corked && chunk.length >= BULK_CHUNK) {
      corked = true;
      dst.cork();
      setImmediate(uncork);
    }
    // write() returning false sets the stream's needDrain, so 'drain' follows once it empties.
    if (!dst.write(chunk, written) && !waiting && dst.writableLength >= MAX_QUEUED_BYTES) {
      waiting = true;
      dst.once("drain", resume);
      return false;
    }
    return true;
  };
  // A socket reading into recycled buffers (recycled-reads.ts) hands each buffer over and
  // gets it back when its write completed; any other stream emits fresh chunks.
  if (hasPooledReads(src as net.Socket)) takePooledReads(src as net.Socket, forward);
  else
    src.on("data", (chunk: Buffer) => {
      if (!forward(chunk)) src.pause();
    });
  src.once("end", () => {
    if (!dst.destroyed && !dst.writableEnded) dst.end();
  });
}

/**
 * Copies a→b and b→a until both directions have ended, or either side fails — then both
 * are destroyed (an error on one side resets the other, as a proxy must).
 */
export function copyBidirectional(a: Duplex, b: Duplex, opts: CopyOptions = {}): Promise<CopyResult> {
  return new Promise((resolve) => {
    const result: CopyResult = { bytesSent: 0, bytesReceived: 0 };
    let pending = 2;
    let settled = false;

    const done = (side: Duplex, other: Duplex) => (err?: Error | null) => {
      if (err && !result.error) {
        result.error = err;
        // The failed side is gone: reset the other (RST for TCP, RST_STREAM for h2) rather
        // than leave it half open or make the peer think the stream ended cleanly.
        if (!other.destroyed) reset(other);
        if (!side.destroyed) side.destroy();
      }
      pending--;
      if (pending === 0 && !settled) {
        settled = true;
        resolve(result);
      }
    };

    finished(a, done(a, b));
    finished(b, done(b, a));
    // `finished` reports errors; also keep an 'error' listener so none is ever unhandled.
    a.on("error", () => {});
    b.on("error", () => {});

    pump(a, b, (n) => {
      result.bytesSent += n;
      opts.onBytes?.("sent", n);
    });
    pump(b, a, (n) => {
      result.bytesReceived += n;
      opts.onBytes?.("received", n);
    });
  });
}
