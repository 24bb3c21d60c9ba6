import type { WorkloadStateDump } from "../admin/config-dump.ts";
import type { Workload } from "../state/types.ts";

// The connections open on this worker, as ztunnel's connection manager lists them for the
// admin dump (`workloadState[uid].connections`, what `istioctl ztunnel-config connections`
// prints): per local workload, inbound and outbound, with the client, the address it asked
// for and where the connection really goes.

export interface ConnectionEntry {
  /** uid of the local workload the connection belongs to. */
  workload: string;
  direction: "inbound" | "outbound";
  /** `ip:port` of the client. */
  src: string;
  /** What was asked for: the VIP or name and port (outbound), a hostname authority or "" (inbound). */
  originalDst: string;
  /** Where it goes: the HBONE endpoint (`podIP:15008`) or the plain upstream; inbound, the pod's `ip:port`. */
  actualDst: string;
  protocol: "HBONE" | "TCP" | "DOUBLEHBONE";
}

export interface ConnectionTable {
  /** Registers an open connection; the returned function removes it at close. */
  add(entry: ConnectionEntry): () => void;
  list(): ConnectionEntry[];
}

export function createConnectionTable(): ConnectionTable {
  const open = new Set<ConnectionEntry>();
  return {
    add(entry) {
      open.add(entry);
      return () => open.delete(entry);
    },
    list: () => [...open],
  };
}

/** ztunnel's dump shape for one workload (istioctl's WorkloadConnections). */
export interface WorkloadConnections {
  inbound: Omit<ConnectionEntry, "workload" | "direction">[];
  outbound: Omit<ConnectionEntry, "workload" | "direction">[];
}

/** Groups every worker's entries by workload uid. */
export function groupConnections(lists: ConnectionEntry[][]): Map<string, WorkloadConnections> {
  const out = new Map<string, WorkloadConnections>();
  for (const list of lists) {
    for (const { workload, direction, ...c } of list) {
      const w = out.get(workload) ?? { inbound: [], outbound: [] };
      out.set(workload, w);
      w[direction].push(c);
    }
  }
  return out;
}

/** ztunnel's `workloadState`: each local workload by uid, `Up`, with its connections. */
export function workloadStateDump(
  local: readonly Pick<Workload, "uid" | "name" | "namespace" | "trustDomain" | "serviceAccount">[],
  connections: Map<string, WorkloadConnections>,
  trustDomain: string,
): Record<string, WorkloadStateDump> {
  const out: Record<string, WorkloadStateDump> = {};
  for (const w of local) {
    out[w.uid] = {
      state: "Up",
      connections: connections.get(w.uid) ?? { inbound: [], outbound: [] },
      info: {
        name: w.name,
        namespace: w.namespace,
        trustDomain: w.trustDomain === trustDomain ? "" : w.trustDomain,
        serviceAccount: w.serviceAccount,
      },
    };
  }
  return out;
}
