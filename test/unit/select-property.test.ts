// Property: for random meshes and sources, a pick is always a healthy (or ALLOW_ALL)
// candidate of the best rank with capacity > 0, never outside STRICT scope; over one full
// table period each such candidate gets exactly its capacity share; and there is an error
// exactly when no candidate qualifies. The oracle ranks independently of src/pick/rank.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
import { SelectError, select } from "../../src/pick/select.ts";

import type { LoadBalancer, LoadBalancerScope, Workload } from "../../src/state/types.ts";
import { service, workload } from "./select-mesh.ts";
import { STATE_IMPLS } from "./state-impls.ts";

describe.each(STATE_IMPLS)("select-property (%s state)", (_impl, createState) => {
  const SVC = "default/svc";
  const SCOPES: LoadBalancerScope[] = ["Network", "Region", "Zone", "Subzone", "Node", "Cluster"];

  const place = fc.record({
    network: fc.constantFrom("n1", "n2"),
    region: fc.constantFrom("r1", "r2"),
    zone: fc.constantFrom("z1", "z2"),
    subzone: fc.constantFrom("s1", "s2"),
    node: fc.constantFrom("a", "b", "c"),
    clusterId: fc.constantFrom("c1", "c2"),
  });

  const endpointArb = fc.record({
    place,
    healthy: fc.boolean(),
    capacity: fc.constantFrom(0, 1, 1, 2, 3),
  });

  const lbArb: fc.Arbitrary<LoadBalancer | undefined> = fc.option(
    fc.record({
      routingPreferences: fc.shuffledSubarray(SCOPES),
      mode: fc.constantFrom("Standard", "Failover", "Strict"),
      healthPolicy: fc.constantFrom("OnlyHealthy", "AllowAll"),
    }) as fc.Arbitrary<LoadBalancer>,
    { nil: undefined },
  );

  type Place = { network: string; region: string; zone: string; subzone: string; node: string; clusterId: string };
  const field = (p: Place, s: LoadBalancerScope): string =>
    ({ Network: p.network, Region: p.region, Zone: p.zone, Subzone: p.subzone, Node: p.node, Cluster: p.clusterId })[s];

  /** SPEC.md §2 restated: NETWORK first is "same network outranks all", the rest consecutive. */
  function oracleRank(scopes: LoadBalancerScope[], src: Place, ep: Place): { rank: number; full: boolean } {
    const consecutive = (list: LoadBalancerScope[]) => {
      let c = 0;
      while (c < list.length && field(src, list[c] as LoadBalancerScope) === field(ep, list[c] as LoadBalancerScope))
        c++;
      return c;
    };
    if (scopes[0] === "Network") {
      const rest = consecutive(scopes.slice(1));
      const net = src.network === ep.network;
      return { rank: net ? scopes.length + rest : rest, full: net && rest === scopes.length - 1 };
    }
    const c = consecutive(scopes);
    return { rank: c, full: c === scopes.length };
  }

  describe("select property", () => {
    it("picks only best-rank healthy candidates, in exact capacity shares", () => {
      fc.assert(
        fc.property(fc.array(endpointArb, { maxLength: 12 }), place, lbArb, (eps, src, lb) => {
          const toWl = (p: Place, uid: string, over: Partial<Workload> = {}) =>
            workload(uid, {
              network: p.network,
              node: p.node,
              clusterId: p.clusterId,
              locality: { region: p.region, zone: p.zone, subzone: p.subzone },
              ...over,
            });
          const source = toWl(src, "src", { workloadIps: ["10.1.0.1"] });
          const wls = eps.map((e, i) =>
            toWl(e.place, `ep-${String(i).padStart(2, "0")}`, {
              workloadIps: [`10.2.0.${i + 1}`],
              status: e.healthy ? "Healthy" : "Unhealthy",
              capacity: e.capacity,
              services: { [SVC]: { 80: 8080 } },
            }),
          );
          const state = createState();
          const svc = service("svc", { vips: [{ network: src.network, address: "10.96.0.1" }] });
          if (lb) svc.loadBalancer = lb;
          state.apply({ upsertWorkloads: [source, ...wls], upsertServices: [svc] });

          const placeOf = (w: Workload): Place => ({
            ...w.locality,
            network: w.network,
            node: w.node,
            clusterId: w.clusterId,
          });
          // Oracle: candidates → (rank, strict) → best rank → capacity > 0.
          const allowAll = lb?.healthPolicy === "AllowAll";
          let cands = wls
            .filter((w) => allowAll || w.status === "Healthy")
            .map((w) => ({ w, r: { rank: 0, full: true } }));
          if (lb && lb.mode !== "Standard") {
            cands = cands.map((c) => ({ w: c.w, r: oracleRank(lb.routingPreferences, src, placeOf(c.w)) }));
            if (lb.mode === "Strict") cands = cands.filter((c) => c.r.full);
            const best = Math.max(...cands.map((c) => c.r.rank));
            cands = cands.filter((c) => c.r.rank === best);
          }
          const allowed = cands.map((c) => c.w).filter((w) => w.capacity > 0);
          const total = allowed.reduce((a, w) => a + w.capacity, 0);

          const cursors = createCursors(undefined, 16);
          const n = Math.max(1, total) * 2;
          const got = new Map<string, number>();
          for (let i = 0; i < n; i++) {
            const p = select({ ip: "10.96.0.1", port: 80 }, source, state, cursors);
            if (allowed.length === 0) {
              expect(p).toBeInstanceOf(SelectError);
              return;
            }
            if (p instanceof SelectError) throw p;
            const uid = p.workload?.uid ?? "";
            got.set(uid, (got.get(uid) ?? 0) + 1);
          }
          for (const w of allowed) expect(got.get(w.uid) ?? 0).toBe(2 * w.capacity);
          expect([...got.keys()].every((u) => allowed.some((w) => w.uid === u))).toBe(true);
        }),
        { numRuns: 500 },
      );
    });
  });
});
