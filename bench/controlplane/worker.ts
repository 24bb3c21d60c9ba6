// One "proxy worker" of the control-plane scale client: exactly what a proxy worker does
// with a Delta (src/proxy/handlers.ts onMessage "delta": its own createState().apply, then
// the selection tables' noteChanges), then tells the parent it is done.
import { parentPort } from "node:worker_threads";
import { noteChanges } from "../../src/select/select.ts";
import { createState, type Delta } from "../../src/state/store.ts";

const state = createState();
parentPort?.on("message", (m: { seq: number; delta: Delta }) => {
  noteChanges(state, state.apply(m.delta));
  parentPort?.postMessage({ seq: m.seq, workloads: state.counts().workloads });
});
