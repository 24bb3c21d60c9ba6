// xds/protobuf-strings.ts replaces protobufjs's strict UTF-8 string reader: decoded
// strings and the refusal of invalid UTF-8 must stay what protobufjs gives.
import { describe, expect, it } from "vitest";
import { istio } from "../../xds/gen/protos.js";
import "../../xds/protobuf-strings.ts";

const L = istio.workload.Locality;
const roundTrip = (region: string) => L.decode(L.encode({ region }).finish()).region ?? "";

describe("protobufjs strings read in one piece", () => {
  it.each([
    ["empty", ""],
    ["short ASCII", "ns-1"],
    ["ASCII over 64 bytes", "x".repeat(100)],
    ["non-ASCII", "zürich-ünï-東京"],
    ["a leading BOM", "\uFEFFbom"],
    ["astral", "a😀b"],
  ])("%s round-trips", (_, s) => {
    expect(roundTrip(s)).toBe(s);
  });

  it("a plain array of bytes still decodes", () => {
    expect(L.decode([0x0a, 0x02, 0x61, 0x62] as unknown as Uint8Array).region).toBe("ab");
  });

  it("invalid UTF-8 is still refused", () => {
    // Locality.region (field 1, length-delimited) holding 0xff.
    expect(() => L.decode(Uint8Array.of(0x0a, 0x02, 0x61, 0xff))).toThrow(TypeError);
  });
});
