// A subject is something traffic goes through in a scenario: no proxy at all ("direct"),
// a peer proxy (bench/peers/) or ztunnel-ts (bench/subjects/ztunnel-ts.ts). The suite
// starts the backends where the subject says, starts the subject in front of them, and
// dials only the frontends the subject returns.

export interface Endpoint {
  host: string;
  port: number;
}

export interface Running {
  /** One frontend per backend, same order: where load clients connect. */
  frontends: Endpoint[];
  /** Root pids whose process trees are measured for RSS and CPU; empty = nothing to measure. */
  pids: number[];
  stop(): Promise<void>;
}

export interface Subject {
  name: string;
  /** Commands this subject needs (checked and reported by the runner). */
  binaries: string[];
  /** Where backend `i` must listen; default 127.0.0.1 on a free port. */
  backendAt?(index: number): Endpoint;
  /** Starts the subject in front of the backends; throws with a short reason when it cannot. */
  start(backends: Endpoint[], workDir: string): Promise<Running>;
}
