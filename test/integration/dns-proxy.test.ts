// The DNS proxy over real sockets: `dig` as the pod's resolver client (bound to the pod's
// loopback address), `dnsmasq` as the upstream, all on 127.153.0.0/16. Skips, saying so,
// without dig or dnsmasq.
import { createSocket } from "node:dgram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP, STRANGER_IP, startTestDns, type TestDns } from "../fixtures/dns-proxy.ts";
import { type Dnsmasq, dig, dnsToolsMissing, startDnsmasq } from "../fixtures/dns-tools.ts";

const PROXY = "127.153.0.1";
const UPSTREAM = "127.153.0.2";
const skip = dnsToolsMissing();
if (skip) console.log(`skipping DNS proxy tests: ${skip}`);

// 60 A records: ~1 KB, more than a 512-byte UDP reply holds.
const BIG = Array.from({ length: 60 }, (_, i) => `10.153.100.${i + 1}`);

describe.skipIf(skip !== undefined)("DNS proxy with dig and a dnsmasq upstream", () => {
  let upstream: Dnsmasq;
  let dns: TestDns;
  const q = (name: string, type = "A", extra: string[] = [], source = CLIENT_IP) =>
    dig({ server: PROXY, port: dns.port, source }, name, type, extra);

  beforeAll(async () => {
    upstream = await startDnsmasq({
      address: UPSTREAM,
      port: 20000 + Math.floor(Math.random() * 30000),
      hosts: { "web.external.test": ["10.153.50.1"], "big.external.test": BIG },
    });
    dns = await startTestDns({ host: PROXY, upstreams: [{ host: UPSTREAM, port: upstream.port }] });
  });
  afterAll(async () => {
    await dns?.close();
    await upstream?.stop();
  });

  it("answers a service FQDN with its VIP, authoritatively, TTL 30", async () => {
    const r = await q("productpage.ns1.svc.cluster.local");
    expect(r.status).toBe("NOERROR");
    expect(r.flags).toContain("aa");
    expect(r.answers).toEqual([{ name: "productpage.ns1.svc.cluster.local.", ttl: 30, type: "A", data: "10.153.9.9" }]);
  });

  it("answers svc.ns", async () => {
    const r = await q("productpage.ns1");
    expect(r.answers.map((a) => [a.name, a.data])).toEqual([["productpage.ns1.", "10.153.9.9"]]);
  });

  it("answers a search-appended name with CNAME to the stripped name plus its A", async () => {
    const r = await q("productpage.ns1.ns1.svc.cluster.local");
    expect(r.answers.map((a) => [a.name, a.type, a.data])).toEqual([
      ["productpage.ns1.ns1.svc.cluster.local.", "CNAME", "productpage.ns1."],
      ["productpage.ns1.", "A", "10.153.9.9"],
    ]);
  });

  it("answers AAAA for a dual-stack service", async () => {
    const r = await q("dual.ns1.svc.cluster.local", "AAAA");
    expect(r.answers.map((a) => [a.type, a.data])).toEqual([["AAAA", "fd00:153::2"]]);
  });

  it("answers over TCP as over UDP", async () => {
    const r = await q("productpage.ns1.svc.cluster.local", "A", ["+tcp"]);
    expect(r.answers.map((a) => a.data)).toEqual(["10.153.9.9"]);
  });

  it("answers a ServiceEntry host", async () => {
    const r = await q("api.partner.example");
    expect(r.answers.map((a) => a.data)).toEqual(["240.153.0.1"]);
  });

  it("a mesh name with no record of the asked type is NOERROR with no answer", async () => {
    const r = await q("productpage.ns1.svc.cluster.local", "AAAA");
    expect(r.status).toBe("NOERROR");
    expect(r.flags).toContain("aa");
    expect(r.answers).toEqual([]);
  });

  it("an unknown requester gets SERVFAIL, even for a name upstream knows", async () => {
    const r = await q("web.external.test", "A", [], STRANGER_IP);
    expect(r.status).toBe("SERVFAIL");
    expect(r.answers).toEqual([]);
  });

  it("forwards a non-mesh name to the upstream", async () => {
    const r = await q("web.external.test");
    expect(r.status).toBe("NOERROR");
    expect(r.flags).not.toContain("aa");
    expect(r.answers.map((a) => a.data)).toEqual(["10.153.50.1"]);
  });

  it("passes the upstream's NXDOMAIN through", async () => {
    expect((await q("nothing.external.test")).status).toBe("NXDOMAIN");
  });

  it("forwards a type it does not serve (MX for a mesh name) instead of answering", async () => {
    const r = await q("productpage.ns1.svc.cluster.local", "MX");
    expect(r.flags).not.toContain("aa");
    expect(r.status).toBe("NXDOMAIN");
  });

  it("truncates a large forwarded answer over 512-byte UDP (TC) and gives it whole over TCP", async () => {
    const udp = await q("big.external.test", "A", ["+noedns", "+ignore"]);
    expect(udp.flags).toContain("tc");
    expect(udp.answers.length).toBeGreaterThan(0);
    expect(udp.answers.length).toBeLessThan(BIG.length);
    const tcp = await q("big.external.test", "A", ["+tcp"]);
    expect(tcp.flags).not.toContain("tc");
    expect(tcp.answers.map((a) => a.data).sort()).toEqual([...BIG].sort());
  });

  it("a client advertising a 4096-byte EDNS size gets the large answer whole over UDP", async () => {
    const r = await q("big.external.test", "A", ["+bufsize=4096", "+ignore"]);
    expect(r.flags).not.toContain("tc");
    expect(r.answers.length).toBe(BIG.length);
  });

  it("moves each DNS metric by exactly one per query of its kind", async () => {
    const value = async (metric: string) => {
      const m = (await dns.metrics.registry.getMetricsAsJSON()).find((x) => x.name === metric);
      const v = m?.values.filter(
        (s) =>
          s.labels.request_query_type === "a" &&
          s.labels.request_protocol === "udp" &&
          s.labels.source_canonical_service === "client-app" &&
          s.labels.source_canonical_revision === "v1" &&
          (s as { metricName?: string }).metricName !== `${metric}_bucket` &&
          (s as { metricName?: string }).metricName !== `${metric}_sum`,
      );
      return v?.reduce((n, s) => n + s.value, 0) ?? 0;
    };
    const names = [
      "istio_dns_requests_total",
      "istio_dns_upstream_requests_total",
      "istio_dns_upstream_failures_total",
      "istio_dns_upstream_request_duration_seconds",
    ];
    const snap = async () => Promise.all(names.map(value));
    const diff = (a: number[], b: number[]) => b.map((x, i) => x - a[i]!);

    let before = await snap();
    await q("productpage.ns1.svc.cluster.local");
    expect(diff(before, await snap())).toEqual([1, 0, 0, 0]);

    before = await snap();
    await q("web.external.test");
    expect(diff(before, await snap())).toEqual([1, 1, 0, 1]);

    before = await snap();
    await q("nothing.external.test");
    expect(diff(before, await snap())).toEqual([1, 1, 1, 1]);
  });

  it("logs one debug line per query with the requester and the result", async () => {
    const before = dns.logs.length;
    await q("productpage.ns1");
    const lines = dns.logs.slice(before).filter((l) => l.msg === "dns");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 20,
      "src.workload": "client",
      "src.namespace": "ns1",
      query: "A",
      domain: "productpage.ns1",
      result: "success",
      endpoints: 1,
    });
  });

  it("answers with the client's query id", async () => {
    const sock = createSocket("udp4");
    await new Promise<void>((r) => sock.bind(0, CLIENT_IP, () => r()));
    // id 0xbeef, RD, one question productpage.ns1 A IN
    const qname = Buffer.from([11, ...Buffer.from("productpage"), 3, ...Buffer.from("ns1"), 0]);
    const msg = Buffer.concat([
      Buffer.from([0xbe, 0xef, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0]),
      qname,
      Buffer.from([0, 1, 0, 1]),
    ]);
    const got = await new Promise<Buffer>((resolve) => {
      sock.once("message", resolve);
      sock.send(msg, dns.port, PROXY);
    });
    sock.close();
    expect(got.readUInt16BE(0)).toBe(0xbeef);
  });
});

describe.skipIf(skip !== undefined)("DNS proxy with its upstream down", () => {
  it("answers SERVFAIL within the upstream timeout when the upstream refuses", async () => {
    // Nothing listens on this port: ICMP port unreachable, so the failure is quick.
    const dns = await startTestDns({ host: PROXY, upstreams: [{ host: UPSTREAM, port: 9 }], timeoutMs: 800 });
    try {
      const r = await dig({ server: PROXY, port: dns.port, source: CLIENT_IP }, "web.external.test");
      expect(r.status).toBe("SERVFAIL");
      expect(r.ms).toBeLessThan(800 + 500);
    } finally {
      await dns.close();
    }
  });

  it("answers SERVFAIL at the timeout when the upstream never replies", async () => {
    const hole = createSocket("udp4");
    await new Promise<void>((r) => hole.bind(0, UPSTREAM, () => r()));
    const dns = await startTestDns({
      host: PROXY,
      upstreams: [{ host: UPSTREAM, port: hole.address().port }],
      timeoutMs: 600,
    });
    try {
      const r = await dig({ server: PROXY, port: dns.port, source: CLIENT_IP }, "web.external.test");
      expect(r.status).toBe("SERVFAIL");
      expect(r.ms).toBeGreaterThanOrEqual(550);
      expect(r.ms).toBeLessThan(600 + 500);
    } finally {
      await dns.close();
      hole.close();
    }
  });
});

describe.skipIf(skip !== undefined)("DNS proxy with two upstreams", () => {
  const servers: Dnsmasq[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });
  const port = () => 20000 + Math.floor(Math.random() * 30000);

  it("spreads forwarded queries over the upstreams", async () => {
    // Each upstream answers the same name with its own address: the answers show who was asked.
    servers.push(
      await startDnsmasq({ address: "127.153.0.3", port: port(), hosts: { "who.external.test": ["10.153.0.3"] } }),
    );
    servers.push(
      await startDnsmasq({ address: "127.153.0.4", port: port(), hosts: { "who.external.test": ["10.153.0.4"] } }),
    );
    const dns = await startTestDns({
      host: PROXY,
      upstreams: servers.slice(-2).map((s) => ({ host: s.address, port: s.port })),
    });
    try {
      const seen = new Map<string, number>();
      for (let i = 0; i < 6; i++) {
        const r = await dig({ server: PROXY, port: dns.port, source: CLIENT_IP }, "who.external.test");
        const a = r.answers[0]?.data ?? r.status;
        seen.set(a, (seen.get(a) ?? 0) + 1);
      }
      expect(Object.fromEntries(seen)).toEqual({ "10.153.0.3": 3, "10.153.0.4": 3 });
    } finally {
      await dns.close();
    }
  });

  it("moves on to the next upstream when one refuses", async () => {
    servers.push(
      await startDnsmasq({ address: "127.153.0.5", port: port(), hosts: { "who.external.test": ["10.153.0.5"] } }),
    );
    const up = servers.at(-1)!;
    const dns = await startTestDns({
      host: PROXY,
      upstreams: [
        { host: "127.153.0.6", port: 9 }, // nothing there
        { host: up.address, port: up.port },
      ],
    });
    try {
      for (let i = 0; i < 2; i++) {
        const r = await dig({ server: PROXY, port: dns.port, source: CLIENT_IP }, "who.external.test");
        expect(r.answers.map((a) => a.data)).toEqual(["10.153.0.5"]);
      }
    } finally {
      await dns.close();
    }
  });
});
