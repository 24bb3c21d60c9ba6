// Property: for random meshes, random connections already open and random closes between
// picks, every least-conn pick is a candidate round robin could have picked (healthy, best
// rank, capacity > 0) whose open/capacity — read before the pick — is the lowest of those
// candidates; and the shared table ends holding exactly the connections still open. The
// oracle recomputes the candidates itself (locality kept to one scope: ranking has its own
// property test) and counts connections in a plain Map.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
import { LOAD_SLOTS, loadKey, releaseLoad } from "../../src/pick/least-conn.ts";
import { SelectError, type SelectOptions, select } from "../../src/pick/select.ts";

import type { Workload } from "../../src/state/types.ts";
import { service, workload } from "./select-mesh.ts";
import { STATE_IMPLS } from "./state-impls.ts";

describe.each(STATE_IMPLS)("least-conn-property (%s state)", (_impl, createState) => {
  const SVC = "default/svc";
  const VIP = "10.96.0.1";

  const endpointArb = fc.record({
    zone: fc.constantFrom("z1", "z2"),
    healthy: fc.boolean(),
    capacity: fc.constantFrom(0, 1, 1, 2, 3),
    preOpen: fc.nat(6),
  });

  /** A step: open one connection, or close the k-th still open (modulo how many are). */
  const stepArb = fc.oneof(fc.constant({ open: true, k: 0 }), fc.record({ open: fc.constant(false), k: fc.nat() }));

  describe("least-conn property", () => {
    for (const lb of ["least-conn", "least-conn-p2c"] as const) {
      it(`${lb}: each pick is a lowest open/capacity candidate of the best rank; the table tracks what is open`, () => {
        fc.assert(
          fc.property(
            fc.array(endpointArb, { minLength: 1, maxLength: 8 }),
            fc.constantFrom("z1", "z2"),
            fc.boolean(),
            fc.array(stepArb, { maxLength: 40 }),
            (eps, srcZone, preferClose, steps) => {
              const source = workload("src", {
                workloadIps: ["10.1.0.1"],
                locality: { region: "r1", zone: srcZone, subzone: "" },
              });
              const wls = eps.map((e, i) =>
                workload(`ep-${i}`, {
                  workloadIps: [`10.2.0.${i + 1}`],
                  locality: { region: "r1", zone: e.zone, subzone: "" },
                  status: e.healthy ? "Healthy" : "Unhealthy",
                  capacity: e.capacity,
                  services: { [SVC]: { 80: 8080 } },
                }),
              );
              const svc = service("svc", { vips: [{ network: "net1", address: VIP }], lbPolicy: lb });
              if (preferClose)
                svc.loadBalancer = { routingPreferences: ["Zone"], mode: "Failover", healthPolicy: "OnlyHealthy" };
              const state = createState();
              state.apply({ upsertWorkloads: [source, ...wls], upsertServices: [svc] });

              let cands = wls.filter((w) => w.status === "Healthy");
              if (preferClose && cands.some((w) => w.locality.zone === srcZone)) {
                cands = cands.filter((w) => w.locality.zone === srcZone);
              }
              const allowed = cands.filter((w) => w.capacity > 0);

              const cursors = createCursors(undefined, 16);
              const loads = createCursors(undefined, LOAD_SLOTS);
              const model = new Map<string, number>();
              const countOf = (w: Workload) => model.get(w.uid) ?? 0;
              eps.forEach((e, i) => {
                const w = wls[i] as Workload;
                loads.add(loads.slot(loadKey(w.uid)), e.preOpen);
                model.set(w.uid, e.preOpen);
              });
              const open: Array<{ uid: string; held: number }> = [];
              for (const step of steps) {
                if (!step.open) {
                  if (open.length === 0) continue;
                  const [c] = open.splice(step.k % open.length, 1);
                  if (!c) continue;
                  releaseLoad(loads, c.held);
                  model.set(c.uid, (model.get(c.uid) ?? 0) - 1);
                  continue;
                }
                const opts: SelectOptions = { loads };
                const p = select({ ip: VIP, port: 80 }, source, state, cursors, opts);
                if (allowed.length === 0) {
                  expect(p).toBeInstanceOf(SelectError);
                  return;
                }
                if (p instanceof SelectError) throw p;
                const uid = p.workload?.uid ?? "";
                const picked = allowed.find((w) => w.uid === uid);
                expect(picked, `picked ${uid}, not an allowed candidate`).toBeDefined();
                const ratio = (w: Workload) => countOf(w) / w.capacity;
                const best = Math.min(...allowed.map(ratio));
                expect(ratio(picked as Workload)).toBe(best);
                open.push({ uid, held: opts.held ?? -1 });
                model.set(uid, countOf(picked as Workload) + 1);
              }
              for (const w of wls) expect(loads.counts[loads.slot(loadKey(w.uid))]).toBe(countOf(w));
            },
          ),
          { numRuns: 300 },
        );
      });
    }
  });
});
