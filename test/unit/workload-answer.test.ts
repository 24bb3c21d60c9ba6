// Reading an upstream's answer for a workload known by DNS name only, and choosing its
// address (ztunnel's resolve_on_demand_dns). Responses are built with dns-packet, the wire
// library, never with the code under test.
import packet from "dns-packet";
import { describe, expect, it } from "vitest";
import { addressQuery, chooseAddress, readAddressAnswer } from "../../src/dns/workload-answer.ts";

const response = (p: Partial<packet.Packet>) =>
  packet.encode({ type: "response", id: 7, flags: packet.RECURSION_DESIRED, questions: [], ...p });

describe("addressQuery", () => {
  it("one recursive IN question of the type asked", () => {
    const q = packet.decode(addressQuery("db.example.com", "AAAA"));
    expect(q.questions).toEqual([{ name: "db.example.com", type: "AAAA", class: "IN" }]);
    expect((q.flags ?? 0) & packet.RECURSION_DESIRED).toBeTruthy();
  });
});

describe("readAddressAnswer", () => {
  it("the records of the type asked, kept for the smallest TTL of the chain (CNAME included)", () => {
    const r = response({
      answers: [
        { type: "CNAME", name: "db.example.com", ttl: 30, data: "db1.example.com" },
        { type: "A", name: "db1.example.com", ttl: 60, data: "192.0.2.10" },
        { type: "A", name: "db1.example.com", ttl: 45, data: "192.0.2.11" },
      ],
    });
    expect(readAddressAnswer(r, "A")).toEqual({ ips: ["192.0.2.10", "192.0.2.11"], ttlSec: 30 });
  });
  it("IPv6 records in canonical spelling", () => {
    const r = response({ answers: [{ type: "AAAA", name: "db.example.com", ttl: 5, data: "2001:db8:0::1" }] });
    expect(readAddressAnswer(r, "AAAA")).toEqual({ ips: ["2001:db8::1"], ttlSec: 5 });
  });
  it("no record: empty, kept for the SOA's negative TTL (the smaller of its TTL and minimum)", () => {
    const soa = {
      mname: "ns.example.com",
      rname: "admin.example.com",
      serial: 1,
      refresh: 1,
      retry: 1,
      expire: 1,
      minimum: 20,
    };
    const r = response({ authorities: [{ type: "SOA", name: "example.com", ttl: 300, data: soa }] });
    expect(readAddressAnswer(r, "AAAA")).toEqual({ ips: [], ttlSec: 20 });
  });
  it("no record and no SOA: empty, not to be kept", () => {
    expect(readAddressAnswer(response({}), "A")).toEqual({ ips: [], ttlSec: undefined });
  });
  it("SERVFAIL is a failure, not an empty answer", () => {
    const r = response({ flags: packet.RECURSION_DESIRED | 2 });
    expect(() => readAddressAnswer(r, "A")).toThrow(/rcode 2/);
  });
});

describe("chooseAddress", () => {
  const V4 = ["192.0.2.1", "192.0.2.2"];
  const V6 = ["2001:db8::1"];
  it.each([
    { family: 4 as const, v4: V4, v6: V6, random: 0.99, want: "192.0.2.2" },
    { family: 4 as const, v4: V4, v6: V6, random: 0, want: "192.0.2.1" },
    { family: 6 as const, v4: V4, v6: V6, random: 0.5, want: "2001:db8::1" },
    // Nothing of the family asked for: the other family (pure v4 / v6 clusters).
    { family: 6 as const, v4: V4, v6: [], random: 0, want: "192.0.2.1" },
    { family: 4 as const, v4: [], v6: V6, random: 0, want: "2001:db8::1" },
    { family: 4 as const, v4: [], v6: [], random: 0, want: undefined },
  ])("family $family of $v4 / $v6 (random $random) → $want", ({ family, v4, v6, random, want }) => {
    expect(chooseAddress(v4, v6, family, () => random)).toBe(want);
  });
});
