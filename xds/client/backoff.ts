// Reconnect delays as SPEC.md §1 fixes them: 10 ms, doubling, capped at 15 s, back to the
// start once a response has been handled. No jitter: one proxy per node reconnecting to
// istiod is not a thundering herd worth the nondeterminism in tests.
export interface Backoff {
  /** The delay before the next attempt; each call doubles the following one. */
  next(): number;
  reset(): void;
}

export function createBackoff(initialMs = 10, maxMs = 15_000): Backoff {
  let current = initialMs;
  return {
    next() {
      const d = current;
      current = Math.min(current * 2, maxMs);
      return d;
    },
    reset() {
      current = initialMs;
    },
  };
}
