// Who is asking. Node mode: the workload with the client's source address on this node's
// network (only workloads this node serves: the proxy is not an open resolver). In-pod
// mode: the pod whose netns the listener lives in, as istio-cni named it (ztunnel's
// LocalWorkloadFetcher: the workload with that name, namespace and service account, once
// xDS has it — until then the pod's queries get SERVFAIL, as ztunnel's do).
import type { StateView } from "../state/store.ts";
import type { Workload } from "../state/types.ts";

export function requesterByIp(
  view: StateView,
  network: string,
  isLocal: (w: Workload) => boolean,
): (ip: string) => Workload | undefined {
  return (ip) => {
    const w = view.workloadByIp(network, ip);
    return w && isLocal(w) ? w : undefined;
  };
}

export interface PodInfo {
  name: string;
  namespace: string;
  serviceAccount: string;
}

/**
 * The workload for an in-pod listener's pod among `candidates` (this node's workloads);
 * searched again only when the state changed.
 */
export function requesterForPod(
  view: StateView,
  pod: PodInfo,
  candidates: () => Iterable<Workload>,
): () => Workload | undefined {
  let version = -1;
  let found: Workload | undefined;
  return () => {
    if (view.version !== version) {
      version = view.version;
      found = undefined;
      for (const w of candidates()) {
        if (
          w.name === pod.name &&
          w.namespace === pod.namespace &&
          (pod.serviceAccount === "" || w.serviceAccount === pod.serviceAccount)
        ) {
          found = w;
          break;
        }
      }
    }
    return found;
  };
}
