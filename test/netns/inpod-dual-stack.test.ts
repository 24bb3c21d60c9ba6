// Dual stack in-pod (issue 15): the cni-stub makes an IPv6-only pod pair and a dual-stack pod
// pair on one "node" (IPv6 capture rules by ip6tables, as istio-cni), the embedded control
// plane serves them with an IPv6 Service VIP and a dual-stack one, and the proxy (a child in
// the test's netns) listens inside each pod on `[::]`, one socket per port for both families,
// as ztunnel does. A client in each A pod dials its B service: captured in A, HBONE from A's
// netns to B's :15008, dialed from inside B's netns to B's server keeping A's own address.
// Root + iproute2 + iptables/ip6tables; skips otherwise. Addresses: ULA and 10.x only inside
// the test's netns (blackholed in the host netns meanwhile), loopback.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CniStub, type StubPod, startCniStub } from "../../src/inpod/cni-stub.ts";
import { canonicalIp } from "../../src/state/ip.ts";
import { type ControlPlane, startControlPlane } from "../../xds/controlplane/server.ts";
import { deleteNetns, inpodSkipReason, netnsClient, untilCertificates } from "../fixtures/inpod-netns.ts";
import { nodeEnv, type RunningProxy, spawnProxy, stopProxy, until } from "../fixtures/proxy-harness.ts";

function skipReason(): string | undefined {
  const base = inpodSkipReason();
  if (base) return base;
  try {
    execFileSync("ip6tables-restore", ["--version"], { stdio: "ignore" });
  } catch {
    return "ip6tables-restore unavailable (install iptables)";
  }
  if (execFileSync("cat", ["/proc/sys/net/ipv6/conf/all/disable_ipv6"]).toString().trim() === "1")
    return "IPv6 is disabled on this machine";
  return undefined;
}
const skip = skipReason();
if (skip) console.log(`skipping dual-stack in-pod test: ${skip}`);

const tag = randomBytes(3).toString("hex");
const nodeNs = `ztsv6-${tag}-node`;
const socketPath = `/tmp/ztsv6-${tag}-zds.sock`;
const NODE = "node-1";
const pod = (n: string, sa: string, ip: string, ip6?: string): StubPod => ({
  uid: `uid-${n}-${tag}`,
  name: `${n}-0`,
  namespace: "default",
  serviceAccount: sa,
  ip,
  ...(ip6 ? { ip6 } : {}),
  netns: `ztsv6-${tag}-${n}`,
});
// IPv6-only pair and dual-stack pair.
const a6 = pod("a6", "client6-sa", "fd00:244:46::a1");
const b6 = pod("b6", "server6-sa", "fd00:244:46::b1");
const ad = pod("ad", "clientd-sa", "10.244.46.21", "fd00:244:46::a2");
const bd = pod("bd", "serverd-sa", "10.244.46.22", "fd00:244:46::b2");
const allPods = [a6, b6, ad, bd];
const VIP_B6 = "fd00:96:46::10"; // Service b6 (IPv6 only)
const VIP_BD4 = "10.96.46.20"; // Service bd (dual stack)
const VIP_BD6 = "fd00:96:46::20";
const GUARD_V4 = ["10.244.46.0/24", "10.96.46.0/24"];
const GUARD_V6 = ["fd00:244:46::/64", "fd00:96:46::/64"];
const id = (sa: string) => `spiffe://cluster.local/ns/default/sa/${sa}`;

const podYaml = (p: StubPod, app: string) => `
apiVersion: v1
kind: Pod
metadata:
  name: ${p.name}
  namespace: default
  uid: ${p.uid}
  labels: { app: ${app} }
spec:
  nodeName: ${NODE}
  serviceAccountName: ${p.serviceAccount}
  containers: [{ name: ${app}, ports: [{ containerPort: 8080 }] }]
status:
  podIP: "${p.ip}"
  podIPs: [${[p.ip, p.ip6]
    .filter(Boolean)
    .map((ip) => `{ ip: "${ip}" }`)
    .join(", ")}]
  conditions: [{ type: Ready, status: "True" }]
`;
const serviceYaml = (name: string, vips: string[], families: string[]) => `
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: default
spec:
  clusterIP: "${vips[0]}"
  clusterIPs: [${vips.map((v) => `"${v}"`).join(", ")}]
  ipFamilies: [${families.join(", ")}]
  ipFamilyPolicy: ${vips.length > 1 ? "RequireDualStack" : "SingleStack"}
  selector: { app: ${name} }
  ports: [{ name: tcp, port: 80, targetPort: 8080 }]
`;
const MESH = [
  `
apiVersion: v1
kind: Namespace
metadata:
  name: default
  labels: { istio.io/dataplane-mode: ambient }
`,
  `
apiVersion: v1
kind: Node
metadata:
  name: ${NODE}
status:
  addresses: [{ type: InternalIP, address: 127.0.0.1 }]
`,
  podYaml(a6, "a6"),
  podYaml(b6, "b6"),
  podYaml(ad, "ad"),
  podYaml(bd, "bd"),
  serviceYaml("b6", [VIP_B6], ["IPv6"]),
  serviceYaml("bd", [VIP_BD4, VIP_BD6], ["IPv4", "IPv6"]),
].join("---");

// B's app: one dual-stack socket; greets with the peer address it saw, then echoes.
const SERVER = `
const net = require("node:net");
net.createServer((s) => {
  s.on("error", () => s.destroy());
  s.write(JSON.stringify({ worker: 0, kind: "pod-b", origDst: { address: s.remoteAddress, port: s.remotePort } }) + "\\n");
  s.pipe(s);
}).listen({ port: 8080, host: "::", ipv6Only: false }, () => console.log("listening"));
`;

const children: ChildProcess[] = [];
let dir = "";
let cp: ControlPlane | undefined;
let stub: CniStub | undefined;
let proxy: RunningProxy | undefined;
let ports: { admin: number; stats: number; readiness: number } | undefined;

const metrics = async () => (await fetch(`http://127.0.0.1:${ports?.stats}/metrics`)).text();

/** Listening TCP ports of family `f` in netns `ns` (`ss -f inet|inet6`). */
function listening(ns: string, f: "inet" | "inet6"): number[] {
  const out = execFileSync("ip", ["netns", "exec", ns, "ss", "-Htln", "-f", f]).toString();
  return out
    .split("\n")
    .map((l) => Number(l.trim().split(/\s+/)[3]?.split(":").pop()))
    .filter((n) => Number.isFinite(n) && n > 0);
}

/** The istio_tcp_connections_opened_total sample for this reporter and source/destination workloads, or 0. */
function opened(text: string, reporter: string, src: StubPod, dst: StubPod): number {
  const line = text
    .split("\n")
    .find(
      (l) =>
        l.startsWith("istio_tcp_connections_opened_total{") &&
        l.includes(`reporter="${reporter}"`) &&
        l.includes(`source_workload="${src.name}"`) &&
        l.includes(`destination_workload="${dst.name}"`),
    );
  return line ? Number(line.split(" ").pop()) : 0;
}

/** One connection from `from`'s netns to vip:80: what B's server saw, and an echo both ways. */
async function roundTrip(from: StubPod, vip: string, text: string) {
  const client = netnsClient(from.netns as string);
  children.push(client.child);
  try {
    const r = await client.connect(vip, 80);
    expect(r.error).toBeUndefined();
    const echo = (await client.echo(r.id as number, text)).echo;
    return { seen: canonicalIp(r.greeting?.origDst.address ?? ""), kind: r.greeting?.kind, echo };
  } finally {
    client.child.kill("SIGTERM");
  }
}

describe.skipIf(skip !== undefined)("dual stack in-pod (IPv6-only and dual-stack pod pairs)", () => {
  beforeAll(async () => {
    // The proxy runs in the host netns, where mesh addresses must never be dialled.
    for (const r of GUARD_V4) execFileSync("ip", ["route", "add", "blackhole", r]);
    for (const r of GUARD_V6) execFileSync("ip", ["-6", "route", "add", "blackhole", r]);
    execFileSync("ip", ["netns", "add", nodeNs]);
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "link", "set", "lo", "up"]);
    dir = await mkdtemp(join(tmpdir(), "ztsv6-inpod-"));
    await writeFile(join(dir, "mesh.yaml"), MESH);
    cp = await startControlPlane({ mesh: join(dir, "mesh.yaml"), host: "127.0.0.1", port: 0, watch: false });
    const tokens = await cp.writeTokens(dir);
    const root = join(dir, "root.pem");
    await writeFile(root, cp.rootPem);
    stub = await startCniStub({ socketPath, pods: allPods, nodeNetns: nodeNs });

    for (const b of [b6, bd]) {
      const server = spawn("ip", ["netns", "exec", b.netns as string, process.execPath, "-e", SERVER]);
      children.push(server);
      await new Promise<void>((resolve, reject) => {
        server.stdout.once("data", () => resolve());
        server.once("exit", (c) => reject(new Error(`${b.name} server exited (${c})`)));
      });
    }

    proxy = spawnProxy(NODE, "127.0.0.1", {
      ...nodeEnv({ name: NODE, ip: "127.0.0.1" }, cp.address, tokens[NODE] as string, root),
      ZTS_CAPTURE: "inpod",
      INPOD_UDS: socketPath,
      ZTS_POD_LISTENERS: "false",
      UNSTABLE_ENABLE_SOCKS5: "false",
      ZTS_ADMIN_ADDR: "127.0.0.1:0",
      ZTS_STATS_ADDR: "127.0.0.1:0",
      ZTS_READINESS_ADDR: "127.0.0.1:0",
    });
    const p = proxy;
    await until(() => {
      if (p.child.exitCode !== null) throw new Error(`proxy exited with ${p.child.exitCode}`);
      ports = p.logs.find((l) => l.msg === "ztunnel-ts proxy started")?.admin as typeof ports;
      return ports !== undefined;
    }, 20_000);
    await until(
      async () =>
        (await fetch(`http://127.0.0.1:${ports?.readiness}/healthz/ready`).catch(() => undefined))?.status === 200,
      20_000,
      "proxy ready (xDS + ZDS snapshot + certificates)",
    );
    await stub.ready();
    await untilCertificates(`http://127.0.0.1:${ports?.admin}/config_dump`, allPods.length);
  }, 60_000);

  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    if (proxy) await stopProxy(proxy);
    await stub?.close({ deprovision: true });
    await cp?.close();
    deleteNetns([...allPods.map((p) => p.netns as string), nodeNs]);
    if (dir) await rm(dir, { recursive: true, force: true });
    const del = (args: string[]) => {
      try {
        execFileSync("ip", args, { stdio: "ignore" });
      } catch {
        // not added
      }
    };
    for (const r of GUARD_V4) del(["route", "del", "blackhole", r]);
    for (const r of GUARD_V6) del(["-6", "route", "del", "blackhole", r]);
  });

  it("each pod's 15001/15006/15008 is one IPv6 socket on [::] taking both families", () => {
    for (const p of allPods) {
      expect(listening(p.netns as string, "inet6")).toEqual(expect.arrayContaining([15001, 15006, 15008]));
      // IPV6_V6ONLY off: no separate IPv4 socket is needed.
      expect(listening(p.netns as string, "inet")).not.toContain(15001);
    }
  });

  it("the cni-stub installs IPv6 capture rules (ip6tables) and the IPv6 local route in an IPv6 pod", () => {
    const ns = a6.netns as string;
    const nat = execFileSync("ip", ["netns", "exec", ns, "ip6tables-save", "-t", "nat"]).toString();
    expect(nat).toMatch(
      /-A ISTIO_OUTPUT ! -d ::1\/128 -p tcp -m mark ! --mark 0x539\/0xfff -j REDIRECT --to-ports 15001/,
    );
    expect(nat).toMatch(/-A ISTIO_OUTPUT ! -o lo -p udp .*--dport 53 -j REDIRECT --to-ports 15053/);
    const route = execFileSync("ip", ["netns", "exec", ns, "ip", "-6", "route", "show", "table", "100"]).toString();
    expect(route).toMatch(/^local default dev lo/m);
    expect(execFileSync("ip", ["netns", "exec", ns, "ip", "-6", "rule"]).toString()).toMatch(
      /32764:\s+from all fwmark 0x111\/0xfff lookup 100/,
    );
  });

  it("IPv6-only: A → IPv6 VIP reaches B's server over HBONE as A's own IPv6 address, bytes both ways", async () => {
    const before = await metrics();
    const r = await roundTrip(a6, VIP_B6, "hello-v6");
    expect(r).toEqual({ seen: a6.ip, kind: "pod-b", echo: "hello-v6" });
    await until(
      async () => opened(await metrics(), "destination", a6, b6) > opened(before, "destination", a6, b6),
      10_000,
      "inbound connection counted",
    );
    const text = await metrics();
    expect(opened(text, "source", a6, b6)).toBe(opened(before, "source", a6, b6) + 1);
    const line = text
      .split("\n")
      .find((l) => l.startsWith("istio_tcp_connections_opened_total{") && l.includes('destination_workload="b6-0"'));
    expect(line).toContain(`source_principal="${id("client6-sa")}"`);
    expect(line).toContain(`destination_principal="${id("server6-sa")}"`);
  });

  it("dual stack: the IPv6 VIP goes over IPv6 and the IPv4 VIP over IPv4, the server seeing A's address of that family", async () => {
    const before = opened(await metrics(), "destination", ad, bd);
    const over6 = await roundTrip(ad, VIP_BD6, "six");
    expect(over6).toEqual({ seen: ad.ip6, kind: "pod-b", echo: "six" });
    const over4 = await roundTrip(ad, VIP_BD4, "four");
    expect(over4).toEqual({ seen: ad.ip, kind: "pod-b", echo: "four" });
    await until(
      async () => opened(await metrics(), "destination", ad, bd) === before + 2,
      10_000,
      "both connections counted at the destination",
    );
    const line = (await metrics())
      .split("\n")
      .find((l) => l.startsWith("istio_tcp_connections_opened_total{") && l.includes('destination_workload="bd-0"'));
    expect(line).toContain(`source_principal="${id("clientd-sa")}"`);
  });
});
