// The main thread's state updater: every change applied here reaches the workers once, in
// order; an Address response the workers already have as bytes is not sent again.
import { describe, expect, it } from "vitest";
import { attachSharedState } from "../../src/state/shared/attach.ts";
import { createSharedState } from "../../src/state/shared/writer.ts";
import { createState } from "../../src/state/store.ts";
import type { ProxyMessage } from "../../src/worker/protocol.ts";
import { createStateUpdater, transferOf } from "../../src/worker/updater.ts";
import { workload } from "./select-mesh.ts";

describe("createStateUpdater", () => {
  const a = workload("Kubernetes//Pod/default/a", { workloadIps: ["10.0.0.1"] });
  const b = workload("Kubernetes//Pod/default/b", { workloadIps: ["10.0.0.2"] });

  it("applies here and posts the same delta, in order; posted ones are applied without a second post", () => {
    const state = createState();
    const sent: ProxyMessage[] = [];
    const seen: number[] = [];
    const u = createStateUpdater(
      state,
      (m) => sent.push(m),
      (ch) => seen.push(ch.workloads.size),
    );
    u.apply({ upsertWorkloads: [a] });
    u.apply({ upsertWorkloads: [b] }, true);
    u.apply({ removeAddresses: [a.uid] });
    expect(sent.map((m) => (m.t === "delta" ? (m.delta.upsertWorkloads?.[0]?.name ?? "remove") : m.t))).toEqual([
      "a",
      "remove",
    ]);
    expect([...state.workloads()].map((w) => w.name)).toEqual(["b"]);
    expect(seen).toEqual([1, 1, 1]);
  });

  it("a starting worker's snapshot is the whole state as one delta", () => {
    const state = createState();
    const u = createStateUpdater(
      state,
      () => {},
      () => {},
    );
    u.apply({ upsertWorkloads: [a, b] });
    const snap = u.snapshot();
    expect(snap.t === "delta" && snap.delta.upsertWorkloads?.map((w) => w.name).sort()).toEqual(["a", "b"]);
  });
});

describe("createStateUpdater with the shared layout", () => {
  const a = workload("Kubernetes//Pod/default/a", { workloadIps: ["10.0.0.1"] });

  it("posts no delta, only what changed at which version; a starting worker gets the tables with its own port", () => {
    const state = createSharedState();
    const sent: ProxyMessage[] = [];
    const u = createStateUpdater(
      state,
      (m) => sent.push(m),
      () => {},
      state,
    );
    u.postAddresses({ count: 0 } as never, []);
    u.apply({ upsertWorkloads: [a] });
    expect(sent.map((m) => m.t)).toEqual(["changes"]);
    const first = sent[0];
    expect(first?.t === "changes" && [first.version, [...first.changes.workloads]]).toEqual([1, [a.uid]]);
    const snap = u.snapshot();
    if (snap.t !== "shared-state") throw new Error(`snapshot is ${snap.t}`);
    expect(transferOf(snap)).toEqual([snap.handle.port]);
    expect(attachSharedState(snap.handle).workload(a.uid)?.name).toBe("a");
    snap.handle.port.close();
  });
});
