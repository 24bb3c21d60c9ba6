// A StateView over the shared tables, for any thread. Every read runs inside a seqlock
// window: take the sequence number (even = no delta being applied; odd = wait for the
// writer), read, and retry if the number moved — so a reader never sees half of a delta.
// Records found are copied out, their checksum verified, and materialised into frozen
// model objects cached per (slot, stamp): a record read again unchanged returns the same
// object without allocating, which the selection memo (src/pick/cache.ts) relies on, as
// it keys groups by Workload / Service identity.
import type { Endpoint, StateView } from "../store.ts";
import type { Authorization, Service, Workload } from "../types.ts";
import { SharedStateError } from "./errors.ts";
import { checksum } from "./hash.ts";
import { E, H, L, LS, PV, R, S, SV, type Tables, W } from "./layout.ts";
import { readPolicy, readService, readWorkload } from "./records.ts";
import { findString, stringAt } from "./strings.ts";

export interface SharedStats {
  /** Records whose checksum failed under a stable sequence number: always 0 unless memory is corrupt. */
  checksumFailures: number;
  /** Windows retried because the writer moved on (or was mid-delta). */
  retries: number;
  /** Records materialised (cache misses). */
  materialised: number;
  /** Table generations this reader moved to (growth it followed). */
  generations: number;
}

export interface SharedView extends StateView {
  stats(): SharedStats;
}

/** A record kind: where its words are, its width, how to materialise it, and its cache. */
interface Kind<T> {
  words: (t: Tables) => Int32Array;
  width: number;
  hwm: number;
  read: (words: Int32Array) => T;
  stamps: Array<number | undefined>;
  objs: Array<T | undefined>;
}

const RETRY = Symbol("retry");
const EMPTY: ReadonlyMap<string, Endpoint> = new Map();

const addrKey = (network: string, ip: string) => (network === "" ? ip : `${network}/${ip}`);

/**
 * Extends a cache array up to index `i` before it is written there: an array written far
 * past its end turns into a dictionary (slow elements) in V8, and ids and slots can jump.
 */
function fill(a: unknown[], i: number): void {
  while (a.length <= i) a.push(undefined);
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === "object" && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

/** `tablesOf` gives the current generation's views (it may fetch a new one); called at each window start. */
export function createView(header: Int32Array, tablesOf: () => Tables): SharedView {
  let t = tablesOf();
  const strs: Array<string | undefined> = [];
  const rests = new Map<number, Record<string, unknown>>();
  const scratch = new Int32Array(Math.max(W.WIDTH, SV.WIDTH, PV.WIDTH));
  const stats: SharedStats = { checksumFailures: 0, retries: 0, materialised: 0, generations: 0 };

  const str = (id: number): string => {
    let s = strs[id];
    if (s === undefined) {
      s = stringAt(t, id);
      fill(strs, id);
      strs[id] = s;
    }
    return s;
  };
  const rest = (id: number): Record<string, unknown> => {
    let r = rests.get(id);
    if (!r) {
      r = deepFreeze(JSON.parse(str(id)) as Record<string, unknown>);
      rests.set(id, r);
    }
    return r;
  };

  const workloadKind: Kind<Workload> = {
    words: (x) => x.workloads,
    width: W.WIDTH,
    hwm: H.W_HWM,
    read: (w) => readWorkload(w, str, rest),
    stamps: [],
    objs: [],
  };
  const serviceKind: Kind<Service> = {
    words: (x) => x.services,
    width: SV.WIDTH,
    hwm: H.S_HWM,
    read: (w) => readService(w, str, rest),
    stamps: [],
    objs: [],
  };
  const policyKind: Kind<Authorization> = {
    words: (x) => x.policies,
    width: PV.WIDTH,
    hwm: H.P_HWM,
    read: (w) => readPolicy(w, rest),
    stamps: [],
    objs: [],
  };

  /** The id of string `key` (-1: never interned), read in a window of its own: an id names its string forever. */
  function idOf(key: string): number {
    for (;;) {
      const s = begin();
      const id = findString(t, key);
      if (stable(s)) return id;
    }
  }

  function forget(): void {
    strs.length = 0;
    rests.clear();
    endpointMaps.clear();
    for (const k of [workloadKind, serviceKind, policyKind]) {
      k.stamps.length = 0;
      k.objs.length = 0;
    }
  }

  function begin(): number {
    for (;;) {
      const s = Atomics.load(header, H.SEQ);
      if ((s & 1) === 0) {
        const next = tablesOf();
        if (next !== t) {
          stats.generations++;
          // A compaction reassigned string ids and slots: nothing cached by them holds.
          if (next.epoch !== t.epoch) forget();
          t = next;
        }
        return s;
      }
      stats.retries++;
      // Mid-delta: sleep until the writer's notify (bounded, in case it is missed).
      Atomics.wait(header, H.SEQ, s, 5);
    }
  }
  const stable = (s: number) => Atomics.load(header, H.SEQ) === s;

  /** The record in `slot` (undefined if free), RETRY if the window broke while reading it. */
  function at<T>(k: Kind<T>, slot: number, s: number): T | undefined | typeof RETRY {
    const words = k.words(t);
    const base = slot * k.width;
    const stamp = words[base + R.STAMP];
    if (stamp === undefined || base < 0) return RETRY;
    if (k.stamps[slot] === stamp) return k.objs[slot];
    if (slot >= k.objs.length) {
      fill(k.objs, slot);
      fill(k.stamps, slot);
    }
    for (let i = 0; i < k.width; i++) scratch[i] = words[base + i] ?? 0;
    if (!stable(s)) return RETRY;
    if (scratch[R.CHECK] !== checksum(scratch, 0, k.width)) {
      stats.checksumFailures++;
      throw new SharedStateError("ZTS_SHARED_CHECKSUM", `shared state record ${slot} failed its checksum`);
    }
    const obj = scratch[R.LIVE] === 1 ? k.read(scratch) : undefined;
    stats.materialised++;
    k.stamps[slot] = stamp;
    k.objs[slot] = obj;
    return obj;
  }

  /** The record the string `key`'s column `col` points at. */
  function byKey<T>(k: Kind<T>, col: number, key: string): T | undefined {
    for (;;) {
      const s = begin();
      const id = idOf(key);
      const slot = id < 0 ? -1 : (t.strings[id * S.WIDTH + col] ?? -1);
      const r = slot < 0 ? undefined : at(k, slot, s);
      if (r !== RETRY && stable(s)) return r;
      stats.retries++;
    }
  }

  function* all<T>(k: Kind<T>): Generator<T, undefined, undefined> {
    for (let slot = 0; ; slot++) {
      let r: T | undefined | typeof RETRY;
      for (;;) {
        const s = begin();
        if (slot >= (header[k.hwm] ?? 0)) return;
        r = at(k, slot, s);
        if (r !== RETRY && stable(s)) break;
        stats.retries++;
      }
      if (r !== undefined) yield r;
    }
  }

  /** The member slots of list `col` of string `key`, and the list's stamp (-1: no such key). */
  function members(col: number, key: string): { slots: number[]; stamp: number } {
    for (;;) {
      const s = begin();
      const id = idOf(key);
      const slots: number[] = [];
      let stamp = -1;
      const lr = id < 0 ? -1 : (t.strings[id * S.WIDTH + S.LISTS] ?? -1);
      if (id >= 0) stamp = 0; // a key without lists yet: every list empty, stamp 0
      if (lr >= 0) {
        const row = lr * LS.WIDTH + col;
        const count = t.lists[row + L.COUNT] ?? 0;
        stamp = t.lists[row + L.STAMP] ?? -1;
        let e = t.lists[row + L.HEAD] ?? -1;
        for (let n = 0; e >= 0 && n < count; n++) {
          slots.push(t.entries[e * E.WIDTH + E.MEMBER] ?? -1);
          e = t.entries[e * E.WIDTH + E.NEXT] ?? -1;
        }
      }
      if (stable(s)) return { slots, stamp };
      stats.retries++;
    }
  }

  function slotsOf<T>(k: Kind<T>, slots: number[]): T[] {
    const out: T[] = [];
    for (const slot of slots) {
      for (;;) {
        const s = begin();
        const r = at(k, slot, s);
        if (r !== RETRY && stable(s)) {
          if (r !== undefined) out.push(r);
          break;
        }
        stats.retries++;
      }
    }
    return out;
  }

  /** The records of list `col` of `key`, all from one state of the list (re-read if it moved). */
  function listed<T>(k: Kind<T>, col: number, key: string): T[] {
    for (;;) {
      const { slots, stamp } = members(col, key);
      const out = slotsOf(k, slots);
      if (stamp < 0 || listStamp(col, key) === stamp) return out;
    }
  }

  // endpoints() is on the pick path (a waypoint check); its map is rebuilt only when the
  // list's stamp moves, i.e. when a backend joined, left or changed.
  const endpointMaps = new Map<string, { stamp: number; map: ReadonlyMap<string, Endpoint> }>();
  function listStamp(col: number, key: string): number {
    for (;;) {
      const s = begin();
      const id = idOf(key);
      const lr = id < 0 ? -1 : (t.strings[id * S.WIDTH + S.LISTS] ?? -1);
      const stamp = id < 0 ? -1 : lr < 0 ? 0 : (t.lists[lr * LS.WIDTH + col + L.STAMP] ?? -1);
      if (stable(s)) return stamp;
      stats.retries++;
    }
  }
  function endpoints(key: string): ReadonlyMap<string, Endpoint> {
    const have = endpointMaps.get(key);
    if (have && have.stamp === listStamp(LS.EP, key)) return have.map;
    for (;;) {
      const { slots, stamp } = members(LS.EP, key);
      if (stamp < 0) return EMPTY;
      const map = new Map<string, Endpoint>();
      for (const w of slotsOf(workloadKind, slots)) {
        const ports = w.services[key];
        if (ports) map.set(w.uid, Object.freeze({ workloadUid: w.uid, ports }));
      }
      // The backends must be the ones the list named: if it moved meanwhile, read it again.
      if (listStamp(LS.EP, key) !== stamp) continue;
      endpointMaps.set(key, { stamp, map });
      return map;
    }
  }

  return {
    get version() {
      return Atomics.load(header, H.VERSION);
    },
    workload: (uid) => byKey(workloadKind, S.W_UID, uid),
    workloads: () => all(workloadKind),
    service: (key) => byKey(serviceKind, S.S_KEY, key),
    services: () => all(serviceKind),
    policy: (key) => byKey(policyKind, S.P_KEY, key),
    policies: () => all(policyKind),
    workloadByIp: (network, ip) => byKey(workloadKind, S.W_ADDR, addrKey(network, ip)),
    serviceByVip: (network, ip) => byKey(serviceKind, S.S_VIP, addrKey(network, ip)),
    servicesByHostname: (hostname) => listed(serviceKind, LS.HOST, hostname),
    endpoints,
    workloadsOnNode: (node) => listed(workloadKind, LS.NODE, node).values(),
    counts() {
      for (;;) {
        const s = begin();
        const c = {
          workloads: header[H.W_LIVE] ?? 0,
          services: header[H.S_LIVE] ?? 0,
          policies: header[H.P_LIVE] ?? 0,
        };
        if (stable(s)) return c;
      }
    },
    stats: () => ({ ...stats }),
  };
}
