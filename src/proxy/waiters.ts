// Waiting for state a connection needs but the worker does not have yet. A new pod's first
// connection can arrive before xDS delivers its workload, or before its certificate is
// issued; ztunnel then waits (proxy.rs get_workload → state.wait_for_workload, 5 s; the
// certificate fetch waits for the CA) instead of refusing at once. The worker calls
// notify() after every state or certificate message; each waiter probes again then.

/** ztunnel's wait for a source workload xDS has not delivered yet. */
export const WORKLOAD_WAIT_MS = 5000;
/** How long a connection waits for its source's certificate to be issued. */
export const CERT_WAIT_MS = 10_000;

export interface Waiters {
  /** Something changed (state, certificates): every waiter probes again. */
  notify(): void;
  /**
   * The first defined `probe()` result — at once, or after a notify() — or undefined once
   * `ms` have passed or `signal` aborted (the client went away).
   */
  waitFor<T>(probe: () => T | undefined, ms: number, signal?: AbortSignal): Promise<T | undefined>;
  /** Connections waiting now. */
  size(): number;
}

export function createWaiters(): Waiters {
  const waiting = new Set<() => void>();
  return {
    notify() {
      for (const w of [...waiting]) w();
    },
    waitFor(probe, ms, signal) {
      const now = probe();
      if (now !== undefined || ms <= 0 || signal?.aborted) return Promise.resolve(now);
      return new Promise((resolve) => {
        const finish = (v: ReturnType<typeof probe>) => {
          clearTimeout(timer);
          waiting.delete(check);
          signal?.removeEventListener("abort", onAbort);
          resolve(v);
        };
        const check = () => {
          const v = probe();
          if (v !== undefined) finish(v);
        };
        const onAbort = () => finish(undefined);
        const timer = setTimeout(() => finish(probe()), ms);
        waiting.add(check);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
    size: () => waiting.size,
  };
}
