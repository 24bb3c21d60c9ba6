// Which service a hostname names for a client in a namespace (ztunnel's
// ServiceStore::get_best_by_host + ServiceMatch::find_best_match): services whose visibility
// is their own namespace are invisible elsewhere; then the client's own namespace wins, then a
// canonical service (the one that owns the name, e.g. a Kubernetes Service over a ServiceEntry),
// then the first — by namespace order here, so the answer does not depend on arrival order.
import type { StateView } from "../state/store.ts";
import type { Service } from "../state/types.ts";

export function bestServiceByHostname(view: StateView, hostname: string, clientNs: string): Service | undefined {
  let canonical: Service | undefined;
  let first: Service | undefined;
  for (const s of view.servicesByHostname(hostname)) {
    if (s.visibility === "Namespace" && s.namespace !== clientNs) continue;
    if (s.namespace === clientNs) return s;
    if (s.canonical && (!canonical || s.namespace < canonical.namespace)) canonical = s;
    if (!first || s.namespace < first.namespace) first = s;
  }
  return canonical ?? first;
}
