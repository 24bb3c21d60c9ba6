// A worker's state when the proxy runs the shared layout: its own empty copy until the main
// thread's tables arrive (a worker starts before it is sent them), then the attached view.
// One object throughout, so whoever holds ctx.state (the pick memo keys on it) keeps it.
import type { Changes, Delta, State, StateView } from "../store.ts";
import { SharedStateError } from "./errors.ts";

export interface SwitchState extends State {
  /** From now on, read `view` (the shared tables); apply() is refused. */
  attach(view: StateView): void;
}

export function createSwitchState(initial: State): SwitchState {
  let view: StateView = initial;
  let attached = false;
  return {
    get version() {
      return view.version;
    },
    apply(delta: Delta): Changes {
      if (attached)
        throw new SharedStateError(
          "ZTS_SHARED_READ_ONLY",
          "this thread reads the shared state: deltas are applied by the main thread only",
        );
      return initial.apply(delta);
    },
    fullDelta: () => initial.fullDelta(),
    attach(v) {
      view = v;
      attached = true;
    },
    workload: (uid) => view.workload(uid),
    workloads: () => view.workloads(),
    service: (key) => view.service(key),
    services: () => view.services(),
    policy: (key) => view.policy(key),
    policies: () => view.policies(),
    workloadByIp: (network, ip) => view.workloadByIp(network, ip),
    serviceByVip: (network, ip) => view.serviceByVip(network, ip),
    servicesByHostname: (hostname) => view.servicesByHostname(hostname),
    endpoints: (key) => view.endpoints(key),
    workloadsOnNode: (node) => view.workloadsOnNode(node),
    counts: () => view.counts(),
  };
}
