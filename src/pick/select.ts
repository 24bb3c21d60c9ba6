// Upstream selection (ARCHITECTURE.md "Upstream selection", SPEC.md §2): destination →
// candidates → health → locality rank → best rank (FAILOVER) / full match (STRICT) →
// capacity-weighted pick. Pure: no I/O, reads only the StateView it is given.
//
// Speed: everything up to "which candidates, in which order" depends only on state and on
// the source's locality, so it is computed once per (service, port, source locality class)
// and kept until the state changes (cache.ts: the memo and every rule that drops part of
// it); a pick is then a cache hit, one Atomics.add on the shared cursor and an array read
// of a frozen, prebuilt Pick — no allocation.
//
// Parity with ztunnel (src/state.rs find_upstream / load_balance) and where we differ:
// - Service VIP first, then workload IP; a service waypoint wins over PASSTHROUGH.
// - Target port: the endpoint's own mapping, else the service's target port, else (target
//   port 0) the workload must list the port or it is dropped; waypoint lookups keep
//   workloads whose application tunnel has a port even without the port (one without a
//   port is dropped here, where ztunnel picks it and then fails the connection).
// - Capacity 0 endpoints are ranked but never picked; if the best rank has only those,
//   there is no upstream (ztunnel's choose_weighted fails the same way).
// - IP family: ztunnel picks the workload IP after load balancing and fails the connection
//   when no IP fits the service's ip_families; we drop such workloads from the candidates
//   instead, so a pick always has a usable address.
// - A workload with no IP but a hostname (ServiceEntry resolution DNS) is a candidate whose
//   pick carries the name; the connect stage resolves it (on another network, its gateway).
// - A workload with no IP and no hostname is a candidate only for sources on another
//   network, and only when it has a network gateway (ztunnel's load_balance): its pick has
//   an empty address and is reached through that gateway (selectNetworkGateway, decide/).
//   WDS is client-agnostic, so such a workload on the source's own network is dropped.
import { ZtsError } from "../errors.ts";
import { isV6 } from "../state/ip.ts";
import type { StateView } from "../state/store.ts";
import type { GatewayAddress, IpFamily, Service, WeightedWaypoint, Workload } from "../state/types.ts";
import { serviceKey } from "../state/types.ts";
import {
  type AddressEntry,
  type Cache,
  type Candidate,
  cachedAddress,
  cacheFor,
  type GatewayEntry,
  type Group,
  type PortEntry,
  type ServiceEntry,
  serviceEntry,
  storeAddress,
} from "./cache.ts";
import type { Cursors } from "./cursors.ts";
import { bestServiceByHostname } from "./hostname.ts";
import { claimLeast, type LbPolicy, loadKey, nextRandom, otherIndex, P2C_EXACT_MAX } from "./least-conn.ts";
import { rankOf, scopeValue } from "./rank.ts";
import { buildTable, prefixSums, weightedIndex } from "./table.ts";

export { noteChanges } from "./cache.ts";

/** Codes: see SelectErrorCode. */
export class SelectError extends ZtsError {
  declare readonly code: SelectErrorCode;
}

export type SelectErrorCode =
  | "ZTS_NO_HEALTHY_UPSTREAM"
  | "ZTS_STRICT_NO_MATCH"
  | "ZTS_SELECT_UNKNOWN_DESTINATION"
  | "ZTS_SELECT_UNKNOWN_PORT"
  | "ZTS_SELECT_UNKNOWN_WAYPOINT"
  | "ZTS_SELECT_UNKNOWN_NETWORK_GATEWAY";

const fail = (code: SelectErrorCode, message: string) => new SelectError(code, message);

/** A service VIP or workload IP (network defaults to the source's), or a service hostname. */
export type Destination =
  | { ip: string; port: number; network?: string }
  | {
      hostname: string;
      port: number;
      /** Address family to prefer on dual-stack endpoints; default: the source's. */
      family?: 4 | 6;
    };

export interface PickAddress {
  /** Empty for a workload with no IP of its own: reachable only through its network gateway. */
  readonly ip: string;
  readonly port: number;
}

/**
 * Where to connect. `service` is the service the pick was made from (for a waypoint, the
 * waypoint's service). Picks are shared and frozen: never mutate one.
 */
export type Pick =
  | {
      readonly via: "endpoint" | "waypoint";
      readonly workload: Workload;
      /** `ip` is "" when `hostname` is set. */
      readonly address: PickAddress;
      readonly service?: Service;
      /**
       * The workload is known by DNS name only (a ServiceEntry with resolution DNS): resolve
       * this name when connecting (ztunnel's resolve_on_demand_dns).
       */
      readonly hostname?: string;
    }
  | {
      /** PASSTHROUGH service: no selection, connect to the original destination. */
      readonly via: "passthrough";
      readonly workload?: undefined;
      readonly address: PickAddress;
      readonly service: Service;
    };

export interface SelectOptions {
  /**
   * `rr` (default): shared smooth weighted round robin. `random`: ztunnel's weighted random.
   * `least-conn` / `least-conn-p2c`: fewest open connections per capacity (least-conn.ts).
   * A service's own `lbPolicy` wins over this.
   */
  lb?: LbPolicy;
  /** Random source for `lb: "random"` and p2c's second sample (tests); default Math.random. */
  random?: () => number;
  /**
   * Open connections per endpoint, shared by the workers; without it least-conn sees every
   * endpoint idle (= rr). With it, a pick from a service's endpoints is counted as one more
   * open connection (least-conn claims it in the same step as it decides), and `held` is set.
   */
  loads?: Cursors;
  /** Out: the load slot this call counted, or -1; hand it to `releaseLoad` when the connection ends. */
  held?: number;
  /** This thread's ledger (least-conn.ts): every count is recorded there too, for a successor to return. */
  ledger?: Int32Array;
}

// Hot-path functions (everything a cache hit runs) hold no closure over their locals: V8
// allocates such a closure's context on every call unless it happens to inline the
// function, so misses that need one (.map, .find with a captured value) live in helpers.

/**
 * One select() call's fixed inputs, handed to every step as its first argument so each
 * step takes only the one to three values it works on. A single module-level instance is
 * refilled per call (a pick must not allocate). select() never calls itself, but
 * opts.random is the caller's code and could: pickFrom copies what it needs out of the
 * Lookup before calling it. Between calls it keeps the last call's view and source alive.
 */
interface Lookup {
  cache: Cache;
  view: StateView;
  source: Workload;
  cursors: Cursors;
  opts: SelectOptions | undefined;
}

const lookup: Lookup = {
  cache: undefined as unknown as Cache,
  view: undefined as unknown as StateView,
  source: undefined as unknown as Workload,
  cursors: undefined as unknown as Cursors,
  opts: undefined,
};

/** Points the shared Lookup at this call's inputs (no object per call) and returns it. */
function enter(view: StateView, source: Workload, cursors: Cursors, opts: SelectOptions | undefined): Lookup {
  const L = lookup;
  L.cache = cacheFor(view);
  L.view = view;
  L.source = source;
  L.cursors = cursors;
  L.opts = opts;
  return L;
}

function accepts(f: IpFamily | undefined, ip: string): boolean {
  return f === undefined || f === "Dual" || (f === "IPv6") === isV6(ip);
}

function freezePick(p: Pick): Pick {
  Object.freeze(p.address);
  return Object.freeze(p);
}

// ---- candidates ----

function buildPort(view: StateView, e: ServiceEntry, port: number, waypointMode: boolean): PortEntry {
  const svc = e.service;
  const pe: PortEntry = { port, waypoint: waypointMode, candidates: [], bySource: new WeakMap(), byLabel: new Map() };
  const svcTarget = svc.ports[port];
  if (!waypointMode && svcTarget === undefined) {
    pe.error = fail("ZTS_SELECT_UNKNOWN_PORT", `service ${e.key} has no port ${port}; use one of its ports`);
    return pe;
  }
  const allowAll = svc.loadBalancer?.healthPolicy === "AllowAll";
  const via = waypointMode ? "waypoint" : "endpoint";
  // Sorted by uid: every worker must see the same candidate order for the shared cursor.
  const eps = [...view.endpoints(e.key).values()].sort((a, b) =>
    a.workloadUid < b.workloadUid ? -1 : a.workloadUid > b.workloadUid ? 1 : 0,
  );
  for (const ep of eps) {
    const wl = view.workload(ep.workloadUid);
    if (!wl) continue;
    if (wl.status === "Unhealthy" && !allowAll) continue;
    const epPort = ep.ports[port];
    let target: number;
    if (epPort !== undefined && epPort > 0) target = epPort;
    else if (svcTarget !== undefined && svcTarget > 0) target = svcTarget;
    else if (epPort !== undefined) target = port;
    // ztunnel: an application tunnel with its own port needs no port on the waypoint service.
    else if (waypointMode && wl.applicationTunnel?.port !== undefined) target = port;
    else continue; // target port 0 (or waypoint without the port) and the workload lacks it
    const ips = wl.workloadIps.filter((ip) => accepts(svc.ipFamilies, ip));
    const first = ips[0];
    if (first === undefined) {
      // No usable IP but a DNS name: a candidate, resolved at connect time (ztunnel's
      // has_address counts the hostname).
      if (wl.hostname && wl.workloadIps.length === 0) {
        pe.candidates.push(hostnameCandidate(wl, svc, via, target));
        continue;
      }
      // No address at all: only through its network gateway, from another network (buildGroup
      // drops it for sources on its own).
      if (wl.workloadIps.length > 0 || !wl.networkGateway) continue;
      const p = freezePick({ via, workload: wl, address: { ip: "", port: target }, service: svc });
      pe.gatewayOnly = true;
      pe.candidates.push({
        workload: wl,
        weight: Math.max(0, Math.floor(wl.capacity)),
        pick4: p,
        pick6: p,
        remote: true,
      });
      continue;
    }
    const ip4 = ips.find((ip) => !isV6(ip)) ?? first;
    const ip6 = ips.find(isV6) ?? first;
    pe.candidates.push({
      workload: wl,
      weight: Math.max(0, Math.floor(wl.capacity)),
      pick4: freezePick({ via, workload: wl, address: { ip: ip4, port: target }, service: svc }),
      pick6: freezePick({ via, workload: wl, address: { ip: ip6, port: target }, service: svc }),
      remote: false,
    });
  }
  return pe;
}

function hostnameCandidate(wl: Workload, svc: Service, via: "endpoint" | "waypoint", port: number): Candidate {
  const p = freezePick({ via, workload: wl, address: { ip: "", port }, service: svc, hostname: wl.hostname });
  return { workload: wl, weight: Math.max(0, Math.floor(wl.capacity)), pick4: p, pick6: p, remote: false };
}

/** The group for one locality class `label` of the source (`src` is one member of that class). */
function buildGroup(e: ServiceEntry, pe: PortEntry, label: string, src: Workload): Group {
  const port = pe.port;
  const group: Group = {
    // The cursor key must not depend on the endpoints, so the sequence carries on when they change.
    key: `${e.key}|${port}|${pe.waypoint ? "w" : "s"}|${label}`,
    table: new Int32Array(0),
    picks4: [],
    picks6: [],
    prefix: new Float64Array(0),
    total: 0,
    slot: 0,
    weights: new Int32Array(0),
    loadKeys: [],
    loadSlots: new Int32Array(0),
  };
  const own = e.service.lbPolicy;
  if (own) group.policy = own === "round-robin" ? "rr" : own;
  if (pe.error) {
    group.error = pe.error;
    return group;
  }
  const lb = e.service.loadBalancer;
  let members = pe.candidates;
  // Gateway-only workloads on the source's own network are never used (WDS sends the gateway anyway).
  if (pe.gatewayOnly) members = members.filter((c) => !c.remote || c.workload.network !== src.network);
  if (members.length === 0) {
    group.error = fail("ZTS_NO_HEALTHY_UPSTREAM", `service ${e.key} has no healthy endpoint for port ${port}`);
    return group;
  }
  if (lb && lb.mode !== "Standard") {
    const strict = lb.mode === "Strict";
    const ranked: Array<[number, Candidate]> = [];
    let best = -1;
    for (const c of members) {
      const r = rankOf(lb.routingPreferences, src, c.workload);
      if (strict && !r.full) continue;
      ranked.push([r.rank, c]);
      if (r.rank > best) best = r.rank;
    }
    members = ranked.filter(([r]) => r === best).map(([, c]) => c);
    if (strict && members.length === 0) {
      group.error = fail(
        "ZTS_STRICT_NO_MATCH",
        `service ${e.key} is STRICT on ${lb.routingPreferences.join(",")} and no healthy endpoint matches the source ${src.uid}`,
      );
      return group;
    }
  }
  const weights = members.map((c) => c.weight);
  group.table = buildTable(weights);
  if (group.table.length === 0) {
    group.error = fail("ZTS_NO_HEALTHY_UPSTREAM", `service ${e.key}: every closest endpoint has capacity 0`);
    return group;
  }
  group.picks4 = members.map((c) => c.pick4);
  group.picks6 = members.map((c) => c.pick6);
  group.prefix = prefixSums(weights);
  group.total = group.prefix[group.prefix.length - 1] ?? 0;
  group.weights = Int32Array.from(weights, (w) => Math.min(w, 0x7fffffff));
  group.loadKeys = members.map((c) => loadKey(c.workload.uid));
  group.loadSlots = new Int32Array(members.length);
  return group;
}

/** The source's locality class: its values for the service's scopes ("" without ranking). */
function localityClass(svc: Service, src: Workload): string {
  const lb = svc.loadBalancer;
  return lb && lb.mode !== "Standard" ? lb.routingPreferences.map((s) => `${s}=${scopeValue(src, s)}`).join(",") : "";
}

function groupFor(L: Lookup, svc: Service, port: number, waypointMode: boolean): Group {
  const e = serviceEntry(L.cache, svc);
  const src = L.source;
  const pk = waypointMode ? port + 65_536 : port;
  let pe = e.ports.get(pk);
  if (!pe) {
    pe = buildPort(L.view, e, port, waypointMode);
    e.ports.set(pk, pe);
  }
  let g = pe.bySource.get(src);
  if (g) return g;
  // With gateway-only candidates the group also depends on the source's network.
  const label = pe.gatewayOnly ? `${localityClass(svc, src)}|net=${src.network}` : localityClass(svc, src);
  g = pe.byLabel.get(label);
  if (!g) {
    g = buildGroup(e, pe, label, src);
    pe.byLabel.set(label, g);
  }
  pe.bySource.set(src, g);
  return g;
}

function pickFrom(L: Lookup, g: Group, v6: boolean): Pick | SelectError {
  if (g.error) return g.error;
  const { cursors, opts } = L;
  let i: number;
  const lb = g.policy ?? opts?.lb;
  if (lb === "random") {
    i = weightedIndex(g.prefix, (opts?.random ?? Math.random)() * g.total);
  } else {
    if (g.owner !== cursors) {
      g.slot = cursors.slot(g.key);
      g.owner = cursors;
    }
    i = g.table[cursors.next(g.slot) % g.table.length] ?? 0;
  }
  const loads = opts?.loads;
  if (loads) i = countPick(g, i, lb, opts as SelectOptions & { loads: Cursors });
  return (v6 ? g.picks6 : g.picks4)[i] as Pick;
}

/**
 * With a load table: least-conn decides from the round-robin (or random) pick `rr` (the
 * tie-breaker, and p2c's first sample), and every policy counts the pick as an open connection
 * (`opts.held` says which slot; the caller releases it at close).
 */
function countPick(g: Group, rr: number, lb: LbPolicy | undefined, opts: SelectOptions & { loads: Cursors }): number {
  const loads = opts.loads;
  if (g.loadOwner !== loads) {
    for (let k = 0; k < g.loadKeys.length; k++) g.loadSlots[k] = loads.slot(g.loadKeys[k] ?? "");
    g.loadOwner = loads;
  }
  const n = g.weights.length;
  if ((lb === "least-conn" || lb === "least-conn-p2c") && n > 1) {
    const other =
      lb === "least-conn-p2c" && n > P2C_EXACT_MAX
        ? otherIndex(n, rr, opts.random ? opts.random() * 0x1_0000_0000 : nextRandom())
        : -1;
    const least = claimLeast(loads.counts, g.loadSlots, g.weights, rr, other);
    // -1 only if no member had capacity, which buildGroup already turned into an error.
    if (least >= 0) {
      const slot = g.loadSlots[least] ?? 0;
      if (opts.ledger) opts.ledger[slot] = (opts.ledger[slot] ?? 0) + 1;
      opts.held = slot;
      return least;
    }
  }
  const slot = g.loadSlots[rr] ?? 0;
  loads.add(slot, 1);
  if (opts.ledger) opts.ledger[slot] = (opts.ledger[slot] ?? 0) + 1;
  opts.held = slot;
  return rr;
}

// ---- destinations ----

function addressEntry(L: Lookup, network: string, ip: string): AddressEntry {
  let e = cachedAddress(L.cache, network, ip);
  if (e) return e;
  const view = L.view;
  const service = view.serviceByVip(network, ip);
  const workload = service ? undefined : view.workloadByIp(network, ip);
  e = { v6: isV6(ip) };
  if (service) e.service = service;
  else if (workload) e.workload = workload;
  else
    e.error = fail(
      "ZTS_SELECT_UNKNOWN_DESTINATION",
      `${network ? `${network}/` : ""}${ip} is neither a service VIP nor a workload IP (not in the mesh: pass through)`,
    );
  storeAddress(L.cache, network, ip, e);
  return e;
}

function findByHostname(view: StateView, hostname: string, ns: string): Service | SelectError {
  return (
    bestServiceByHostname(view, hostname, ns) ??
    fail("ZTS_SELECT_UNKNOWN_DESTINATION", `no service has hostname ${hostname} visible from namespace ${ns}`)
  );
}

/** The service named `hostname`, the source's namespace first. */
function serviceByHostname(L: Lookup, hostname: string): Service | SelectError {
  const c = L.cache;
  const ns = L.source.namespace;
  let byNs = c.hosts.get(hostname);
  let s = byNs?.get(ns);
  if (s) return s;
  s = findByHostname(L.view, hostname, ns);
  if (!byNs) {
    byNs = new Map();
    c.hosts.set(hostname, byNs);
  }
  byNs.set(ns, s);
  return s;
}

/**
 * A waypoint's or network gateway's entry, memoized by the GatewayAddress object: each such
 * object is one field of one workload or service, so it is always looked up as the same kind.
 */
function gatewayEntry(L: Lookup, gw: GatewayAddress, kind: "waypoint" | "network gateway" = "waypoint"): GatewayEntry {
  const { cache: c, view } = L;
  let g = c.gateways.get(gw);
  if (g) return g;
  const d = gw.destination;
  const port = gw.hboneMtlsPort;
  const via = kind === "waypoint" ? "waypoint" : "endpoint";
  const code = kind === "waypoint" ? "ZTS_SELECT_UNKNOWN_WAYPOINT" : "ZTS_SELECT_UNKNOWN_NETWORK_GATEWAY";
  if ("address" in d) {
    const { network, address } = d.address;
    const service = view.serviceByVip(network, address);
    const workload = service ? undefined : view.workloadByIp(network, address);
    if (service) g = { service, v6: isV6(address) };
    else if (workload) {
      // Addressed by IP: that IP is the destination (ztunnel does the same).
      const p = freezePick({ via, workload, address: { ip: address, port } });
      g = { workload, picks: [p, p] };
    } else g = { error: fail(code, `${kind} ${network}/${address} is not known`) };
  } else {
    const { namespace, hostname } = d.hostname;
    const service = view.service(`${namespace}/${hostname}`);
    let workload: Workload | undefined;
    if (!service) {
      for (const w of view.workloads()) {
        if (w.hostname === hostname && w.namespace === namespace) {
          workload = w;
          break;
        }
      }
    }
    const first = workload?.workloadIps[0];
    if (service) g = { service };
    else if (workload && first !== undefined) {
      const ip4 = workload.workloadIps.find((ip) => !isV6(ip)) ?? first;
      const ip6 = workload.workloadIps.find(isV6) ?? first;
      g = {
        workload,
        picks: [
          freezePick({ via, workload, address: { ip: ip4, port } }),
          freezePick({ via, workload, address: { ip: ip6, port } }),
        ],
      };
    } else g = { error: fail(code, `${kind} ${namespace}/${hostname} is not known`) };
  }
  c.gateways.set(gw, g);
  return g;
}

function viaWaypoint(L: Lookup, gw: GatewayAddress, v6: boolean): Pick | SelectError {
  const g = gatewayEntry(L, gw);
  if ("error" in g) return g.error;
  if ("picks" in g) return g.picks[v6 ? 1 : 0];
  // By VIP: the VIP's family; by hostname: the original destination's family.
  const group = groupFor(L, g.service, gw.hboneMtlsPort, true);
  return pickFrom(L, group, g.v6 ?? v6);
}

/**
 * ztunnel's sample_weighted_waypoint: one of the service's weighted waypoints, at random in
 * proportion to weight (per connection, as ztunnel; not the shared round robin); undefined
 * when there are none or no weight is above 0, and the single `waypoint` applies.
 */
function weightedWaypoint(L: Lookup, svc: Service): GatewayAddress | undefined {
  const set = svc.weightedWaypoints;
  if (set === undefined) return undefined;
  let total = 0;
  for (let i = 0; i < set.length; i++) total += (set[i] as WeightedWaypoint).weight;
  if (total <= 0) return undefined;
  let r = (L.opts?.random ?? Math.random)() * total;
  for (let i = 0; i < set.length; i++) {
    const w = set[i] as WeightedWaypoint;
    if (r < w.weight) return w.destination;
    r -= w.weight;
  }
  // Only float rounding ends here: the last waypoint with weight.
  for (let i = set.length - 1; i >= 0; i--) if ((set[i] as WeightedWaypoint).weight > 0) return set[i]?.destination;
  return undefined;
}

/** `dest` named `svc` (by VIP or hostname); `v6`: the address family to pick. */
function fromService(L: Lookup, svc: Service, dest: Destination, v6: boolean): Pick | SelectError {
  const gw = weightedWaypoint(L, svc) ?? svc.waypoint;
  if (gw) return viaWaypoint(L, gw, v6);
  if (svc.loadBalancer?.mode === "Passthrough") return passthrough(svc, dest, v6);
  return pickFrom(L, groupFor(L, svc, dest.port, false), v6);
}

/** No selection: the original destination (by hostname: the service's VIP of family `v6`). */
function passthrough(svc: Service, dest: Destination, v6: boolean): Pick | SelectError {
  const originalIp = "ip" in dest ? dest.ip : undefined;
  const vip = svc.vips.find((v) => isV6(v.address) === v6) ?? svc.vips[0];
  const ip = originalIp ?? vip?.address;
  if (ip === undefined)
    return fail("ZTS_SELECT_UNKNOWN_DESTINATION", `passthrough service ${serviceKey(svc)} has no VIP`);
  return { via: "passthrough", address: { ip, port: dest.port }, service: svc };
}

/** Service visibility (ztunnel's visible_to): `Namespace` services only for clients in their namespace. */
const visibleTo = (svc: Service, source: Workload): boolean =>
  svc.visibility !== "Namespace" || svc.namespace === source.namespace;

/** The source is itself the destination's waypoint: don't loop through it again. */
function isWaypointOf(L: Lookup, gw: GatewayAddress): boolean {
  const g = gatewayEntry(L, gw);
  if ("workload" in g) return g.workload.uid === L.source.uid;
  // The entry's key, not serviceKey(): building that string on every pick would allocate.
  if ("service" in g) return L.view.endpoints(serviceEntry(L.cache, g.service).key).has(L.source.uid);
  return false;
}

/**
 * Pick the upstream for a connection from `source` to `dest`. Never throws for a state or
 * destination problem: those come back as a SelectError (shared instances — don't mutate).
 */
export function select(
  dest: Destination,
  source: Workload,
  view: StateView,
  cursors: Cursors,
  opts?: SelectOptions,
): Pick | SelectError {
  if (opts) opts.held = -1;
  const L = enter(view, source, cursors, opts);
  if ("hostname" in dest) {
    const svc = serviceByHostname(L, dest.hostname);
    if (svc instanceof SelectError) return svc;
    return fromService(L, svc, dest, wantsV6(dest, source));
  }
  const e = addressEntry(L, dest.network ?? source.network, dest.ip);
  if (e.service) {
    if (visibleTo(e.service, source)) return fromService(L, e.service, dest, e.v6);
    // ztunnel's get_best_by_vip: a Namespace-scoped service's VIP is no service to a client in
    // another namespace; then it is no mesh address at all (passthrough). The entry's unused
    // error slot keeps that answer, so this path allocates once per address too.
    e.error ??= fail(
      "ZTS_SELECT_UNKNOWN_DESTINATION",
      `${dest.ip} is the VIP of ${serviceKey(e.service)}, visible only in its namespace (not in the mesh: pass through)`,
    );
    return e.error;
  }
  const wl = e.workload;
  if (!wl) return e.error as SelectError;
  if (wl.waypoint && !isWaypointOf(L, wl.waypoint)) return viaWaypoint(L, wl.waypoint, e.v6);
  // Direct to a workload: no selection; that workload at the address asked for.
  e.direct ??= new Map();
  let p = e.direct.get(dest.port);
  if (!p) {
    p = freezePick({ via: "endpoint", workload: wl, address: { ip: dest.ip, port: dest.port } });
    e.direct.set(dest.port, p);
  }
  return p;
}

/** The address family a connection to `dest` picks in: the address's, or for a hostname the asked or the source's. */
export function wantsV6(dest: Destination, source: Workload): boolean {
  if ("ip" in dest) return isV6(dest.ip);
  return dest.family !== undefined ? dest.family === 6 : isV6(source.workloadIps[0] ?? "");
}

/**
 * The gateway through which `source` reaches a pick on another network (ztunnel's
 * fetch_network_gateway): by IP, the service with that VIP in the gateway's network (picked
 * on the HBONE port, which must be one of its ports) or the workload with that IP, at the
 * HBONE port; by hostname, that service or workload. The address family is the gateway IP's,
 * or for a hostname `v6` (the original destination's). Counts no load: the connection's
 * least-conn slot is the destination's, not the gateway's.
 */
export function selectNetworkGateway(
  gw: GatewayAddress,
  source: Workload,
  view: StateView,
  cursors: Cursors,
  v6: boolean,
  opts?: { lb?: SelectOptions["lb"]; random?: SelectOptions["random"] },
): Pick | SelectError {
  const L = enter(view, source, cursors, opts);
  const g = gatewayEntry(L, gw, "network gateway");
  if ("error" in g) return g.error;
  if ("picks" in g) return g.picks[v6 ? 1 : 0];
  return pickFrom(L, groupFor(L, g.service, gw.hboneMtlsPort, false), g.v6 ?? v6);
}
