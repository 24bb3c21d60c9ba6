// A sandwich waypoint in in-pod mode: the cni-stub makes a client pod A and a waypoint pod W
// in their own netns and hands them to the proxy (a child process in the test's netns) by ZDS;
// the proxy runs from a ztunnel local config (FAKE_CA) in which W has applicationTunnel PROXY
// on port 15088 and is the waypoint of Service `backend`. A's connection to the VIP is
// captured in A, tunnelled over HBONE to W's :15008, and delivered by the proxy inside W's
// netns to W's loopback :15088 (LOCALHOST_APP_TUNNEL), where W's stand-in — listening on
// 127.0.0.1 only, unreachable but through the proxy — reads the PROXY v2 header itself.
// Root + iproute2 + iptables; skips otherwise. Addresses: only inside the test's netns.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CniStub, type StubPod, startCniStub } from "../../src/inpod/cni-stub.ts";
import { deleteNetns, inpodSkipReason, netnsClient, untilCertificates } from "../fixtures/inpod-netns.ts";
import { type RunningProxy, spawnProxy, stopProxy, until } from "../fixtures/proxy-harness.ts";

const skipReason = inpodSkipReason();
if (skipReason) console.log(`skipping in-pod sandwich waypoint test: ${skipReason}`);

const tag = randomBytes(3).toString("hex");
const nodeNs = `zts-${tag}-node`;
const socketPath = `/tmp/zts-${tag}-sandwich-zds.sock`;
const NODE = "node-1";
const VIP = "10.96.45.10"; // Service `backend`: only ever dialled inside pod A's netns
const pod = (n: string, i: number, sa: string): StubPod => ({
  uid: `uid-${n}-${tag}`,
  name: `${n}-0`,
  namespace: "default",
  serviceAccount: sa,
  ip: `10.244.45.${i}`,
  netns: `zts-${tag}-${n}`,
});
const podA = pod("a", 1, "client-sa");
const podW = pod("w", 2, "waypoint-sa");
const GUARD_ROUTES = ["10.244.45.0/24", "10.96.45.0/24"];
const A_ID = "spiffe://cluster.local/ns/default/sa/client-sa";

const workload = (p: StubPod, extra = "") => `
- uid: ${p.uid}
  name: ${p.name}
  namespace: default
  serviceAccount: ${p.serviceAccount}
  workloadIps: ["${p.ip}"]
  protocol: HBONE
  node: ${NODE}
  services: {}${extra}
`;
const CONFIG = `workloads:${workload(podA)}${workload(
  podW,
  `
  applicationTunnel:
    protocol: PROXY
    port: 15088`,
)}
services:
- name: backend
  namespace: default
  hostname: backend.default.svc.cluster.local
  vips: ["/${VIP}"]
  ports:
    80: 8080
  waypoint:
    destination: "/${podW.ip}"
    hboneMtlsPort: 15008
`;

// W's stand-in, run with `node -e` inside W's netns: parses the PROXY v2 header by the spec
// (haproxy proxy-protocol.txt 2.2), greets with what it read as one JSON line, then echoes.
const STAND_IN = `
const net = require("node:net");
const SIG = Buffer.from("0d0a0d0a000d0a515549540a", "hex");
net.createServer((s) => {
  s.on("error", () => s.destroy());
  let buf = Buffer.alloc(0);
  const onData = (d) => {
    buf = Buffer.concat([buf, d]);
    if (buf.length < 16) return;
    if (!buf.subarray(0, 12).equals(SIG)) return s.destroy();
    const len = buf.readUInt16BE(14);
    if (buf.length < 16 + len) return;
    s.off("data", onData);
    const h = { verCmd: buf[12], famProto: buf[13], peer: { address: s.remoteAddress }, tlvs: [] };
    let at = 16;
    if (buf[13] >> 4 === 1) {
      h.src = [...buf.subarray(16, 20)].join(".") + ":" + buf.readUInt16BE(24);
      h.dst = [...buf.subarray(20, 24)].join(".") + ":" + buf.readUInt16BE(26);
      at = 28;
    }
    while (at < 16 + len) {
      const n = buf.readUInt16BE(at + 1);
      h.tlvs.push({ type: buf[at], value: buf.subarray(at + 3, at + 3 + n).toString() });
      at += 3 + n;
    }
    s.write(JSON.stringify({ worker: 0, kind: "sandwich", origDst: { address: "", port: 0 }, header: h }) + "\\n");
    const rest = buf.subarray(16 + len);
    if (rest.length) s.write(rest);
    s.pipe(s);
  };
  s.on("data", onData);
}).listen(15088, "127.0.0.1", () => console.log("listening"));
`;

const children: ChildProcess[] = [];
let dir = "";
let stub: CniStub | undefined;
let proxy: RunningProxy | undefined;
let ports: { admin: number } | undefined;

describe.skipIf(skipReason !== undefined)("a sandwich waypoint in in-pod mode", () => {
  beforeAll(async () => {
    // The proxy runs in this (host) netns, where mesh addresses must never be dialled.
    for (const r of GUARD_ROUTES) execFileSync("ip", ["route", "add", "blackhole", r]);
    execFileSync("ip", ["netns", "add", nodeNs]);
    execFileSync("ip", ["netns", "exec", nodeNs, "ip", "link", "set", "lo", "up"]);
    dir = await mkdtemp(join(tmpdir(), "zts-inpod-sandwich-"));
    await writeFile(join(dir, "local.yaml"), CONFIG);
    stub = await startCniStub({ socketPath, pods: [podA, podW], nodeNetns: nodeNs });

    const standIn = spawn("ip", ["netns", "exec", podW.netns as string, process.execPath, "-e", STAND_IN]);
    children.push(standIn);
    await new Promise<void>((resolve, reject) => {
      standIn.stdout.once("data", () => resolve());
      standIn.once("exit", (c) => reject(new Error(`W's stand-in exited (${c})`)));
    });

    proxy = spawnProxy(NODE, "127.0.0.1", {
      LOCAL_XDS_PATH: join(dir, "local.yaml"),
      FAKE_CA: "true",
      NODE_NAME: NODE,
      ZTS_CAPTURE: "inpod",
      INPOD_UDS: socketPath,
      ZTS_POD_LISTENERS: "false",
      UNSTABLE_ENABLE_SOCKS5: "false",
      ZTS_ADMIN_ADDR: "127.0.0.1:0",
      ZTS_STATS_ADDR: "127.0.0.1:0",
      ZTS_READINESS_ADDR: "127.0.0.1:0",
      ZTS_PASSTHROUGH: "none",
      ZTS_HANDOFF_SOCKET: "off",
      ZTUNNEL_WORKER_THREADS: "2",
      LOG_FORMAT: "json",
      ISTIO_META_DNS_CAPTURE: "false",
    });
    const p = proxy;
    await until(() => {
      if (p.child.exitCode !== null) throw new Error(`proxy exited with ${p.child.exitCode}`);
      const started = p.logs.find((l) => l.msg === "ztunnel-ts proxy started");
      ports = started?.admin as typeof ports;
      return ports !== undefined;
    }, 20_000);
    await stub.ready();
    await untilCertificates(`http://127.0.0.1:${ports?.admin}/config_dump`, 2);
  }, 60_000);

  afterAll(async () => {
    for (const c of children) c.kill("SIGKILL");
    if (proxy) await stopProxy(proxy);
    await stub?.close({ deprovision: true });
    deleteNetns([podA.netns as string, podW.netns as string, nodeNs]);
    if (dir) await rm(dir, { recursive: true, force: true });
    for (const r of GUARD_ROUTES) {
      try {
        execFileSync("ip", ["route", "del", "blackhole", r], { stdio: "ignore" });
      } catch {
        // not added
      }
    }
  });

  it("A → VIP reaches W's loopback tunnel port with PROXY v2 naming A, the VIP and A's identity", async () => {
    const client = netnsClient(podA.netns as string);
    children.push(client.child);
    const r = await client.connect(VIP, 80);
    expect(r.error).toBeUndefined();
    const h = (r.greeting as unknown as { header: Record<string, unknown> }).header;
    expect(h).toMatchObject({
      verCmd: 0x21,
      famProto: 0x11,
      // Delivered from W's own loopback, inside W's netns.
      peer: { address: "127.0.0.1" },
      dst: `${VIP}:80`,
      tlvs: [{ type: 0xd0, value: A_ID }],
    });
    // The HBONE peer: A's connection from inside A's netns, from A's address.
    expect(String(h.src)).toMatch(new RegExp(`^${podA.ip.replace(/\./g, "\\.")}:\\d+$`));
    expect((await client.echo(r.id as number, "hello")).echo).toBe("hello");
  });
});
