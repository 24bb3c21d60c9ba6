// The connect stage's plan: from where each kind of outgoing socket is made, and what is
// tried when the kernel refuses the first choice.
import { describe, expect, it } from "vitest";
import { type ConnectFacts, dialAttempts, pooled } from "../../src/connect/connect.ts";

const nodeMode: ConnectFacts = { netnsOf: () => undefined, keepSourceIp: true };
const inpod: ConnectFacts = {
  netnsOf: (ip) => (ip === "10.0.0.1" ? "/proc/self/fd/7" : ip === "10.0.1.1" ? "/proc/self/fd/9" : undefined),
  keepSourceIp: true,
};

describe("dialAttempts", () => {
  it.each([
    ["outbound plain, node mode: from the node", "10.0.2.1", { to: "upstream" } as const, nodeMode, [{}]],
    [
      "outbound plain, in-pod: inside the client pod's netns, nothing else",
      "10.0.2.1",
      { to: "upstream", netns: "/proc/self/fd/7" } as const,
      inpod,
      [{ netns: "/proc/self/fd/7" }],
    ],
    [
      "HBONE, node mode: from the pod's IP (transparent), then from the node",
      "10.0.1.1",
      { to: "tunnel", srcIp: "10.0.0.1" } as const,
      nodeMode,
      [{ localAddress: "10.0.0.1", transparent: true }, {}],
    ],
    [
      "HBONE, in-pod: inside the source pod's netns only",
      "10.0.1.1",
      { to: "tunnel", srcIp: "10.0.0.1" } as const,
      inpod,
      [{ netns: "/proc/self/fd/7" }],
    ],
    ["HBONE without a source address: from the node", "10.0.1.1", { to: "tunnel", srcIp: "" } as const, nodeMode, [{}]],
    [
      "inbound, node mode: keep the client's address, else the node's",
      "10.0.1.1",
      { to: "workload", srcIp: "10.0.0.1" } as const,
      nodeMode,
      [{ localAddress: "10.0.0.1", transparent: true }, {}],
    ],
    [
      "inbound, ENABLE_ORIG_SRC=false: from the node",
      "10.0.1.1",
      { to: "workload", srcIp: "10.0.0.1" } as const,
      { ...nodeMode, keepSourceIp: false },
      [{}],
    ],
    [
      "inbound, in-pod: inside the destination pod's netns (found by its address), client address first",
      "10.0.1.1",
      { to: "workload", srcIp: "10.0.9.9" } as const,
      inpod,
      [{ netns: "/proc/self/fd/9", localAddress: "10.0.9.9", transparent: true }, { netns: "/proc/self/fd/9" }],
    ],
    [
      "inbound, in-pod, netns given by the listener: that one",
      "10.0.1.1",
      { to: "workload", srcIp: "", netns: "/proc/self/fd/11" } as const,
      inpod,
      [{ netns: "/proc/self/fd/11" }],
    ],
  ])("%s", (_what, host, purpose, facts, want) => {
    expect(dialAttempts(host, purpose, facts)).toEqual(want);
  });
});

describe("pooled: which dialed sockets read into recycled buffers", () => {
  it.each([
    ["a tunnel's own socket (TLS reads it): never", { to: "tunnel", srcIp: "10.0.0.1" } as const, true, false],
    [
      "an HBONE tunnel's workload (copied to an h2 stream in JS): always",
      { to: "workload", srcIp: "", tunnelled: true } as const,
      false,
      true,
    ],
    ["a plain upstream with the pump: no (the pump reads it)", { to: "upstream" } as const, false, false],
    ["a plain upstream copied in JS: yes", { to: "upstream" } as const, true, true],
    ["inbound plaintext to a workload with the pump: no", { to: "workload", srcIp: "10.0.0.1" } as const, false, false],
    ["inbound plaintext to a workload copied in JS: yes", { to: "workload", srcIp: "10.0.0.1" } as const, true, true],
  ])("%s", (_what, purpose, jsPlainCopy, want) => {
    expect(pooled(purpose, { jsPlainCopy })).toBe(want);
  });
});
