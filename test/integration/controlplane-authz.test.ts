// AuthorizationPolicy / PeerAuthentication through the real control plane over gRPC on
// loopback: a delta ADS client written here on raw grpc-js (so the test depends only on the
// wire) subscribes to Authorization and Address, and gets the translated policies as istiod
// would send them (authorization.go convertAuthorizationPolicy, policies.go DefaultPolicy),
// the selected workload naming them, and a removal when a policy leaves the mesh file.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ControlPlane, startControlPlane } from "../../xds/controlplane/server.ts";
import { istio } from "../../xds/gen/protos.js";
import { ADDRESS, AUTHZ, DeltaAdsClient, deltaStream, type Resp } from "../fixtures/delta-ads-client.ts";

const BASE = `
apiVersion: v1
kind: Node
metadata: {name: node-a}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: default, labels: {app: web}}
spec: {nodeName: node-a, serviceAccountName: web}
status: {podIP: 127.0.40.1}
---
apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: strict, namespace: default}
spec: {mtls: {mode: STRICT}}
`;

const POLICY = `
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: deny-outsiders, namespace: default}
spec:
  selector: {matchLabels: {app: web}}
  action: DENY
  rules:
    - from: [{source: {notNamespaces: ["default"], ipBlocks: ["127.0.0.0/8"]}}]
      to: [{operation: {ports: ["8080"]}}]
`;

let dir: string;
let mesh: string;
let cp: ControlPlane;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zts-cp-authz-"));
  mesh = join(dir, "mesh.yaml");
  await writeFile(mesh, BASE + POLICY);
  cp = await startControlPlane({ mesh, port: 0, watch: false });
});

afterAll(async () => {
  await cp?.close();
  await rm(dir, { recursive: true, force: true });
});

function subscribe(types: string[]) {
  const client = new DeltaAdsClient(cp.address, grpc.credentials.createInsecure());
  const md = new grpc.Metadata();
  md.set("authorization", `Bearer ${cp.tokenFor("node-a")}`);
  const call = deltaStream(client, md);
  const queue: Resp[] = [];
  const waiters: ((r: Resp) => void)[] = [];
  call.on("data", (r: Resp) => {
    call.write({ typeUrl: r.typeUrl, responseNonce: r.nonce }); // ACK
    const w = waiters.shift();
    if (w) w(r);
    else queue.push(r);
  });
  call.on("error", () => {});
  for (const typeUrl of types) call.write({ typeUrl, node: { id: "ztunnel~127.0.0.1~t.default~default.svc" } });
  return {
    next(ms = 3000): Promise<Resp> {
      const r = queue.shift();
      if (r) return Promise.resolve(r);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error("no response within timeout")), ms);
        waiters.push((x) => {
          clearTimeout(t);
          resolve(x);
        });
      });
    },
    close() {
      call.cancel();
      client.close();
    },
  };
}

const decodeAuthz = (r: Resp) =>
  new Map(r.resources.map((x) => [x.name, istio.security.Authorization.decode(x.resource!.value!)]));

describe("Authorization over delta ADS", () => {
  it("a client subscribed to Authorization receives the translated policy and the static STRICT policy", async () => {
    const c = subscribe([AUTHZ]);
    try {
      const r = await c.next();
      expect(r.typeUrl).toBe(AUTHZ);
      const got = decodeAuthz(r);
      expect([...got.keys()].sort()).toEqual(["default/deny-outsiders", "istio-system/istio_converted_static_strict"]);
      const p = got.get("default/deny-outsiders")!;
      expect(p.name).toBe("deny-outsiders");
      expect(p.namespace).toBe("default");
      expect(p.scope).toBe(istio.security.Scope.WORKLOAD_SELECTOR);
      expect(p.action).toBe(istio.security.Action.DENY);
      expect(p.dryRun).toBe(false);
      // handleRule: the `to` clause first, then the `from` clause.
      expect(p.rules).toHaveLength(1);
      const [toClause, fromClause] = p.rules[0]?.clauses ?? [];
      expect(toClause?.matches?.[0]?.destinationPorts).toEqual([8080]);
      const from = fromClause?.matches?.[0];
      expect(from?.notNamespaces?.map((s) => s.exact)).toEqual(["default"]);
      expect(from?.sourceIps?.map((a) => [[...(a.address ?? [])], a.length])).toEqual([[[127, 0, 0, 0], 8]]);
      const s = got.get("istio-system/istio_converted_static_strict")!;
      expect(s.action).toBe(istio.security.Action.DENY);
      expect(s.rules[0]?.clauses?.[0]?.matches?.[0]?.notPrincipals?.[0]?.presence).toBeTruthy();
    } finally {
      c.close();
    }
  });

  it("the selected workload's Address names the policy and the static STRICT policy", async () => {
    const c = subscribe([ADDRESS]);
    try {
      const r = await c.next();
      const web = r.resources
        .map((x) => istio.workload.Address.decode(x.resource!.value!))
        .find((a) => a.workload?.name === "web");
      expect(web?.workload?.authorizationPolicies).toEqual([
        "default/deny-outsiders",
        "istio-system/istio_converted_static_strict",
      ]);
    } finally {
      c.close();
    }
  });

  it("removing the policy from the mesh file sends its removal, and nothing else", async () => {
    const c = subscribe([AUTHZ]);
    try {
      await c.next();
      await writeFile(mesh, BASE);
      await cp.reload();
      const r = await c.next();
      expect(r.typeUrl).toBe(AUTHZ);
      expect(r.removedResources).toEqual(["default/deny-outsiders"]);
      expect(r.resources).toEqual([]);
    } finally {
      c.close();
    }
  });
});
