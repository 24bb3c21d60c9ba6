// Reading client queries (bad input → FORMERR / NOTIMP / drop, never a throw), writing
// replies, fitting UDP replies, and where upstreams come from.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import packet from "dns-packet";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { fitUdp, notAuthoritative, parseQuery, RCODE, reply } from "../../src/dns/message.ts";
import { parseResolvConf, parseUpstreamList, upstreamsFrom } from "../../src/dns/resolv-conf.ts";

const query = (name: string, type = "A", extra: Partial<packet.Packet> = {}) =>
  packet.encode({
    id: 0x1234,
    type: "query",
    flags: packet.RECURSION_DESIRED,
    questions: [{ name, type } as packet.Question],
    ...extra,
  });
const rcode = (b: Buffer | undefined) => (b ? b.readUInt16BE(2) & 0xf : undefined);
const header = (id: number, flags: number, qd: number) => {
  const h = Buffer.alloc(12);
  h.writeUInt16BE(id, 0);
  h.writeUInt16BE(flags, 2);
  h.writeUInt16BE(qd, 4);
  return h;
};
const qname = (s: string) =>
  Buffer.concat([
    ...s.split(".").map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)])),
    Buffer.from([0]),
  ]);

describe("dns query parsing", () => {
  it("reads a plain query: id, name, type, 512-byte UDP limit", () => {
    const r = parseQuery(query("productpage.ns1"));
    expect(r).toMatchObject({ ok: true, query: { id: 0x1234, name: "productpage.ns1", type: "A", udpSize: 512 } });
  });

  it("takes the client's EDNS size (never below 512)", () => {
    const withOpt = (size: number) =>
      query("a.b", "A", { additionals: [{ type: "OPT", name: ".", udpPayloadSize: size } as packet.Answer] });
    expect(parseQuery(withOpt(4096))).toMatchObject({ ok: true, query: { udpSize: 4096 } });
    expect(parseQuery(withOpt(100))).toMatchObject({ ok: true, query: { udpSize: 512 } });
  });

  it("drops a message shorter than a header", () => {
    const r = parseQuery(Buffer.from([0x12, 0x34, 1, 0, 0]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reply).toBeUndefined();
  });

  it("answers FORMERR to zero questions", () => {
    const r = parseQuery(header(7, 0x0100, 0));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(rcode(r.reply)).toBe(RCODE.FORMERR);
  });

  it("answers FORMERR to 50 questions", () => {
    const qs = Array.from({ length: 50 }, (_, i) => ({ name: `n${i}.test`, type: "A" }) as packet.Question);
    const r = parseQuery(packet.encode({ id: 9, type: "query", questions: qs }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(rcode(r.reply)).toBe(RCODE.FORMERR);
  });

  it("answers FORMERR to a compression pointer that loops", () => {
    // The question name is a pointer to itself (offset 12).
    const msg = Buffer.concat([header(8, 0x0100, 1), Buffer.from([0xc0, 12, 0, 1, 0, 1])]);
    const r = parseQuery(msg);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(rcode(r.reply)).toBe(RCODE.FORMERR);
  });

  it("answers FORMERR to a question cut short", () => {
    const msg = Buffer.concat([header(8, 0x0100, 1), qname("productpage.ns1").subarray(0, 6)]);
    const r = parseQuery(msg);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(rcode(r.reply)).toBe(RCODE.FORMERR);
  });

  it("answers FORMERR to a response sent as a query", () => {
    const msg = Buffer.concat([header(8, 0x8100, 1), qname("a.b"), Buffer.from([0, 1, 0, 1])]);
    const r = parseQuery(msg);
    if (!r.ok) expect(rcode(r.reply)).toBe(RCODE.FORMERR);
    expect(r.ok).toBe(false);
  });

  it("answers NOTIMP to another opcode (UPDATE)", () => {
    const msg = Buffer.concat([header(8, 5 << 11, 1), qname("a.b"), Buffer.from([0, 6, 0, 1])]);
    const r = parseQuery(msg);
    if (!r.ok) expect(rcode(r.reply)).toBe(RCODE.NOTIMP);
    expect(r.ok).toBe(false);
  });

  it("never throws on random bytes", () => {
    for (let i = 0; i < 2000; i++) {
      const b = Buffer.alloc(Math.floor(Math.random() * 80));
      for (let j = 0; j < b.length; j++) b[j] = Math.floor(Math.random() * 256);
      expect(() => parseQuery(b)).not.toThrow();
    }
  });
});

describe("dns replies", () => {
  const q = (() => {
    const r = parseQuery(query("big.test"));
    if (!r.ok) throw new Error("bad fixture");
    return r.query;
  })();
  const many = Array.from({ length: 100 }, (_, i) => ({
    type: "A" as const,
    name: "big.test",
    ttl: 30,
    data: `10.0.0.${i}`,
  }));

  it("an answer echoes id, question and RD, sets QR, RA and AA", () => {
    const d = packet.decode(reply(q, { answers: many.slice(0, 1), authoritative: true }));
    expect(d.id).toBe(0x1234);
    expect(d.questions).toEqual([{ name: "big.test", type: "A", class: "IN" }]);
    expect(d.flag_qr && d.flag_rd && d.flag_ra && d.flag_aa).toBe(true);
    expect(d.answers?.[0]).toMatchObject({ name: "big.test", ttl: 30, data: "10.0.0.0" });
  });

  it("a reply over the UDP size keeps as many answers as fit and sets TC", () => {
    const full = reply(q, { answers: many, authoritative: true });
    expect(full.length).toBeGreaterThan(512);
    const fit = fitUdp(full, 512);
    expect(fit.length).toBeLessThanOrEqual(512);
    const d = packet.decode(fit);
    expect(d.flag_tc).toBe(true);
    expect(d.answers!.length).toBeGreaterThan(10);
    expect(d.answers!.length).toBeLessThan(100);
    // One more answer would not have fitted.
    expect(reply(q, { answers: many.slice(0, d.answers!.length + 1) }).length).toBeGreaterThan(512);
  });

  it("a reply that fits is left alone", () => {
    const r = reply(q, { answers: many.slice(0, 3) });
    expect(fitUdp(r, 512)).toBe(r);
  });

  it("a forwarded answer loses the upstream's AA bit", () => {
    const up = reply(q, { answers: many.slice(0, 1), authoritative: true });
    expect(packet.decode(notAuthoritative(up)).flag_aa).toBe(false);
  });
});

describe("dns upstreams", () => {
  it("reads nameservers from a resolv.conf file (the path is a parameter)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ztsdns-"));
    const file = join(dir, "resolv.conf");
    writeFileSync(
      file,
      "# comment\nsearch ns1.svc.cluster.local svc.cluster.local\nnameserver 127.153.0.53\nnameserver fe80::1%eth0\noptions ndots:5\n",
    );
    expect(upstreamsFrom("", file)).toEqual([
      { host: "127.153.0.53", port: 53 },
      { host: "fe80::1", port: 53 },
    ]);
  });

  it("ZTS_DNS_UPSTREAM wins over resolv.conf", () => {
    expect(upstreamsFrom("127.153.0.1:5353,[::1]:53", "/nonexistent")).toEqual([
      { host: "127.153.0.1", port: 5353 },
      { host: "::1", port: 53 },
    ]);
  });

  it("a resolv.conf without nameservers is ZTS_DNS_NO_UPSTREAM", () => {
    const dir = mkdtempSync(join(tmpdir(), "ztsdns-"));
    writeFileSync(join(dir, "r"), "search x\n");
    expect(() => upstreamsFrom("", join(dir, "r"))).toThrow(expect.objectContaining({ code: "ZTS_DNS_NO_UPSTREAM" }));
    expect(parseResolvConf("nameserver not-an-ip\n")).toEqual([]);
  });

  it("a bad upstream entry is ZTS_DNS_CONFIG, and stops config loading naming the variable", () => {
    expect(() => parseUpstreamList("dns.example:53")).toThrow(expect.objectContaining({ code: "ZTS_DNS_CONFIG" }));
    expect(() => loadConfig({ ZTS_DNS_UPSTREAM: "127.0.0.1" })).toThrow(/ZTS_DNS_UPSTREAM/);
  });

  it("DNS settings default as ztunnel's: capture on, localhost:15053, 5 s upstream timeout", () => {
    // In a pod (kubelet sets KUBERNETES_SERVICE_HOST): outside one the istiod default is refused.
    const inPod = { KUBERNETES_SERVICE_HOST: "10.96.0.1" };
    const c = loadConfig(inPod);
    expect(c.dnsCapture).toBe(true);
    expect(c.dnsProxyAddr).toEqual({ host: "localhost", port: 15053 });
    expect(c.dnsUpstreamTimeoutMs).toBe(5000);
    expect(loadConfig({ ...inPod, ISTIO_META_DNS_CAPTURE: "false" }).dnsCapture).toBe(false);
  });
});
