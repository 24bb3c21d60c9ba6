// The writer's side of the tables: allocation and growth. A table that is too small is
// copied into one twice as large; the writer switches to it at once, and the new set is
// published as the next generation when the delta being applied is done (publish()), so a
// reader either keeps reading the old set (still intact: the writer no longer touches it)
// or moves to the new one — growth never makes a reader wait.
import { type Generation, S, type Tables, viewsOf } from "./layout.ts";

export interface Sizes {
  strings: number;
  chars: number;
  workloads: number;
  services: number;
  policies: number;
  entries: number;
  lists: number;
}

/** Starting capacities (rows or slots); everything doubles as needed. */
export const SMALL: Sizes = {
  strings: 1024,
  chars: 16_384,
  workloads: 256,
  services: 64,
  policies: 16,
  entries: 512,
  lists: 128,
};

const sab = (bytes: number) => new SharedArrayBuffer(Math.max(8, bytes));

export interface WriterTables {
  t: Tables;
  g: Generation;
  /** Makes sure `table` holds at least `units` elements (Int32 words; code units for chars). */
  ensure(table: Exclude<keyof Generation, "gen" | "epoch">, units: number): void;
  /** Makes sure the string index has room for `count` strings at load ≤ 1/2 (`held` are in it now). */
  ensureIndex(count: number, held: number): void;
  /** The generation to publish, if anything grew since the last call. */
  takeGrown(): Generation | undefined;
}

/** `from`: the generation these tables replace (a compaction): numbers continue, the epoch moves. */
export function createTables(
  sizes: Sizes,
  widths: { workloads: number; services: number; policies: number; entries: number; lists: number },
  from?: Generation,
): WriterTables {
  let grown = from !== undefined; // a replacement set must be published
  let g: Generation = {
    gen: from ? from.gen : 0,
    epoch: from ? from.epoch + 1 : 0,
    chars: sab(sizes.chars * 2),
    strings: sab(sizes.strings * S.WIDTH * 4),
    index: sab(pow2(sizes.strings * 2) * 4),
    workloads: sab(sizes.workloads * widths.workloads * 4),
    services: sab(sizes.services * widths.services * 4),
    policies: sab(sizes.policies * widths.policies * 4),
    entries: sab(sizes.entries * widths.entries * 4),
    lists: sab(sizes.lists * widths.lists * 4),
  };
  new Int32Array(g.index).fill(-1);
  // Capacities in units, kept here: ensure() runs several times per record, and reading
  // byteLength off a SharedArrayBuffer through a computed key each time showed in profiles.
  const caps = {
    chars: g.chars.byteLength / 2,
    strings: g.strings.byteLength / 4,
    index: g.index.byteLength / 4,
    workloads: g.workloads.byteLength / 4,
    services: g.services.byteLength / 4,
    policies: g.policies.byteLength / 4,
    entries: g.entries.byteLength / 4,
    lists: g.lists.byteLength / 4,
  };
  const w: WriterTables = {
    t: viewsOf(g),
    get g() {
      return g;
    },
    ensure(table, units) {
      const have = caps[table];
      if (units <= have) return;
      const unit = table === "chars" ? 2 : 4;
      const next = sab(Math.max(units, have * 2) * unit);
      caps[table] = next.byteLength / unit;
      new Uint8Array(next).set(new Uint8Array(g[table]));
      g = { ...g, [table]: next };
      w.t = viewsOf(g);
      grown = true;
    },
    ensureIndex(count, held) {
      if (count * 2 <= w.t.index.length) return;
      const cap = pow2(count * 4);
      const next = sab(cap * 4);
      caps.index = cap;
      const index = new Int32Array(next).fill(-1);
      const strings = w.t.strings;
      const mask = cap - 1;
      // Every string already held: re-place each by its stored hash.
      for (let id = 0; id < held; id++) {
        let i = (strings[id * S.WIDTH + S.HASH] ?? 0) & mask;
        while ((index[i] ?? -1) >= 0) i = (i + 1) & mask;
        index[i] = id;
      }
      g = { ...g, index: next };
      w.t = viewsOf(g);
      grown = true;
    },
    takeGrown() {
      if (!grown) return undefined;
      grown = false;
      g = { ...g, gen: g.gen + 1 };
      w.t = viewsOf(g);
      return g;
    },
  };
  return w;
}

function pow2(n: number): number {
  let c = 16;
  while (c < n) c *= 2;
  return c;
}
