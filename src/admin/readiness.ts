// Readiness as an explicit object (ztunnel's readiness::Ready): start-up registers the
// tasks that must finish before the proxy takes traffic (xDS first sync, certificates,
// listeners…), each reports done() once; drain() flips to unready at once and for good,
// so a SIGTERM is visible on /healthz/ready before any connection is refused.

export interface Readiness {
  /** Marks a start-up task finished; unknown or repeated names are ignored. */
  done(task: string): void;
  /** Unready from now on, whatever the tasks say (shutdown). */
  drain(): void;
  isReady(): boolean;
  isDraining(): boolean;
  /** Tasks not done yet, in registration order. */
  pending(): string[];
}

export function createReadiness(tasks: string[]): Readiness {
  const waiting = new Set(tasks);
  let draining = false;
  return {
    done: (task) => {
      waiting.delete(task);
    },
    drain: () => {
      draining = true;
    },
    isReady: () => !draining && waiting.size === 0,
    isDraining: () => draining,
    pending: () => [...waiting],
  };
}
