// The PROXY v2 header, byte for byte. Each expected vector is written out by hand from
// haproxy's proxy-protocol.txt section 2.2 (signature, ver/cmd, fam/proto, length, address
// block, TLVs), not produced by the encoder.
import { describe, expect, it } from "vitest";
import { ProxyV2Error, proxyV2Header } from "../../src/tunnel/proxy-v2.ts";

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");
const SIG = "0d0a0d0a000d0a515549540a";
const ID = "spiffe://cluster.local/ns/default/sa/sleep"; // 42 bytes
const ID_HEX = Buffer.from(ID).toString("hex");

describe("proxyV2Header", () => {
  it("IPv4 with the peer identity: TCP4, 12 address bytes, then TLV 0xD0", () => {
    const got = proxyV2Header({
      src: { ip: "10.0.9.9", port: 43210 },
      dst: { ip: "10.96.0.10", port: 80 },
      identity: ID,
    });
    // length = 12 (addresses) + 3 + 42 (TLV) = 57 = 0x0039
    const want = hex(`${SIG} 21 11 0039
      0a000909 0a60000a a8ca 0050
      d0 002a ${ID_HEX}`);
    expect(got.toString("hex")).toBe(want.toString("hex"));
  });

  it("IPv6 with the peer identity: TCP6, 36 address bytes, then TLV 0xD0", () => {
    const got = proxyV2Header({
      src: { ip: "fd00::9", port: 1 },
      dst: { ip: "2001:db8::a:1", port: 8443 },
      identity: ID,
    });
    // length = 36 + 45 = 81 = 0x0051
    const want = hex(`${SIG} 21 21 0051
      fd000000000000000000000000000009
      20010db80000000000000000000a0001
      0001 20fb
      d0 002a ${ID_HEX}`);
    expect(got.toString("hex")).toBe(want.toString("hex"));
  });

  it("no identity (plaintext peer): the address block alone, no TLV", () => {
    const got = proxyV2Header({ src: { ip: "127.0.0.1", port: 65535 }, dst: { ip: "192.168.1.1", port: 443 } });
    expect(got.toString("hex")).toBe(hex(`${SIG} 21 11 000c 7f000001 c0a80101 ffff 01bb`).toString("hex"));
  });

  it("source and destination of different families: UNSPEC with no address block (as ztunnel's ppp)", () => {
    const got = proxyV2Header({ src: { ip: "10.0.0.1", port: 1 }, dst: { ip: "fd00::1", port: 2 }, identity: "x" });
    expect(got.toString("hex")).toBe(hex(`${SIG} 21 01 0004 d0 0001 78`).toString("hex"));
  });

  it.each([
    {
      what: "a source that is not an IP",
      input: { src: { ip: "pod-a", port: 1 }, dst: { ip: "10.0.0.1", port: 2 } },
      code: "ZTS_PROXYV2_ADDRESS",
    },
    {
      what: "a port past 65535",
      input: { src: { ip: "10.0.0.2", port: 70000 }, dst: { ip: "10.0.0.1", port: 2 } },
      code: "ZTS_PROXYV2_PORT",
    },
    {
      what: "an identity too long for the 16-bit length",
      input: { src: { ip: "10.0.0.2", port: 1 }, dst: { ip: "10.0.0.1", port: 2 }, identity: "a".repeat(70_000) },
      code: "ZTS_PROXYV2_TOO_LONG",
    },
  ])("refuses $what with $code", ({ input, code }) => {
    let err: unknown;
    try {
      proxyV2Header(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProxyV2Error);
    expect((err as ProxyV2Error).code).toBe(code);
  });
});
