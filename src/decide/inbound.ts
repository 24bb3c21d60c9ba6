// The inbound decision (ztunnel's inbound build_inbound_request + assert_rbac): for a
// connection that reached this node for a local workload — an HBONE CONNECT's authority on
// :15008, or a captured plaintext connection's original destination on :15006 — which
// workload and port to dial, which service it was probably for, and the authorization
// verdict; or why not. Pure: reads the StateView and the policies it is given.
import { canonicalOrEmpty } from "../state/ip.ts";
import type { StateView } from "../state/store.ts";
import type { Service, Workload } from "../state/types.ts";
import { authorize, type PolicySource } from "./authz.ts";
import { localWorkload } from "./local.ts";
import { type DecideConfig, type InboundDecision, refusal } from "./request.ts";

export interface InboundConn {
  srcIp: string;
  /** The peer's verified SPIFFE id (HBONE); absent for plaintext. */
  srcIdentity?: string | undefined;
  /** The destination asked for: the CONNECT authority (HBONE) or the original destination (plaintext). */
  dst: { ip: string; port: number };
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

export function inboundRequest(
  conn: InboundConn,
  view: StateView,
  config: Pick<DecideConfig, "network" | "nodeName">,
  policies: PolicySource,
): InboundDecision {
  const dstIp = canonicalOrEmpty(conn.dst.ip);
  const srcIp = canonicalOrEmpty(conn.srcIp);
  const destination = localWorkload(view, config, dstIp);
  if (!destination) return refusal("unknown-destination", `${dstIp}:${conn.dst.port} is not a workload on this node`);
  const authz = { srcIp, srcIdentity: conn.srcIdentity || undefined, dstIp, dstPort: conn.dst.port };
  return {
    ok: true,
    destination,
    service: guessInboundService(view, destination, conn.dst.port),
    source: view.workloadByIp(config.network, srcIp),
    upstream: { ip: dstIp, port: conn.dst.port },
    authz,
    verdict: authorize(policies, destination, authz),
  };
}
