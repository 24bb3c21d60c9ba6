// The route to a pick on another network (ztunnel's build_request_through_gateway): double
// HBONE through that network's gateway. The outer CONNECT goes to the gateway and is
// verified against the gateway's identities; its stream carries an inner mTLS + CONNECT
// verified against the destination's. Both CONNECTs name the service by hostname and
// service port — the gateway routes on the outer authority without opening the inner
// tunnel, and the far proxy maps the hostname to its pod's target port. Pure.
import { identityOf } from "../identity/spiffe.ts";
import type { Cursors } from "../pick/cursors.ts";
import { bestServiceByHostname } from "../pick/hostname.ts";
import {
  type Destination,
  type Pick,
  SelectError,
  type SelectOptions,
  selectNetworkGateway,
  wantsV6,
} from "../pick/select.ts";
import type { StateView } from "../state/store.ts";
import type { Service, Workload } from "../state/types.ts";
import type { Address, HboneHop, InnerHop, Refusal } from "./request.ts";
import { refusal } from "./request.ts";

export interface GatewayRoute {
  readonly ok: true;
  /** The gateway's address and HBONE port: where the socket goes. */
  upstream: Address;
  gateway: Workload;
  /** The outer hop: CONNECT to the gateway. */
  outer: Omit<HboneHop, "srcIdentity" | "headers">;
  inner: Omit<InnerHop, "headers">;
  /** The service asked for (Forwarded's host). */
  service: Service;
}

/**
 * `picked` is on another network than `source`. A gateway service's endpoints are picked like
 * any service's: on the shared `cursors`, by the `lb` policy.
 */
export function gatewayRoute(
  dest: Destination,
  source: Workload,
  picked: Pick & { workload: Workload },
  view: StateView,
  cursors: Cursors,
  lb: { lb?: SelectOptions["lb"]; random?: SelectOptions["random"] },
): GatewayRoute | Refusal<"no-network-gateway"> {
  const wl = picked.workload;
  const where = `${wl.uid} is on network ${JSON.stringify(wl.network)} (this node's: ${JSON.stringify(source.network)})`;
  // ztunnel: only service traffic crosses networks (the authority is the service's hostname).
  const service =
    "ip" in dest
      ? view.serviceByVip(dest.network ?? source.network, dest.ip)
      : bestServiceByHostname(view, dest.hostname, source.namespace);
  if (!service) return refusal("no-network-gateway", `${where} and the destination is not a service`);
  const gw = wl.networkGateway;
  if (!gw) return refusal("no-network-gateway", `${where} and has no network gateway`, service);
  const g = selectNetworkGateway(gw, source, view, cursors, wantsV6(dest, source), lb);
  if (g instanceof SelectError) return refusal("no-network-gateway", `${where}: ${g.code}: ${g.message}`, service);
  if (!g.workload || g.address.ip === "") {
    return refusal("no-network-gateway", `${where}: its network gateway has no address to dial`, service);
  }
  const authority = `${service.hostname}:${dest.port}`;
  const gatewayId = identityOf(g.workload);
  const dstIdentity = identityOf(wl);
  return {
    ok: true,
    upstream: { ip: g.address.ip, port: g.address.port },
    gateway: g.workload,
    // ztunnel's workload_and_services_san for the gateway's pick.
    outer: { authority, dstIdentity: gatewayId, dstIdentities: [gatewayId, ...(g.service?.subjectAltNames ?? [])] },
    // ztunnel checks the inner peer against the picked upstream's service SANs only; we also
    // accept the picked workload's own identity, as every single-hop route does.
    inner: { authority, dstIdentity, dstIdentities: [dstIdentity, ...(picked.service?.subjectAltNames ?? [])] },
    service,
  };
}
