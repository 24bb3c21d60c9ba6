// Worker-side map of in-pod listeners and pod IPs to their netns (src/connect/pod-netns.ts).
import { describe, expect, it } from "vitest";
import { createPodNetns } from "../../src/connect/pod-netns.ts";

const a = { uid: "a", netns: "/proc/self/fd/20" };
const b = { uid: "b", netns: "/proc/self/fd/21" };

describe("pod netns map (worker)", () => {
  it("node mode: an unknown listener is answered at once with undefined", () => {
    const m = createPodNetns({ enabled: false });
    expect(m.forListener(7)).toBeUndefined();
  });

  it("in-pod: a connection on a listener not yet announced waits for the message naming it", async () => {
    const m = createPodNetns({ enabled: true, waitMs: 2000 });
    const pending = m.forListener(7);
    m.setListeners({ 3: b }); // another pod's change does not answer it
    m.setListeners({ 3: b, 7: a });
    await expect(pending).resolves.toEqual(a);
  });

  it("in-pod: gives up after waitMs", async () => {
    const m = createPodNetns({ enabled: true, waitMs: 20 });
    await expect(m.forListener(9)).resolves.toBeUndefined();
  });

  it("learnt pod IPs map to their netns until the pod's listeners are gone", () => {
    const m = createPodNetns({ enabled: true });
    m.setListeners({ 1: a, 2: b });
    m.learn(["10.0.0.1", "fd00::1"], a);
    m.learn(["10.0.0.2"], b);
    expect(m.forIp("10.0.0.1")).toBe(a.netns);
    expect(m.forIp("fd00::1")).toBe(a.netns);
    expect(m.forIp("10.0.0.9")).toBeUndefined();
    expect(m.forIp(undefined)).toBeUndefined();
    m.setListeners({ 2: b });
    expect(m.forIp("10.0.0.1")).toBeUndefined();
    expect(m.forIp("10.0.0.2")).toBe(b.netns);
  });
});
