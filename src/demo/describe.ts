// What `npm start` prints once the demo runs: tables of its nodes, pods, services, waypoints
// and servers outside the mesh, then commands to paste — each one showing one thing the mesh
// does (locality, DNS, a policy's denial, a ServiceEntry, a waypoint). Pure: from the plan.
import { DEMO_AUTO_ALLOCATE_V4, type DemoNode, type DemoPlan, type DemoPod, NODE_PORTS } from "./plan.ts";
import { WAYPOINT_HEADER } from "./waypoint.ts";

function table(header: string[], rows: string[][]): string {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  return [header, ...rows]
    .map((r) =>
      r
        .map((c, i) => c.padEnd(w[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const meshOf = (p: DemoPod) => (p.waypoint ? `waypoint ${p.waypoint}` : p.hbone ? "HBONE" : "TCP");
const admin = (n: DemoNode) => `${n.ip}:${NODE_PORTS.admin}`;

export function describePlan(plan: DemoPlan): string {
  const zoneOf = new Map(plan.nodes.map((n) => [n.name, n.zone]));
  const client = plan.pods.find((p) => p.name.startsWith("client") && p.ready) ?? plan.pods[0];
  const clientNode = plan.nodes.find((n) => n.name === client?.node) ?? plan.nodes[0]!;
  const svc = plan.services[0];
  const lines = [
    "ztunnel-ts demo — everything below listens on loopback only",
    "",
    table(
      ["NODE", "ADDRESS", "ZONE", "SOCKS5", "ADMIN"],
      plan.nodes.map((n) => [n.name, n.ip, n.zone, `${n.ip}:${NODE_PORTS.socks5}`, `http://${admin(n)}/`]),
    ),
    "",
    table(
      ["POD", "ADDRESS", "NODE", "ZONE", "PORTS", "READY", "MESH"],
      plan.pods.map((p) => [
        `${p.namespace}/${p.name}`,
        p.ip,
        p.node,
        zoneOf.get(p.node) ?? "",
        p.ports.join(","),
        p.ready ? "yes" : "no",
        meshOf(p),
      ]),
    ),
    "",
    table(
      ["SERVICE", "VIP", "PORTS", "ROUTING"],
      plan.services.map((s) => [s.hostname, s.vip, s.ports.join(","), s.routing]),
    ),
    "",
  ];
  if (plan.externals.length > 0) {
    lines.push(
      table(
        ["OUTSIDE THE MESH", "ADDRESS", "PORTS", "SERVICEENTRY"],
        plan.externals.map((e) => [e.hostnames.join(","), e.ip, e.ports.join(","), e.entry]),
      ),
      "",
    );
  }
  if (!client || !svc) return lines.join("\n");
  const from = `--interface ${client.ip} --socks5-hostname ${clientNode.ip}:${NODE_PORTS.socks5}`;
  const url = (hostname: string, port = 80) => `http://${hostname}${port === 80 ? "" : `:${port}`}/`;
  const dig = (name: string) => `  dig -b ${client.ip} @${clientNode.ip} -p ${NODE_PORTS.dns} ${name}`;
  const port = svc.ports[0] ?? 80;
  lines.push(
    `try it (acting as pod ${client.name} on ${clientNode.name}):`,
    `  curl ${from} ${url(svc.hostname, port)}`,
    `  curl --interface ${client.ip} --socks5 ${clientNode.ip}:${NODE_PORTS.socks5} http://${svc.vip}:${port}/`,
    dig(svc.hostname),
    `  node bin/ztunnel-ts.mjs config workloads --admin ${admin(clientNode)}`,
    "",
  );
  // A DENY policy over a service's pods: the curl fails, the enforcing node's policies name it.
  const deny = plan.policies.find((p) => p.action === "Deny" && p.services.length > 0);
  const denied = deny?.services[0];
  const enforcer = plan.nodes.find((n) => n.name === denied?.nodes[0]);
  if (deny && denied && enforcer) {
    lines.push(
      `denied by AuthorizationPolicy ${deny.namespace}/${deny.name} (${deny.action.toUpperCase()}), enforced by ${enforcer.name}'s proxy (its [${enforcer.name}] access log line here names the policy):`,
      `  curl ${from} ${url(denied.hostname)}`,
      `  node bin/ztunnel-ts.mjs config policies --admin ${admin(enforcer)}`,
      "",
    );
  }
  const ext = plan.externals.find((e) => e.hostnames.length > 0);
  const extHost = ext?.hostnames[0];
  if (ext && extHost) {
    lines.push(
      `outside the mesh through ServiceEntry ${ext.entry} (its VIP auto-allocated from ${DEMO_AUTO_ALLOCATE_V4}):`,
      dig(extHost),
      `  curl ${from} ${url(extHost)}`,
      "",
    );
  }
  const wp = plan.waypoints.find((w) => w.services.length > 0);
  const behind = plan.services.find((s) => s.hostname === wp?.services[0]);
  if (wp && behind) {
    // By VIP: the waypoint is told the address the client dialed (ztunnel resolves a SOCKS5
    // name to it first; this proxy would send the waypoint's own address for a name).
    lines.push(
      `through the waypoint ${wp.name} (pod ${wp.pod.name}) to ${behind.hostname}; the reply carries ${WAYPOINT_HEADER}:`,
      `  curl -i --interface ${client.ip} --socks5 ${clientNode.ip}:${NODE_PORTS.socks5} http://${behind.vip}${(behind.ports[0] ?? 80) === 80 ? "" : `:${behind.ports[0]}`}/`,
      "",
    );
  }
  return lines.join("\n");
}
