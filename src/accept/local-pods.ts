// Main thread: what this node needs for the pods it serves, kept in step with the state —
// the identities whose certificates it must hold (every local HBONE workload, and in-pod
// every pod istio-cni handed over, even before xDS names it), and with ZTS_POD_LISTENERS a
// :15008 listener on each local pod address (loopback meshes stand in for the destination
// node's redirect that way). Which ones is pure (wantedForLocalPods); reconcile does the I/O.
import type { Config } from "../config.ts";
import { identityOf } from "../identity/spiffe.ts";
import type { Logger } from "../log.ts";
import type { StateView } from "../state/store.ts";
import type { HandableListeners } from "../upgrade/listeners.ts";

export interface HandedPod {
  namespace: string;
  serviceAccount: string;
}

type Settings = Pick<Config, "nodeName" | "trustDomain" | "podListeners">;

/** The identities to hold certificates for and the pod addresses to listen on. Pure. */
export function wantedForLocalPods(
  view: StateView,
  config: Settings,
  handed: Iterable<HandedPod>,
): { identities: Set<string>; listenOn: Set<string> } {
  const identities = new Set<string>();
  const listenOn = new Set<string>();
  // The node's own workloads (every one without NODE_NAME), as decide/local.ts isLocal counts them.
  for (const w of config.nodeName ? view.workloadsOnNode(config.nodeName) : view.workloads()) {
    if (w.protocol !== "HBONE") continue;
    identities.add(identityOf(w));
    if (config.podListeners) for (const ip of w.workloadIps) listenOn.add(ip);
  }
  for (const p of handed) identities.add(identityOf({ trustDomain: config.trustDomain, ...p }));
  return { identities, listenOn };
}

export interface LocalPods {
  /** Brings certificates and pod listeners in line with the state (serialised: call as often as you like). */
  reconcile(): Promise<void>;
  /** The acceptor ids of the pod listeners (closed on drain). */
  listenerIds(): number[];
}

export function createLocalPods(opts: {
  view: StateView;
  config: Settings & Pick<Config, "inboundPort">;
  handed: () => Iterable<HandedPod>;
  wantCerts: (identities: string[]) => void;
  listeners: HandableListeners;
  log: Logger;
}): LocalPods {
  const podListeners = new Map<string, number>();
  const once = async () => {
    const { identities, listenOn } = wantedForLocalPods(opts.view, opts.config, opts.handed());
    opts.wantCerts([...identities]);
    for (const [ip, id] of podListeners) {
      if (listenOn.has(ip)) continue;
      podListeners.delete(ip);
      await opts.listeners.unlisten(id);
    }
    for (const ip of listenOn) {
      if (podListeners.has(ip)) continue;
      podListeners.set(ip, -1);
      try {
        const info = await opts.listeners.listen({
          kind: "inbound",
          host: ip,
          port: opts.config.inboundPort,
          origDst: "local",
        });
        podListeners.set(ip, info.id);
      } catch (err) {
        podListeners.delete(ip);
        opts.log.error({ err, ip }, "could not listen on a local pod's HBONE port");
      }
    }
  };
  let running = Promise.resolve();
  return {
    reconcile() {
      running = running.then(once);
      return running;
    },
    listenerIds: () => [...podListeners.values()].filter((id) => id >= 0),
  };
}
