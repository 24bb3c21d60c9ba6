// Scenario: the DNS proxy (issue 14). Subjects: ztunnel-ts (`ztunnel-ts proxy`, node mode,
// local config, answering mesh names from its state and forwarding the rest to dnsmasq),
// dnsmasq and unbound serving the same mesh names from local data. dnsperf measures
// queries/s for mesh names (and the CPU each server used for them: queries/s per core);
// a sequential client measures p50/p99 latency for mesh names and for a name outside the
// mesh, asked through ztunnel-ts (forwarded to dnsmasq) and of dnsmasq directly, so the
// difference is the latency the proxy adds. Everything on 127.153.200.0/24 (loopback).
// Direct run: npm run bench -- --scenario dns [--quick]
import { createSocket } from "node:dgram";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import packet from "dns-packet";
import { addedAtMost, ratioAtLeast } from "../lib/goals.ts";
import { availableTools } from "../lib/peers.ts";
import { cpuSeconds, type Proc, runToEnd, sleep, start } from "../lib/procs.ts";
import type { BenchContext, Sample, Scenario } from "../types.ts";

const CLI = fileURLToPath(new URL("../../bin/ztunnel-ts.mjs", import.meta.url));
const NET = "127.153.200";
const CLIENT = `${NET}.10`; // the requesting workload (dnsperf and the latency client bind it)
const PROXY = { host: `${NET}.1`, port: 5300 };
const DNSMASQ = { host: `${NET}.2`, port: 5301 };
const UNBOUND = { host: `${NET}.3`, port: 5302 };
const MESH: Record<string, string> = {};
for (let i = 0; i < 50; i++) MESH[`svc${i}.default.svc.cluster.local`] = `10.153.${200 + (i >> 8)}.${i & 255}`;
const EXTERNAL = { name: "web.external.test", ip: "10.153.250.1" };

const localConfig = () =>
  [
    "workloads:",
    "- uid: Kubernetes//Pod/default/client",
    "  name: client",
    "  namespace: default",
    "  serviceAccount: default",
    `  workloadIps: ["${CLIENT}"]`,
    "  protocol: HBONE",
    "  node: bench",
    "  services: {}",
    "services:",
    ...Object.entries(MESH).flatMap(([host, ip]) => [
      `- name: ${host.split(".")[0]}`,
      "  namespace: default",
      `  hostname: ${host}`,
      `  vips: ["/${ip}"]`,
      "  ports: { 80: 8080 }",
    ]),
  ].join("\n");

async function waitAnswer(host: string, port: number, proc: Proc, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`exited: ${proc.output().slice(-500)}`);
    if ((await latencies(host, port, Object.keys(MESH)[0]!, 1, 300)).length === 1) return;
    await sleep(100);
  }
  throw new Error(`no DNS answer from ${host}:${port}: ${proc.output().slice(-500)}`);
}

/** `n` sequential queries for `name` from CLIENT; round-trip times in ms of those answered. */
function latencies(host: string, port: number, name: string, n: number, timeoutMs = 1000): Promise<number[]> {
  return new Promise((resolve) => {
    const sock = createSocket("udp4");
    const out: number[] = [];
    let i = 0;
    let t0 = 0;
    let timer: NodeJS.Timeout | undefined;
    const next = () => {
      if (i >= n) {
        sock.close();
        resolve(out);
        return;
      }
      const q = packet.encode({
        id: i & 0xffff,
        type: "query",
        flags: packet.RECURSION_DESIRED,
        questions: [{ name, type: "A" }],
      });
      t0 = performance.now();
      timer = setTimeout(() => {
        i++;
        next();
      }, timeoutMs);
      sock.send(q, port, host);
    };
    sock.on("message", (m) => {
      if (m.readUInt16BE(0) !== (i & 0xffff)) return;
      clearTimeout(timer);
      out.push(performance.now() - t0);
      i++;
      next();
    });
    sock.bind(0, CLIENT, next);
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))] ?? Number.NaN;
};

interface Server {
  subject: string;
  host: string;
  port: number;
  proc: Proc;
}

async function dnsperf(s: Server, file: string, seconds: number): Promise<{ qps: number; perCore: number }> {
  const cpu0 = cpuSeconds([s.proc.pid]);
  const t0 = performance.now();
  const r = await runToEnd(
    "dnsperf",
    ["-s", s.host, "-p", String(s.port), "-a", CLIENT, "-d", file, "-l", String(seconds), "-c", "4", "-q", "200"],
    (seconds + 15) * 1000,
  );
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds([s.proc.pid]) - cpu0;
  const qps = Number(/Queries per second:\s+([\d.]+)/.exec(r.stdout)?.[1] ?? Number.NaN);
  const completed = Number(/Queries completed:\s+(\d+)/.exec(r.stdout)?.[1] ?? Number.NaN);
  // Per core: queries answered per CPU second the server spent (1 core fully busy = qps).
  return { qps: Number.isFinite(qps) ? qps : completed / wall, perCore: cpu > 0 ? completed / cpu : Number.NaN };
}

async function run(ctx: BenchContext): Promise<Sample[]> {
  const tools = availableTools();
  const dir = mkdtempSync(join(tmpdir(), "zts-bench-dns-"));
  const seconds = ctx.quick ? 3 : 10;
  const rounds = ctx.quick ? 500 : 3000;
  const samples: Sample[] = [];
  const procs: Proc[] = [];
  try {
    // Same names for everyone: a hosts file (dnsmasq), local-data (unbound), local config (ztunnel-ts).
    writeFileSync(
      join(dir, "hosts"),
      `${Object.entries(MESH)
        .map(([h, ip]) => `${ip} ${h}`)
        .join("\n")}\n${EXTERNAL.ip} ${EXTERNAL.name}\n`,
    );
    writeFileSync(
      join(dir, "queries"),
      `${Object.keys(MESH)
        .map((h) => `${h} A`)
        .join("\n")}\n`,
    );
    writeFileSync(join(dir, "local.yaml"), localConfig());
    writeFileSync(
      join(dir, "unbound.conf"),
      [
        "server:",
        `  interface: ${UNBOUND.host}@${UNBOUND.port}`,
        "  do-daemonize: no",
        '  chroot: ""',
        '  username: ""',
        `  directory: "${dir}"`,
        '  pidfile: ""',
        "  use-syslog: no",
        "  num-threads: 1",
        "  do-ip6: no",
        "  access-control: 127.0.0.0/8 allow",
        '  local-zone: "cluster.local." static',
        ...Object.entries(MESH).map(([h, ip]) => `  local-data: "${h}. 30 IN A ${ip}"`),
        "remote-control:",
        "  control-enable: no",
      ].join("\n"),
    );

    const servers: Server[] = [];
    const dnsmasq = start("dnsmasq", [
      "--keep-in-foreground",
      "--conf-file=/dev/null",
      "--no-resolv",
      "--no-hosts",
      "--no-poll",
      `--addn-hosts=${join(dir, "hosts")}`,
      `--listen-address=${DNSMASQ.host}`,
      "--bind-interfaces",
      `--port=${DNSMASQ.port}`,
      "--pid-file=",
      "--user=root",
      "--address=/#/",
    ]);
    procs.push(dnsmasq);
    await waitAnswer(DNSMASQ.host, DNSMASQ.port, dnsmasq);
    servers.push({ subject: "dnsmasq", ...DNSMASQ, proc: dnsmasq });

    if (tools.has("unbound")) {
      const unbound = start("unbound", ["-d", "-c", join(dir, "unbound.conf")]);
      procs.push(unbound);
      try {
        await waitAnswer(UNBOUND.host, UNBOUND.port, unbound);
        servers.push({ subject: "unbound", ...UNBOUND, proc: unbound });
      } catch (err) {
        ctx.log(`bench dns: unbound did not start (${(err as Error).message.slice(0, 200)}); not measured`);
      }
    }

    const proxy = start(process.execPath, [CLI, "proxy"], {
      env: {
        ...process.env,
        LOCAL_XDS_PATH: join(dir, "local.yaml"),
        FAKE_CA: "true",
        NODE_NAME: "bench",
        ZTS_CAPTURE: "node",
        ZTS_BIND_ADDRESS: PROXY.host,
        ZTS_ADMIN_ADDR: `${PROXY.host}:15000`,
        ZTS_STATS_ADDR: `${PROXY.host}:15020`,
        ZTS_READINESS_ADDR: `${PROXY.host}:15021`,
        ZTS_HANDOFF_SOCKET: "off",
        ZTUNNEL_WORKER_THREADS: "1",
        ISTIO_META_DNS_PROXY_ADDR: `${PROXY.host}:${PROXY.port}`,
        ZTS_DNS_UPSTREAM: `${DNSMASQ.host}:${DNSMASQ.port}`,
        LOG_LEVEL: "warn",
        LOG_FORMAT: "json",
      },
    });
    procs.push(proxy);
    await waitAnswer(PROXY.host, PROXY.port, proxy);
    servers.push({ subject: "ztunnel-ts", ...PROXY, proc: proxy });

    const meshName = Object.keys(MESH)[7]!;
    for (const s of servers) {
      ctx.log(`bench dns: ${s.subject}`);
      if (tools.has("dnsperf")) {
        const r = await dnsperf(s, join(dir, "queries"), seconds);
        samples.push(
          { metric: "mesh names q/s", unit: "q/s", subject: s.subject, value: r.qps, higherIsBetter: true },
          {
            metric: "mesh names q/s per core",
            unit: "q/s",
            subject: s.subject,
            value: r.perCore,
            higherIsBetter: true,
          },
        );
      }
      const lat = await latencies(s.host, s.port, meshName, rounds);
      samples.push(
        { metric: "mesh name latency p50", unit: "ms", subject: s.subject, value: pct(lat, 50), higherIsBetter: false },
        { metric: "mesh name latency p99", unit: "ms", subject: s.subject, value: pct(lat, 99), higherIsBetter: false },
      );
    }
    // A name outside the mesh: through the proxy (forwarded to dnsmasq) vs dnsmasq directly.
    for (const s of servers.filter((x) => x.subject !== "unbound")) {
      const lat = await latencies(s.host, s.port, EXTERNAL.name, rounds);
      samples.push(
        {
          metric: "forwarded name latency p50",
          unit: "ms",
          subject: s.subject,
          value: pct(lat, 50),
          higherIsBetter: false,
        },
        {
          metric: "forwarded name latency p99",
          unit: "ms",
          subject: s.subject,
          value: pct(lat, 99),
          higherIsBetter: false,
        },
      );
    }
  } finally {
    for (const p of procs) await p.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return samples;
}

export const scenario: Scenario = {
  name: "dns",
  description:
    "DNS proxy: mesh names from ztunnel-ts's state vs dnsmasq and unbound serving them from local data (dnsperf, 4 clients); latency of a forwarded name through ztunnel-ts vs asking its upstream (dnsmasq) directly",
  peers: ["dnsperf", "dnsmasq", "unbound"],
  baseline: "dnsmasq",
  run,
  notes: [
    "Profile (`node --cpu-prof` on `ztunnel-ts proxy` under dnsperf, one mesh name, 4 clients; 2026-12-03, 2-core VM",
    "shared with other jobs). Before: ≈ 12k q/s with `doSend` (node:dgram, one libuv send per reply) the largest self",
    "time, then the alias × wildcard search in `names.ts`; decisions cached per name until the state changes took it",
    "to ≈ 24k, replies of one loop turn sent with one `sendmmsg` (addon `sendBatch`) to ≈ 44k q/s. Left: receiving",
    "is still one libuv callback per datagram, dns-packet encode/decode ≈ 6 %, GC ≈ 2 %. **Bottleneck** now: the",
    "receive side (a recvmmsg path in the addon would be the next lever); the machine's load moves every figure here.",
    "The batch is flushed by setImmediate (end of the loop turn): a microtask flush sent each reply alone (19k vs",
    "33k q/s measured back to back), at no measurable cost in sequential latency (p50 0.11 vs 0.13 ms, noise level).",
  ],
  goals: [
    ratioAtLeast("mesh names q/s per core", "ztunnel-ts", "dnsmasq", 1.0),
    addedAtMost("forwarded name latency p50", "ztunnel-ts", "dnsmasq", 0.1, "ms"),
  ],
};

export default scenario;
