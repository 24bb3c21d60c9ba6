// Everything one proxy worker thread holds: its copy of the state, the shared selection
// tables, the workload certificates posted by the main thread, its HBONE client pool, its
// telemetry sinks and connect stage. Built once, complete, by createProxyContext
// (proxy-worker.ts) from the worker's explicit inputs; the connection paths only read it.
import { Counter, type Registry } from "prom-client";
import type { PressureGauge } from "../accept/pressure.ts";
import type { Config } from "../config.ts";
import type { Connect } from "../connect/connect.ts";
import type { PodNetns } from "../connect/pod-netns.ts";
import type { CopyPlain } from "../copy/plain.ts";
import { type PolicySource, policySourceFromList } from "../decide/authz.ts";
import type { PickInputs } from "../decide/outbound.ts";
import type { DecideConfig } from "../decide/request.ts";
import type { WorkloadResolver } from "../dns/workload-resolver.ts";
import type { WorkloadCert } from "../identity/workload-cert.ts";
import type { Logger } from "../log.ts";
import type { Tracker } from "../proxy/tracked.ts";
import type { Waiters } from "../proxy/waiters.ts";
import type { State } from "../state/store.ts";
import type { Authorization } from "../state/types.ts";
import type { Telemetry } from "../telemetry/record.ts";
import type { HboneClient } from "../tunnel/client.ts";

export interface ProxyContext extends Telemetry {
  config: Config;
  /** The settings the decide stage reads (from `config`, with the proxy's own ports). */
  decide: DecideConfig;
  log: Logger;
  state: State;
  /** The selection's shared inputs (RR cursors; least-conn's counts and this worker's ledger). */
  pick: PickInputs;
  /** identity → certificate, replaced wholesale when the main thread posts a new set. */
  certs: Map<string, WorkloadCert>;
  connect: Connect;
  /** The copy stage for plain ↔ plain legs (ZTS_DATAPATH: the addon's splice pump, or JavaScript). */
  copyPlain: CopyPlain;
  hbone: HboneClient;
  /** Addresses of workloads known by DNS name only (ServiceEntry resolution DNS), through ZTS_DNS_UPSTREAM. */
  resolver: WorkloadResolver;
  /** Refusals on this worker by reason (unknown source, no upstream, …), also counted in its registry. */
  refuse(reason: string): void;
  active: { n: number };
  /** Memory pressure on this worker: new connections are refused while it sheds (accept/pressure.ts). */
  pressure: PressureGauge;
  /** In-pod mode: the pod netns each listener / pod IP belongs to (empty in node mode). */
  podNetns: PodNetns;
  /** Open connections, for pod deletion and policy changes (src/proxy/tracked.ts). */
  tracker: Tracker;
  /** Connections waiting for their source workload or certificate (src/proxy/waiters.ts). */
  waiters: Waiters;
  /** The policies as the evaluator wants them, for the state as it is now. */
  policies(): PolicySource;
}

/** Refusals as a counter in the worker's own registry, which /metrics sums over the workers. */
export function refusalCounter(registry: Registry): (reason: string) => void {
  const c = new Counter({
    name: "ztunnel_ts_connections_refused_total",
    help: "Connections refused by the proxy, by reason (unknown-source, no-upstream, authz-denied, ...)",
    labelNames: ["reason"],
    registers: [registry],
  });
  return (reason) => c.inc({ reason });
}

/** Policies for the evaluator, rebuilt only when the state moved. */
export function policyCache(state: State): () => PolicySource {
  let version = -1;
  let src: PolicySource = policySourceFromList([]);
  return () => {
    if (version !== state.version) {
      version = state.version;
      src = policySourceFromList([...state.policies()] as Authorization[]);
    }
    return src;
  };
}
