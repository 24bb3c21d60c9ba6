// Pick tables: a smooth weighted round robin sequence, expanded once when state changes so
// a pick is `table[cursor % table.length]`. Over one period every candidate i appears
// exactly w_i times (weights reduced by their gcd), and its appearances are evenly spread —
// the same evenness nginx's smooth WRR gives (for equal weights it is the plain rotation
// 0,1,2,…), so any window of picks, starting anywhere, is within one pick per candidate of
// its share. That is what keeps the sequence fair when a table is rebuilt and the shared
// cursor carries on at an arbitrary offset: there is no burst to one endpoint.
// It is computed by virtual finish times (the k-th pick of i is due at (k+½)/w_i, ties in
// candidate order) instead of nginx's step-by-step scan, so building costs O(W log W)
// rather than O(W·n) — 10,000 endpoints build in milliseconds.

/** Longest table built; larger weight totals are scaled down (each nonzero weight stays ≥ 1). */
export const MAX_TABLE = 1 << 16;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Weights as a table of candidate indices. Zero weights never appear; all zero → empty table. */
export function buildTable(weights: readonly number[]): Int32Array {
  let g = 0;
  let total = 0;
  for (const w of weights) {
    if (w > 0) {
      g = gcd(g, w);
      total += w;
    }
  }
  if (total === 0) return new Int32Array(0);
  let ws = weights.map((w) => (w > 0 ? w / g : 0));
  total /= g;
  const positive = ws.filter((w) => w > 0).length;
  const cap = Math.max(MAX_TABLE, positive);
  if (total > cap) {
    // Proportional scale-down: shares become approximate, never zero for a live endpoint.
    ws = ws.map((w) => (w > 0 ? Math.max(1, Math.floor((w * cap) / total)) : 0));
    total = ws.reduce((a, b) => a + b, 0);
  }
  const due = new Float64Array(total);
  const who = new Int32Array(total);
  let n = 0;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? 0;
    for (let k = 0; k < w; k++) {
      due[n] = (k + 0.5) / w;
      who[n] = i;
      n++;
    }
  }
  const order = Array.from({ length: total }, (_, i) => i);
  order.sort((a, b) => (due[a] ?? 0) - (due[b] ?? 0) || (who[a] ?? 0) - (who[b] ?? 0));
  const table = new Int32Array(total);
  for (let i = 0; i < total; i++) table[i] = who[order[i] ?? 0] ?? 0;
  return table;
}

/** Cumulative weights for capacity-weighted random picks (ztunnel's choose_weighted). */
export function prefixSums(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += Math.max(0, w);
    out[i] = sum;
  });
  return out;
}

/** Index i with prefix[i-1] ≤ r < prefix[i] (binary search; r in [0, total)). */
export function weightedIndex(prefix: Float64Array, r: number): number {
  let lo = 0;
  let hi = prefix.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (r < (prefix[mid] ?? 0)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
