// What the decide stage returns (src/decide/outbound.ts, inbound.ts): a plain value that
// says everything the I/O stages need — where to connect, by which protocol, with which
// identities, and the policy verdict — or a refusal with a stable code. Like ztunnel's
// `Request` from build_request: built without sockets or timers, so every route and every
// refusal is a table-driven unit test (test/unit/decide-*.test.ts).

import type { Service, Workload } from "../state/types.ts";
import type { AuthzConnection, AuthzDecision } from "./authz.ts";

/** The settings a decision reads (a subset of Config, so tests build it in one line). */
export interface DecideConfig {
  /** This node's network (NETWORK): workload IPs are looked up in it. */
  network: string;
  /** This node (NODE_NAME); empty = every workload is local (loopback demos, tests). */
  nodeName: string;
  /** ZTS_PASSTHROUGH: may traffic leave the mesh, and to where. */
  passthrough: "all" | "loopback" | "none";
  /**
   * The proxy's own listener ports (ztunnel's illegal_ports: 15001, 15006, 15008, SOCKS5): an
   * inbound connection for one of them would loop back into the proxy, so it is refused.
   */
  selfPorts: ReadonlySet<number>;
  /**
   * LOCALHOST_APP_TUNNEL: a PROXY application tunnel is dialled on the pod's loopback (absent =
   * true, ztunnel's default), so the tunnel port need not listen on the pod's address.
   */
  localhostAppTunnel?: boolean;
}

/** ztunnel's illegal_ports from this proxy's settings. */
export function selfPorts(c: {
  outboundPort: number;
  inboundPlaintextPort: number;
  inboundPort: number;
  socks5: boolean;
  socks5Addr: { port: number };
}): ReadonlySet<number> {
  const ports = new Set([c.inboundPort, c.inboundPlaintextPort, c.outboundPort]);
  if (c.socks5) ports.add(c.socks5Addr.port);
  return ports;
}

export interface Address {
  ip: string;
  port: number;
}

/** Outbound refusals decided from the state alone; the metric label and SOCKS5 reply follow from the code. */
export type OutboundRefusalCode =
  | "unknown-source"
  | "no-upstream"
  | "strict-no-match"
  | "unknown-host"
  | "passthrough-denied"
  /**
   * The pick is on another network and cannot be reached: it has no network gateway, its
   * gateway is not in the state, or the destination is not a service (only services cross
   * networks; ztunnel's NoValidDestination, UnknownNetworkGateway, NoService).
   */
  | "no-network-gateway";

export interface Refusal<C extends string> {
  readonly ok: false;
  readonly code: C;
  /** For the access log: what ztunnel would say, with the addresses involved. */
  readonly message: string;
  readonly service?: Service | undefined;
}

/** HBONE's facts for a tunnelled request: the CONNECT and the mutual TLS around it. */
export interface HboneHop {
  /** The CONNECT's :authority: the destination pod's ip:port, or for a waypoint the original destination. */
  authority: string;
  srcIdentity: string;
  /** The destination's identity (SAN the server must present)… */
  dstIdentity: string;
  /** …or any of these (the service's subjectAltNames). */
  dstIdentities: string[];
  /** The CONNECT's headers as ztunnel sends them (decide/headers.ts): forwarded, baggage. */
  headers: { forwarded: string; baggage: string };
}

/**
 * Double HBONE's inner hop (ztunnel's DOUBLEHBONE): mutual TLS to the destination and a
 * CONNECT, both inside the stream of the outer CONNECT to the network gateway, which relays
 * the stream's bytes without reading them.
 */
export interface InnerHop {
  /** `svc.ns.svc.cluster.local:port` (the service port), as on the outer CONNECT. */
  authority: string;
  /** The destination workload's identity… */
  dstIdentity: string;
  /** …or any of these (and the service's subjectAltNames). */
  dstIdentities: string[];
  /** The outer CONNECT's headers plus `x-forwarded-network`: this proxy's network. */
  headers: { forwarded: string; baggage: string; "x-forwarded-network": string };
}

export interface OutboundRequest {
  readonly ok: true;
  source: Workload;
  /** How the upstream was chosen: a service endpoint or workload, a waypoint, or straight through. */
  via: "endpoint" | "waypoint" | "passthrough";
  /**
   * HBONE: mutual TLS + CONNECT to `upstream`; TCP: plain connect to `upstream`; DOUBLEHBONE:
   * HBONE to the network gateway at `upstream` (`hbone`), and inside it `inner`.
   */
  protocol: "HBONE" | "TCP" | "DOUBLEHBONE";
  destination?: Workload | undefined;
  service?: Service | undefined;
  /** Where the socket goes: the pod's :15008 or waypoint's HBONE port for HBONE, the address itself for TCP. */
  upstream: Address;
  /** The address the client asked for, as text (the connection table's originalDst). */
  originalDst: string;
  hbone?: HboneHop | undefined;
  /** DOUBLEHBONE: the hop to the destination inside the gateway's stream. */
  inner?: InnerHop | undefined;
  /** DOUBLEHBONE: the network gateway's workload (the outer hop's peer). */
  gateway?: Workload | undefined;
  /**
   * The destination workload is known by DNS name only: `upstream.ip` (and an HBONE authority's
   * address) are to be filled from resolving `hostname` (decide/resolved.ts), preferring
   * `family`, the original destination's; `port` is the workload's target port.
   */
  resolve?: HostnameTarget | undefined;
  /**
   * The least-conn slot this decision counted as one more open connection (-1: none); the
   * I/O stage releases it when the connection ends or fails (select/least-conn.ts).
   */
  held: number;
}

export interface HostnameTarget {
  hostname: string;
  port: number;
  family: 4 | 6;
}

export type OutboundDecision = OutboundRequest | Refusal<OutboundRefusalCode>;

/**
 * Inbound refusals decided from the state alone: no local workload there; an HBONE authority
 * naming another address than the pod the connection reached (ztunnel's IPMismatch, 400);
 * a port of the proxy itself (ztunnel's SelfCall: 503 on HBONE, dropped on plaintext); a
 * hostname authority no service has, or whose port this pod does not serve (503).
 */
export type InboundRefusalCode =
  | "unknown-destination"
  | "ip-mismatch"
  | "self-call"
  | "unknown-hostname"
  | "no-port"
  | "no-service-ip";

/**
 * The workload's application tunnel, as ztunnel's TunnelRequest: `PROXY` puts a PROXY v2
 * header first on the connection (src/tunnel/proxy-v2.ts) naming `target`, the address the
 * HBONE client asked for (for a hostname authority, that service's VIP and port).
 */
export interface AppTunnel {
  protocol: "NONE" | "PROXY";
  target: Address;
  /** The upstream is the pod's loopback (LOCALHOST_APP_TUNNEL): dial inside its netns, from loopback. */
  loopback: boolean;
}

export interface InboundRequest {
  readonly ok: true;
  /** The local workload the connection is for. */
  destination: Workload;
  /** The service it was probably for (ztunnel's guess_inbound_service): labels only. */
  service?: Service | undefined;
  /** The client's workload, when its address is one in this network (labels only: never trusted). */
  source?: Workload | undefined;
  /** The tunnel came through a network gateway (x-forwarded-network names another network). */
  fromGateway: boolean;
  /** Where the proxy dials: the workload's address and port (its tunnel port, with an application tunnel). */
  upstream: Address;
  /** Set when the workload has an application tunnel. */
  tunnel?: AppTunnel | undefined;
  /** What authorization saw, kept for a later policy change to check again. */
  authz: AuthzConnection;
  verdict: AuthzDecision;
}

export type InboundDecision = InboundRequest | Refusal<InboundRefusalCode>;

export const refusal = <C extends string>(code: C, message: string, service?: Service): Refusal<C> => ({
  ok: false,
  code,
  message,
  service,
});
