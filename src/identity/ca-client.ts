// Istio CA client: CreateCertificate over gRPC (grpc-js + the generated protobufjs types),
// as ztunnel's caclient.rs does it — CSR made in-process, bearer token from AUTH_TOKEN
// (re-read per request: kubelet rotates it), `clusterid` metadata, and the node proxy
// naming the workload it acts for in the Struct field `ImpersonatedIdentity`.
import { readFile } from "node:fs/promises";
import * as grpc from "@grpc/grpc-js";
import { istio } from "../../xds/gen/protos.js";
import type { Endpoint } from "../config.ts";
import { createCsr } from "./csr.ts";
import { certInfo, splitPem } from "./pem.ts";
import { IdentityError } from "./spiffe.ts";

export const CREATE_CERTIFICATE = "/istio.v1.auth.IstioCertificateService/CreateCertificate";
export const IMPERSONATED_IDENTITY = "ImpersonatedIdentity";

/** A freshly issued key + chain (leaf first); roots come from the store's configuration. */
export interface IssuedCert {
  identity: string;
  keyPem: string;
  chainPem: string[];
}

/** Anything that can issue a certificate for an identity (CA client, fake CA). */
export type CertSource = (identity: string) => Promise<IssuedCert>;

export interface CaClientOptions {
  endpoint: Endpoint;
  /** PEM that verifies the CA's TLS cert (CA_ROOT_CA contents); unused for http://. */
  rootCaPem?: string;
  /** Path of the token file (AUTH_TOKEN), or a function returning the token. */
  token?: string | (() => Promise<string>);
  clusterId?: string;
  /** Extra metadata (CA_HEADER_*). */
  headers?: Record<string, string>;
  ttlMs: number;
  /** Node proxies impersonate workloads (default true). */
  impersonate?: boolean;
  /** Per-call deadline. */
  timeoutMs?: number;
}

export interface CaClient {
  fetch: CertSource;
  close(): void;
}

const enc = (m: istio.v1.auth.IstioCertificateRequest.$Properties) =>
  Buffer.from(istio.v1.auth.IstioCertificateRequest.encode(m).finish());
const dec = (b: Buffer) => istio.v1.auth.IstioCertificateResponse.decode(b);

export function createCaClient(opts: CaClientOptions): CaClient {
  const creds = opts.endpoint.tls
    ? grpc.credentials.createSsl(opts.rootCaPem ? Buffer.from(opts.rootCaPem) : null)
    : grpc.credentials.createInsecure();
  const client = new grpc.Client(opts.endpoint.target, creds, {
    "grpc.max_receive_message_length": 16 << 20,
  });
  const impersonate = opts.impersonate ?? true;

  async function token(): Promise<string | undefined> {
    if (typeof opts.token === "function") return opts.token();
    if (!opts.token) return undefined;
    try {
      return (await readFile(opts.token, "utf8")).trim();
    } catch (e) {
      throw new IdentityError(
        "ZTS_IDENTITY_TOKEN",
        `cannot read AUTH_TOKEN file ${opts.token}: ${(e as Error).message}`,
      );
    }
  }

  async function fetch(identity: string): Promise<IssuedCert> {
    const { keyPem, csrPem } = await createCsr(identity);
    const md = new grpc.Metadata();
    const t = await token();
    if (t) md.set("authorization", `Bearer ${t}`);
    if (opts.clusterId) md.set("clusterid", opts.clusterId);
    for (const [k, v] of Object.entries(opts.headers ?? {})) md.set(k.toLowerCase(), v);
    const req: istio.v1.auth.IstioCertificateRequest.$Properties = {
      csr: csrPem,
      validityDuration: Math.max(1, Math.round(opts.ttlMs / 1000)),
      ...(impersonate ? { metadata: { fields: { [IMPERSONATED_IDENTITY]: { stringValue: identity } } } } : {}),
    };
    const resp = await new Promise<istio.v1.auth.IstioCertificateResponse>((resolve, reject) => {
      client.makeUnaryRequest(
        CREATE_CERTIFICATE,
        enc,
        dec,
        req,
        md,
        { deadline: Date.now() + (opts.timeoutMs ?? 10_000) },
        (err, value) => {
          if (err || !value) {
            reject(
              new IdentityError(
                "ZTS_IDENTITY_CA",
                `CA ${opts.endpoint.target} refused or failed CreateCertificate for ${identity}: ${err?.message ?? "empty response"}`,
                { cause: err },
              ),
            );
          } else resolve(value);
        },
      );
    });
    // Some CAs return each cert as its own string, some a bundle: normalise to one per entry.
    const chainPem = resp.certChain.flatMap((c) => splitPem(c));
    if (chainPem.length === 0) throw new IdentityError("ZTS_IDENTITY_CA", `CA returned no certificate for ${identity}`);
    const got = certInfo(chainPem[0]!).uris;
    if (impersonate && !got.includes(identity)) {
      throw new IdentityError(
        "ZTS_IDENTITY_CA",
        `CA issued ${got.join(", ") || "no SPIFFE id"} instead of ${identity}`,
      );
    }
    return { identity, keyPem, chainPem };
  }

  return { fetch, close: () => client.close() };
}
