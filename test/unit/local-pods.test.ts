// Which certificates and pod listeners a node needs for the pods it serves.
import { describe, expect, it } from "vitest";
import { wantedForLocalPods } from "../../src/accept/local-pods.ts";
import { createState } from "../../src/state/store.ts";
import { workload } from "./select-mesh.ts";

const state = createState();
state.apply({
  upsertWorkloads: [
    workload("Kubernetes//Pod/default/a", { workloadIps: ["10.0.0.1"], node: "node-a", serviceAccount: "a" }),
    workload("Kubernetes//Pod/default/b", { workloadIps: ["10.0.0.2"], node: "node-b", serviceAccount: "b" }),
    workload("Kubernetes//Pod/default/legacy", { workloadIps: ["10.0.0.3"], node: "node-a", protocol: "TCP" }),
  ],
});
const config = { nodeName: "node-a", trustDomain: "cluster.local", podListeners: true };

describe("wantedForLocalPods", () => {
  it("local HBONE workloads only: their identity and addresses", () => {
    const w = wantedForLocalPods(state, config, []);
    expect([...w.identities]).toEqual(["spiffe://cluster.local/ns/default/sa/a"]);
    expect([...w.listenOn]).toEqual(["10.0.0.1"]);
  });
  it("a pod istio-cni handed over gets its certificate before xDS names it", () => {
    const w = wantedForLocalPods(state, config, [{ namespace: "new", serviceAccount: "fresh" }]);
    expect(w.identities.has("spiffe://cluster.local/ns/new/sa/fresh")).toBe(true);
  });
  it("without ZTS_POD_LISTENERS no address is listened on; without NODE_NAME every workload is local", () => {
    const w = wantedForLocalPods(state, { ...config, nodeName: "", podListeners: false }, []);
    expect(w.listenOn.size).toBe(0);
    expect(w.identities.size).toBe(2);
  });
});
