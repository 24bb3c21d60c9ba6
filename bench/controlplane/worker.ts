// One "proxy worker" of the control-plane scale client: exactly what a proxy worker does
// with an Address response (src/worker/proxy-worker.ts onMessage "addresses": decode the shared
// bytes, its own createState().apply, then the selection tables' noteChanges) or a Delta,
// then tells the parent it is done. With a shared-state handle instead, it decodes nothing:
// it reads the main thread's tables and answers once it sees the version it was told of.
import { parentPort } from "node:worker_threads";
import { noteChanges } from "../../src/pick/select.ts";
import { decodeAddress } from "../../src/state/from-proto.ts";
import { attachSharedState } from "../../src/state/shared/attach.ts";
import type { SharedHandle } from "../../src/state/shared/layout.ts";
import { createState, type Delta, type StateView } from "../../src/state/store.ts";
import { type PackedResources, unpackResources } from "../../src/state/wire.ts";

type Msg =
  | { seq: number; delta: Delta }
  | { seq: number; packed: PackedResources; removeAddresses: string[] }
  | { seq: number; handle: SharedHandle }
  | { seq: number; version: number };

const state = createState();
let view: StateView | undefined;
parentPort?.on("message", (m: Msg) => {
  if ("handle" in m) view = attachSharedState(m.handle);
  if ("handle" in m || "version" in m) {
    if (view && "version" in m && view.version < m.version) throw new Error("shared state: version not visible");
    parentPort?.postMessage({ seq: m.seq, workloads: view?.counts().workloads });
    return;
  }
  const delta =
    "packed" in m ? { ...unpackResources(m.packed, decodeAddress), removeAddresses: m.removeAddresses } : m.delta;
  noteChanges(state, state.apply(delta));
  parentPort?.postMessage({ seq: m.seq, workloads: state.counts().workloads });
});
