// The main thread's state updater: the one writer of the state, and the one place that
// keeps the workers' copies in step — apply here, tell the workers the same change, in the
// same order. An xDS Address response reaches the workers as its raw bytes in shared
// memory before this thread decodes it (each thread decodes; `posted` says so), every
// other change as the Delta. A new or replaced worker starts from the full state.
// With the shared layout (ZTS_STATE=shared) the workers read this thread's tables in place:
// nothing is posted but what each apply changed, and a new worker gets the tables.
import type { TransferListItem } from "node:worker_threads";
import { noteChanges } from "../pick/select.ts";
import type { SharedState } from "../state/shared/writer.ts";
import type { Changes, Delta, State } from "../state/store.ts";
import type { PackedResources } from "../state/wire.ts";
import type { ProxyMessage } from "./protocol.ts";

export interface StateUpdater {
  /** Applies `delta` here and in every worker; `posted`: the workers have it already (as bytes). */
  apply(delta: Delta, posted?: boolean): Changes;
  /** An Address response's bytes for the workers, ahead of this thread's own decode. */
  postAddresses(packed: PackedResources, removeAddresses: string[]): void;
  /** What a worker starting now must get first (a shared-state handle's port must be transferred: transferOf). */
  snapshot(): ProxyMessage;
}

export function createStateUpdater(
  state: State,
  toWorkers: (m: ProxyMessage) => void,
  onApplied: (changes: Changes) => void,
  shared?: SharedState,
): StateUpdater {
  if (shared) return sharedUpdater(shared, toWorkers, onApplied);
  return {
    apply(delta, posted = false) {
      if (!posted) toWorkers({ t: "delta", delta });
      const changes = state.apply(delta);
      noteChanges(state, changes);
      onApplied(changes);
      return changes;
    },
    postAddresses(packed, removeAddresses) {
      toWorkers({ t: "addresses", packed, removeAddresses });
    },
    snapshot: () => ({ t: "delta", delta: state.fullDelta() }),
  };
}

function sharedUpdater(
  state: SharedState,
  toWorkers: (m: ProxyMessage) => void,
  onApplied: (changes: Changes) => void,
): StateUpdater {
  return {
    apply(delta) {
      const changes = state.apply(delta);
      noteChanges(state, changes);
      toWorkers({ t: "changes", version: state.version, changes });
      onApplied(changes);
      return changes;
    },
    postAddresses() {
      // Nothing to post: the workers read what this thread applies.
    },
    snapshot: () => ({ t: "shared-state", handle: state.share() }),
  };
}

/** What posting `m` must transfer rather than copy. */
export const transferOf = (m: ProxyMessage): TransferListItem[] | undefined =>
  m.t === "shared-state" ? [m.handle.port] : undefined;
