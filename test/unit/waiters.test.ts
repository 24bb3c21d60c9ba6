import { describe, expect, it } from "vitest";
import { createWaiters } from "../../src/proxy/waiters.ts";

describe("waiters (wait for a workload or certificate to arrive)", () => {
  it("resolves at once when the probe already has an answer", async () => {
    expect(await createWaiters().waitFor(() => "here", 1000)).toBe("here");
  });
  it("resolves on the notify after the answer arrives, not before", async () => {
    const w = createWaiters();
    let have: string | undefined;
    const p = w.waitFor(() => have, 5000);
    w.notify();
    expect(w.size()).toBe(1);
    have = "late";
    w.notify();
    expect(await p).toBe("late");
    expect(w.size()).toBe(0);
  });
  it("gives up with undefined after the deadline", async () => {
    const t0 = Date.now();
    expect(await createWaiters().waitFor(() => undefined, 100)).toBeUndefined();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(95);
  });
  it("gives up at once when the client goes away (abort)", async () => {
    const w = createWaiters();
    const ac = new AbortController();
    const p = w.waitFor(() => undefined, 5000, ac.signal);
    ac.abort();
    expect(await p).toBeUndefined();
    expect(w.size()).toBe(0);
  });
});
