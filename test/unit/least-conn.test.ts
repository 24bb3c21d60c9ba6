// Least connections: the pure decisions (table-driven) and what select() does with a shared
// load table — which endpoint a new connection gets while others hold connections open.
import { describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
import {
  claimLeast,
  type LbPolicy,
  LOAD_SLOTS,
  leastLoaded,
  ledgerBytes,
  ledgerFor,
  lighterOfTwo,
  loadKey,
  openConnections,
  otherIndex,
  reclaimLedger,
  releaseLoad,
} from "../../src/pick/least-conn.ts";
import { SelectError, type SelectOptions, select } from "../../src/pick/select.ts";

import type { Service, Workload } from "../../src/state/types.ts";
import { service, workload } from "./select-mesh.ts";
import { STATE_IMPLS } from "./state-impls.ts";

describe.each(STATE_IMPLS)("least-conn (%s state)", (_impl, createState) => {
  const ids = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
  const i32 = (xs: number[]) => Int32Array.from(xs);

  describe("leastLoaded", () => {
    const rows: Array<{ what: string; open: number[]; caps: number[]; start: number; want: number }> = [
      { what: "lowest open wins", open: [3, 1, 2], caps: [1, 1, 1], start: 0, want: 1 },
      { what: "ratio, not count: 4/4 beats 2/1", open: [2, 4], caps: [1, 4], start: 0, want: 1 },
      { what: "tie: the first minimum from start", open: [1, 1, 1], caps: [1, 1, 1], start: 2, want: 2 },
      { what: "tie wraps around past the end", open: [0, 5, 5], caps: [1, 1, 1], start: 1, want: 0 },
      { what: "equal ratios with different capacities tie", open: [2, 1], caps: [2, 1], start: 1, want: 1 },
      { what: "capacity 0 is never picked, even idle", open: [0, 9], caps: [0, 1], start: 0, want: 1 },
      { what: "every capacity 0 → -1", open: [0, 0], caps: [0, 0], start: 0, want: -1 },
      { what: "one candidate", open: [7], caps: [3], start: 0, want: 0 },
    ];
    for (const r of rows) {
      it(r.what, () => {
        expect(leastLoaded(i32(r.open), ids(r.open.length), i32(r.caps), r.start)).toBe(r.want);
      });
    }

    it("a set larger than the scan limit: the least of the window from start", () => {
      // Limit 2 from index 0 sees 5 and 4; the idle third candidate is outside this window.
      expect(leastLoaded(i32([5, 4, 0]), ids(3), i32([1, 1, 1]), 0, 2)).toBe(1);
      expect(leastLoaded(i32([5, 4, 0]), ids(3), i32([1, 1, 1]), 1, 2)).toBe(2);
    });

    it("reads each candidate's count through its slot", () => {
      const open = i32([9, 0, 9, 5, 2]); // candidates live in slots 3 and 4
      expect(leastLoaded(open, i32([3, 4]), i32([1, 1]), 0)).toBe(1);
    });
  });

  describe("lighterOfTwo and otherIndex", () => {
    const rows: Array<{ what: string; open: number[]; caps: number[]; a: number; b: number; want: number }> = [
      { what: "b strictly lighter → b", open: [3, 1], caps: [1, 1], a: 0, b: 1, want: 1 },
      { what: "tie stays with a (the round-robin pick)", open: [2, 2], caps: [1, 1], a: 0, b: 1, want: 0 },
      { what: "per capacity: 3/3 beats 2/1", open: [2, 3], caps: [1, 3], a: 0, b: 1, want: 1 },
      { what: "b with capacity 0 never wins", open: [9, 0], caps: [1, 0], a: 0, b: 1, want: 0 },
    ];
    for (const r of rows) {
      it(r.what, () => {
        expect(lighterOfTwo(i32(r.open), ids(r.open.length), i32(r.caps), r.a, r.b)).toBe(r.want);
      });
    }

    it("the second sample is never the first and covers every other index", () => {
      const seen = new Set<number>();
      for (let u = 0; u < 100; u++) seen.add(otherIndex(5, 2, u));
      expect([...seen].sort()).toEqual([0, 1, 3, 4]);
      expect(otherIndex(5, 2, 0xffff_ffff)).not.toBe(2);
    });
  });

  describe("claimLeast", () => {
    it("counts the chosen candidate in the same step", () => {
      const open = i32([2, 0, 1]);
      expect(claimLeast(open, ids(3), i32([1, 1, 1]), 0, -1)).toBe(1);
      expect([...open]).toEqual([2, 1, 1]);
    });

    it("repeated claims fill the least loaded up to the others, then rotate", () => {
      const open = i32([10, 0, 0]);
      const got: number[] = [];
      for (let k = 0; k < 26; k++) got.push(claimLeast(open, ids(3), i32([1, 1, 1]), k % 3, -1));
      expect(got.slice(0, 20).every((i) => i !== 0)).toBe(true);
      expect([...open]).toEqual([12, 12, 12]);
    });
  });

  // ---- through select() ----

  const SVC = "default/echo.default.svc.cluster.local";
  const VIP = "10.96.0.10";
  const source = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"] });
  const ep = (name: string, i: number, over: Partial<Workload> = {}) =>
    workload(`Kubernetes//Pod/default/${name}`, {
      workloadIps: [`10.0.1.${i + 1}`],
      services: { [SVC]: { 80: 8080 } },
      ...over,
    });

  function mesh(endpoints: Workload[], svcOver: Partial<Service> = {}) {
    const state = createState();
    state.apply({
      upsertWorkloads: [source, ...endpoints],
      upsertServices: [
        service("echo.default.svc.cluster.local", { vips: [{ network: "net1", address: VIP }], ...svcOver }),
      ],
    });
    return state;
  }

  /** A proxy's view: shared cursors and load table; `open()` picks and holds like a connection does. */
  function proxy(state: ReturnType<typeof mesh>, lb: LbPolicy, random?: () => number) {
    const cursors = createCursors(undefined, 64);
    const loads = createCursors(undefined, LOAD_SLOTS);
    const open = () => {
      const opts: SelectOptions = { lb, loads, ...(random ? { random } : {}) };
      const p = select({ ip: VIP, port: 80 }, source, state, cursors, opts);
      if (p instanceof SelectError) throw p;
      return { name: p.workload?.name ?? "", held: opts.held ?? -1 };
    };
    const count = (name: string) => loads.counts[loads.slot(loadKey(`Kubernetes//Pod/default/${name}`))] ?? 0;
    return { open, count, loads };
  }

  describe("select with least-conn", () => {
    const three = [ep("e1", 0), ep("e2", 1), ep("e3", 2)];

    it("one endpoint holding 10 connections: new ones go to the other two until the counts even out", () => {
      const p = proxy(mesh(three), "least-conn");
      // e1's 10 long connections, made while it was the only choice that round.
      for (let k = 0; k < 10; k++) p.loads.add(p.loads.slot(loadKey(three[0]?.uid ?? "")), 1);
      const first20 = Array.from({ length: 20 }, () => p.open().name);
      expect(first20.filter((n) => n === "e1")).toEqual([]);
      expect(first20.filter((n) => n === "e2")).toHaveLength(10);
      expect([p.count("e1"), p.count("e2"), p.count("e3")]).toEqual([10, 10, 10]);
      // Even now: the next three go one to each.
      expect(new Set(Array.from({ length: 3 }, () => p.open().name))).toEqual(new Set(["e1", "e2", "e3"]));
    });

    it("a released connection makes its endpoint the next choice", () => {
      const p = proxy(mesh(three), "least-conn");
      const held = Array.from({ length: 6 }, () => p.open());
      const e3 = held.find((h) => h.name === "e3");
      releaseLoad(p.loads, e3?.held ?? -1);
      expect(p.open().name).toBe("e3");
    });

    it("with every endpoint idle (each connection closed before the next) it is the weighted round robin", () => {
      const eps = [ep("a", 0, { capacity: 2 }), ep("b", 1)];
      const p = proxy(mesh(eps), "least-conn");
      const seq = Array.from({ length: 6 }, () => {
        const c = p.open();
        releaseLoad(p.loads, c.held);
        return c.name;
      });
      expect(seq).toEqual(["a", "b", "a", "a", "b", "a"]);
    });

    it("capacity scales the share of held connections: capacity 3 holds 3× as many", () => {
      const p = proxy(mesh([ep("big", 0, { capacity: 3 }), ep("small", 1)]), "least-conn");
      for (let k = 0; k < 40; k++) p.open();
      expect([p.count("big"), p.count("small")]).toEqual([30, 10]);
    });

    it("rr with a load table still counts, so least-conn sees connections made before a switch", () => {
      const state = mesh(three);
      const p = proxy(state, "rr");
      for (let k = 0; k < 6; k++) p.open();
      expect([p.count("e1"), p.count("e2"), p.count("e3")]).toEqual([2, 2, 2]);
    });

    it("a service's lbPolicy wins over the proxy's ZTS_LB", () => {
      const p = proxy(mesh(three, { lbPolicy: "least-conn" }), "rr");
      for (let k = 0; k < 5; k++) p.loads.add(p.loads.slot(loadKey(three[0]?.uid ?? "")), 1);
      expect(Array.from({ length: 8 }, () => p.open().name)).not.toContain("e1");
    });

    it("a service's round-robin wins over ZTS_LB=least-conn", () => {
      const p = proxy(mesh(three, { lbPolicy: "round-robin" }), "least-conn");
      for (let k = 0; k < 5; k++) p.loads.add(p.loads.slot(loadKey(three[0]?.uid ?? "")), 1);
      expect(Array.from({ length: 3 }, () => p.open().name)).toEqual(["e1", "e2", "e3"]);
    });
  });

  describe("select with least-conn-p2c", () => {
    it("small sets (≤ 8) are scanned exactly, like least-conn", () => {
      const eps = [ep("e1", 0), ep("e2", 1), ep("e3", 2)];
      const p = proxy(mesh(eps), "least-conn-p2c", () => 0);
      for (let k = 0; k < 10; k++) p.loads.add(p.loads.slot(loadKey(eps[0]?.uid ?? "")), 1);
      expect(Array.from({ length: 20 }, () => p.open().name)).not.toContain("e1");
    });

    it("a large set: the one endpoint far above the rest gets nothing while it stays above", () => {
      const eps = Array.from({ length: 50 }, (_, i) => ep(`e${String(i).padStart(2, "0")}`, i));
      let seed = 1;
      const rand = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const p = proxy(mesh(eps), "least-conn-p2c", rand);
      for (let k = 0; k < 20; k++) p.loads.add(p.loads.slot(loadKey(eps[7]?.uid ?? "")), 1);
      const names = Array.from({ length: 500 }, () => p.open().name);
      expect(names).not.toContain("e07");
      const counts = eps.map((e) => p.count(e.name));
      counts.splice(7, 1);
      // Two choices keep the spread small: every other endpoint within a few of the mean (10).
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(4);
    });
  });

  describe("a worker's ledger", () => {
    const eps = [ep("e1", 0), ep("e2", 1), ep("e3", 2)];

    it("a replacement returns the connections its dead predecessor still had counted", () => {
      const state = mesh(eps);
      const cursors = createCursors(undefined, 64);
      const loads = createCursors(undefined, LOAD_SLOTS);
      const ledgers = new SharedArrayBuffer(ledgerBytes(2));
      const count = () => eps.map((e) => loads.counts[loads.slot(loadKey(e.uid))] ?? 0);
      const pick = (ledger: Int32Array) => {
        const opts: SelectOptions = { lb: "least-conn", loads, ledger };
        select({ ip: VIP, port: 80 }, source, state, cursors, opts);
        return opts.held ?? -1;
      };
      // Worker 0 opens 5 and closes 1, then dies; worker 1 holds 2 and lives on.
      const dead = ledgerFor(ledgers, 0);
      const held0 = Array.from({ length: 5 }, () => pick(dead));
      releaseLoad(loads, held0[0] ?? -1, dead);
      const alive = ledgerFor(ledgers, 1);
      for (let k = 0; k < 2; k++) pick(alive);
      expect(count().reduce((a, b) => a + b, 0)).toBe(6);

      // Its replacement (same pool index, same ledger) takes the 4 back; worker 1's stay.
      expect(reclaimLedger(loads, ledgerFor(ledgers, 0))).toBe(4);
      expect(count().reduce((a, b) => a + b, 0)).toBe(2);
      expect([...ledgerFor(ledgers, 0)].every((v) => v === 0)).toBe(true);
    });
  });

  describe("openConnections (the admin's read)", () => {
    it("reads a workload's count and claims no slot for one never counted", () => {
      const loads = createCursors(undefined, 8);
      loads.add(loads.slot(loadKey("w1")), 3);
      expect(openConnections(loads, "w1")).toBe(3);
      expect(openConnections(loads, "never")).toBe(0);
      expect(loads.find(loadKey("never"))).toBe(-1);
      expect(new Int32Array(loads.sab).subarray(0, 8).filter((t) => t !== 0)).toHaveLength(1);
    });
  });
});
