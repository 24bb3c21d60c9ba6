// The embedded control plane over real gRPC on loopback: delta ADS sync, deltas on mesh file
// changes, reconnect with initial_resource_versions, NACK bookkeeping, bad edits, and the CA's
// authentication / node authorization. The ADS and CA clients are written here on raw grpc-js
// so these tests depend only on the wire protocol.
import { X509Certificate } from "node:crypto";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCsr } from "../../src/identity/csr.ts";
import { type ControlPlane, startControlPlane } from "../../xds/controlplane/server.ts";
import { envoy, istio } from "../../xds/gen/protos.js";
import { until } from "../fixtures/proxy-harness.ts";

const ADDRESS = "type.googleapis.com/istio.workload.Address";
const AUTHZ = "type.googleapis.com/istio.security.Authorization";
const FIXTURE = new URL("../fixtures/mesh-basic/mesh.yaml", import.meta.url).pathname;

type Req = envoy.service.discovery.v3.DeltaDiscoveryRequest.$Properties;
type Resp = envoy.service.discovery.v3.DeltaDiscoveryResponse;
const { DeltaDiscoveryRequest, DeltaDiscoveryResponse } = envoy.service.discovery.v3;
const { IstioCertificateRequest, IstioCertificateResponse } = istio.v1.auth;

const clientDef: grpc.ServiceDefinition = {
  delta: {
    path: "/envoy.service.discovery.v3.AggregatedDiscoveryService/DeltaAggregatedResources",
    requestStream: true,
    responseStream: true,
    requestSerialize: (m: Req) => Buffer.from(DeltaDiscoveryRequest.encode(m).finish()),
    requestDeserialize: (b: Buffer) => DeltaDiscoveryRequest.decode(b),
    responseSerialize: (m: Resp) => Buffer.from(DeltaDiscoveryResponse.encode(m).finish()),
    responseDeserialize: (b: Buffer) => DeltaDiscoveryResponse.decode(b),
  },
  sign: {
    path: "/istio.v1.auth.IstioCertificateService/CreateCertificate",
    requestStream: false,
    responseStream: false,
    requestSerialize: (m: istio.v1.auth.IstioCertificateRequest.$Properties) =>
      Buffer.from(IstioCertificateRequest.encode(m).finish()),
    requestDeserialize: (b: Buffer) => IstioCertificateRequest.decode(b),
    responseSerialize: (m: istio.v1.auth.IstioCertificateResponse.$Properties) =>
      Buffer.from(IstioCertificateResponse.encode(m).finish()),
    responseDeserialize: (b: Buffer) => IstioCertificateResponse.decode(b),
  },
};
const Client = grpc.makeGenericClientConstructor(clientDef, "ControlPlaneTestClient");

/** A minimal delta ADS client: subscribes to both types, queues responses, ACKs (or NACKs) them. */
function adsClient(
  address: string,
  initial: Record<string, Record<string, string>> = {},
  nackWith?: string,
  /** null: no authorization metadata at all. */
  token: string | null = cp.tokenFor("node-a"),
) {
  const client = new Client(address, grpc.credentials.createInsecure(), {
    "grpc.max_receive_message_length": 256 * 1024 * 1024,
  });
  const md = new grpc.Metadata();
  if (token !== null) md.set("authorization", `Bearer ${token}`);
  const call = (client as unknown as { delta(md: grpc.Metadata): grpc.ClientDuplexStream<Req, Resp> }).delta(md);
  let status: grpc.StatusObject | undefined;
  call.on("status", (s: grpc.StatusObject) => {
    status = s;
  });
  const queue: Resp[] = [];
  const waiters: ((r: Resp) => void)[] = [];
  call.on("data", (r: Resp) => {
    call.write({
      typeUrl: r.typeUrl,
      responseNonce: r.nonce,
      ...(nackWith ? { errorDetail: { code: 3, message: nackWith } } : {}),
    });
    const w = waiters.shift();
    if (w) w(r);
    else queue.push(r);
  });
  call.on("error", () => {});
  for (const typeUrl of [ADDRESS, AUTHZ]) {
    call.write({
      typeUrl,
      node: { id: "ztunnel~127.0.0.1~test.default~default.svc.cluster.local" },
      initialResourceVersions: initial[typeUrl] ?? {},
    });
  }
  return {
    next(timeoutMs = 3000): Promise<Resp> {
      const r = queue.shift();
      if (r) return Promise.resolve(r);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error("no response within timeout")), timeoutMs);
        waiters.push((x) => {
          clearTimeout(t);
          resolve(x);
        });
      });
    },
    /** Resolves with true if a response arrives within ms. */
    async anyWithin(ms: number): Promise<boolean> {
      return this.next(ms).then(
        () => true,
        () => false,
      );
    },
    /** The stream's final status once it has ended. */
    status: () => status,
    close() {
      call.cancel();
      client.close();
    },
  };
}

async function initialSync(c: ReturnType<typeof adsClient>) {
  const byType = new Map<string, Resp>();
  for (let i = 0; i < 2; i++) {
    const r = await c.next();
    byType.set(r.typeUrl, r);
  }
  return byType;
}

const versions = (r: Resp | undefined) => Object.fromEntries((r?.resources ?? []).map((x) => [x.name, x.version]));
const names = (r: Resp | undefined) => (r?.resources ?? []).map((x) => x.name).sort();

let dir: string;
let mesh: string;
let cp: ControlPlane;

async function edit(fn: (text: string) => string) {
  await writeFile(mesh, fn(await readFile(mesh, "utf8")));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zts-cp-"));
  mesh = join(dir, "mesh.yaml");
  await copyFile(FIXTURE, mesh);
  cp = await startControlPlane({ mesh, port: 0, debounceMs: 50 });
});

afterAll(async () => {
  await cp?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("delta ADS", () => {
  let firstVersions: Record<string, string> = {};

  it("a wildcard client gets every workload and service, and an empty policy set", async () => {
    const c = adsClient(cp.address);
    const sync = await initialSync(c);
    c.close();
    const addr = sync.get(ADDRESS);
    expect(names(addr)).toEqual([
      "Kubernetes//Pod/default/client-b",
      "Kubernetes//Pod/default/echo-a",
      "Kubernetes//Pod/default/echo-b",
      "default/echo.default.svc.cluster.local",
    ]);
    expect(addr?.removedResources).toEqual([]);
    expect(sync.get(AUTHZ)?.resources).toEqual([]);
    const echoA = addr?.resources.find((r) => r.name === "Kubernetes//Pod/default/echo-a");
    expect(echoA?.resource?.type_url).toBe(ADDRESS);
    const w = istio.workload.Address.decode(echoA?.resource?.value ?? new Uint8Array()).workload;
    expect([...(w?.addresses?.[0] ?? [])]).toEqual([127, 0, 20, 1]);
    expect(w?.tunnelProtocol).toBe(istio.workload.TunnelProtocol.HBONE);
    firstVersions = versions(addr);
  });

  it("a mesh file change pushes only the changed resource and the removals", async () => {
    const c = adsClient(cp.address);
    await initialSync(c);
    await edit(
      (t) =>
        t
          .replace(/(name: echo-b[\s\S]*?status: )"True"/, '$1"False"') // echo-b becomes unready
          .replace(/---\napiVersion: v1\nkind: Pod\nmetadata:\n {2}name: client-b[\s\S]*$/, ""), // client-b goes
    );
    const r = await c.next();
    c.close();
    expect(r.typeUrl).toBe(ADDRESS);
    expect(names(r)).toEqual(["Kubernetes//Pod/default/echo-b"]);
    expect(r.removedResources).toEqual(["Kubernetes//Pod/default/client-b"]);
    const w = istio.workload.Address.decode(r.resources[0]?.resource?.value ?? new Uint8Array()).workload;
    expect(w?.status).toBe(istio.workload.WorkloadStatus.UNHEALTHY);
  });

  it("a reconnect with initial_resource_versions gets only what changed since, plus removals", async () => {
    // firstVersions is the state before the previous test's edit.
    const c = adsClient(cp.address, { [ADDRESS]: firstVersions });
    const sync = await initialSync(c);
    c.close();
    const addr = sync.get(ADDRESS);
    expect(names(addr)).toEqual(["Kubernetes//Pod/default/echo-b"]);
    expect(addr?.removedResources).toEqual(["Kubernetes//Pod/default/client-b"]);
  });

  it("a reconnect that is fully up to date gets an empty first response", async () => {
    const c0 = adsClient(cp.address);
    const now = versions((await initialSync(c0)).get(ADDRESS));
    c0.close();
    const c = adsClient(cp.address, { [ADDRESS]: now });
    const addr = (await initialSync(c)).get(ADDRESS);
    c.close();
    expect(addr?.resources).toEqual([]);
    expect(addr?.removedResources).toEqual([]);
  });

  it("records NACKs with their message", async () => {
    const c = adsClient(cp.address, {}, "bad-ip: 3 bytes");
    await initialSync(c);
    await new Promise((r) => setTimeout(r, 100));
    c.close();
    expect(cp.nacks().some((n) => n.message === "bad-ip: 3 bytes" && n.typeUrl === ADDRESS)).toBe(true);
  });

  it("a client without a node token is refused with UNAUTHENTICATED and is sent no resource", async () => {
    const c = adsClient(cp.address, {}, undefined, null);
    expect(await c.anyWithin(1000)).toBe(false);
    await until(() => c.status() !== undefined);
    expect(c.status()).toMatchObject({ code: grpc.status.UNAUTHENTICATED });
    expect(c.status()?.details).toMatch(/Bearer/);
    c.close();
  });

  it("a client with a token this control plane did not issue is refused with UNAUTHENTICATED", async () => {
    const c = adsClient(cp.address, {}, undefined, "not-a-token-we-issued");
    expect(await c.anyWithin(1000)).toBe(false);
    await until(() => c.status() !== undefined);
    expect(c.status()).toMatchObject({ code: grpc.status.UNAUTHENTICATED, details: "unknown token" });
    c.close();
  });

  it("a bad edit keeps the last good mesh and pushes nothing", async () => {
    const c = adsClient(cp.address);
    await initialSync(c);
    const before = cp.mesh();
    const good = await readFile(mesh, "utf8");
    await writeFile(mesh, `${good}\n---\nkind: Deployment\nmetadata: {name: web}\n`);
    await expect(cp.reload()).rejects.toThrow(/Deployment web: kind/);
    expect(cp.mesh()).toBe(before);
    expect(cp.lastError()?.message).toMatch(/mesh\.yaml#\d+: Deployment/);
    expect(await c.anyWithin(300)).toBe(false);
    await writeFile(mesh, good); // restore for later tests
    await cp.reload();
    c.close();
  });
});

type SignFn = (
  r: istio.v1.auth.IstioCertificateRequest.$Properties,
  m: grpc.Metadata,
  cb: (e: grpc.ServiceError | null, r?: istio.v1.auth.IstioCertificateResponse) => void,
) => void;

describe("CA", () => {
  function sign(token: string | undefined, csr: string, impersonate?: string) {
    const client = new Client(cp.address, grpc.credentials.createInsecure());
    const md = new grpc.Metadata();
    if (token !== undefined) md.set("authorization", `Bearer ${token}`);
    const req: istio.v1.auth.IstioCertificateRequest.$Properties = { csr, validityDuration: 3600 };
    if (impersonate) req.metadata = { fields: { ImpersonatedIdentity: { stringValue: impersonate } } };
    const call = (client as unknown as { sign: SignFn }).sign.bind(client);
    return new Promise<string[]>((resolve, reject) => {
      call(req, md, (e, r) => {
        client.close();
        if (e) reject(e);
        else resolve(r?.certChain ?? []);
      });
    });
  }
  const ECHO = "spiffe://cluster.local/ns/default/sa/echo";
  const CLIENT = "spiffe://cluster.local/ns/default/sa/client";

  it("signs an impersonated identity of a pod on the caller's node; the chain verifies against the root", async () => {
    const { csrPem } = await createCsr(ECHO);
    const chain = await sign(cp.tokenFor("node-a"), csrPem, ECHO);
    const leaf = new X509Certificate(chain[0] ?? "");
    expect(leaf.verify(new X509Certificate(cp.rootPem).publicKey)).toBe(true);
    expect(leaf.subjectAltName).toBe(`URI:${ECHO}`);
  });

  it("refuses an identity whose pods run only on another node with PERMISSION_DENIED", async () => {
    const { csrPem } = await createCsr(CLIENT);
    await expect(sign(cp.tokenFor("node-a"), csrPem, CLIENT)).rejects.toMatchObject({
      code: grpc.status.PERMISSION_DENIED,
    });
  });

  it("refuses a CSR SAN for another node's pod even without impersonation metadata", async () => {
    const { csrPem } = await createCsr(CLIENT);
    await expect(sign(cp.tokenFor("node-a"), csrPem)).rejects.toMatchObject({ code: grpc.status.PERMISSION_DENIED });
  });

  it("refuses a call without a token, or with an unknown one, with UNAUTHENTICATED", async () => {
    const { csrPem } = await createCsr(ECHO);
    await expect(sign(undefined, csrPem, ECHO)).rejects.toMatchObject({ code: grpc.status.UNAUTHENTICATED });
    await expect(sign("not-a-token", csrPem, ECHO)).rejects.toMatchObject({ code: grpc.status.UNAUTHENTICATED });
  });
});
