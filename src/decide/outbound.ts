// The outbound decision (ztunnel's build_request): for a connection from a local pod to a
// destination — a service VIP, a service hostname (SOCKS5), a workload IP, or an address
// outside the mesh — which upstream, by which protocol, with which identities; or why not.
// Selection (select/) is the one step with an effect: it advances the shared round-robin
// cursor and, under least-conn, counts the pick as open (`held`), all through the cursors
// the caller passes. No sockets, no timers: waiting for a pod's workload or certificate is
// the I/O stage's business (src/proxy/outbound.ts), before and after this.
import { identityOf } from "../identity/spiffe.ts";
import type { Cursors } from "../pick/cursors.ts";
import { bestServiceByHostname } from "../pick/hostname.ts";
import { releaseLoad } from "../pick/least-conn.ts";
import { type Destination, type Pick, SelectError, type SelectOptions, select, wantsV6 } from "../pick/select.ts";
import { canonicalIp, isV6, joinHostPort } from "../state/ip.ts";
import type { StateView } from "../state/store.ts";
import type { Workload } from "../state/types.ts";
import { gatewayRoute } from "./double-hbone.ts";
import { baggageHeader, forwardedHeader } from "./headers.ts";
import { localWorkload } from "./local.ts";
import {
  type DecideConfig,
  type OutboundDecision,
  type OutboundRefusalCode,
  type OutboundRequest,
  refusal,
} from "./request.ts";

/** HBONE's port on every mesh pod (SPEC.md §3). */
export const HBONE_PORT = 15008;

export interface OutboundConn {
  /** The client (a pod on this node), as the socket reports it. */
  srcIp: string;
  srcPort: number;
  dest: Destination;
}

/** The selection's shared inputs: RR cursors, and least-conn's counts and this thread's ledger. */
export interface PickInputs {
  cursors: Cursors;
  lb?: SelectOptions["lb"];
  loads?: Cursors | undefined;
  ledger?: Int32Array | undefined;
  random?: () => number;
}

/** ZTS_PASSTHROUGH: may traffic leave the mesh to `ip`? (`loopback` keeps demos on the machine.) */
export function passthroughAllowed(policy: DecideConfig["passthrough"], ip: string): boolean {
  if (policy === "all") return true;
  if (policy === "none") return false;
  return ip === "::1" || /^127\./.test(ip) || /^::ffff:127\./.test(ip);
}

const SELECT_REFUSAL: Partial<Record<SelectError["code"], OutboundRefusalCode>> = {
  ZTS_STRICT_NO_MATCH: "strict-no-match",
  ZTS_SELECT_UNKNOWN_DESTINATION: "unknown-host",
};

/** A selection result, or straight through to an address outside the mesh. */
type Route =
  | Pick
  | { via: "passthrough"; address: { ip: string; port: number }; workload?: undefined; service?: undefined };

/** Whether the route leaves over HBONE (mutual TLS): a waypoint always, an endpoint when its workload speaks it. */
function tunnels(route: Route): boolean {
  if (route.via === "passthrough" || !route.workload) return false;
  return route.via === "waypoint" || route.workload.protocol === "HBONE";
}

/**
 * One object literal with every field, in one order, for every request: one hidden class (a
 * spread of a shared base gave each connection's request its own property storage), and a
 * module function rather than a closure per call.
 */
function request(
  source: Workload,
  route: Route,
  originalDst: string,
  held: number,
  protocol: OutboundRequest["protocol"],
  upstream: OutboundRequest["upstream"],
  hbone: OutboundRequest["hbone"],
  inner: OutboundRequest["inner"],
  gateway: OutboundRequest["gateway"],
  resolve: OutboundRequest["resolve"],
): OutboundRequest {
  return {
    ok: true,
    source,
    via: route.via,
    protocol,
    destination: route.workload,
    service: route.service,
    upstream,
    originalDst,
    hbone,
    inner,
    gateway,
    resolve,
    held,
  };
}

/** A pick known by DNS name only: what to resolve, preferring the family asked for (ztunnel: the original destination's). */
function hostnameTarget(route: Route, dest: Destination, source: Workload): OutboundRequest["resolve"] {
  if (route.via === "passthrough" || !route.hostname) return undefined;
  const v6 = "ip" in dest ? isV6(dest.ip) : dest.family ? dest.family === 6 : isV6(source.workloadIps[0] ?? "");
  return { hostname: route.hostname, port: route.address.port, family: v6 ? 6 : 4 };
}

/**
 * A waypoint's CONNECT names the original destination. A name (SOCKS5's domain form) is named
 * by its service's VIP in the source's network, of the family asked for if it has one: ztunnel's
 * SOCKS5 resolves the name to that VIP before it builds the request, so its waypoint always
 * sees an address. A service with no VIP here keeps the name.
 */
function waypointAuthority(dest: Destination, source: Workload, view: StateView): string {
  if ("ip" in dest) return joinHostPort(dest.ip, dest.port);
  const vips = bestServiceByHostname(view, dest.hostname, source.namespace)?.vips ?? [];
  const v6 = wantsV6(dest, source);
  const here = vips.filter((v) => v.network === source.network);
  const vip = here.find((v) => isV6(v.address) === v6) ?? here[0];
  return vip ? joinHostPort(vip.address, dest.port) : `${dest.hostname}:${dest.port}`;
}

export function outboundRequest(
  conn: OutboundConn,
  view: StateView,
  config: DecideConfig,
  pick: PickInputs,
): OutboundDecision {
  // Every front end canonicalizes already; this is the one door they all pass, so a new
  // front end cannot hand over a spelling (e.g. ::ffff:a.b.c.d) the mesh lookup misses.
  const asked = conn.dest;
  const ip = "ip" in asked ? (canonicalIp(asked.ip) ?? asked.ip) : undefined;
  // A new object only when the spelling changed (front ends canonicalize already).
  const dest: Destination =
    "ip" in asked && ip !== asked.ip ? { ip: ip as string, port: asked.port, network: asked.network } : asked;
  const originalDst = "ip" in dest ? joinHostPort(dest.ip, dest.port) : `${dest.hostname}:${dest.port}`;
  const source = localWorkload(view, config, conn.srcIp);
  if (!source) {
    const src = joinHostPort(canonicalIp(conn.srcIp) ?? conn.srcIp, conn.srcPort);
    return refusal(
      "unknown-source",
      `failed to fetch information about local workload: ${src} is not a workload on this node`,
    );
  }

  const sel: SelectOptions = { lb: pick.lb, loads: pick.loads, ledger: pick.ledger, random: pick.random };
  const selected = select(dest, source, view, pick.cursors, sel);
  const held = sel.held ?? -1;
  let route: Route;
  if (!(selected instanceof SelectError)) route = selected;
  else if (selected.code === "ZTS_SELECT_UNKNOWN_DESTINATION" && "ip" in dest) {
    // An address outside the mesh goes straight through, as ztunnel's passthrough does.
    route = { via: "passthrough", address: { ip: dest.ip, port: dest.port } };
  } else {
    return refusal(SELECT_REFUSAL[selected.code] ?? "no-upstream", `${selected.code}: ${selected.message}`);
  }

  if (route.via === "passthrough" && !passthroughAllowed(config.passthrough, route.address.ip)) {
    // A refusal holds nothing: what the pick counted goes back now.
    releaseLoad(pick.loads, held, pick.ledger);
    return refusal(
      "passthrough-denied",
      `passthrough to ${route.address.ip} refused (ZTS_PASSTHROUGH=${config.passthrough})`,
      route.service,
    );
  }

  // Another network: through its gateway, whatever the workload's own protocol (ztunnel checks
  // the network before anything else about the pick).
  if (route.workload && route.workload.network !== source.network) {
    const gw = gatewayRoute(dest, source, route as Pick & { workload: Workload }, view, pick.cursors, {
      lb: pick.lb,
      random: pick.random,
    });
    if (!gw.ok) {
      releaseLoad(pick.loads, held, pick.ledger);
      return gw;
    }
    const headers = {
      forwarded: forwardedHeader(canonicalIp(conn.srcIp) ?? conn.srcIp, conn.srcPort, gw.service.hostname),
      baggage: baggageHeader(source),
    };
    return request(
      source,
      route,
      originalDst,
      held,
      "DOUBLEHBONE",
      gw.upstream,
      { ...gw.outer, srcIdentity: identityOf(source), headers },
      { ...gw.inner, headers: { ...headers, "x-forwarded-network": config.network } },
      gw.gateway,
      // Through a gateway the destination's name is the gateway's to resolve.
      undefined,
    );
  }

  if (!tunnels(route) || !route.workload) {
    return request(
      source,
      route,
      originalDst,
      held,
      "TCP",
      { ip: route.address.ip, port: route.address.port },
      undefined,
      undefined,
      undefined,
      hostnameTarget(route, dest, source),
    );
  }
  // A waypoint is reached on its own HBONE port and gets the original destination as authority.
  const viaWaypoint = route.via === "waypoint";
  const dstIdentity = identityOf(route.workload);
  // Forwarded's host: the service the client asked for (ztunnel's intended_destination_service),
  // which for a waypoint is not the waypoint's own service.
  const intended =
    "hostname" in dest ? dest.hostname : view.serviceByVip(dest.network ?? source.network, dest.ip)?.hostname;
  return request(
    source,
    route,
    originalDst,
    held,
    "HBONE",
    { ip: route.address.ip, port: viaWaypoint ? route.address.port : HBONE_PORT },
    {
      authority: viaWaypoint
        ? waypointAuthority(dest, source, view)
        : joinHostPort(route.address.ip, route.address.port),
      srcIdentity: identityOf(source),
      dstIdentity,
      dstIdentities: [dstIdentity, ...(route.service?.subjectAltNames ?? [])],
      headers: {
        forwarded: forwardedHeader(canonicalIp(conn.srcIp) ?? conn.srcIp, conn.srcPort, intended),
        baggage: baggageHeader(source),
      },
    },
    undefined,
    undefined,
    hostnameTarget(route, dest, source),
  );
}
