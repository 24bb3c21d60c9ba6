// Golden vectors (encoded by protoc from the upstream protos) sent byte for byte by a real
// grpc-js server to the real client: the state they produce and the ACK/NACK on the wire.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADDRESS_TYPE_URL, AUTHORIZATION_TYPE_URL } from "../../src/state/from-proto.ts";
import { createState } from "../../src/state/store.ts";
import { createXdsClient, type XdsClient } from "../../xds/client/client.ts";
import { type FakeAds, type FakeStream, startFakeAds, testConfig } from "./xds-client-fake-server.ts";

const vector = (f: string) => readFileSync(join(import.meta.dirname, "../fixtures/vectors", f));

describe("golden vectors through the client", () => {
  const state = createState();
  let ads: FakeAds;
  let client: XdsClient;
  let s: FakeStream;

  beforeAll(async () => {
    ads = await startFakeAds();
    client = createXdsClient({
      config: testConfig(ads.port),
      onDelta: (d) => state.apply(d),
      log: pino({ level: "silent" }),
    });
    client.start();
    s = await ads.stream(0);
    await s.request((r) => r.typeUrl === AUTHORIZATION_TYPE_URL);
  });
  afterAll(async () => {
    await client.stop();
    await ads.close();
  });

  it("wds-response-1: ACK with nonce n-1", async () => {
    s.send(vector("wds-response-1.bin"));
    const ack = await s.request((r) => r.responseNonce === "n-1");
    expect(ack.typeUrl).toBe(ADDRESS_TYPE_URL);
    expect(ack.errorDetail).toBeFalsy();
  });

  it("wds-response-1: echo-a1 exactly", () => {
    expect(state.workload("Kubernetes//Pod/default/echo-a1")).toEqual({
      uid: "Kubernetes//Pod/default/echo-a1",
      name: "echo-a1",
      namespace: "default",
      workloadIps: ["10.0.1.11"],
      hostname: "",
      network: "net1",
      protocol: "HBONE",
      trustDomain: "cluster.local",
      serviceAccount: "echo",
      node: "node-a",
      canonicalName: "echo",
      canonicalRevision: "v1",
      workloadType: "pod",
      workloadName: "echo",
      nativeTunnel: false,
      services: { "default/echo.default.svc.cluster.local": { 80: 8080 } },
      authorizationPolicies: [],
      status: "Healthy",
      clusterId: "Kubernetes",
      locality: { region: "us-east1", zone: "us-east1-b", subzone: "rack-1" },
      networkMode: "Standard",
      capacity: 2,
    });
  });

  it("wds-response-1: echo-b1 dual-stack, capacity absent = 1", () => {
    const w = state.workload("Kubernetes//Pod/default/echo-b1")!;
    expect(w.workloadIps).toEqual(["10.0.2.12", "fd00::2:c"]);
    expect(w.node).toBe("node-b");
    expect(w.locality).toEqual({ region: "us-east1", zone: "us-east1-c", subzone: "" });
    expect(w.capacity).toBe(1);
    expect(w.status).toBe("Healthy");
  });

  it("wds-response-1: echo-c1 unhealthy in us-west1", () => {
    const w = state.workload("Kubernetes//Pod/default/echo-c1")!;
    expect(w.status).toBe("Unhealthy");
    expect(w.workloadIps).toEqual(["10.0.3.13"]);
    expect(w.locality).toEqual({ region: "us-west1", zone: "us-west1-a", subzone: "" });
    expect(w.clusterId).toBe("Kubernetes"); // ztunnel's default for an empty cluster_id
  });

  it("wds-response-1: plain-1 TCP, host network, PROXY tunnel, waypoint by hostname", () => {
    expect(state.workload("Kubernetes//Pod/legacy/plain-1")).toMatchObject({
      namespace: "legacy",
      workloadIps: ["10.0.4.14"],
      protocol: "TCP",
      networkMode: "HostNetwork",
      applicationTunnel: { protocol: "PROXY", port: 15088 },
      waypoint: {
        destination: { hostname: { namespace: "legacy", hostname: "waypoint.legacy.svc.cluster.local" } },
        hboneMtlsPort: 15008,
      },
      authorizationPolicies: ["legacy/deny-all"],
      trustDomain: "cluster.local",
      serviceAccount: "default",
      services: {},
      capacity: 1,
    });
  });

  it("wds-response-1: echo service exactly", () => {
    expect(state.service("default/echo.default.svc.cluster.local")).toEqual({
      name: "echo",
      namespace: "default",
      hostname: "echo.default.svc.cluster.local",
      vips: [
        { network: "net1", address: "10.96.0.10" },
        { network: "net1", address: "fd00::60:a" },
      ],
      ports: { 80: 8080, 9090: 0 },
      subjectAltNames: ["spiffe://cluster.local/ns/default/sa/echo"],
      loadBalancer: {
        routingPreferences: ["Network", "Region", "Zone"],
        mode: "Failover",
        healthPolicy: "OnlyHealthy",
      },
      ipFamilies: "Dual",
      canonical: false,
    });
    expect([...state.endpoints("default/echo.default.svc.cluster.local").keys()].sort()).toEqual([
      "Kubernetes//Pod/default/echo-a1",
      "Kubernetes//Pod/default/echo-b1",
      "Kubernetes//Pod/default/echo-c1",
    ]);
  });

  it("wds-response-1: local-only service exactly", () => {
    expect(state.service("default/local-only.default.svc.cluster.local")).toEqual({
      name: "local-only",
      namespace: "default",
      hostname: "local-only.default.svc.cluster.local",
      vips: [{ network: "net1", address: "10.96.0.11" }],
      ports: { 80: 8080 },
      subjectAltNames: [],
      waypoint: { destination: { address: { network: "net1", address: "10.96.0.99" } }, hboneMtlsPort: 15008 },
      loadBalancer: { routingPreferences: ["Node"], mode: "Strict", healthPolicy: "AllowAll" },
      canonical: false,
    });
    expect(state.counts()).toEqual({ workloads: 4, services: 2, policies: 0 });
  });

  it("authz-response-1: both policies, ACK a-1, client ready", async () => {
    expect(client.isReady()).toBe(false);
    s.send(vector("authz-response-1.bin"));
    const ack = await s.request((r) => r.responseNonce === "a-1");
    expect(ack.errorDetail).toBeFalsy();
    await client.ready;
    expect(client.isReady()).toBe(true);
    expect(state.policy("legacy/deny-all")).toMatchObject({ scope: "Namespace", action: "Deny" });
    expect(state.policy("default/allow-frontend")).toMatchObject({ scope: "WorkloadSelector", action: "Allow" });
  });

  it("wds-response-nack: good ones applied, NACK n-2 names bad-ip and garbage, nothing lost", async () => {
    s.send(vector("wds-response-nack.bin"));
    const nack = await s.request((r) => r.responseNonce === "n-2");
    const msg = nack.errorDetail?.message ?? "";
    expect(msg).toMatch(/^Kubernetes\/\/Pod\/default\/bad-ip: .*4 or 16 bytes, got 5/);
    expect(msg).toContain("; Kubernetes//Pod/default/garbage: cannot decode");
    expect(msg).not.toContain("good");
    expect(state.workload("Kubernetes//Pod/default/good-1")?.workloadIps).toEqual(["10.0.5.1"]);
    expect(state.service("default/good.default.svc.cluster.local")?.vips).toEqual([
      { network: "", address: "10.96.0.20" },
    ]);
    expect(state.workload("Kubernetes//Pod/default/bad-ip")).toBeUndefined();
    expect(state.counts()).toEqual({ workloads: 5, services: 3, policies: 2 });
    const st = client.status()[ADDRESS_TYPE_URL]!;
    expect(st.lastNack?.nonce).toBe("n-2");
    expect(st.lastAck?.nonce).toBe("n-1");
    expect(st.resources).toBe(8);
  });
});
