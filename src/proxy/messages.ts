// What the main thread (src/app.ts) tells the proxy workers (src/proxy/handlers.ts),
// carried by the worker pool's broadcast / send. Plain structured-clone-able data.
import type { WorkloadCert } from "../identity/workload-cert.ts";
import type { Delta } from "../state/store.ts";
import type { PackedResources } from "../state/wire.ts";

export type AppToWorker =
  /** A state change, applied by every worker exactly as the main thread applied it. */
  | { t: "delta"; delta: Delta }
  /**
   * An xDS Address response, posted before the main thread decodes it: its resources'
   * names and bytes in shared memory (each worker decodes them itself, keeping what the
   * main thread accepts) and the removals by name.
   */
  | { t: "addresses"; packed: PackedResources; removeAddresses: string[] }
  /** The full set of workload certificates this node serves (replaces the previous set). */
  | { t: "certs"; certs: WorkloadCert[] }
  /** Drain: stop pooling new HBONE sessions, send GOAWAY on idle ones. */
  | { t: "drain" }
  /** Admin /logging changed the level: workers follow. */
  /** The whole log filter as /logging prints it (`info,access=debug`). */
  | { t: "log-level"; level: string }
  /**
   * In-pod mode: which pod's netns each in-pod listener (acceptor id) lives in, in full
   * (replaces the previous map), so a worker makes that pod's outgoing sockets in there.
   */
  | { t: "inpod"; listeners: Record<number, InpodListener> }
  /**
   * In-pod mode: a pod was deleted (ZDS del or left out of a snapshot); its listeners are
   * closed already. Everything that came in on them is closed now, as ztunnel does.
   */
  | { t: "pod-removed"; uid: string; listeners: number[] };

export interface InpodListener {
  /** The pod's uid (ZDS). */
  uid: string;
  /** Path of the pod's netns, valid in this process (/proc/self/fd/N). */
  netns: string;
}
