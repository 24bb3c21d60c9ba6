// One "proxy worker" of the control-plane scale client: exactly what a proxy worker does
// with an Address response (src/worker/proxy-worker.ts onMessage "addresses": decode the shared
// bytes, its own createState().apply, then the selection tables' noteChanges) or a Delta,
// then tells the parent it is done.
import { parentPort } from "node:worker_threads";
import { noteChanges } from "../../src/pick/select.ts";
import { decodeAddress } from "../../src/state/from-proto.ts";
import { createState, type Delta } from "../../src/state/store.ts";
import { type PackedResources, unpackResources } from "../../src/state/wire.ts";

type Msg = { seq: number; delta: Delta } | { seq: number; packed: PackedResources; removeAddresses: string[] };

const state = createState();
parentPort?.on("message", (m: Msg) => {
  const delta =
    "packed" in m ? { ...unpackResources(m.packed, decodeAddress), removeAddresses: m.removeAddresses } : m.delta;
  noteChanges(state, state.apply(delta));
  parentPort?.postMessage({ seq: m.seq, workloads: state.counts().workloads });
});
