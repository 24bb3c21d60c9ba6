// Admin GET /debug/select (ARCHITECTURE.md): run the connection path's select() for a
// source IP and a destination, `count` times, on a private cursor that starts at 0 — so
// the answer is deterministic and live traffic's shared cursors do not move.
import { canonicalIp, joinHostPort } from "../state/ip.ts";
import type { StateView } from "../state/store.ts";
import type { Workload } from "../state/types.ts";
import { type Cursors, createCursors } from "./cursors.ts";
import { type Destination, SelectError, type SelectOptions, select, selectNetworkGateway, wantsV6 } from "./select.ts";

export interface DebugSelectOptions extends SelectOptions {
  /** This proxy's network (ztunnel's NETWORK); used when the query names none. */
  network?: string;
}

export interface DebugPick {
  /** null for a PASSTHROUGH service (no workload chosen). */
  uid: string | null;
  /** `ip:port`, IPv6 as `[ip]:port`; null for a workload with no IP (reached only through its gateway). */
  address: string | null;
  via: "endpoint" | "waypoint" | "passthrough";
  /** Only for a pick on another network than the source's: that network… */
  network?: string;
  /** …and the network gateway the connection goes through (double HBONE), or why there is none. */
  gateway?: { uid: string; address: string } | { error: { code: string; message: string } };
}

export interface DebugSelectResult {
  status: number;
  body: { picks: DebugPick[]; error?: { code: string; message: string } };
}

const MAX_COUNT = 10_000;

const failure = (status: number, code: string, message: string): DebugSelectResult => ({
  status,
  body: { picks: [], error: { code, message } },
});

function parsePort(s: string): number | undefined {
  if (!/^\d{1,5}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 65_535 ? n : undefined;
}

/** `ip:port`, `[ipv6]:port` or `host:port` → a Destination (network filled in later). */
function parseDestination(s: string): Destination | string {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(s) ?? /^([^:[\]]+):(\d+)$/.exec(s);
  if (!m) return "destination must be ip:port, [ipv6]:port or host:port";
  const port = parsePort(m[2] ?? "");
  if (port === undefined) return `destination port ${m[2]} is not 1-65535`;
  const host = m[1] ?? "";
  const ip = canonicalIp(host);
  if (ip !== undefined) return { ip, port };
  if (s.startsWith("[")) return `${host} is not an IPv6 address`;
  if (!/^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/.test(host)) {
    return `${host} is neither an IP address nor a hostname`;
  }
  return { hostname: host.replace(/\.$/, ""), port };
}

function findSource(view: StateView, ip: string, network: string | undefined): Workload | undefined {
  if (network !== undefined) return view.workloadByIp(network, ip);
  // No network given: any workload with that IP (an admin lookup, O(n) is fine).
  for (const w of view.workloads()) if (w.workloadIps.includes(ip)) return w;
  return undefined;
}

/** The gateway the connection path would use (decide/double-hbone.ts), on the same private cursors. */
function gatewayOf(
  wl: Workload,
  dest: Destination,
  source: Workload,
  view: StateView,
  cursors: Cursors,
  opts: DebugSelectOptions,
): NonNullable<DebugPick["gateway"]> {
  const gw = wl.networkGateway;
  if (!gw) return { error: { code: "ZTS_SELECT_NO_NETWORK_GATEWAY", message: `${wl.uid} has no network gateway` } };
  const g = selectNetworkGateway(gw, source, view, cursors, wantsV6(dest, source), {
    lb: opts.lb,
    random: opts.random,
  });
  if (g instanceof SelectError) return { error: { code: g.code, message: g.message } };
  return { uid: g.workload?.uid ?? "", address: joinHostPort(g.address.ip, g.address.port) };
}

export function debugSelect(query: URLSearchParams, view: StateView, opts: DebugSelectOptions = {}): DebugSelectResult {
  const bad = (message: string) => failure(400, "ZTS_SELECT_BAD_QUERY", message);
  const sourceText = query.get("source");
  const destText = query.get("destination");
  if (!sourceText) return bad("missing source=<ip>");
  if (!destText) return bad("missing destination=<ip:port | [ipv6]:port | host:port>");
  const countText = query.get("count") ?? "1";
  if (!/^\d+$/.test(countText) || Number(countText) < 1 || Number(countText) > MAX_COUNT) {
    return bad(`count must be an integer 1-${MAX_COUNT}`);
  }
  const count = Number(countText);
  const sourceIp = canonicalIp(sourceText);
  if (sourceIp === undefined) return bad(`source ${sourceText} is not an IP address`);
  const dest = parseDestination(destText);
  if (typeof dest === "string") return bad(dest);
  const network = query.get("network") ?? opts.network;
  const source = findSource(view, sourceIp, network);
  if (!source) {
    return failure(400, "ZTS_SELECT_UNKNOWN_SOURCE", `no workload has IP ${sourceIp}; source must be a mesh workload`);
  }
  if ("ip" in dest && network !== undefined) dest.network = network;
  // A fresh, tiny buffer: the same select() code, its own cursors, all starting at 0.
  const cursors = createCursors(undefined, 64);
  const picks: DebugPick[] = [];
  for (let i = 0; i < count; i++) {
    const p = select(dest, source, view, cursors, opts);
    if (p instanceof SelectError) return failure(503, p.code, p.message);
    // A workload known by DNS name only shows the name it will be resolved from; one with
    // neither (an IP-less remote workload, reached through its gateway) shows none.
    const host = p.via !== "passthrough" && p.hostname ? p.hostname : p.address.ip;
    const pick: DebugPick = {
      uid: p.workload?.uid ?? null,
      address: host === "" ? null : joinHostPort(host, p.address.port),
      via: p.via,
    };
    if (p.workload && p.workload.network !== source.network) {
      pick.network = p.workload.network;
      pick.gateway = gatewayOf(p.workload, dest, source, view, cursors, opts);
    }
    picks.push(pick);
  }
  return { status: 200, body: { picks } };
}
