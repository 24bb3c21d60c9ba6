// Concurrent inbound HBONE streams per source identity, counted across every worker thread
// (ZTS_MAX_STREAMS_PER_PEER). ztunnel caps streams per connection (200) but not per peer, so
// one identity could open many connections and hold thousands of upstream sockets; this
// cap bounds what one identity can take of the node's file descriptors. The counters live
// in a SharedArrayBuffer table keyed by the identity's 32-bit tag (src/pick/cursors.ts):
// two identities whose tags collide (≈ 2^-32 per pair) share one budget, and once the table
// is full identities share home slots — both only ever refuse early, never admit more.
import { type Cursors, createCursors } from "../pick/cursors.ts";

export interface PeerStreams {
  /** The buffer to hand to workers. */
  readonly sab: SharedArrayBuffer;
  /** Takes one stream of `identity`'s budget; false (nothing taken) when it is spent. */
  acquire(identity: string): boolean;
  /** Gives back a stream acquire() granted. */
  release(identity: string): void;
}

export const PEER_STREAM_SLOTS = 4096;

/** Main thread: `createPeerStreams(limit)`; workers: `createPeerStreams(limit, sab)`. */
export function createPeerStreams(limit: number, sab?: SharedArrayBuffer): PeerStreams {
  const table: Cursors = createCursors(sab, PEER_STREAM_SLOTS);
  return {
    sab: table.sab,
    acquire(identity) {
      const slot = table.slot(identity);
      if (table.add(slot, 1) <= limit) return true;
      table.add(slot, -1);
      return false;
    },
    release(identity) {
      table.add(table.slot(identity), -1);
    },
  };
}
