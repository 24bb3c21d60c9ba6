// Locality rank of an endpoint as seen from a source (SPEC.md §2, ztunnel's load_balance):
// walk the service's scopes in order, +1 per match, stop at the first mismatch — except
// that when NETWORK is the first scope, a network match adds (scopes − 1) extra so that
// same-network always outranks other-network, and a network mismatch does not stop the
// walk. STRICT needs a match on every scope (counted before that adjustment).
import type { LoadBalancerScope, Workload } from "../state/types.ts";

type Side = Pick<Workload, "network" | "node" | "clusterId" | "locality">;

export function scopeValue(w: Side, scope: LoadBalancerScope): string {
  switch (scope) {
    case "Region":
      return w.locality.region;
    case "Zone":
      return w.locality.zone;
    case "Subzone":
      return w.locality.subzone;
    case "Node":
      return w.node;
    case "Cluster":
      return w.clusterId;
    case "Network":
      return w.network;
  }
}

export interface Rank {
  /** Adjusted rank: higher is closer. */
  rank: number;
  /** Every scope matched (STRICT keeps only these). */
  full: boolean;
}

export function rankOf(scopes: readonly LoadBalancerScope[], src: Side, ep: Side): Rank {
  const networkFirst = scopes[0] === "Network";
  let rank = 0;
  let adjust = 0;
  for (const scope of scopes) {
    const matches = scopeValue(src, scope) === scopeValue(ep, scope);
    if (scope === "Network" && networkFirst) {
      if (!matches) continue;
      adjust = scopes.length - 1;
    }
    if (!matches) break;
    rank++;
  }
  return { rank: rank + adjust, full: rank === scopes.length };
}
