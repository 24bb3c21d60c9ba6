// Deterministic randomness and byte mutations for the fuzz targets: a seeded PRNG (so a
// failure replays from its seed) and the mutations that find decoder bugs — bit flips, byte
// and varint-boundary values, truncation, insertion, duplicated and spliced ranges.
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
  bytes(n: number): Uint8Array;
}

/** mulberry32: small, fast, good enough to drive mutations. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (xs) => xs[int(xs.length)]!,
    bytes: (n) => Uint8Array.from({ length: n }, () => int(256)),
  };
}

/** Values at the edges of protobuf's varints, tags and lengths. */
const SPECIAL = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x0a, 0x12, 0x1a, 0x22, 0x08, 0x10];

/** One to four mutations of `input` (never in place); `other` feeds splices. */
export function mutate(rng: Rng, input: Uint8Array, other?: Uint8Array): Uint8Array {
  let b: Uint8Array = Uint8Array.from(input);
  const rounds = 1 + rng.int(4);
  for (let r = 0; r < rounds; r++) {
    const at = b.length ? rng.int(b.length) : 0;
    switch (rng.int(8)) {
      case 0: // bit flip
        if (b.length) b[at] = b[at]! ^ (1 << rng.int(8));
        break;
      case 1: // a random byte
        if (b.length) b[at] = rng.int(256);
        break;
      case 2: // an edge value
        if (b.length) b[at] = rng.pick(SPECIAL);
        break;
      case 3: // truncate
        b = b.subarray(0, at);
        break;
      case 4: {
        // insert random bytes
        const ins = rng.bytes(1 + rng.int(8));
        b = concat(b.subarray(0, at), ins, b.subarray(at));
        break;
      }
      case 5: {
        // duplicate a range (repeated fields, merged messages)
        const len = Math.min(b.length - at, 1 + rng.int(32));
        b = concat(b.subarray(0, at + len), b.subarray(at, at + len), b.subarray(at + len));
        break;
      }
      case 6: {
        // delete a range
        const len = 1 + rng.int(16);
        b = concat(b.subarray(0, at), b.subarray(at + len));
        break;
      }
      default: {
        // splice in a range of another input
        if (!other?.length) break;
        const from = rng.int(other.length);
        const len = Math.min(other.length - from, 1 + rng.int(64));
        b = concat(b.subarray(0, at), other.subarray(from, from + len), b.subarray(at));
      }
    }
  }
  return b;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** What one target run found. */
export interface FuzzResult {
  target: string;
  iterations: number;
  /** Inputs every check passed on, split by outcome (accepted / rejected …). */
  outcomes: Record<string, number>;
  /** Each failure: the input (hex, first 256 bytes) and what went wrong. */
  failures: { input: string; problem: string }[];
  ms: number;
}

export const hex = (b: Uint8Array): string => Buffer.from(b.subarray(0, 256)).toString("hex");
