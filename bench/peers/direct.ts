// "direct": no proxy; the load client dials the backend itself. The floor every ratio
// and the added-latency goals are measured against.
import type { Subject } from "../subjects/types.ts";

export const direct: Subject = {
  name: "direct",
  binaries: [],
  start: async (backends) => ({ frontends: backends, pids: [], stop: async () => {} }),
};
