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
    "default; `js` is the earlier JavaScript copy). New connections (2026-12-03, second pass): the addon prepares the",
    "marked socket synchronously and Node connects it on its fd (no threadpool round trip); A/B against the commit",
    "before (bench/results/ab-connect/, same runs, alternating): conn/s 1.19× native and 1.33× js, -P8 1.14× js",
    "(recycled read buffers), idle RSS 0.88×. Profile of new connections (`ZTS_BENCH_CPU_PROF=<dir> npm run bench --",
    "--scenario tcp --subjects ztunnel-ts --measures connrate --runs 1`): each worker ≈ 55 % busy; besides start-up",
    "module loading, Node's connect (internalConnect: the connect syscall, now on the worker's thread) ≈ 4 %, the pump",
    "hand-over in `src/copy/native-pump.ts` ≈ 2.4 %, GC ≈ 3 %, `net.Socket` construction ≈ 1 %. **Bottleneck for",
    "conn/s:** per-connection set-up in JavaScript spread over the handoff, two `net.Socket`s and the pump start, on",
    "2 cores shared with the load generator — no single stage dominates; the bytes no longer are the cost.",
  ],
};

export default scenario;
