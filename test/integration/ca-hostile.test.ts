// A CA that answers garbage, another workload's certificate, a certificate for another key,
// or too slowly: the node proxy refuses each answer (retrying with backoff, as for an outage)
// instead of serving it, and takes the first good answer once the CA behaves. The CA here is
// a grpc-js server speaking Istio's CreateCertificate wire, with a switchable misbehaviour.
import * as grpc from "@grpc/grpc-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEndpoint } from "../../src/config.ts";
import { createCaClient } from "../../src/identity/ca-client.ts";
import { createCertStore } from "../../src/identity/cert-store.ts";
import { createCsr } from "../../src/identity/csr.ts";
import { createLocalCa, type LocalCa } from "../../src/identity/local-ca.ts";
import { CA_SERVICE } from "../../xds/controlplane/ca-server.ts";

type Mode = "good" | "garbage" | "other-identity" | "other-key" | "slow";
const ID = "spiffe://cluster.local/ns/default/sa/echo";
let mode: Mode = "good";
let ca: LocalCa;
let server: grpc.Server;
let port = 0;

beforeAll(async () => {
  ca = await createLocalCa({ trustDomain: "cluster.local" });
  server = new grpc.Server();
  server.addService(CA_SERVICE, {
    CreateCertificate: async (
      call: grpc.ServerUnaryCall<{ csr: string }, unknown>,
      cb: grpc.sendUnaryData<unknown>,
    ) => {
      const chain = async (csr: string, identity: string) => ({
        certChain: [...(await ca.signCsr(csr, { identity, ttlMs: 3600_000 })), ca.rootPem],
      });
      switch (mode) {
        case "garbage":
          return cb(null, {
            certChain: ["-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"],
          });
        case "other-identity":
          return cb(null, await chain(call.request.csr, "spiffe://cluster.local/ns/default/sa/somebody-else"));
        case "other-key":
          return cb(null, await chain((await createCsr(ID)).csrPem, ID));
        case "slow":
          await new Promise((r) => setTimeout(r, 1500));
          return cb(null, await chain(call.request.csr, ID));
        default:
          return cb(null, await chain(call.request.csr, ID));
      }
    },
  });
  port = await new Promise<number>((res, rej) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, n) => (e ? rej(e) : res(n))),
  );
});
afterAll(() => server?.forceShutdown());

function store() {
  const client = createCaClient({
    endpoint: parseEndpoint(`http://127.0.0.1:${port}`, "CA_ADDRESS"),
    token: async () => "t",
    ttlMs: 3600_000,
    timeoutMs: 500,
  });
  const s = createCertStore({ source: client.fetch, rootsPem: [ca.rootPem], retryInitialMs: 100, retryMaxMs: 200 });
  return {
    s,
    close: () => {
      s.close();
      client.close();
    },
  };
}

describe("a misbehaving CA", () => {
  it.each([
    ["garbage", /PEM|does not parse/],
    ["other-identity", /somebody-else/],
    ["other-key", /not for the key of its CSR/],
    ["slow", /DEADLINE_EXCEEDED|deadline/i],
  ] as const)("%s: refused, nothing served; the first good answer after it is taken", async (bad, why) => {
    mode = bad;
    const { s, close } = store();
    try {
      await expect(s.get(ID)).rejects.toThrow(why);
      expect(s.current(ID)).toBeUndefined();
      mode = "good";
      const deadline = Date.now() + 5000;
      while (!s.current(ID) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(s.current(ID)?.identity).toBe(ID);
    } finally {
      close();
      mode = "good";
    }
  });
});
