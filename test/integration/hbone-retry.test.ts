// RFC 9113 §8.7: a CONNECT the server refuses with REFUSED_STREAM was not processed, so
// the client retries it once on a fresh session (what a draining peer or a GOAWAY race
// looks like); any other reset is not retried.
import http2 from "node:http2";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { LocalCa } from "../../src/identity/local-ca.ts";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";
import { HboneError } from "../../src/tunnel/errors.ts";
import { createLocalCa, hboneClient, issue, sid } from "../fixtures/hbone-mesh.ts";

const SERVER = "127.0.7.11";
let ca: LocalCa;
let certA: WorkloadCert;
let certB: WorkloadCert;
let server: http2.Http2SecureServer;
let port = 0;
/** How the next CONNECTs are answered: "refuse" (REFUSED_STREAM), "cancel" (CANCEL) or "ok". */
let script: ("refuse" | "cancel" | "ok")[] = [];
let streams = 0;

beforeAll(async () => {
  ca = await createLocalCa({ trustDomain: "cluster.local" });
  certA = await issue(ca, sid("default", "client"));
  certB = await issue(ca, sid("default", "server"));
  server = http2.createSecureServer({
    key: certB.keyPem,
    cert: certB.chainPem.join(""),
    ca: certB.rootsPem,
    requestCert: true,
    rejectUnauthorized: true,
    ALPNProtocols: ["h2"],
    minVersion: "TLSv1.3",
  });
  server.on("stream", (stream) => {
    streams++;
    stream.on("error", () => {}); // a reset we send ourselves also surfaces here
    const step = script.shift() ?? "ok";
    if (step === "refuse") stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
    else if (step === "cancel") stream.close(http2.constants.NGHTTP2_CANCEL);
    else {
      stream.respond({ ":status": 200 });
      stream.end("tunnel up");
    }
  });
  await new Promise<void>((r) => server.listen(0, SERVER, () => r()));
  port = (server.address() as { port: number }).port;
});

afterAll(() => {
  server.close();
});

const connect = () =>
  hboneClient({ certFor: () => certA }).connect({
    srcIdentity: certA.identity,
    dstIdentities: [certB.identity],
    dstAddr: { host: SERVER, port },
    srcIp: "127.0.0.1",
    authority: `${SERVER}:8080`,
  });

it("a CONNECT refused with REFUSED_STREAM is retried once and then succeeds", async () => {
  script = ["refuse"];
  streams = 0;
  const s = await connect();
  s.destroy();
  expect(streams).toBe(2);
});

it("refused twice: the error reaches the caller, after exactly one retry", async () => {
  script = ["refuse", "refuse"];
  streams = 0;
  await expect(connect()).rejects.toBeInstanceOf(HboneError);
  expect(streams).toBe(2);
});

it("a stream reset with another code is not retried", async () => {
  script = ["cancel"];
  streams = 0;
  await expect(connect()).rejects.toBeInstanceOf(HboneError);
  expect(streams).toBe(1);
});
