// select()'s memo, one per StateView, and every rule of what is dropped when. select.ts
// only fills entries; deciding when one is stale happens here and nowhere else.
//
// What is kept, and when it goes:
// 1. Everything, when the view's version moves and noteChanges was not told about that
//    step (cacheFor sees the version mismatch and starts afresh; tables rebuild lazily).
// 2. On noteChanges(view, changes) for the step version - 1 → version:
//    - the service entries (candidates, groups, cursor slots) of the services named in
//      `changes.services` (the store names a service there when it or any of its
//      endpoints' workloads changed); every other service entry is kept as built;
//    - all address, hostname and gateway entries (cheap to redo, and any of them may name
//      a workload or service that changed).
// 3. Address entries, all at once, when MAX_ADDRESS_MEMO of them are held: traffic to many
//    unknown IPs must not grow memory without limit (storeAddress).
// Kept without a rule because the key itself changes: groups by source workload (bySource)
// are keyed by the Workload object, and the store replaces the object on any change.
import type { StateView } from "../state/store.ts";
import type { GatewayAddress, Service, Workload } from "../state/types.ts";
import { serviceKey } from "../state/types.ts";
import type { Cursors } from "./cursors.ts";
import type { LbPolicy } from "./least-conn.ts";
import type { Pick, SelectError } from "./select.ts";

/** The candidates of one rank class, ready to pick from: a table for rr, prefix sums for random. */
export interface Group {
  key: string;
  error?: SelectError;
  table: Int32Array;
  picks4: Pick[];
  picks6: Pick[];
  prefix: Float64Array;
  total: number;
  slot: number;
  owner?: Cursors;
  /** The service's own policy (Service.lbPolicy), else the caller's. */
  policy?: LbPolicy;
  /** Least-conn inputs, by member: capacity, counter key, and its slot in `loadOwner`. */
  weights: Int32Array;
  loadKeys: string[];
  loadSlots: Int32Array;
  loadOwner?: Cursors;
}

export interface Candidate {
  workload: Workload;
  weight: number;
  pick4: Pick;
  pick6: Pick;
  /** No IP of its own: only through its network gateway, for sources on another network. */
  remote: boolean;
}

/** One (service, port, mode): its healthy candidates, and the groups built from them. */
export interface PortEntry {
  port: number;
  /** A waypoint lookup: keeps workloads with an application tunnel even without the port. */
  waypoint: boolean;
  error?: SelectError;
  candidates: Candidate[];
  /** Some candidate is `remote`: groups then also depend on the source's network. */
  gatewayOnly?: boolean;
  bySource: WeakMap<Workload, Group>;
  byLabel: Map<string, Group>;
}

export interface ServiceEntry {
  service: Service;
  key: string;
  /** port, or port + 65536 for waypoint-mode lookups. */
  ports: Map<number, PortEntry>;
}

export interface AddressEntry {
  service?: Service;
  workload?: Workload;
  v6: boolean;
  error?: SelectError;
  direct?: Map<number, Pick>;
}

export type GatewayEntry =
  | { error: SelectError }
  | { service: Service; v6?: boolean }
  | { picks: [Pick, Pick]; workload: Workload };

export interface Cache {
  version: number;
  services: WeakMap<Service, ServiceEntry>;
  servicesByKey: Map<string, ServiceEntry>;
  addresses: Map<string, Map<string, AddressEntry>>;
  addressCount: number;
  hosts: Map<string, Map<string, Service | SelectError>>;
  gateways: WeakMap<GatewayAddress, GatewayEntry>;
}

/** Address memo bound (rule 3). */
export const MAX_ADDRESS_MEMO = 65_536;
const caches = new WeakMap<StateView, Cache>();

function freshCache(version: number): Cache {
  return {
    version,
    services: new WeakMap(),
    servicesByKey: new Map(),
    addresses: new Map(),
    addressCount: 0,
    hosts: new Map(),
    gateways: new WeakMap(),
  };
}

/** The view's memo, emptied first if the view moved on without noteChanges (rule 1). */
export function cacheFor(view: StateView): Cache {
  let c = caches.get(view);
  if (!c || c.version !== view.version) {
    c = freshCache(view.version);
    caches.set(view, c);
  }
  return c;
}

/**
 * Optional: call right after `state.apply(delta)` with its result to rebuild only the
 * services that changed (rule 2); without it, any version change rebuilds every table lazily.
 * `version` is the version that apply made (default: the view's now). A reader of a state
 * another thread applies (ZTS_STATE=shared) may get the changes of several applies late,
 * its view already at the last: it passes each message's version, so the memo steps
 * through them in order and is at the view's version again after the last one; a pick in
 * between finds it behind and starts over (cacheFor), as it must.
 */
export function noteChanges(view: StateView, changes: { services: ReadonlySet<string> }, version = view.version): void {
  const c = caches.get(view);
  if (!c || c.version !== version - 1) return;
  for (const key of changes.services) {
    const e = c.servicesByKey.get(key);
    if (e) {
      c.servicesByKey.delete(key);
      c.services.delete(e.service);
    }
  }
  c.addresses.clear();
  c.addressCount = 0;
  c.hosts.clear();
  c.gateways = new WeakMap();
  c.version = version;
}

/** The service's entry, created empty on first use; indexed by object and by key for rule 2. */
export function serviceEntry(c: Cache, svc: Service): ServiceEntry {
  let e = c.services.get(svc);
  if (!e) {
    e = { service: svc, key: serviceKey(svc), ports: new Map() };
    c.services.set(svc, e);
    c.servicesByKey.set(e.key, e);
  }
  return e;
}

export const cachedAddress = (c: Cache, network: string, ip: string): AddressEntry | undefined =>
  c.addresses.get(network)?.get(ip);

/** Remember an address lookup, first dropping every address entry at the bound (rule 3). */
export function storeAddress(c: Cache, network: string, ip: string, e: AddressEntry): void {
  if (c.addressCount >= MAX_ADDRESS_MEMO) {
    c.addresses.clear();
    c.addressCount = 0;
  }
  let byIp = c.addresses.get(network);
  if (!byIp) {
    byIp = new Map();
    c.addresses.set(network, byIp);
  }
  byIp.set(ip, e);
  c.addressCount++;
}
