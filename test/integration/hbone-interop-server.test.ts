// Interop, client side (issue 20: "python h2 interop both directions"): our HBONE client
// against an HBONE server written independently of ztunnel-ts (python3 h2 + ssl,
// test/fixtures/h2_hbone_server.py). hbone-interop.test.ts is the other direction. The client
// comes from hboneClient(), so it runs on the data path ZTS_HBONE_DATAPATH picks.
import { randomBytes } from "node:crypto";
import type { Duplex } from "node:stream";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LocalCa } from "../../src/identity/local-ca.ts";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import type { HboneClient, HboneConnectRequest } from "../../src/tunnel/client.ts";
import { HboneError } from "../../src/tunnel/errors.ts";
import { createLocalCa, hboneClient, issue, roundTrip, sha256, sid } from "../fixtures/hbone-mesh.ts";
import { type PythonH2Server, type PythonH2ServerOptions, startPythonH2Server } from "../fixtures/python-h2-server.ts";
import { hasPythonH2 } from "../fixtures/python-hbone.ts";

const hasH2 = await hasPythonH2();
if (!hasH2)
  console.log("skipping client-side HBONE interop: /usr/bin/python3 with h2 missing (apt-get install -y python3-h2)");

const HOST = "127.0.21.1";
const MiB = 1024 * 1024;
const SERVER_ID = sid("default", "echo");
let ca: LocalCa;
let clientCert: WorkloadCert;
let serverCert: WorkloadCert & { keyPem: string };
const servers: PythonH2Server[] = [];
const clients: HboneClient[] = [];

beforeAll(async () => {
  ca = await createLocalCa({ trustDomain: "cluster.local" });
  clientCert = await issue(ca, sid("default", "client"));
  serverCert = await issue(ca, SERVER_ID);
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

/** A python server of its own per test (a free port each, so no pooled session crosses tests). */
async function pyServer(opts: PythonH2ServerOptions = {}, cert = serverCert): Promise<PythonH2Server> {
  const s = await startPythonH2Server(HOST, cert, opts);
  servers.push(s);
  return s;
}

function client(): HboneClient {
  const c = hboneClient({ certFor: () => clientCert });
  clients.push(c);
  return c;
}

const req = (s: PythonH2Server, authority = `${s.host}:8080`): HboneConnectRequest => ({
  srcIdentity: clientCert.identity,
  dstIdentities: [SERVER_ID],
  dstAddr: { host: s.host, port: s.port },
  srcIp: "127.0.0.1",
  authority,
});

const isEvent = (event: string, session?: number) => (e: { event: string; session?: number }) =>
  e.event === event && (session === undefined || e.session === session);

describe.skipIf(!hasH2)("our HBONE client against an independent server (python3 h2 + ssl)", () => {
  it("echoes 1 MiB both ways; our end() arrives as END_STREAM and the server's END_STREAM as 'end'", async () => {
    const srv = await pyServer();
    const payload = randomBytes(MiB);
    const back = await roundTrip(await client().connect(req(srv)), payload);
    expect(sha256(back)).toBe(sha256(payload));
    // The server saw our half-close after every byte, and ended its side after echoing them all.
    expect(await srv.waitFor(isEvent("peer_end"))).toMatchObject({ received: MiB });
    expect(await srv.waitFor(isEvent("end"))).toMatchObject({ sent: MiB });
  });

  it("keeps reading after its own half-close: a server that answers only after END_STREAM", async () => {
    const srv = await pyServer({ hold: true });
    const payload = randomBytes(MiB);
    const back = await roundTrip(await client().connect(req(srv)), payload);
    expect(sha256(back)).toBe(sha256(payload));
  });

  it("presents our SPIFFE id, which the server reads from the client certificate", async () => {
    const srv = await pyServer();
    await roundTrip(await client().connect(req(srv)), Buffer.from("who"));
    expect(await srv.waitFor(isEvent("session"))).toMatchObject({ peer: [clientCert.identity] });
  });

  it("carries several concurrent streams on one pooled session", async () => {
    const srv = await pyServer();
    const c = client();
    const streams = await Promise.all(Array.from({ length: 8 }, () => c.connect(req(srv))));
    expect(c.stats().sessions.map((s) => s.streams)).toEqual([[8]]);
    const payloads = streams.map(() => randomBytes(256 * 1024));
    const backs = await Promise.all(streams.map((s, i) => roundTrip(s, payloads[i] as Buffer)));
    expect(backs.map(sha256)).toEqual(payloads.map(sha256));
    expect(c.stats().sessionsOpened).toBe(1);
    expect(srv.events.filter(isEvent("session"))).toHaveLength(1);
  });

  it.each([403, 503])("a CONNECT refused with %i fails with ZTS_TUNNEL_REFUSED and that status", async (status) => {
    const srv = await pyServer();
    const err = await client()
      .connect(req(srv, `${HOST}:${status}`))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HboneError);
    expect(err).toMatchObject({ code: "ZTS_TUNNEL_REFUSED", status });
  });

  it("a refused CONNECT leaves the pooled session usable for the next one", async () => {
    const srv = await pyServer();
    const c = client();
    await expect(c.connect(req(srv, `${HOST}:403`))).rejects.toBeInstanceOf(HboneError);
    const back = await roundTrip(await c.connect(req(srv)), Buffer.from("still here"));
    expect(back.toString()).toBe("still here");
    expect(c.stats().sessionsOpened).toBe(1);
  });

  it("REFUSED_STREAM on a session's first CONNECT: retried once on a fresh session, and it works", async () => {
    const srv = await pyServer({ refuseFirstSessions: 1 });
    const c = client();
    const back = await roundTrip(await c.connect(req(srv)), Buffer.from("second try"));
    expect(back.toString()).toBe("second try");
    expect(c.stats().sessionsOpened).toBe(2);
    expect(srv.events.filter((e) => e.event === "refused" || e.event === "connect")).toMatchObject([
      { event: "refused", session: 1, code: "REFUSED_STREAM" },
      { event: "connect", session: 2 },
    ]);
  });

  it("GOAWAY from the server: the open stream runs to its end, the next CONNECT opens a new session", async () => {
    const srv = await pyServer({ goawayAfter: 1 });
    const c = client();
    const first: Duplex = await c.connect(req(srv));
    await srv.waitFor(isEvent("goaway", 1));
    const payload = randomBytes(512 * 1024);
    expect(sha256(await roundTrip(first, payload))).toBe(sha256(payload));
    const back = await roundTrip(await c.connect(req(srv)), Buffer.from("new session"));
    expect(back.toString()).toBe("new session");
    expect(c.stats().sessionsOpened).toBe(2);
    expect(await srv.waitFor(isEvent("connect", 2))).toMatchObject({ stream: 1 });
  });

  it("a server presenting another SPIFFE id fails with ZTS_HBONE_PEER_IDENTITY", async () => {
    const impostor = await issue(ca, sid("default", "impostor"));
    const srv = await pyServer({}, impostor);
    await expect(client().connect(req(srv))).rejects.toMatchObject({ code: "ZTS_HBONE_PEER_IDENTITY" });
  });

  it("a server whose certificate comes from a foreign CA fails with ZTS_HBONE_TLS", async () => {
    const foreign = await createLocalCa({ trustDomain: "cluster.local" });
    // Same SPIFFE id, other CA; the server still trusts our mesh CA for our certificate.
    const srv = await pyServer({ clientRootsPem: [ca.rootPem] }, await issue(foreign, SERVER_ID));
    await expect(client().connect(req(srv))).rejects.toMatchObject({ code: "ZTS_HBONE_TLS" });
  });
});
