// Where everything lives in the shared state's memory. One fixed header (never replaced)
// plus one generation of tables; a table that fills is replaced by a larger copy and the
// whole set is published again as the next generation (readers pick it up at their next
// read; the previous one stays valid for as long as a reader still holds it).
//
// All tables are Int32Array views except the characters (UTF-16 code units, so a reader can
// compare a lookup key with a stored string without decoding it).

import type { MessagePort } from "node:worker_threads";

/** Header words (an Int32Array over its own SharedArrayBuffer). */
export const H = {
  /** Seqlock: odd while the writer applies a delta. */
  SEQ: 0,
  /** Generation of the table set; readers fetch a new one from their port when it moves. */
  GEN: 1,
  /** StateView.version: bumped by an apply that changed something. */
  VERSION: 2,
  STR_COUNT: 3,
  CHARS_USED: 4,
  W_HWM: 5,
  S_HWM: 6,
  P_HWM: 7,
  W_LIVE: 8,
  S_LIVE: 9,
  P_LIVE: 10,
  WORDS: 16,
} as const;

/**
 * Columns per interned string. Every key the proxy looks up is a string, so the indexes are
 * columns of the string's own row: one probe of the string index answers "which workload has
 * uid X", "which workload owns IP Y" (key `network/ip`, or the IP alone on the default
 * network), "which service has VIP Y", and heads the lists (services by hostname, workloads
 * by node, endpoints by service key). -1 = none. The lists live in a table of their own
 * (LISTS: the row there, -1 = none yet): only hostnames, nodes and service keys need one,
 * and a string row of 9 words instead of 21 is 48 bytes less for each of the ≈ 4.6 strings
 * per workload.
 */
export const S = {
  START: 0,
  LEN: 1,
  HASH: 2,
  W_UID: 3,
  W_ADDR: 4,
  S_KEY: 5,
  S_VIP: 6,
  P_KEY: 7,
  LISTS: 8,
  WIDTH: 9,
} as const;
/** A string's lists (a row of the lists table): 4 words each (head entry, tail entry, stamp, count). */
export const LS = { HOST: 0, NODE: 4, EP: 8, WIDTH: 12 } as const;
export const L = { HEAD: 0, TAIL: 1, STAMP: 2, COUNT: 3 } as const;

/** Record header words shared by every record kind. */
export const R = { CHECK: 0, STAMP: 1, LIVE: 2, KEY: 3 } as const;

/** Workload record: string ids except FLAGS. */
export const W = {
  UID: 3,
  NAME: 4,
  NAMESPACE: 5,
  /** The workload's IPs joined by "," (an IP never holds one). */
  IPS: 6,
  HOSTNAME: 7,
  NETWORK: 8,
  TRUST_DOMAIN: 9,
  SERVICE_ACCOUNT: 10,
  NODE: 11,
  CANONICAL_NAME: 12,
  CANONICAL_REVISION: 13,
  WORKLOAD_TYPE: 14,
  WORKLOAD_NAME: 15,
  CLUSTER_ID: 16,
  REGION: 17,
  ZONE: 18,
  SUBZONE: 19,
  FLAGS: 20,
  /** JSON of the variable parts (services, policies, capacity, gateways, tunnel): replicas share one. */
  REST: 21,
  WIDTH: 22,
} as const;
export const FLAG = { HBONE: 1, NATIVE_TUNNEL: 2, UNHEALTHY: 4, HOST_NETWORK: 8 } as const;

/** Service record: key `ns/hostname`, name, namespace, hostname, and the rest as JSON. */
export const SV = { KEY: 3, NAME: 4, NAMESPACE: 5, HOSTNAME: 6, REST: 7, WIDTH: 8 } as const;
/** Policy record: key `ns/name` and the whole policy as JSON. */
export const PV = { KEY: 3, JSON: 4, WIDTH: 5 } as const;
/** List entry: member slot, next entry, previous entry (-1 = none). */
export const E = { MEMBER: 0, NEXT: 1, PREV: 2, WIDTH: 3 } as const;

/** One generation: the buffers a reader needs (posted to readers, so plain data). */
export interface Generation {
  gen: number;
  /**
   * String-id epoch: it moves when the writer compacts (rebuilds the tables from the live
   * records, so ids and slots are reassigned): a reader then drops everything it cached by
   * string id or slot.
   */
  epoch: number;
  chars: SharedArrayBuffer;
  strings: SharedArrayBuffer;
  index: SharedArrayBuffer;
  workloads: SharedArrayBuffer;
  services: SharedArrayBuffer;
  policies: SharedArrayBuffer;
  entries: SharedArrayBuffer;
  lists: SharedArrayBuffer;
}

/** Typed views over one generation. */
export interface Tables {
  gen: number;
  epoch: number;
  chars: Uint16Array;
  text: Buffer;
  strings: Int32Array;
  /** Open addressing (linear probing) over string ids; capacity a power of two; -1 empty. */
  index: Int32Array;
  workloads: Int32Array;
  services: Int32Array;
  policies: Int32Array;
  entries: Int32Array;
  lists: Int32Array;
}

export function viewsOf(g: Generation): Tables {
  return {
    gen: g.gen,
    epoch: g.epoch,
    chars: new Uint16Array(g.chars),
    text: Buffer.from(g.chars),
    strings: new Int32Array(g.strings),
    index: new Int32Array(g.index),
    workloads: new Int32Array(g.workloads),
    services: new Int32Array(g.services),
    policies: new Int32Array(g.policies),
    entries: new Int32Array(g.entries),
    lists: new Int32Array(g.lists),
  };
}

/**
 * What a reader in another thread needs: the header, the current generation, and its own
 * port where later generations arrive (transfer the port with the handle). A BroadcastChannel
 * would not do: with no listener it drops what arrives as soon as the event loop runs.
 */
export interface SharedHandle {
  header: SharedArrayBuffer;
  generation: Generation;
  port: MessagePort;
}
export type PortHandle = SharedHandle;
