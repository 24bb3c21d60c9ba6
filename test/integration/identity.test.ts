import { X509Certificate } from "node:crypto";
import tls from "node:tls";
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEndpoint } from "../../src/config.ts";
import { createCaClient } from "../../src/identity/ca-client.ts";
import { createCertStore } from "../../src/identity/cert-store.ts";
import { createLocalCa, type LocalCa } from "../../src/identity/local-ca.ts";
import { certInfo } from "../../src/identity/pem.ts";
import { buildSpiffeId, parseSpiffeId } from "../../src/identity/spiffe.ts";
import { createCaServer } from "../../xds/controlplane/ca-server.ts";
import { echoServer, hboneClient, hboneServer, SERVER_DATAPATH, until } from "../fixtures/hbone-mesh.ts";

// The `hbone-native` project runs this file for its HBONE server tests; the others have no
// server in them and would only run twice.
const noServer = it.skipIf(SERVER_DATAPATH === "native");

const ID_A = "spiffe://cluster.local/ns/default/sa/client";
const ID_B = "spiffe://cluster.local/ns/default/sa/server";
const ID_OTHER_NODE = "spiffe://cluster.local/ns/default/sa/elsewhere";

let ca: LocalCa;
let server: grpc.Server | undefined;
let port = 0;
const seen: { auth?: string; clusterid?: string; impersonated?: string }[] = [];

async function startCa(p = 0): Promise<number> {
  const cs = createCaServer({
    ca,
    trustDomain: "cluster.local",
    nodeForToken: (t) => (t === "tok-a" ? "node-a" : undefined),
    hasPodOnNode: (node, ns, sa) => node === "node-a" && ns === "default" && ["client", "server"].includes(sa),
  });
  const s = new grpc.Server();
  const inner = cs.handlers.CreateCertificate as grpc.handleUnaryCall<unknown, unknown>;
  s.addService(cs.service, {
    CreateCertificate: (
      call: grpc.ServerUnaryCall<{ metadata?: { fields?: Record<string, { stringValue?: string }> } }, unknown>,
      cb: grpc.sendUnaryData<unknown>,
    ) => {
      seen.push({
        auth: String(call.metadata.get("authorization")[0] ?? ""),
        clusterid: String(call.metadata.get("clusterid")[0] ?? ""),
        impersonated: call.request.metadata?.fields?.ImpersonatedIdentity?.stringValue,
      });
      inner(call as never, cb);
    },
  });
  const bound = await new Promise<number>((res, rej) =>
    s.bindAsync(`127.0.0.1:${p}`, grpc.ServerCredentials.createInsecure(), (e, n) => (e ? rej(e) : res(n))),
  );
  server = s;
  return bound;
}
const stopCa = () => new Promise<void>((r) => (server ? server.tryShutdown(() => r()) : r()));

const client = (ttlMs = 3600_000) =>
  createCaClient({
    endpoint: parseEndpoint(`http://127.0.0.1:${port}`, "CA_ADDRESS"),
    token: async () => "tok-a",
    clusterId: "Kubernetes",
    ttlMs,
  });

beforeAll(async () => {
  ca = await createLocalCa({ trustDomain: "cluster.local" });
  port = await startCa();
});
afterAll(async () => {
  server?.forceShutdown();
});

describe("SPIFFE ids", () => {
  noServer("round-trips and rejects malformed ids", () => {
    const id = { trustDomain: "cluster.local", namespace: "default", serviceAccount: "sleep" };
    expect(parseSpiffeId(buildSpiffeId(id))).toEqual(id);
    for (const bad of ["spiffe://td/ns/a", "http://td/ns/a/sa/b", "spiffe://td/ns/a/sa/b/c", "spiffe:///ns/a/sa/b"]) {
      expect(() => parseSpiffeId(bad)).toThrow(/SPIFFE/);
    }
  });
});

describe("Istio CA client against the embedded CA over real gRPC", () => {
  noServer("gets a P-256 cert for the impersonated identity, chained to the mesh root", async () => {
    const c = client();
    const got = await c.fetch(ID_A);
    c.close();
    const leaf = new X509Certificate(got.chainPem[0]!);
    expect(certInfo(got.chainPem[0]!).uris).toEqual([ID_A]);
    expect(leaf.verify(new X509Certificate(ca.rootPem).publicKey)).toBe(true);
    expect(leaf.publicKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(seen.at(-1)).toEqual({ auth: "Bearer tok-a", clusterid: "Kubernetes", impersonated: ID_A });
  });

  noServer("is refused for a pod that is not on this node", async () => {
    const c = client();
    await expect(c.fetch(ID_OTHER_NODE)).rejects.toMatchObject({ code: "ZTS_IDENTITY_CA" });
    c.close();
  });
});

describe("cert store", () => {
  noServer("coalesces concurrent requests for one identity into one CA call", async () => {
    const c = client();
    let calls = 0;
    const store = createCertStore({
      source: (id) => {
        calls++;
        return c.fetch(id);
      },
      rootsPem: [ca.rootPem],
    });
    const all = await Promise.all(Array.from({ length: 10 }, () => store.get(ID_A)));
    expect(calls).toBe(1);
    expect(new Set(all).size).toBe(1);
    expect(store.dump()[0]).toMatchObject({ identity: ID_A, state: "Available" });
    store.close();
    c.close();
  });

  it("rotates at half life without dropping an open tunnel", async () => {
    const c = client(2000);
    const store = createCertStore({ source: c.fetch, rootsPem: [ca.rootPem] });
    const issued: string[] = [];
    store.subscribe((cert) => issued.push(`${cert.identity} ${certInfo(cert.chainPem[0]!).serialNumber}`));
    await store.get(ID_A);
    await store.get(ID_B);
    const echo = await echoServer("127.0.7.12", 8080);
    // The HBONE server of ZTS_HBONE_DATAPATH (the `hbone-native` project runs this on the addon's).
    const srv = hboneServer({
      certFor: () => store.current(ID_B),
      resolveTarget: (d) => d,
    });
    const l = await srv.listen([{ host: "127.0.7.12", port: 15008 }]);
    const hc = hboneClient({ certFor: (id) => store.current(id) });
    const s = await hc.connect({
      srcIdentity: ID_A,
      dstIdentities: [ID_B],
      dstAddr: { host: "127.0.7.12", port: 15008 },
      srcIp: "127.0.7.11",
      authority: "127.0.7.12:8080",
    });
    const echoOnce = (msg: string) =>
      new Promise<string>((resolve) => {
        s.once("data", (d: Buffer) => resolve(d.toString()));
        s.write(msg);
      });
    expect(await echoOnce("before")).toBe("before");
    const serialBefore = certInfo(store.current(ID_A)!.chainPem[0]!).serialNumber;
    await new Promise((r) => setTimeout(r, 2500));
    expect(certInfo(store.current(ID_A)!.chainPem[0]!).serialNumber).not.toBe(serialBefore);
    expect(issued.filter((x) => x.startsWith(ID_A)).length).toBeGreaterThanOrEqual(2);
    expect(await echoOnce("after rotation")).toBe("after rotation");
    s.end();
    hc.close();
    srv.close();
    await l.close();
    echo.close();
    store.close();
    c.close();
  }, 15_000);

  it("serves a connection made after its certificate rotated with the new certificate", async () => {
    const c = client(2000);
    const store = createCertStore({ source: c.fetch, rootsPem: [ca.rootPem] });
    await store.get(ID_A);
    const first = await store.get(ID_B);
    const srv = hboneServer({ certFor: () => store.current(ID_B), resolveTarget: () => undefined });
    const l = await srv.listen([{ host: "127.0.7.13", port: 15008 }]);
    const serial = (pem: string) => new X509Certificate(pem).serialNumber;
    /** The serial number of the certificate a new mTLS connection to the server is shown. */
    const served = () =>
      new Promise<string>((resolve, reject) => {
        const me = store.current(ID_A)!;
        const t = tls.connect({
          host: "127.0.7.13",
          port: 15008,
          cert: me.chainPem.join(""),
          key: me.keyPem,
          ca: [ca.rootPem],
          ALPNProtocols: ["h2"],
          minVersion: "TLSv1.3",
          // The server's certificate names a SPIFFE id, not this address.
          checkServerIdentity: () => undefined,
        });
        t.once("secureConnect", () => {
          resolve(t.getPeerX509Certificate()!.serialNumber);
          t.destroy();
        });
        t.once("error", reject);
      });
    try {
      expect(await served()).toBe(serial(first.chainPem[0]!));
      await until(() => store.current(ID_B) !== first, 5000);
      const rotated = serial(store.current(ID_B)!.chainPem[0]!);
      expect(rotated).not.toBe(serial(first.chainPem[0]!));
      expect(await served()).toBe(rotated);
    } finally {
      srv.close();
      await l.close();
      store.close();
      c.close();
    }
  }, 15_000);

  noServer(
    "retries with backoff while the CA is down; the existing cert keeps serving",
    async () => {
      const c = client(5000);
      const attempts: number[] = [];
      const store = createCertStore({
        source: (id) => {
          attempts.push(Date.now());
          return c.fetch(id);
        },
        rootsPem: [ca.rootPem],
        retryInitialMs: 100,
        retryMaxMs: 800,
      });
      const first = await store.get(ID_A);
      await stopCa();
      // Renewal is due at ~2.5 s; the CA is down from then on, the cert is valid until 5 s.
      await new Promise((r) => setTimeout(r, 4000));
      expect(store.current(ID_A)).toBe(first);
      expect(store.dump()[0]!.state).toBe("Available");
      const gaps = attempts.slice(1).map((t, i) => t - attempts[i]!);
      expect(attempts.length).toBeGreaterThanOrEqual(4);
      // Exponential: later gaps are longer than the first retry gap.
      expect(Math.max(...gaps.slice(2))).toBeGreaterThan(gaps[1]! * 1.5);
      port = await startCa(port);
      await new Promise((r) => setTimeout(r, 1500));
      expect(store.current(ID_A)).not.toBe(first);
      store.close();
      c.close();
    },
    15_000,
  );
});
