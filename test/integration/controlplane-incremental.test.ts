// Incremental pushes over real gRPC on loopback: a mesh directory with one object per file,
// watched by the embedded control plane; a delta ADS client written here on raw grpc-js (the
// test depends only on the wire) holds the mesh, and each edit of one file must bring exactly
// the resources that object's change touches — by name — and nothing for the other type.
import { mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ControlPlane, startControlPlane, type UpdateEvent } from "../../xds/controlplane/server.ts";
import { istio } from "../../xds/gen/protos.js";
import { ADDRESS, AUTHZ, DeltaAdsClient, deltaStream, type Resp } from "../fixtures/delta-ads-client.ts";

const pod = (name: string, ip: string, ready: boolean) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: default, labels: {app: echo}}
spec: {nodeName: node-a, serviceAccountName: echo}
status:
  podIP: ${ip}
  conditions: [{type: Ready, status: "${ready ? "True" : "False"}"}]
`;

const policy = (name: string, port: string) => `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: ${name}, namespace: default}
spec:
  selector: {matchLabels: {app: echo}}
  action: DENY
  rules:
    - from: [{source: {notNamespaces: ["default"]}}]
      to: [{operation: {ports: ["${port}"]}}]
`;

const service = (targetPort: number) => `apiVersion: v1
kind: Service
metadata: {name: echo, namespace: default}
spec:
  clusterIP: 127.0.10.1
  selector: {app: echo}
  ports: [{name: http, port: 80, targetPort: ${targetPort}}]
`;

const FILES: Record<string, string> = {
  "namespace.yaml":
    "apiVersion: v1\nkind: Namespace\nmetadata: {name: default, labels: {istio.io/dataplane-mode: ambient}}\n",
  "node-a.yaml": "apiVersion: v1\nkind: Node\nmetadata: {name: node-a}\n",
  "service-echo.yaml": service(8080),
  "pod-echo-a.yaml": pod("echo-a", "127.0.20.1", true),
  "pod-echo-b.yaml": pod("echo-b", "127.0.20.2", true),
  "policy-deny-a.yaml": policy("deny-a", "8080"),
  "policy-deny-b.yaml": policy("deny-b", "9090"),
};

let dir: string;
let cp: ControlPlane;
let ads: ReturnType<typeof adsClient>;
const updates: UpdateEvent[] = [];

/** Subscribes to both types, queues responses and ACKs each. */
function adsClient(address: string, token: string) {
  const client = new DeltaAdsClient(address, grpc.credentials.createInsecure());
  const md = new grpc.Metadata();
  md.set("authorization", `Bearer ${token}`);
  const call = deltaStream(client, md);
  const queue: Resp[] = [];
  const waiters: ((r: Resp) => void)[] = [];
  call.on("data", (r: Resp) => {
    call.write({ typeUrl: r.typeUrl, responseNonce: r.nonce });
    const w = waiters.shift();
    if (w) w(r);
    else queue.push(r);
  });
  call.on("error", () => {});
  for (const typeUrl of [ADDRESS, AUTHZ])
    call.write({ typeUrl, node: { id: "ztunnel~127.0.0.1~t.default~default.svc.cluster.local" } });
  return {
    next(timeoutMs = 3000): Promise<Resp> {
      const r = queue.shift();
      if (r) return Promise.resolve(r);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => {
          waiters.splice(waiters.indexOf(done), 1);
          reject(new Error("no response within timeout"));
        }, timeoutMs);
        const done = (x: Resp) => {
          clearTimeout(t);
          resolve(x);
        };
        waiters.push(done);
      });
    },
    /** True if another response arrives within `ms`. */
    async anyWithin(ms: number): Promise<boolean> {
      return this.next(ms).then(
        () => true,
        () => false,
      );
    },
    close() {
      call.cancel();
      client.close();
    },
  };
}

const names = (r: Resp) => r.resources.map((x) => x.name).sort();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zts-cpinc-"));
  for (const [f, text] of Object.entries(FILES)) await writeFile(join(dir, f), text);
  cp = await startControlPlane({ mesh: dir, port: 0, debounceMs: 20 });
  cp.onUpdate((e) => updates.push(e));
  ads = adsClient(cp.address, cp.tokenFor("node-a"));
  const first = [await ads.next(), await ads.next()];
  expect(first.map((r) => r.typeUrl).sort()).toEqual([ADDRESS, AUTHZ].sort());
});

afterAll(async () => {
  ads?.close();
  await cp?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("one file edited → only what it changes is pushed", () => {
  it("editing one policy file pushes that policy alone, with its new rule", async () => {
    await writeFile(join(dir, "policy-deny-a.yaml"), policy("deny-a", "8443"));
    const r = await ads.next();
    expect(r.typeUrl).toBe(AUTHZ);
    expect(names(r)).toEqual(["default/deny-a"]);
    expect(r.removedResources).toEqual([]);
    // Computed from the policy alone, not by translating the mesh again.
    expect(updates.at(-1)?.path).toBe("policies");
    const a = istio.security.Authorization.decode(r.resources[0]!.resource!.value!);
    const clause = a.rules?.[0]?.clauses?.[0];
    expect(clause?.matches?.[0]?.destinationPorts).toEqual([8443]);
    // The workloads the policy selects still list it: no Address push follows.
    expect(await ads.anyWithin(300)).toBe(false);
  });

  it("editing one pod file pushes that workload alone, with its new state", async () => {
    await writeFile(join(dir, "pod-echo-a.yaml"), pod("echo-a", "127.0.20.1", false));
    const r = await ads.next();
    expect(r.typeUrl).toBe(ADDRESS);
    expect(names(r)).toEqual(["Kubernetes//Pod/default/echo-a"]);
    expect(r.removedResources).toEqual([]);
    expect(updates.at(-1)?.path).toBe("pods");
    const w = istio.workload.Address.decode(r.resources[0]!.resource!.value!).workload;
    expect(w?.status).toBe(istio.workload.WorkloadStatus.UNHEALTHY);
    expect(await ads.anyWithin(300)).toBe(false);
  });

  it("editing a Service's target port pushes the Service and the workloads it selects, nothing else", async () => {
    await writeFile(join(dir, "service-echo.yaml"), service(9090));
    const r = await ads.next();
    expect(r.typeUrl).toBe(ADDRESS);
    expect(names(r)).toEqual([
      "Kubernetes//Pod/default/echo-a",
      "Kubernetes//Pod/default/echo-b",
      "default/echo.default.svc.cluster.local",
    ]);
    expect(updates.at(-1)?.path).toBe("services");
    // Both pods now map the service's port 80 to 9090.
    const targets = r.resources.flatMap((x) => {
      const w = istio.workload.Address.decode(x.resource!.value!).workload;
      return w ? [w.services?.["default/echo.default.svc.cluster.local"]?.ports?.[0]?.targetPort] : [];
    });
    expect(targets).toEqual([9090, 9090]);
    expect(await ads.anyWithin(300)).toBe(false);
  });

  it("deleting one pod file removes that workload alone", async () => {
    await unlink(join(dir, "pod-echo-b.yaml"));
    const r = await ads.next();
    expect(r.typeUrl).toBe(ADDRESS);
    expect(r.resources).toEqual([]);
    expect(r.removedResources).toEqual(["Kubernetes//Pod/default/echo-b"]);
    expect(await ads.anyWithin(300)).toBe(false);
  });

  it("rewriting a file with the same objects pushes nothing", async () => {
    await writeFile(join(dir, "policy-deny-b.yaml"), `# unchanged, reformatted\n${policy("deny-b", "9090")}`);
    expect(await ads.anyWithin(400)).toBe(false);
  });
});
