// Scenario (b): mTLS through two node proxies: client → proxy A → (mTLS) → proxy B →
// backend. Peers: socat OPENSSL pair, HAProxy TLS pair, nginx stream TLS pair; ztunnel-ts
// as two node proxies speaking HBONE. The tunnel goals are checked here.

import { addedAtMost, atMost, ratioAtLeast } from "../lib/goals.ts";
import { availableTools } from "../lib/peers.ts";
import { runSuite } from "../lib/suite.ts";
import { direct } from "../peers/direct.ts";
import { haproxyTls } from "../peers/haproxy.ts";
import { nginxTls } from "../peers/nginx.ts";
import { socatTls } from "../peers/socat.ts";
import { ztunnelTunnel } from "../subjects/ztunnel-ts.ts";
import type { Scenario } from "../types.ts";

const subjects = [direct, socatTls, haproxyTls, nginxTls, ztunnelTunnel];
const ours = "ztunnel-ts";

export const scenario: Scenario = {
  name: "tunnel",
  description: "(b) mTLS through two node proxies: client → proxy A → mTLS → proxy B → backend, all on 127.0.0.1",
  peers: ["socat", "haproxy", "nginx", "openssl", "iperf3", "wrk"],
  baseline: "direct",
  run: (ctx) => runSuite(ctx, subjects, availableTools()),
  goals: [
    ratioAtLeast("throughput -P1", ours, "haproxy-tls", 1.0),
    ratioAtLeast("throughput -P8", ours, "haproxy-tls", 1.0),
    ratioAtLeast("new connections", ours, "haproxy-tls", 5.0),
    addedAtMost("latency p50 keep-alive", ours, "direct", 0.1, "ms"),
    addedAtMost("latency p99 keep-alive", ours, "direct", 0.25, "ms"),
    addedAtMost("latency p50 new connection", ours, "direct", 0.1, "ms"),
    addedAtMost("latency p99 new connection", ours, "direct", 0.25, "ms"),
    atMost("RSS per idle connection", ours, 8, "KB", " (both node proxies together)"),
  ],
};

export default scenario;
