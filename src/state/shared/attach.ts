// A reader of the shared state in another thread: the header and first generation come in
// the handle; each later generation arrives on the handle's port, which the reader drains
// synchronously (receiveMessageOnPort) when the header says the generation moved — so a
// read never waits for the event loop, and the writer never waits for a reader.
import { receiveMessageOnPort } from "node:worker_threads";
import { SharedStateError } from "./errors.ts";
import { type Generation, H, type SharedHandle, viewsOf } from "./layout.ts";
import { createView, type SharedView } from "./reader.ts";

// The writer posts a generation before it publishes its number, so it is already queued;
// the bound only turns a broken handle into an error instead of a hang.
const MAX_DRAIN_SPINS = 1_000_000;

export function attachSharedState(handle: SharedHandle): SharedView {
  if (!(handle?.header instanceof SharedArrayBuffer) || !handle.generation || !handle.port)
    throw new SharedStateError(
      "ZTS_SHARED_HANDLE",
      "not a shared-state handle: pass what SharedState.share() returned",
    );
  const header = new Int32Array(handle.header);
  let t = viewsOf(handle.generation);
  return createView(header, () => {
    const gen = Atomics.load(header, H.GEN);
    if (gen === t.gen) return t;
    for (let spins = 0; spins < MAX_DRAIN_SPINS; spins++) {
      const m = receiveMessageOnPort(handle.port);
      if (!m) continue;
      const g = m.message as Generation;
      // Older ones queued behind a slow reader are skipped; a newer one is fine too (the
      // window that follows fails and retries, having moved past it).
      if (g.gen >= gen) {
        t = viewsOf(g);
        return t;
      }
    }
    throw new SharedStateError(
      "ZTS_SHARED_GENERATION",
      `shared state generation ${gen} never arrived on this reader's port (was the port transferred to another reader?)`,
    );
  });
}
