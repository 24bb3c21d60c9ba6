// Which workloads this proxy serves: the ones on its node (every one when NODE_NAME is
// unset: loopback demos and tests run a whole mesh in one process).
import { canonicalOrEmpty } from "../state/ip.ts";
import type { StateView } from "../state/store.ts";
import type { Workload } from "../state/types.ts";
import type { DecideConfig } from "./request.ts";

export function isLocal(config: Pick<DecideConfig, "nodeName">, w: Workload | undefined): w is Workload {
  return w !== undefined && (!config.nodeName || w.node === config.nodeName);
}

/** The workload that owns `ip` on this node, if any (any spelling of the address). */
export function localWorkload(
  view: StateView,
  config: Pick<DecideConfig, "network" | "nodeName">,
  ip: string | undefined,
): Workload | undefined {
  const w = view.workloadByIp(config.network, canonicalOrEmpty(ip));
  return isLocal(config, w) ? w : undefined;
}
