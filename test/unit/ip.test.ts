import { describe, expect, it } from "vitest";
import { canonicalIp, canonicalIpBytes, canonicalOrEmpty } from "../../src/state/ip.ts";

describe("canonicalIp: one spelling per address at every entry point", () => {
  it.each([
    ["10.0.0.1", "10.0.0.1"],
    ["::ffff:10.0.0.1", "10.0.0.1"],
    ["::FFFF:10.0.0.1", "10.0.0.1"],
    ["0:0:0:0:0:ffff:0a00:0001", "10.0.0.1"],
    ["::ffff:a00:1", "10.0.0.1"],
    ["2001:DB8:0:0:0:0:0:1", "2001:db8::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["::1", "::1"],
    ["fe80::1%eth0", "fe80::1"],
    // IPv4-compatible (deprecated) and NAT64 addresses are IPv6 addresses of their own.
    ["::10.0.0.1", "::a00:1"],
    ["64:ff9b::10.0.0.1", "64:ff9b::a00:1"],
  ])("%s → %s", (input, want) => {
    expect(canonicalIp(input)).toBe(want);
  });

  it.each(["", "10.0.0", "10.0.0.256", "example.com", "::ffff:10.0.0", "1:2:3:4:5:6:7:8:9"])(
    "%j is not an IP",
    (input) => {
      expect(canonicalIp(input)).toBeUndefined();
    },
  );

  it("raw bytes of a mapped address give the IPv4 text", () => {
    const b = new Uint8Array(16);
    b[10] = 0xff;
    b[11] = 0xff;
    b.set([127, 51, 2, 10], 12);
    expect(canonicalIpBytes(b)).toBe("127.51.2.10");
    expect(canonicalIpBytes(Uint8Array.from([127, 51, 2, 10]))).toBe("127.51.2.10");
    expect(canonicalIpBytes(new Uint8Array(5))).toBeUndefined();
  });

  it("a socket's missing address is the empty string", () => {
    expect(canonicalOrEmpty(undefined)).toBe("");
    expect(canonicalOrEmpty("::ffff:127.0.0.1")).toBe("127.0.0.1");
  });
});
