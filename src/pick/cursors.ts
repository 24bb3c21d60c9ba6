// Round-robin cursors shared by every worker thread. One SharedArrayBuffer holds a fixed
// open-addressing table: `tags[i]` (a 32-bit hash of the cursor's key, 0 = free) and
// `counts[i]` (the cursor). Each worker builds its pick tables on its own, from identical
// state, so a cursor cannot be handed out by a registry: its slot is derived from the key.
// The first worker to need a key claims the first free slot on the key's probe sequence
// with compareExchange; every other worker walking the same sequence finds the tag and
// lands on the same slot. Two different keys whose 32-bit tags collide (≈ 2^-32 per pair)
// share a counter — still correct, each sees an interleaved but gap-free-on-average
// sequence — and so does every key once the table is full (it then uses its home slot).
// Claimed slots are never freed: a removed service leaves its tag behind, which at
// 16,384 slots is a bounded, small leak (a restart or a larger SAB clears it).

export interface Cursors {
  /** The buffer to hand to workers (`createCursors(sab)` attaches to it). */
  readonly sab: SharedArrayBuffer;
  /** The slot of the cursor for `key` (claims one on first use). Allocation-free. */
  slot(key: string): number;
  /** The slot `key` already has, or -1 (never claims: for readers such as the admin dump). */
  find(key: string): number;
  /** Advance the cursor in `slot` by one and return its previous value, as uint32. */
  next(slot: number): number;
  /** Add `delta` to the counter in `slot` and return its new value (the same table serves as shared counters). */
  add(slot: number, delta: number): number;
  /** The counters, for allocation-free scans (least-conn reads many slots per pick); write only through `add`/`next`. */
  readonly counts: Int32Array;
}

export const DEFAULT_CURSOR_SLOTS = 16_384;

/** FNV-1a over UTF-16 code units; never 0 (0 marks a free slot). */
export function keyTag(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/** Main thread: `createCursors()` makes the buffer; workers: `createCursors(workerData.sab)`. */
export function createCursors(sab?: SharedArrayBuffer, slots = DEFAULT_CURSOR_SLOTS): Cursors {
  const buf = sab ?? new SharedArrayBuffer(slots * 2 * Int32Array.BYTES_PER_ELEMENT);
  const words = new Int32Array(buf);
  const n = words.length >>> 1;
  if (n === 0) throw new RangeError("cursor buffer too small");
  const tags = words.subarray(0, n);
  const counts = words.subarray(n, 2 * n);

  function slot(key: string): number {
    const tag = keyTag(key);
    const stored = tag | 0; // Int32Array holds the tag as a signed value
    const home = tag % n;
    for (let probe = 0; probe < n; probe++) {
      const i = (home + probe) % n;
      const cur = Atomics.load(tags, i);
      if (cur === stored) return i;
      if (cur === 0) {
        const prev = Atomics.compareExchange(tags, i, 0, stored);
        if (prev === 0 || prev === stored) return i;
      }
    }
    return home;
  }

  function find(key: string): number {
    const tag = keyTag(key);
    const stored = tag | 0;
    const home = tag % n;
    for (let probe = 0; probe < n; probe++) {
      const i = (home + probe) % n;
      const cur = Atomics.load(tags, i);
      if (cur === stored) return i;
      if (cur === 0) return -1;
    }
    return home; // full table: slot() shares the home slot too
  }

  return {
    sab: buf,
    slot,
    find,
    next: (i) => Atomics.add(counts, i, 1) >>> 0,
    add: (i, delta) => Atomics.add(counts, i, delta) + delta,
    counts,
  };
}
