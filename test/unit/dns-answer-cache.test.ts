import { describe, expect, it } from "vitest";
import { createCachedLookup } from "../../src/dns/answer-cache.ts";
import { lookup, type Requester } from "../../src/dns/lookup.ts";
import { createState } from "../../src/state/store.ts";
import { service } from "../fixtures/mesh-model.ts";

const client: Requester = { name: "c", namespace: "ns1", network: "", canonicalName: "", canonicalRevision: "" };
const svc = (hostname: string, ips: string[]) =>
  service({
    name: hostname.split(".")[0]!,
    namespace: "ns1",
    hostname,
    vips: ips.map((address) => ({ network: "", address })),
  });

describe("dns answer cache", () => {
  it("gives what the lookup gives (CNAME first for a search-appended name)", () => {
    const state = createState();
    state.apply({ upsertServices: [svc("a.ns1.svc.cluster.local", ["10.0.0.1"])] });
    const cached = createCachedLookup(state, { clusterDomain: "cluster.local" });
    for (const name of ["a", "a.ns1", "a.ns1.ns1.svc.cluster.local", "nope.example"]) {
      const want = lookup(state, client, name, "A", { clusterDomain: "cluster.local" });
      expect(cached(client, name, "A")).toEqual(want);
      expect(cached(client, name, "A")).toEqual(want);
    }
  });

  it("sees a state change at once: a name forwarded before is answered after its service arrives", () => {
    const state = createState();
    const cached = createCachedLookup(state, { clusterDomain: "cluster.local" });
    expect(cached(client, "late.ns1.svc.cluster.local", "A")).toEqual({ kind: "forward" });
    state.apply({ upsertServices: [svc("late.ns1.svc.cluster.local", ["10.0.0.2"])] });
    const d = cached(client, "late.ns1.svc.cluster.local", "A");
    expect(d.kind === "answer" && d.answers.map((a) => a.data)).toEqual(["10.0.0.2"]);
  });

  it("keeps requesters of different namespaces apart", () => {
    const state = createState();
    state.apply({ upsertServices: [svc("a.ns1.svc.cluster.local", ["10.0.0.1"])] });
    const cached = createCachedLookup(state, { clusterDomain: "cluster.local" });
    expect(cached(client, "a", "A").kind).toBe("answer");
    expect(cached({ ...client, namespace: "ns2" }, "a", "A")).toEqual({ kind: "forward" });
  });

  it("still shuffles the addresses of each answer", () => {
    const state = createState();
    state.apply({ upsertServices: [svc("m.ns1.svc.cluster.local", ["10.0.0.1", "10.0.0.2", "10.0.0.3"])] });
    const cached = createCachedLookup(state, { clusterDomain: "cluster.local" });
    const firsts = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const d = cached(client, "m.ns1.svc.cluster.local", "A");
      if (d.kind === "answer") firsts.add(d.answers[0]!.data);
    }
    expect([...firsts].sort()).toEqual(["10.0.0.1", "10.0.0.2", "10.0.0.3"]);
  });
});
