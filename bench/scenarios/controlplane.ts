// Scenario (d): control-plane scale — PLACEHOLDER. It measures nothing yet: the embedded
// control plane and the worker delta fan-out are still being written. Until they land this
// reports the goal as "not measured" so the results table keeps the row visible.
// To do when they land: generate 100k workloads / 20k services as YAML, serve them with
// `ztunnel-ts control-plane`, start one proxy, and time from start to "all workers applied"
// (admin config_dump xds counters) plus peak RSS of the proxy process tree.
import { pending } from "../lib/goals.ts";
import type { Scenario } from "../types.ts";

const REASON = "placeholder: the control plane and worker fan-out have not landed yet";

export const scenario: Scenario = {
  name: "controlplane",
  description:
    "(d) control-plane scale: 100k workloads / 20k services applied in all workers — placeholder, not measured yet",
  peers: [],
  run: async () => [
    {
      metric: "apply 100k workloads / 20k services",
      unit: "s",
      subject: "ztunnel-ts",
      value: Number.NaN,
      higherIsBetter: false,
      notMeasured: REASON,
    },
    {
      metric: "peak RSS while applying",
      unit: "MB",
      subject: "ztunnel-ts",
      value: Number.NaN,
      higherIsBetter: false,
      notMeasured: REASON,
    },
  ],
  goals: [
    pending("apply 100k workloads / 20k services", "100k workloads / 20k services applied in all workers ≤ 1.5 s"),
    pending("peak RSS while applying", "… and ≤ 400 MB"),
  ],
};

export default scenario;
