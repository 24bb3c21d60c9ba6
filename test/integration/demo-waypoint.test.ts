// The demo's waypoint stand-in (src/demo/waypoint.ts) on real TLS and HTTP/2 over loopback,
// driven by a plain node:http2 client written here (not the proxy's tunnel code): mutual TLS
// with mesh certificates from a local CA, CONNECT to a service VIP:port routed to an endpoint,
// the x-waypoint header on the reply, 503 for a destination it has no endpoint for, a client
// without a certificate refused, and a renewed certificate presented on the next connection.
import http2, { type ClientHttp2Session } from "node:http2";
import { type TLSSocket, connect as tlsConnect } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EchoServer, startEcho } from "../../src/demo/echo.ts";
import { startWaypoint, type WaypointServer } from "../../src/demo/waypoint.ts";
import { createCsr } from "../../src/identity/csr.ts";
import { createLocalCa, type LocalCa } from "../../src/identity/local-ca.ts";
import { certInfo } from "../../src/identity/pem.ts";

const WAYPOINT = "127.0.46.1";
const POD = "127.0.46.2";
const VIP = "127.0.46.9:80";
const CLIENT_ID = "spiffe://cluster.local/ns/default/sa/client";
const WAYPOINT_ID = "spiffe://cluster.local/ns/default/sa/waypoint";

let ca: LocalCa;
let echo: EchoServer;
let waypoint: WaypointServer;
let client: { keyPem: string; chain: string[] };

async function issue(identity: string) {
  const { keyPem, csrPem } = await createCsr(identity);
  return { keyPem, chain: await ca.signCsr(csrPem, { identity, ttlMs: 3600_000 }) };
}

const sessions: ClientHttp2Session[] = [];
function session(withCert = true): Promise<{ s: ClientHttp2Session; peer: TLSSocket }> {
  return new Promise((resolve, reject) => {
    let socket: TLSSocket | undefined;
    const s = http2.connect(`https://${WAYPOINT}:15008`, {
      createConnection: () => {
        socket = tlsConnect({
          host: WAYPOINT,
          port: 15008,
          ca: ca.rootPem,
          ALPNProtocols: ["h2"],
          ...(withCert && { key: client.keyPem, cert: client.chain.join("") }),
          checkServerIdentity: () => undefined, // SPIFFE ids, not hosts: the test checks the id
        });
        return socket;
      },
    });
    sessions.push(s);
    s.once("connect", () => resolve({ s, peer: socket! }));
    s.once("error", reject);
    s.once("close", () => reject(new Error("session closed")));
  });
}

/** One CONNECT to `authority`, an HTTP/1 GET through it; the status, and the bytes back. */
function connectGet(s: ClientHttp2Session, authority: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const st = s.request({ ":method": "CONNECT", ":authority": authority }, { endStream: false });
    let status = 0;
    let body = "";
    st.once("response", (h) => {
      status = Number(h[":status"]);
      if (status === 200) st.write("GET / HTTP/1.1\r\nhost: x\r\n\r\n");
    });
    st.on("data", (d: Buffer) => {
      body += d.toString();
    });
    st.once("end", () => resolve({ status, body }));
    st.once("error", reject);
    st.once("close", () => reject(new Error(`stream closed (status ${status})`)));
  });
}

beforeAll(async () => {
  ca = await createLocalCa({ trustDomain: "cluster.local" });
  client = await issue(CLIENT_ID);
  const own = await issue(WAYPOINT_ID);
  echo = await startEcho("echo-1", POD, 8080);
  waypoint = await startWaypoint({
    name: "default/waypoint",
    address: WAYPOINT,
    port: 15008,
    keyPem: own.keyPem,
    chainPem: own.chain,
    rootsPem: ca.rootPem,
    // A plain-TCP endpoint: the HBONE leg to a pod is what the demo test covers.
    routes: new Map([[VIP, [{ ip: POD, port: 8080 }]]]),
  });
});

afterAll(async () => {
  for (const s of sessions) s.destroy();
  await waypoint?.close();
  await echo?.close();
});

describe("demo waypoint stand-in", () => {
  it("presents the waypoint's SPIFFE identity", async () => {
    const { peer } = await session();
    expect(peer.getPeerX509Certificate()?.subjectAltName).toBe(`URI:${WAYPOINT_ID}`);
  });

  it("a CONNECT to a bound VIP:port reaches the endpoint; the reply carries x-waypoint after its status line", async () => {
    const { s } = await session();
    const r = await connectGet(s, VIP);
    expect(r.status).toBe(200);
    const [head = "", body = ""] = r.body.split("\r\n\r\n");
    expect(head.split("\r\n").slice(0, 2)).toEqual(["HTTP/1.1 200 OK", "x-waypoint: default/waypoint"]);
    expect(body.split("\n")[0]).toBe("echo-1");
    // The endpoint was dialed from the waypoint's own address.
    expect(body.split("\n")[1]).toMatch(/^remote 127\.0\.46\.1:/);
  });

  it("a destination it has no endpoint for is answered 503", async () => {
    const { s } = await session();
    expect((await connectGet(s, "127.0.46.10:80")).status).toBe(503);
  });

  it("a client without a mesh certificate gets no tunnel", async () => {
    // TLS 1.3: the client's side of the handshake ends before the server checks its certificate,
    // so the refusal arrives as the connection closing.
    const outcome = await session(false).then(
      ({ s }) =>
        connectGet(s, VIP).then(
          (r) => `status ${r.status}`,
          () => "refused",
        ),
      () => "refused",
    );
    expect(outcome).toBe("refused");
  });

  it("after setCert the next connection is served with the renewed certificate", async () => {
    const renewed = await issue(WAYPOINT_ID);
    waypoint.setCert(renewed.keyPem, renewed.chain);
    const { peer } = await session();
    const serial = peer.getPeerX509Certificate()?.serialNumber.toLowerCase().replace(/^0+/, "");
    expect(serial).toBe(certInfo(renewed.chain[0]!).serialNumber.toLowerCase().replace(/^0+/, ""));
  });
});
