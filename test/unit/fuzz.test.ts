// The fuzz targets' short forms (fuzz/run.ts has the long ones: `npm run fuzz`), each with a
// fixed seed so a failure here replays with `npm run fuzz -- --only <target> --seed 20261203`.
import { describe, expect, it } from "vitest";
import { TARGETS } from "../../fuzz/run.ts";
import { wellFormed } from "../../fuzz/targets/socks5.ts";

const SEED = 20261203;
const N = 1500;

describe("fuzz (short form)", () => {
  it.each(Object.keys(TARGETS))(
    "%s: no failures",
    async (name) => {
      const r = await TARGETS[name]!(N, SEED);
      expect(r.failures).toEqual([]);
      // The run exercised both sides: some inputs accepted, some refused.
      expect(Object.keys(r.outcomes).length).toBeGreaterThan(1);
    },
    60_000,
  );

  it("the SOCKS5 answer check tells a well-formed answer from a bad one", () => {
    expect(wellFormed(Buffer.from([5, 0xff]))).toBe(true);
    expect(wellFormed(Buffer.from([5, 0, 5, 4, 0, 1, 0, 0, 0, 0, 0, 0]))).toBe(true);
    expect(wellFormed(Buffer.from([5, 0, 5, 4, 0, 1, 0, 0]))).toBe(false);
    expect(wellFormed(Buffer.from([4, 0]))).toBe(false);
  });
});
