// Client of the Istio CA (istiod :15012, or the embedded control plane):
// IstioCertificateService/CreateCertificate with the node proxy's token, asking for a
// workload's identity through `ImpersonatedIdentity` as ztunnel does.
import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { istio } from "../../xds/gen/protos.js";
import type { Config } from "../config.ts";
import { IdentityError } from "./spiffe.ts";

const METHOD = "/istio.v1.auth.IstioCertificateService/CreateCertificate";

export type CaClientConfig = Pick<
  Config,
  "ca" | "caRootCa" | "authToken" | "clusterId" | "caHeaders" | "xdsMaxMessageBytes"
>;

export interface CaClient {
  sign(csrPem: string, identity: string, ttlMs: number): Promise<string[]>;
  close(): void;
}

function readToken(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

export function createCaClient(c: CaClientConfig): CaClient {
  let creds: grpc.ChannelCredentials;
  if (!c.ca.tls) creds = grpc.credentials.createInsecure();
  else {
    let root: Buffer | undefined;
    try {
      root = readFileSync(c.caRootCa);
    } catch {
      root = undefined; // system roots; istiod's own cert would then fail verification, loudly
    }
    creds = grpc.credentials.createSsl(root);
  }
  const Client = grpc.makeGenericClientConstructor({}, "IstioCertificateService");
  const client = new Client(c.ca.target, creds, {
    "grpc.max_receive_message_length": c.xdsMaxMessageBytes,
  });
  const Req = istio.v1.auth.IstioCertificateRequest;
  const Res = istio.v1.auth.IstioCertificateResponse;

  return {
    sign: (csrPem, identity, ttlMs) =>
      new Promise((resolve, reject) => {
        const md = new grpc.Metadata();
        // The token is re-read every time: kubelet rotates projected tokens in place.
        const token = readToken(c.authToken);
        if (token) md.set("authorization", `Bearer ${token}`);
        md.set("clusterid", c.clusterId);
        for (const [k, v] of Object.entries(c.caHeaders)) md.set(k.toLowerCase().replace(/_/g, "-"), v);
        const req = Req.create({
          csr: csrPem,
          validityDuration: Math.round(ttlMs / 1000),
          metadata: { fields: { ImpersonatedIdentity: { stringValue: identity } } },
        });
        client.makeUnaryRequest(
          METHOD,
          (m: Uint8Array) => Buffer.from(Req.encode(m as never).finish()),
          (b: Buffer) => Res.decode(b),
          req as never,
          md,
          { deadline: Date.now() + 10_000 },
          (err, res) => {
            if (err) {
              reject(
                new IdentityError("ZTS_IDENTITY_CA", `CA refused ${identity}: ${err.details || err.message}`, {
                  cause: err,
                }),
              );
              return;
            }
            const chain = (res as istio.v1.auth.IstioCertificateResponse).certChain;
            if (!chain.length)
              reject(new IdentityError("ZTS_IDENTITY_CA", `CA returned no certificate for ${identity}`));
            else resolve(chain);
          },
        );
      }),
    close: () => client.close(),
  };
}
