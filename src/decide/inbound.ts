// The inbound decision (ztunnel's inbound build_inbound_request + assert_rbac): for a
// connection that reached this node for a local workload — an HBONE CONNECT's authority on
// :15008, or a captured plaintext connection's original destination on :15006 — which
// workload and port to dial, which service it was probably for, and the authorization
// verdict; or why not. Pure: reads the StateView and the policies it is given.

import { bestServiceByHostname } from "../pick/hostname.ts";
import { canonicalOrEmpty, isV6 } from "../state/ip.ts";
import type { StateView } from "../state/store.ts";
import { type Service, serviceKey, type Workload } from "../state/types.ts";
import { authorize, type PolicySource } from "./authz.ts";
import { localWorkload } from "./local.ts";
import { type AppTunnel, type DecideConfig, type InboundDecision, refusal } from "./request.ts";

export interface InboundConn {
  srcIp: string;
  /** The peer's verified SPIFFE id (HBONE); absent for plaintext. */
  srcIdentity?: string | undefined;
  /**
   * The destination asked for: the CONNECT authority (HBONE: an address, or a service
   * hostname as ztunnel's HboneAddress::SvcHostname) or the original destination (plaintext).
   */
  dst: { ip: string; port: number } | { hostname: string; port: number };
  /**
   * HBONE: the pod address the TLS connection reached (its certificate was that pod's). The
   * request is for that pod, whatever the authority says; the authority gives the port.
   */
  reached?: string | undefined;
  /** HBONE: the CONNECT's x-forwarded-network, if any. */
  forwardedNetwork?: string | undefined;
}

/**
 * ztunnel's from_gateway: an x-forwarded-network other than ours (ASCII case ignored) means
 * the tunnel came through a network gateway, so the peer address is the gateway's, not the
 * client's.
 */
export function fromGateway(forwardedNetwork: string | undefined, network: string): boolean {
  return forwardedNetwork !== undefined && forwardedNetwork.toLowerCase() !== network.toLowerCase();
}

/**
 * ztunnel's validate_destination: an authority for another address than the pod reached is
 * allowed only when that pod has an application tunnel, or when the authority's service or
 * workload has this pod as its waypoint (a waypoint without a tunnel).
 */
function authorityAllowed(view: StateView, network: string, reached: Workload, authorityIp: string): boolean {
  if (reached.applicationTunnel) return true;
  const target = view.serviceByVip(network, authorityIp) ?? view.workloadByIp(network, authorityIp);
  const gw = target?.waypoint;
  if (!gw) return false;
  if ("address" in gw.destination) {
    const { address } = gw.destination;
    const svc = view.serviceByVip(address.network, address.address);
    if (svc) return view.endpoints(serviceKey(svc)).has(reached.uid);
    return view.workloadByIp(address.network, address.address)?.uid === reached.uid;
  }
  const { namespace, hostname } = gw.destination.hostname;
  return view.endpoints(`${namespace}/${hostname}`).has(reached.uid);
}

/**
 * The service an inbound connection to `dest` on `port` was for, as ztunnel guesses it
 * (src/proxy.rs guess_inbound_service): the first service of the workload whose target port
 * — the service's own, or this endpoint's for a named port — is the port the client reached.
 */
export function guessInboundService(view: StateView, dest: Workload, port: number): Service | undefined {
  for (const key in dest.services) {
    const svc = view.service(key);
    if (!svc) continue;
    const endpointPorts = dest.services[key]!;
    for (const sport in svc.ports) {
      if (svc.ports[sport] === port || endpointPorts[sport as unknown as number] === port) return svc;
    }
  }
  return undefined;
}

/**
 * ztunnel find_inbound_upstream's application tunnel: the port it listens on (default the
 * port asked for), the address to name in the PROXY header (the authority's; for a service
 * hostname, that service's VIP in this network, IPv4 first, since PROXY cannot carry a name),
 * and, for PROXY under LOCALHOST_APP_TUNNEL, the pod's loopback as the upstream.
 */
function appTunnel(
  workload: Workload,
  network: string,
  localhost: boolean,
  podIp: string,
  port: number,
  asked: { ip: string; port: number } | { service: Service; port: number },
): { upstream: { ip: string; port: number }; tunnel: AppTunnel } | undefined {
  const at = workload.applicationTunnel;
  if (!at) return undefined;
  let target: { ip: string; port: number };
  if ("ip" in asked) target = asked;
  else {
    // The best VIP: this network's before others', IPv4 before IPv6 (ztunnel's max_by_key).
    const score = (v: { network: string; address: string }) => (v.network === network ? (isV6(v.address) ? 1 : 2) : 0);
    let best: { network: string; address: string } | undefined;
    for (const v of asked.service.vips) if (!best || score(v) > score(best)) best = v;
    if (!best) return undefined;
    target = { ip: best.address, port: asked.port };
  }
  const loopback = localhost && at.protocol === "PROXY";
  const ip = loopback ? (isV6(podIp) ? "::1" : "127.0.0.1") : podIp;
  return { upstream: { ip, port: at.port ?? port }, tunnel: { protocol: at.protocol, target, loopback } };
}

export function inboundRequest(
  conn: InboundConn,
  view: StateView,
  config: Pick<DecideConfig, "network" | "nodeName" | "selfPorts" | "localhostAppTunnel">,
  policies: PolicySource,
): InboundDecision {
  const asked = "ip" in conn.dst ? canonicalOrEmpty(conn.dst.ip) : undefined;
  // ztunnel always targets the pod the connection reached; the authority only names the port.
  const dstIp = conn.reached !== undefined ? canonicalOrEmpty(conn.reached) : (asked ?? "");
  const srcIp = canonicalOrEmpty(conn.srcIp);
  const destination = localWorkload(view, config, dstIp);
  if (!destination) return refusal("unknown-destination", `${dstIp}:${conn.dst.port} is not a workload on this node`);
  // A hostname is valid here (ztunnel: it may fail to resolve below); an address must be the pod's.
  if (asked !== undefined && asked !== dstIp && !authorityAllowed(view, config.network, destination, asked)) {
    return refusal("ip-mismatch", `authority ${asked} is not the address the connection reached (${dstIp})`);
  }
  let port = conn.dst.port;
  let hostService: Service | undefined;
  if ("hostname" in conn.dst) {
    // ztunnel find_inbound_upstream: the service by that name (as the pod's namespace sees it),
    // the service port → this endpoint's target port, else the service's own (0: no such port).
    hostService = bestServiceByHostname(view, conn.dst.hostname, destination.namespace);
    if (!hostService) return refusal("unknown-hostname", `no service has hostname ${conn.dst.hostname}`);
    const target =
      destination.services[serviceKey(hostService)]?.[conn.dst.port] || hostService.ports[conn.dst.port] || 0;
    if (target === 0) {
      return refusal("no-port", `service ${conn.dst.hostname} has no target port for ${conn.dst.port} on this pod`);
    }
    port = target;
  }
  // Checked on the final port, as ztunnel does after resolving it.
  if (config.selfPorts.has(port)) {
    return refusal("self-call", `port ${port} is the proxy's own: refused (it would loop)`);
  }
  const service = hostService ?? guessInboundService(view, destination, port);
  let upstream = { ip: dstIp, port };
  let tunnel: AppTunnel | undefined;
  // HBONE only: plaintext capture (ztunnel's inbound_passthrough) dials the original destination as it is.
  if (destination.applicationTunnel && conn.reached !== undefined) {
    const named = hostService
      ? { service: hostService, port: conn.dst.port }
      : { ip: asked ?? dstIp, port: conn.dst.port };
    const t = appTunnel(destination, config.network, config.localhostAppTunnel ?? true, dstIp, port, named);
    if (!t) return refusal("no-service-ip", `service ${hostService?.hostname} has no VIP to name in the PROXY header`);
    upstream = t.upstream;
    tunnel = t.tunnel;
  }
  const viaGateway = fromGateway(conn.forwardedNetwork, config.network);
  // Authorization sees the port actually dialled, the tunnel's when there is one (ztunnel's rbac_ctx.conn.dst).
  const authz = { srcIp, srcIdentity: conn.srcIdentity || undefined, dstIp, dstPort: upstream.port };
  return {
    ok: true,
    destination,
    service,
    // Through a gateway the source network is unknown to us (ztunnel#515): no lookup by IP.
    source: viaGateway ? undefined : view.workloadByIp(config.network, srcIp),
    fromGateway: viaGateway,
    upstream,
    tunnel,
    authz,
    verdict: authorize(policies, destination, authz),
  };
}
