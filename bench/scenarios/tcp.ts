// Scenario (a): plain TCP through one proxy. Subjects: direct (no proxy), socat, HAProxy
// (tcp mode), nginx stream, and ztunnel-ts as a single node proxy forwarding to a workload
// outside the mesh (namespace not labelled ambient: tunnel protocol TCP, plain TCP out, no
// HBONE). Clients reach ztunnel-ts the way captured pods do: an iptables DNAT (nat OUTPUT,
// the harness's own chain) sends the service VIP to node A's :15001, which reads the VIP
// back with SO_ORIGINAL_DST (bench/subjects/ztunnel-ts.ts). Not SOCKS5: wrk and iperf3
// cannot speak it.

import { atMost } from "../lib/goals.ts";
import { availableTools } from "../lib/peers.ts";
import { runSuite } from "../lib/suite.ts";
import { direct } from "../peers/direct.ts";
import { haproxy } from "../peers/haproxy.ts";
import { nginx } from "../peers/nginx.ts";
import { socat } from "../peers/socat.ts";
import { ztunnelPlain } from "../subjects/ztunnel-ts.ts";
import type { Scenario } from "../types.ts";

const subjects = [direct, socat, haproxy, nginx, ztunnelPlain];

export const scenario: Scenario = {
  name: "tcp",
  description: "(a) plain TCP through one proxy: client → subject → backend, all on 127.0.0.1",
  peers: ["socat", "haproxy", "nginx", "iperf3", "wrk"],
  baseline: "direct",
  run: (ctx) => runSuite(ctx, subjects, availableTools()),
  goals: [atMost("RSS per idle connection", "ztunnel-ts", 8, "KB")],
};

export default scenario;
