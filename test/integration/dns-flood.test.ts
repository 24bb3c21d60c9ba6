// One client floods the DNS proxy (10k queries/s for 5 s, mesh and forwarded names) while
// another keeps asking: the other client's queries are all answered, p99 ≤ 100 ms.
// Upstream: dnsmasq on loopback. Skips without dnsmasq. Prints the figures it measured.
import { execFile } from "node:child_process";
import { createSocket } from "node:dgram";
import { fileURLToPath } from "node:url";
import packet from "dns-packet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP, dnsMesh, startTestDns, type TestDns } from "../fixtures/dns-proxy.ts";
import { type Dnsmasq, startDnsmasq, which } from "../fixtures/dns-tools.ts";
import { service, workload } from "../fixtures/mesh-model.ts";

const PROXY = "127.153.2.1";
const UPSTREAM = "127.153.2.2";
const FLOODER = "127.153.2.11";
const FLOOD = fileURLToPath(new URL("../fixtures/dns-flood.mjs", import.meta.url));
const skip = which("dnsmasq") ? undefined : "dnsmasq not installed (apt-get install dnsmasq)";
if (skip) console.log(`skipping DNS flood test: ${skip}`);

describe.skipIf(skip !== undefined)("DNS proxy under a flood from one client", () => {
  let upstream: Dnsmasq;
  let dns: TestDns;

  beforeAll(async () => {
    upstream = await startDnsmasq({
      address: UPSTREAM,
      port: 20000 + Math.floor(Math.random() * 30000),
      hosts: { "web.external.test": ["10.153.50.1"] },
    });
    const state = dnsMesh();
    state.apply({
      upsertWorkloads: [
        workload({ uid: "Kubernetes//Pod/ns1/flooder", name: "flooder", namespace: "ns1", workloadIps: [FLOODER] }),
      ],
      upsertServices: [
        service({
          name: "x",
          namespace: "ns1",
          hostname: "x.ns1.svc.cluster.local",
          vips: [{ network: "", address: "10.153.3.3" }],
        }),
      ],
    });
    dns = await startTestDns({
      host: PROXY,
      upstreams: [{ host: UPSTREAM, port: upstream.port }],
      state,
      logLevel: "info",
    });
  });
  afterAll(async () => {
    await dns?.close();
    await upstream?.stop();
  });

  // A load test on a shared 2-core machine: other processes' bursts can starve this one
  // for 100+ ms; a second and third attempt tell that from a proxy that is unfair.
  const opts = { timeout: 30_000, retry: 2 };
  it("another client's queries are answered with p99 ≤ 100 ms while one floods at 10k/s", opts, async () => {
    const flood = new Promise<{ sent: number; received: number }>((resolve, reject) => {
      execFile(
        process.execPath,
        [
          FLOOD,
          PROXY,
          String(dns.port),
          FLOODER,
          "10000",
          "5",
          "x.ns1.svc.cluster.local,web.external.test,nx.external.test",
        ],
        { timeout: 20_000 },
        (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout))),
      );
    });
    await new Promise((r) => setTimeout(r, 300)); // flood under way
    const sock = createSocket("udp4");
    await new Promise<void>((r) => sock.bind(0, CLIENT_IP, () => r()));
    const latencies: number[] = [];
    let lost = 0;
    const lostNames: string[] = [];

    const names = ["productpage.ns1", "web.external.test"];
    // 450 queries, 8 ms apart: all inside the 5 s flood.
    for (let i = 0; i < 450; i++) {
      const msg = packet.encode({
        id: i,
        type: "query",
        flags: packet.RECURSION_DESIRED,
        questions: [{ name: names[i % 2]!, type: "A" }],
      });
      const t0 = performance.now();
      const ok = await new Promise<boolean>((resolve) => {
        const t = setTimeout(() => {
          sock.off("message", on);
          resolve(false);
        }, 1000);
        const on = (m: Buffer) => {
          if (m.readUInt16BE(0) !== i) return;
          clearTimeout(t);
          sock.off("message", on);
          if ((m.readUInt16BE(2) & 0xf) !== 0) lostNames.push(`rcode${m.readUInt16BE(2) & 0xf}`);
          resolve((m.readUInt16BE(2) & 0xf) === 0);
        };
        sock.on("message", on);
        sock.send(msg, dns.port, PROXY);
      });
      if (ok) {
        latencies.push(performance.now() - t0);
      } else {
        lost++;
        lostNames.push(`${names[i % 2]}@${Math.round(performance.now() - t0)}`);
      }
      await new Promise((r) => setTimeout(r, 8));
    }
    sock.close();
    const f = await flood;
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? Infinity;
    console.log(
      `dns flood: flooder sent ${f.sent} (${f.received} answered); other client p50 ${latencies[latencies.length >> 1]?.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, lost ${lost} ${lostNames.join(" ")}`.trim(),
    );
    expect(f.sent).toBeGreaterThan(40_000);
    expect(lost).toBe(0);
    expect(p99).toBeLessThanOrEqual(100);
  });
});
