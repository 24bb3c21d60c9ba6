// Reads into recycled buffers: a TCP socket made with `readsIntoPool()`'s `onread` option
// (Node's own API: the socket reads into buffers we hand it instead of a fresh allocation
// per read) delivers its bytes to whoever `take`s it — the copy stage — and gets each
// buffer back once the write that carries it has completed. A busy connection then reuses
// a few buffers for its whole life instead of feeding the GC one per read (issue 19).
//
// What Node allows, and so the limits here: `onread` exists only at socket construction, so
// only sockets we construct can use it, and with it a socket emits no 'data' events and
// should read nothing until the copy takes it. Used for the plain sockets we dial (a TCP
// upstream, a local workload): their bytes are the copy's alone. Not for accepted sockets:
// the worker builds them before the decision and they keep reading meanwhile, which is how
// a client's reset during a slow connect is seen (outbound.ts); TLS and HTTP/2 sockets read
// in C++ and cannot. Node starts reading a dialed socket at 'connect': a first chunk that
// arrives before the copy takes the socket is copied aside, reading stops until then, and
// it goes first.
import type net from "node:net";

/** A bulk read buffer: libuv's own read size for a TCP stream. */
export const READ_BUFFER_BYTES = 64 * 1024;
/**
 * The buffer a socket waits with after a read that did not fill its buffer: the socket holds
 * its next read buffer for as long as it is idle, and an idle connection should not cost
 * 64 KiB. A read that fills it moves the socket to bulk buffers.
 */
export const SMALL_READ_BYTES = 4096;
/**
 * Free bulk buffers a socket keeps: enough for what the copy may have queued at once (its
 * 1 MiB bound) plus the one being read, so a steady transfer allocates none. They are let go
 * as soon as the connection turns quiet (a short read).
 */
const KEEP_FREE = (1 << 20) / READ_BUFFER_BYTES + 2;

export interface PoolStats {
  /** Buffers ever allocated for this socket's reads (bounded by what is in flight, not by bytes). */
  allocated: number;
  /** Reads delivered. */
  reads: number;
}

/**
 * The consumer of a pooled socket's bytes. `chunk` stays valid until `release` is called
 * (after the write carrying it completed); return false to stop reading (back-pressure:
 * resume with `socket.resume()`).
 */
export type PooledSink = (chunk: Buffer, release: () => void) => boolean;

export interface PooledReads {
  /** Pass as the socket's `onread` construction option. */
  readonly onread: { buffer: () => Buffer; callback: (n: number, buf: Buffer) => boolean };
  readonly stats: PoolStats;
}

const noop = () => {};
/**
 * The small read buffer of every quiet pooled socket in this thread. Shared safely: reads run
 * one at a time on the event loop, and what lands here is copied out inside the read's
 * callback. An idle connection then costs no read buffer of its own.
 */
const SMALL = Buffer.allocUnsafeSlow(SMALL_READ_BYTES);
const pools = new WeakMap<net.Socket, Pool>();

interface Pool extends PooledReads {
  sink: PooledSink | undefined;
  early: Buffer[];
}

export function readsIntoPool(): PooledReads {
  const free: Buffer[] = [];
  const stats: PoolStats = { allocated: 0, reads: 0 };
  let bulk = false;
  const next = (): Buffer => {
    if (!bulk) return SMALL;
    const b = free.pop();
    if (b) return b;
    stats.allocated++;
    // Slow = not from Node's shared 8 KiB slab: a buffer we lend out must be ours alone.
    return Buffer.allocUnsafeSlow(READ_BUFFER_BYTES);
  };
  const pool: Pool = {
    sink: undefined,
    early: [],
    stats,
    onread: {
      // Called once at construction and after every read: the buffer the next read fills.
      buffer: next,
      callback(n, buf) {
        stats.reads++;
        // Sized by what the read just did: a full buffer → bulk buffers; a read that would have
        // fitted the small one → back to it (in between, stay: bulk reads vary in size).
        if (n === buf.length) bulk = true;
        else if (n < SMALL_READ_BYTES) {
          bulk = false;
          free.length = 0;
        }
        if (!pool.sink) {
          // Not taken yet (Node starts reading at 'connect'): keep a copy and stop until it is.
          pool.early.push(Buffer.from(buf.subarray(0, n)));
          if (buf !== SMALL) free.push(buf);
          return false;
        }
        // The small buffer is never lent: a short chunk is copied out (a slice of Node's slab)
        // before the callback returns, so one buffer serves every quiet socket.
        if (buf === SMALL) return pool.sink(Buffer.from(buf.subarray(0, n)), noop);
        let released = false;
        return pool.sink(buf.subarray(0, n), () => {
          if (released) return;
          released = true;
          if (free.length < KEEP_FREE) free.push(buf);
        });
      },
    },
  };
  return pool;
}

/** Ties a socket to the pool its `onread` came from (call right after constructing it). */
export function attachPool(socket: net.Socket, reads: PooledReads): void {
  pools.set(socket, reads as Pool);
}

/** Whether `socket` reads into a pool (and so must be consumed with `takePooledReads`). */
export function hasPooledReads(socket: net.Socket): boolean {
  return pools.has(socket);
}

/**
 * Makes `sink` the consumer of the socket's bytes and starts reading. Bytes that arrived
 * before are handed over first. Returns false if the socket has no pool.
 */
export function takePooledReads(socket: net.Socket, sink: PooledSink): boolean {
  const pool = pools.get(socket);
  if (!pool) return false;
  pool.sink = sink;
  const early = pool.early.splice(0);
  let flowing = true;
  for (const b of early) flowing = sink(b, () => {}) && flowing;
  if (flowing) socket.resume();
  return true;
}

/**
 * For a reader that takes the fd itself (the native pump): the bytes already read and set
 * aside (one buffer, or null), and the socket is no longer fed to a sink.
 */
export function takeEarlyBytes(socket: net.Socket): Buffer | null {
  const pool = pools.get(socket);
  if (!pool) return null;
  pools.delete(socket);
  const early = pool.early.splice(0);
  return early.length === 0 ? null : early.length === 1 ? early[0]! : Buffer.concat(early);
}

/** The pool's counters for a socket (tests, debug). */
export function pooledReadStats(socket: net.Socket): PoolStats | undefined {
  return pools.get(socket)?.stats;
}
