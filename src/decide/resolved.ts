// The outbound request for a workload known by DNS name only, once its name is resolved
// (ztunnel's finalize_upstream with a resolved selected_workload_ip): the address fills
// what the decision left open — the plain upstream, or the HBONE peer (on the decision's
// HBONE port) and the CONNECT authority (that address on the workload's target port). A
// waypoint's authority stays the original destination. Pure.
import { joinHostPort } from "../state/ip.ts";
import type { OutboundRequest } from "./request.ts";

export function withResolvedAddress(req: OutboundRequest, ip: string): OutboundRequest {
  const target = req.resolve;
  if (!target) return req;
  if (req.protocol === "TCP" || !req.hbone) return { ...req, upstream: { ip, port: target.port } };
  const authority = req.via === "waypoint" ? req.hbone.authority : joinHostPort(ip, target.port);
  return { ...req, upstream: { ip, port: req.upstream.port }, hbone: { ...req.hbone, authority } };
}
