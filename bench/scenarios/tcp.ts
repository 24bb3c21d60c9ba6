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
import { beforePlain, ztunnelPlain } from "../subjects/ztunnel-ts.ts";
import type { Scenario } from "../types.ts";

const subjects = [direct, socat, haproxy, nginx, ztunnelPlain, ...beforePlain];

export const scenario: Scenario = {
  name: "tcp",
  description: "(a) plain TCP through one proxy: client → subject → backend, all on 127.0.0.1",
  peers: ["socat", "haproxy", "nginx", "iperf3", "wrk"],
  baseline: "direct",
  run: (ctx) => runSuite(ctx, subjects, availableTools()),
  goals: [atMost("RSS per idle connection", "ztunnel-ts", 8, "KB")],
  notes: [
    "Since issue 19 the data phase of this plain hop runs in the addon's splice(2) pump (ZTS_DATAPATH=native, the",
    "default; `js` is the earlier JavaScript copy). Profile of new connections (`ZTS_BENCH_CPU_PROF=<dir> npm run bench",
    "-- --scenario tcp --subjects ztunnel-ts --measures connrate --runs 1`, 2026-12-03): each worker ≈ 62 % busy; top",
    "self times the native dial in `src/connect/dial.ts` (≈ 13 %: socket + SO_MARK + connect through the addon), the",
    "pump hand-over in `src/copy/native-pump.ts` (≈ 5 %: dup, stop Node's reading, start), `net.Socket` construction",
    "(≈ 3 %), GC ≈ 2.5 %, prom-client label lookups ≈ 1.3 %. **Bottleneck for conn/s:** per-connection set-up in",
    "JavaScript (a worker handoff, two `net.Socket`s, a native dial, the pump hand-over) — the bytes no longer are.",
  ],
};

export default scenario;
