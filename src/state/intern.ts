// Sharing for the parts of the model that repeat across workloads. At 100k workloads the
// state is held once per thread, so per-workload copies of the same namespace, node,
// locality or port map add up to hundreds of MB. Interned values are frozen: one object
// may back many workloads, and nothing may change it through one of them.
//
// Port maps need special care: an object given the integer key 443 gets fast elements
// of ≥ 444 slots (V8 allows holes up to a gap of 1024), ≈ 5.5 KB for `{80, 443}`.
// Putting a huge index first and deleting it leaves the object in dictionary mode
// (≈ 200 B), which V8 keeps since fast elements would be far larger.
import type { Locality, PortMap } from "./types.ts";

// Bounded pools: past the limit a pool starts over (old values stay valid, only sharing
// with new ones is lost), so a mesh with many unique values cannot grow them forever.
const LIMIT = 50_000;

function pool<V>(): { get(key: string): V | undefined; set(key: string, v: V): V } {
  let m = new Map<string, V>();
  return {
    get: (key) => m.get(key),
    set(key, v) {
      if (m.size >= LIMIT) m = new Map();
      m.set(key, v);
      return v;
    },
  };
}

const strings = pool<string>();

/** The one shared copy of a string that repeats across workloads (namespace, node, …). */
export function intern(s: string): string {
  if (s === "") return "";
  return strings.get(s) ?? strings.set(s, s);
}

const SLOW = 4294967294; // the largest array index

/** An empty object whose integer keys live in a dictionary, not in a sparse array. */
export function sparsePortMap(): PortMap {
  const out: PortMap = {};
  out[SLOW] = 0;
  delete out[SLOW];
  return out;
}

const portMaps = pool<PortMap>();

/** servicePort/targetPort pairs (in order) → a shared, frozen PortMap; later pairs win on a repeated servicePort. */
export function portMapOf(pairs: readonly number[]): PortMap {
  const key = pairs.join(",");
  const have = portMaps.get(key);
  if (have) return have;
  const out = sparsePortMap();
  for (let i = 0; i + 1 < pairs.length; i += 2) out[pairs[i]!] = pairs[i + 1]!;
  return portMaps.set(key, Object.freeze(out));
}

const serviceMaps = pool<Record<string, PortMap>>();
const singleServices = new Map<string, Record<string, PortMap>>();
const portMapIds = new WeakMap<PortMap, number>();
let nextPortMapId = 0;
const idOf = (p: PortMap) => {
  let id = portMapIds.get(p);
  if (id === undefined) {
    id = nextPortMapId++;
    portMapIds.set(p, id);
  }
  return id;
};

function record(entries: ReadonlyArray<readonly [string, PortMap]>): Record<string, PortMap> {
  const out: Record<string, PortMap> = {};
  for (const [k, p] of entries) out[intern(k)] = p;
  return Object.freeze(out);
}

export const EMPTY_SERVICES: Record<string, PortMap> = Object.freeze({});

/**
 * A workload's `services` (service key → port map), shared and frozen: replicas of one
 * deployment back the same services with the same ports.
 */
export function servicesOf(entries: ReadonlyArray<readonly [string, PortMap]>): Record<string, PortMap> {
  if (entries.length === 0) return EMPTY_SERVICES;
  if (entries.length === 1) {
    // The common case, without building a key: one record per service key, reused while
    // the ports are the same (a replica with other ports takes the general path below).
    const [k, p] = entries[0]!;
    const have = singleServices.get(k);
    if (have?.[k] === p) return have;
    if (!have) {
      if (singleServices.size >= LIMIT) singleServices.clear();
      const made = record(entries);
      singleServices.set(k, made);
      return made;
    }
  }
  let key = "";
  for (const [k, p] of entries) key += `${k}\u0000${idOf(p)}\u0000`;
  const have = serviceMaps.get(key);
  if (have) return have;
  return serviceMaps.set(key, record(entries));
}

const localities = pool<Locality>();

export function localityOf(region: string, zone: string, subzone: string): Locality {
  const key = `${region}\u0000${zone}\u0000${subzone}`;
  return localities.get(key) ?? localities.set(key, Object.freeze({ region, zone, subzone }));
}

const EMPTY_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/** A list of strings, the shared frozen empty one when empty. */
export const stringsOf = (list: readonly string[] | null | undefined): string[] =>
  list && list.length > 0 ? list.map(intern) : EMPTY_STRINGS;
