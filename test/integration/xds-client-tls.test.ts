// TLS to the xDS server: an https:// (or scheme-less) address is verified against
// XDS_ROOT_CA; a server whose certificate that root did not sign is refused.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { AUTHORIZATION_TYPE_URL } from "../../src/state/from-proto.ts";
import { ADS_METHOD, createXdsClient } from "../../xds/client/client.ts";
import type { XdsError } from "../../xds/client/errors.ts";
import { envoy } from "../../xds/gen/protos.js";
import { testConfig } from "./xds-client-fake-server.ts";

const hasOpenssl = (() => {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
if (!hasOpenssl) console.log("xds-client-tls: skipped, openssl not found (apt-get install openssl)");

/** A CA and a server certificate for 127.0.0.1 signed by it, plus an unrelated CA. */
function pki() {
  const dir = mkdtempSync(join(tmpdir(), "zts-xds-tls-"));
  const o = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "ignore" });
  for (const ca of ["ca", "other"]) {
    o(
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-days",
      "1",
      "-subj",
      `/CN=${ca}`,
      "-keyout",
      `${ca}.key`,
      "-out",
      `${ca}.pem`,
    );
  }
  writeFileSync(join(dir, "ext.cnf"), "subjectAltName=IP:127.0.0.1\n");
  o(
    "req",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-subj",
    "/CN=istiod",
    "-keyout",
    "srv.key",
    "-out",
    "srv.csr",
  );
  o(
    "x509",
    "-req",
    "-in",
    "srv.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-days",
    "1",
    "-extfile",
    "ext.cnf",
    "-out",
    "srv.pem",
  );
  return { dir, read: (f: string) => readFileSync(join(dir, f)) };
}

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

async function tlsServer(read: (f: string) => Buffer, seen: string[]): Promise<number> {
  const server = new grpc.Server();
  server.addService(
    {
      DeltaAggregatedResources: {
        path: ADS_METHOD,
        requestStream: true,
        responseStream: true,
        requestSerialize: (x: Buffer) => x,
        requestDeserialize: (b: Buffer) => envoy.service.discovery.v3.DeltaDiscoveryRequest.decode(b),
        responseSerialize: (b: Buffer) => b,
        responseDeserialize: (b: Buffer) => b,
      },
    },
    {
      DeltaAggregatedResources: (
        call: grpc.ServerDuplexStream<envoy.service.discovery.v3.DeltaDiscoveryRequest, Buffer>,
      ) => {
        call.on("data", (r: envoy.service.discovery.v3.DeltaDiscoveryRequest) => seen.push(r.typeUrl));
        call.on("end", () => call.end());
      },
    },
  );
  const creds = grpc.ServerCredentials.createSsl(null, [{ private_key: read("srv.key"), cert_chain: read("srv.pem") }]);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", creds, (e, p) => (e ? reject(e) : resolve(p))),
  );
  closers.push(() => server.forceShutdown());
  return port;
}

describe.skipIf(!hasOpenssl)("xds client over TLS", () => {
  it("scheme-less address = TLS, verified with XDS_ROOT_CA", async () => {
    const { dir, read } = pki();
    const seen: string[] = [];
    const port = await tlsServer(read, seen);
    const client = createXdsClient({
      config: testConfig(port, { XDS_ADDRESS: `127.0.0.1:${port}`, XDS_ROOT_CA: join(dir, "ca.pem") }),
      onDelta: () => {},
      log: pino({ level: "silent" }),
    });
    closers.push(() => client.stop());
    client.start();
    const end = Date.now() + 10_000;
    while (!seen.includes(AUTHORIZATION_TYPE_URL) && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    expect(seen).toContain(AUTHORIZATION_TYPE_URL);
  });

  it("a server certificate from another root is refused (ZTS_XDS_CONNECT), nothing received", async () => {
    const { dir, read } = pki();
    const seen: string[] = [];
    const port = await tlsServer(read, seen);
    const errors: XdsError[] = [];
    const client = createXdsClient({
      config: testConfig(port, { XDS_ADDRESS: `https://127.0.0.1:${port}`, XDS_ROOT_CA: join(dir, "other.pem") }),
      onDelta: () => {},
      onError: (e) => errors.push(e),
      log: pino({ level: "silent" }),
    });
    closers.push(() => client.stop());
    client.start();
    const end = Date.now() + 10_000;
    while (errors.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    expect(errors[0]?.code).toBe("ZTS_XDS_CONNECT");
    expect(seen).toEqual([]);
  });
});
