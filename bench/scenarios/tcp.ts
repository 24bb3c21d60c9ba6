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
    "Profile (`ZTS_BENCH_CPU_PROF=<dir> npm run bench -- --scenario tcp --subjects ztunnel-ts --measures",
    "throughput-P8,connrate`, full durations, bench/lib/cpuprof.ts; 2026-11-23, 2-core VM shared with other jobs):",
    "the proxy's two workers are ≈ 45 % busy; top self times `writeBuffer` (≈ 20 %: one write syscall per chunk",
    "read), GC ≈ 5 %, `(program)` ≈ 4 %, `src/connect/dial.ts` (then `src/proxy/dial.ts`) ≈ 3 % (native socket + SO_MARK + connect per",
    "connection), `src/copy/copy.ts` < 1 %. **Bottleneck:** every byte is read into a JS Buffer and written back",
    "out (two copies and two syscalls per chunk), where HAProxy and nginx splice(2) kernel-to-kernel; conn/s pays a",
    "worker handoff, a native dial and an access-log line per connection. A native splice path in the addon is the",
    "lever; the JavaScript itself is not where the time goes.",
  ],
};

export default scenario;
