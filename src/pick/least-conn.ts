// Least connections (ZTS_LB=least-conn | least-conn-p2c, or a service's `ztunnel-ts.io/lb`):
// among the best-ranked candidates, the one with the lowest open_i / capacity_i, where
// open_i counts this proxy's connections to that endpoint over all worker threads (a slot
// per endpoint in a shared counter table, see loads below). Pure decisions over typed
// arrays, so the pick stays allocation-free and a table-driven test can drive it.
//
// Ties: the scan starts at the weighted round-robin pick (the shared cursor), and the first
// minimum from there wins. So while every endpoint is idle (serial short connections) the
// sequence *is* the capacity-weighted round robin, and equal loads rotate instead of piling
// onto the first endpoint in uid order. Ratios are compared as open_a·cap_b < open_b·cap_a
// (no division, exact for any count a proxy can hold).
//
// least-conn is exact up to SCAN_MAX candidates, and beyond takes the least loaded of the
// SCAN_MAX-candidate window at the round-robin position (a pick must stay ≤ 1 µs).
// p2c: the power of two choices compares the round-robin pick with one other random
// candidate, O(1) at any size, and keeps the maximum load within O(log log n) of the mean.
// Small sets are scanned exactly (sampling two of three would miss the least loaded a third
// of the time).
import type { Cursors } from "./cursors.ts";

/** Per-service and ZTS_LB policies. `random` is ztunnel's weighted random (ZTS_LB only). */
export type LbPolicy = "rr" | "random" | "least-conn" | "least-conn-p2c";

/** p2c scans exactly up to this many candidates. */
export const P2C_EXACT_MAX = 8;

/**
 * least-conn scans at most this many candidates per pick. A scan reads one scattered counter
 * per candidate (≈ 4 ns each here, measured), so an exact scan of 1,000 busy endpoints costs
 * ≈ 4.5 µs; above this size least-conn takes the least loaded of the window of this many
 * candidates that starts at the round-robin pick. The window moves with the shared cursor,
 * so every candidate is in turn compared; it is the power of 128 choices, not of two.
 */
export const SCAN_MAX = 128;

/** Slots of the per-endpoint open-connection table (a Cursors table of its own, see app.ts). */
export const LOAD_SLOTS = 65_536;

/** The counter key of an endpoint: one per workload, whichever service or port it was picked for. */
export const loadKey = (workloadUid: string): string => `open|${workloadUid}`;

/** The count the last decision saw for the index it returned (what claimLeast compares against). */
let seen = 0;

/** a is strictly less loaded than b (per unit of capacity). Capacity 0 is never less loaded. */
function lighter(openA: number, capA: number, openB: number, capB: number): boolean {
  return capA > 0 && (capB <= 0 || openA * capB < openB * capA);
}

/**
 * Index of the least loaded candidate: `open[slots[i]] / weights[i]` lowest, scanning from
 * `start` and wrapping (the first minimum from `start` wins ties), at most `limit`
 * candidates. Weight 0 is skipped; -1 when every scanned weight is 0. An idle candidate
 * ends the scan (nothing can beat 0).
 */
export function leastLoaded(
  open: Int32Array,
  slots: Int32Array,
  weights: Int32Array,
  start: number,
  limit = SCAN_MAX,
): number {
  const n = weights.length;
  const m = Math.min(n, limit);
  let best = -1;
  let bestOpen = 0;
  let bestCap = 0;
  for (let k = 0, i = start; k < m; k++, i = i + 1 === n ? 0 : i + 1) {
    const cap = weights[i] ?? 0;
    if (cap <= 0) continue;
    const o = open[slots[i] ?? 0] ?? 0;
    if (best < 0 || lighter(o, cap, bestOpen, bestCap)) {
      best = i;
      bestOpen = o;
      bestCap = cap;
      if (o <= 0) break;
    }
  }
  seen = bestOpen;
  return best;
}

/** Power of two choices: `a` unless `b` is strictly less loaded (ties stay with the round-robin pick); -1 if neither has capacity. */
export function lighterOfTwo(open: Int32Array, slots: Int32Array, weights: Int32Array, a: number, b: number): number {
  const capA = weights[a] ?? 0;
  const capB = weights[b] ?? 0;
  const openA = open[slots[a] ?? 0] ?? 0;
  const openB = open[slots[b] ?? 0] ?? 0;
  if (capA <= 0 && capB <= 0) return -1;
  const i = lighter(openB, capB, openA, capA) ? b : a;
  seen = i === a ? openA : openB;
  return i;
}

/** A second candidate for p2c, never `a`: uniform over the others (`u`: a random uint32). */
export function otherIndex(n: number, a: number, u: number): number {
  return (a + 1 + ((u >>> 0) % (n - 1))) % n;
}

// p2c's random source: xorshift32 on a small integer, so a sample allocates nothing
// (Math.random's double measured 4-16 B per pick, boxed on its way through the call).
// Seeded per thread; quality is ample for choosing one candidate among n.
let rng = (Math.random() * 0xffffffff) >>> 0 || 1;
export function nextRandom(): number {
  rng ^= rng << 13;
  rng ^= rng >>> 17;
  rng ^= rng << 5;
  return rng >>> 0;
}

// ---- claiming: pick and count in one step ----

/** Retries of a claim that lost a race before counting regardless (keeps a pick bounded). */
const CLAIM_RETRIES = 4;

/**
 * The least loaded candidate (exact scan from `start`, or p2c between `start` and `other`
 * when `other` ≥ 0), counted as one more open connection in the same step: the count moves
 * only if it still holds the value the decision saw (compareExchange), otherwise the
 * decision is made again. Two workers racing for the same idle endpoint therefore cannot
 * both take it, which is what keeps counts within one of each other across threads.
 * Returns the index, or -1 when no candidate has capacity (nothing counted).
 */
export function claimLeast(
  open: Int32Array,
  slots: Int32Array,
  weights: Int32Array,
  start: number,
  other: number,
): number {
  for (let attempt = 0; ; attempt++) {
    const i = other >= 0 ? lighterOfTwo(open, slots, weights, start, other) : leastLoaded(open, slots, weights, start);
    if (i < 0) return -1;
    const slot = slots[i] ?? 0;
    if (attempt >= CLAIM_RETRIES) {
      Atomics.add(open, slot, 1);
      return i;
    }
    if (Atomics.compareExchange(open, slot, seen, seen + 1) === seen) return i;
  }
}

/**
 * Ends a connection `select()` counted (`SelectOptions.held`); once per connection, whatever
 * became of it. `ledger`: the thread's own record (the one given to select), kept in step.
 */
export function releaseLoad(loads: Cursors | undefined, held: number, ledger?: Int32Array): void {
  if (!loads || held < 0) return;
  loads.add(held, -1);
  if (ledger) ledger[held] = (ledger[held] ?? 0) - 1;
}

/** Open connections to a workload counted over all workers (0 when none ever were); claims nothing. */
export function openConnections(loads: Cursors, workloadUid: string): number {
  const slot = loads.find(loadKey(workloadUid));
  return slot < 0 ? 0 : Atomics.load(loads.counts, slot);
}

// ---- a worker's ledger: what it added, so its successor can take it back ----
// A worker thread that dies (or is terminated for missing heartbeats) never releases the
// connections it counted, and the table would hold them against those endpoints for good.
// So each worker also records, per slot, how many it holds, in a shared buffer of its own
// (indexed by its pool index, which its replacement inherits); the replacement subtracts
// whatever is left there before it takes connections. Only one thread writes a ledger at a
// time (the pool spawns the successor after the old thread's exit), so plain writes do.

/** Bytes of the ledgers of `workers` worker threads. */
export const ledgerBytes = (workers: number): number => workers * LOAD_SLOTS * Int32Array.BYTES_PER_ELEMENT;

/** Worker `index`'s ledger inside the buffer from `ledgerBytes`. */
export const ledgerFor = (sab: SharedArrayBuffer, index: number): Int32Array =>
  new Int32Array(sab, index * LOAD_SLOTS * Int32Array.BYTES_PER_ELEMENT, LOAD_SLOTS);

/** Returns a predecessor's leftover counts to the table and clears the ledger; how many connections that was. */
export function reclaimLedger(loads: Cursors, ledger: Int32Array): number {
  let n = 0;
  for (let i = 0; i < ledger.length; i++) {
    const v = ledger[i] ?? 0;
    if (v === 0) continue;
    loads.add(i, -v);
    ledger[i] = 0;
    n += v;
  }
  return n;
}
