// The DNS proxy in in-pod mode with istio-cni's DNS capture rules: the cni-stub makes a pod
// netns with the rules (UDP/TCP port 53 → 15053 unless marked 1337), `ztunnel-ts proxy`
// (in-pod, local config, fake CA) opens its DNS pair on localhost:15053 inside the pod, and
// `dig` run inside the pod against the pod's nameserver address (any address: the rules
// redirect it) gets mesh names from the proxy and the rest from a dnsmasq in the test's
// node netns, forwarded from inside the pod's netns with the mark. Root + iproute2 +
// iptables + dig + dnsmasq; skips otherwise. Addresses: inside the test's netns only.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CniStub, type StubPod, startCniStub } from "../../src/inpod/cni-stub.ts";
import { type Dnsmasq, dig, dnsToolsMissing, startDnsmasq } from "../fixtures/dns-tools.ts";
import { deleteNetns, inpodSkipReason } from "../fixtures/inpod-netns.ts";
import { type RunningProxy, spawnProxy, stopProxy, until } from "../fixtures/proxy-harness.ts";

const skipReason = inpodSkipReason() ?? dnsToolsMissing();
if (skipReason) console.log(`skipping in-pod DNS test: ${skipReason}`);

const tag = randomBytes(3).toString("hex");
const nodeNs = `ztsdns-${tag}-node`;
const socketPath = `/tmp/ztsdns-${tag}-zds.sock`;
const NODE = "node-1";
const UPSTREAM = "10.153.53.53"; // dnsmasq, on the node netns' lo
const NAMESERVER = "10.153.54.10"; // the pod's resolv.conf nameserver: nothing there, the rules redirect
const GUARD_ROUTES = ["10.153.53.0/24", "10.153.54.0/24", "10.244.53.0/24"];
const podA: StubPod = {
  uid: `uid-a-${tag}`,
  name: "a-0",
  namespace: "default",
  serviceAccount: "client-sa",
  ip: "10.244.53.1",
  netns: `ztsdns-${tag}-a`,
};
const BIG = Array.from({ length: 60 }, (_, i) => `10.153.100.${i + 1}`);

const LOCAL = `
workloads:
- uid: Kubernetes//Pod/default/a-0
  name: a-0
  namespace: default
  serviceAccount: client-sa
  workloadIps: ["${podA.ip}"]
  protocol: HBONE
  node: ${NODE}
  canonicalName: client-app
  canonicalRevision: v1
  services: {}
services:
- name: productpage
  namespace: default
  hostname: productpage.default.svc.cluster.local
  vips: ["/10.153.54.80"]
  ports: { 9080: 9080 }
- name: dual
  namespace: default
  hostname: dual.default.svc.cluster.local
  vips: ["/10.153.54.81", "/fd00:153::81"]
  ipFamilies: Dual
  ports: { 80: 80 }
- name: partner
  namespace: default
  hostname: api.partner.example
  vips: ["/240.153.54.1"]
  ports: { 443: 443 }
`;

let dir = "";
let stub: CniStub | undefined;
let proxy: RunningProxy | undefined;
let upstream: Dnsmasq | undefined;
let ports: { admin: number; stats: number; readiness: number } | undefined;

const inPod = (name: string, type = "A", extra: string[] = []) =>
  dig({ server: NAMESERVER, port: 53, netns: podA.netns }, name, type, extra);

describe.skipIf(skipReason !== undefined)("DNS proxy in a pod netns with istio-cni's DNS rules", () => {
  beforeAll(async () => {
    // The proxy runs in this (host) netns; mesh and test ranges must never leave it.
    for (const r of GUARD_ROUTES) execFileSync("ip", ["route", "add", "blackhole", r]);
    execFileSync("ip", ["netns", "add", nodeNs]);
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "link", "set", "lo", "up"]);
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "addr", "add", `${UPSTREAM}/32`, "dev", "lo"]);
    upstream = await startDnsmasq({
      address: UPSTREAM,
      port: 53,
      netns: nodeNs,
      hosts: { "web.external.test": ["10.153.50.1"], "big.external.test": BIG },
    });
    dir = await mkdtemp(join(tmpdir(), "ztsdns-"));
    await writeFile(join(dir, "local.yaml"), LOCAL);
    stub = await startCniStub({ socketPath, pods: [podA], nodeNetns: nodeNs });
    proxy = spawnProxy(NODE, "127.0.0.1", {
      LOCAL_XDS_PATH: join(dir, "local.yaml"),
      FAKE_CA: "true",
      NODE_NAME: NODE,
      ZTS_CAPTURE: "inpod",
      INPOD_UDS: socketPath,
      ZTS_DNS_UPSTREAM: `${UPSTREAM}:53`,
      ZTS_DNS_UPSTREAM_TIMEOUT: "2s",
      ZTS_ADMIN_ADDR: "127.0.0.1:0",
      ZTS_STATS_ADDR: "127.0.0.1:0",
      ZTS_READINESS_ADDR: "127.0.0.1:0",
      ZTS_HANDOFF_SOCKET: "off",
      ZTUNNEL_WORKER_THREADS: "1",
      LOG_FORMAT: "json",
      LOG_LEVEL: "debug",
    });
    const p = proxy;
    await until(() => {
      if (p.child.exitCode !== null) throw new Error(`proxy exited with ${p.child.exitCode}`);
      ports = p.logs.find((l) => l.msg === "ztunnel-ts proxy started")?.admin as typeof ports;
      return ports !== undefined;
    }, 20_000);
    await stub.ready();
    await until(
      async () =>
        (await fetch(`http://127.0.0.1:${ports?.readiness}/healthz/ready`).catch(() => undefined))?.status === 200,
      20_000,
      "proxy ready",
    );
  }, 60_000);

  afterAll(async () => {
    if (proxy) await stopProxy(proxy);
    await stub?.close({ deprovision: true });
    await upstream?.stop();
    deleteNetns([podA.netns as string, nodeNs]);
    if (dir) await rm(dir, { recursive: true, force: true });
    for (const r of GUARD_ROUTES) {
      try {
        execFileSync("ip", ["route", "del", "blackhole", r], { stdio: "ignore" });
      } catch {
        // not added
      }
    }
  });

  it("config_dump shows the pod's DNS listeners and the upstream", async () => {
    const dump = (await (await fetch(`http://127.0.0.1:${ports?.admin}/config_dump`)).json()) as {
      dns: { listeners: Record<string, string[]>; upstreams: string[] };
    };
    expect(dump.dns.upstreams).toEqual([`${UPSTREAM}:53`]);
    expect(dump.dns.listeners[podA.uid]).toContain("127.0.0.1:15053");
  });

  it("the proxy listens on localhost:15053, UDP and TCP, inside the pod", () => {
    const udp = execFileSync("ip", ["netns", "exec", podA.netns as string, "ss", "-Hulnp"]).toString();
    const tcp = execFileSync("ip", ["netns", "exec", podA.netns as string, "ss", "-Htlnp"]).toString();
    expect(udp).toContain("127.0.0.1:15053");
    expect(tcp).toContain("127.0.0.1:15053");
  });

  it("answers the FQDN with the VIP", async () => {
    const r = await inPod("productpage.default.svc.cluster.local");
    expect(r.status).toBe("NOERROR");
    expect(r.flags).toContain("aa");
    expect(r.answers.map((a) => [a.type, a.data, a.ttl])).toEqual([["A", "10.153.54.80", 30]]);
  });

  it("answers svc.ns", async () => {
    expect((await inPod("productpage.default")).answers.map((a) => a.data)).toEqual(["10.153.54.80"]);
  });

  it("answers a search-appended name with CNAME + A", async () => {
    const r = await inPod("productpage.default.default.svc.cluster.local");
    expect(r.answers.map((a) => [a.name, a.type, a.data])).toEqual([
      ["productpage.default.default.svc.cluster.local.", "CNAME", "productpage.default."],
      ["productpage.default.", "A", "10.153.54.80"],
    ]);
  });

  it("answers AAAA for a dual-stack service", async () => {
    expect((await inPod("dual.default.svc.cluster.local", "AAAA")).answers.map((a) => a.data)).toEqual([
      "fd00:153::81",
    ]);
  });

  it("answers over TCP (port 53 TCP is redirected too)", async () => {
    const r = await inPod("productpage.default.svc.cluster.local", "A", ["+tcp"]);
    expect(r.answers.map((a) => a.data)).toEqual(["10.153.54.80"]);
  });

  it("answers a ServiceEntry host", async () => {
    expect((await inPod("api.partner.example")).answers.map((a) => a.data)).toEqual(["240.153.54.1"]);
  });

  it("forwards a name outside the mesh from the pod's netns to the upstream, past the capture", async () => {
    const r = await inPod("web.external.test");
    expect(r.status).toBe("NOERROR");
    expect(r.flags).not.toContain("aa");
    expect(r.answers.map((a) => a.data)).toEqual(["10.153.50.1"]);
  });

  it("a large forwarded answer is truncated over UDP and whole over TCP", async () => {
    const udp = await inPod("big.external.test", "A", ["+noedns", "+ignore"]);
    expect(udp.flags).toContain("tc");
    const tcp = await inPod("big.external.test", "A", ["+tcp"]);
    expect(tcp.answers).toHaveLength(BIG.length);
  });

  it("counts the pod's queries under its canonical service in /metrics", async () => {
    const text = await (await fetch(`http://127.0.0.1:${ports?.stats}/metrics`)).text();
    const line = text
      .split("\n")
      .find(
        (l) =>
          l.startsWith("istio_dns_requests_total{") &&
          l.includes('source_canonical_service="client-app"') &&
          l.includes('request_protocol="udp"') &&
          l.includes('request_query_type="a"'),
      );
    expect(Number(line?.split(" ").pop())).toBeGreaterThanOrEqual(5);
  });

  it("writes one debug access-log line per query naming the pod", async () => {
    const before = proxy!.logs.length;
    await inPod("productpage.default");
    await until(() => proxy!.logs.slice(before).some((l) => l.msg === "dns"), 5000, "the dns log line");
    const lines = proxy!.logs.slice(before).filter((l) => l.msg === "dns");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ "src.workload": "a-0", "src.namespace": "default", result: "success" });
  });

  // Last two: stop the upstream, then remove the pod.
  it("answers SERVFAIL within the upstream timeout (2 s) once the upstream is gone", async () => {
    await upstream?.stop();
    upstream = undefined;
    const r = await inPod("web.external.test", "A", ["+time=5"]);
    expect(r.status).toBe("SERVFAIL");
    expect(r.ms).toBeLessThan(2000 + 1000);
  });

  it("closes the pod's DNS listeners when istio-cni removes the pod", async () => {
    expect(await stub!.removePod(podA.uid)).toBe("");
    await until(
      () => {
        const udp = execFileSync("ip", ["netns", "exec", podA.netns as string, "ss", "-Hulnp"]).toString();
        return !udp.includes(":15053");
      },
      5000,
      "the pod's DNS listener closed",
    );
    const tcp = execFileSync("ip", ["netns", "exec", podA.netns as string, "ss", "-Htlnp"]).toString();
    expect(tcp).not.toContain(":15053");
  });
});
