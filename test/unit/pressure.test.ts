import { describe, expect, it } from "vitest";
import { nextShedding, pressureOf } from "../../src/accept/pressure.ts";

describe("memory pressure (ZTS_MEMORY_SHED_PERCENT)", () => {
  it("the pressure is the larger share: heap of its limit, or cgroup memory of its max", () => {
    expect(pressureOf({ heapUsed: 50, heapLimit: 100 })).toBe(0.5);
    expect(pressureOf({ heapUsed: 50, heapLimit: 100, cgroupUsed: 95, cgroupLimit: 100 })).toBe(0.95);
    expect(pressureOf({ heapUsed: 10, heapLimit: 100, cgroupUsed: 5, cgroupLimit: undefined })).toBe(0.1);
  });

  it.each([
    // shedding before, pressure, shedding after (high 90 %, low 80 %)
    [false, 0.89, false],
    [false, 0.9, true],
    [true, 0.85, true],
    [true, 0.8, false],
    [true, 0.5, false],
    [false, 0.85, false],
  ])("shedding %s at %f → %s", (before, p, after) => {
    expect(nextShedding(before, p, 90)).toBe(after);
  });
});
