import http2 from "node:http2";
import type net from "node:net";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LocalCa } from "../../src/identity/local-ca.ts";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import type { HboneClient } from "../../src/tunnel/client.ts";
import { HboneError } from "../../src/tunnel/errors.ts";
import {
  createLocalCa,
  echoServer,
  hboneClient,
  issue,
  type NodeProxy,
  roundTrip,
  sid,
  startNode,
  until,
} from "../fixtures/hbone-mesh.ts";
import { rbacMatch } from "../fixtures/mesh-model.ts";

const A = "127.0.5.11";
const B = "127.0.6.11";
let ca: LocalCa;
let otherCa: LocalCa;
let certA: WorkloadCert;
let certB: WorkloadCert;
let node: NodeProxy;
let echo: net.Server;
const ends: string[] = [];

beforeAll(async () => {
  ca = await createLocalCa({ trustDomain: "cluster.local" });
  otherCa = await createLocalCa({ trustDomain: "cluster.local" });
  certA = await issue(ca, sid("default", "client"));
  certB = await issue(ca, sid("default", "server"));
  echo = await echoServer(B, 8080);
  node = await startNode([{ ip: B, cert: certB }], {
    // What metrics and the access log are told of each stream that named a local workload.
    track: () => ({
      onBytes: () => {},
      end: (outcome) => ends.push("flag" in outcome ? outcome.flag : "-"),
    }),
  });
});
afterAll(async () => {
  await node.close();
  echo.close();
});

const req = (o: Partial<Parameters<HboneClient["connect"]>[0]> = {}) => ({
  srcIdentity: certA.identity,
  dstIdentities: [certB.identity],
  dstAddr: { host: B, port: 15008 },
  srcIp: A,
  authority: `${B}:8080`,
  ...o,
});

async function refusedWith(cert: WorkloadCert, o = {}): Promise<HboneError> {
  const c = hboneClient({ certFor: () => cert });
  try {
    const s = await c.connect(req(o));
    s.destroy();
    throw new Error("connect unexpectedly succeeded");
  } catch (e) {
    expect(e).toBeInstanceOf(HboneError);
    return e as HboneError;
  } finally {
    c.close();
  }
}

const refused = (r: string) => node.server.stats().refused[r as keyof ReturnType<typeof node.server.stats>["refused"]];

/** Raw h2 request with a mesh cert, bypassing our client (to send what it never would). */
function rawRequest(headers: http2.OutgoingHttpHeaders): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = http2.connect(`https://${B}:15008`, {
      key: certA.keyPem,
      cert: certA.chainPem.join(""),
      ca: certA.rootsPem,
      checkServerIdentity: () => undefined,
    });
    s.on("error", reject);
    const r = s.request(headers, { endStream: false });
    r.on("response", (h) => {
      resolve(Number(h[":status"]));
      s.destroy();
    });
    r.on("error", reject);
  });
}

describe("HBONE refusals (each counted; the server keeps serving)", () => {
  it("no client certificate: TLS alert in the handshake", async () => {
    const before = refused("tls-handshake");
    const err = await new Promise<Error>((resolve) => {
      const t = tls.connect({
        host: B,
        port: 15008,
        ca: certA.rootsPem,
        ALPNProtocols: ["h2"],
        checkServerIdentity: () => undefined,
      });
      t.on("error", resolve);
      t.on("close", () => resolve(new Error("closed without alert")));
    });
    expect((err as NodeJS.ErrnoException).code).toMatch(/^ERR_SSL_/);
    await until(() => refused("tls-handshake") === before + 1);
  });

  it("client certificate from another root", async () => {
    const before = refused("tls-handshake");
    // Trusts the mesh root (so it accepts the server) but presents a foreign cert.
    const foreign = await issue(otherCa, sid("default", "client"));
    const e = await refusedWith({ ...foreign, rootsPem: certA.rootsPem });
    expect(e.code).toBe("ZTS_HBONE_TLS");
    await until(() => refused("tls-handshake") === before + 1);
  });

  it("expired client certificate", async () => {
    const before = refused("tls-handshake");
    const expired = await issue(ca, sid("default", "client"), {
      notBefore: new Date(Date.now() - 3 * 3600_000),
      ttlMs: 3600_000,
    });
    const e = await refusedWith(expired);
    expect(e.code).toBe("ZTS_HBONE_TLS");
    await until(() => refused("tls-handshake") === before + 1);
  });

  it("server presents an unexpected SPIFFE id: refused by the client", async () => {
    const e = await refusedWith(certA, { dstIdentities: [sid("default", "someone-else")] });
    expect(e.code).toBe("ZTS_HBONE_PEER_IDENTITY");
  });

  it("server certificate from another root: refused by the client", async () => {
    const stranger = await issue(otherCa, sid("default", "client"));
    const e = await refusedWith({ ...certA, rootsPem: stranger.rootsPem });
    expect(e.code).toBe("ZTS_HBONE_TLS");
  });

  it("non-CONNECT method → 400", async () => {
    const before = refused("method");
    expect(await rawRequest({ ":method": "GET", ":path": "/", ":authority": `${B}:8080` })).toBe(400);
    expect(refused("method")).toBe(before + 1);
  });

  it("authority that is not ip:port → 400", async () => {
    const before = refused("authority");
    const e = await refusedWith(certA, { authority: "echo.default.svc:8080" });
    expect([e.code, e.status]).toEqual(["ZTS_TUNNEL_REFUSED", 400]);
    expect(refused("authority")).toBe(before + 1);
  });

  it("authority that is not a local workload → 400", async () => {
    const before = refused("authority");
    const e = await refusedWith(certA, { authority: "127.0.6.99:8080" });
    expect([e.code, e.status]).toEqual(["ZTS_TUNNEL_REFUSED", 400]);
    expect(refused("authority")).toBe(before + 1);
  });

  it("authorization DENY → 401", async () => {
    node.policies.push({
      name: "deny-8080",
      namespace: "default",
      scope: "Global",
      action: "Deny",
      dryRun: false,
      rules: [[[rbacMatch({ destinationPorts: [8080] })]]],
    });
    try {
      const before = refused("authz-denied");
      const e = await refusedWith(certA);
      expect([e.code, e.status]).toEqual(["ZTS_TUNNEL_REFUSED", 401]);
      expect(refused("authz-denied")).toBe(before + 1);
      // Opened before authorization, ended with ztunnel's DENY flag.
      expect(ends.at(-1)).toBe("DENY");
    } finally {
      node.policies.length = 0;
    }
  });

  it("workload port not listening → 503", async () => {
    const before = refused("dial-failed");
    const e = await refusedWith(certA, { authority: `${B}:9` });
    expect([e.code, e.status]).toEqual(["ZTS_TUNNEL_REFUSED", 503]);
    expect(refused("dial-failed")).toBe(before + 1);
    expect(ends.at(-1)).toBe("CONNECT");
  });

  it("still serves a good tunnel after all refusals", async () => {
    const c = hboneClient({ certFor: () => certA });
    expect((await roundTrip(await c.connect(req()), Buffer.from("alive"))).toString()).toBe("alive");
    c.close();
  });
});
