// Istio CA client: CreateCertificate over gRPC (grpc-js + the generated protobufjs types),
// as ztunnel's caclient.rs does it — CSR made in-process, bearer token from AUTH_TOKEN
// (re-read per request: kubelet rotates it), `clusterid` metadata, and the node proxy
// naming the workload it acts for in the Struct field `ImpersonatedIdentity`.
import { readFile } from "node:fs/promises";
import * as grpc from "@grpc/grpc-js";
import { istio } from "../../xds/gen/protos.js";
import type { Endpoint } from "../config.ts";
import { type KeyProvider, memoryKeys } from "./key-provider.ts";
import { certInfo, splitPem } from "./pem.ts";
import { IdentityError } from "./spiffe.ts";

export const CREATE_CERTIFICATE = "/istio.v1.auth.IstioCertificateService/CreateCertificate";
export const IMPERSONATED_IDENTITY = "ImpersonatedIdentity";

/** A freshly issued key + chain (leaf first); roots come from the store's configuration. */
export interface IssuedCert {
  identity: string;
  /** The private key (memory key provider). */
  keyPem?: string;
  /** The token key's PKCS#11 URI (pkcs11 key provider). */
  keyUri?: string;
  /** SubjectPublicKeyInfo DER of the CSR's key, when the private key is not at hand. */
  spki?: Buffer;
  /** Removes the key once no certificate uses it (token objects); never posted to workers. */
  release?: () => void;
  /** Leaf first, then intermediates; no roots. */
  chainPem: string[];
  /** The roots the CA sent with it (the last entry of its chain, possibly several). */
  rootsPem?: string[];
}

/**
 * An IstioCertificateResponse's cert_chain as ztunnel reads it (tls/certificate.rs): leaf
 * first, and when there is more than one entry the last one holds the roots — possibly
 * several concatenated, which is how a CA announces a root rotation. Pure.
 */
export function splitCertChain(entries: string[]): { chainPem: string[]; rootsPem: string[] } {
  if (entries.length === 0) return { chainPem: [], rootsPem: [] };
  if (entries.length === 1) return { chainPem: splitPem(entries[0]!), rootsPem: [] };
  return {
    chainPem: entries.slice(0, -1).flatMap((c) => splitPem(c)),
    rootsPem: splitPem(entries.at(-1)!),
  };
}

/** Anything that can issue a certificate for an identity (CA client, fake CA). */
export type CertSource = (identity: string) => Promise<IssuedCert>;

export interface CaClientOptions {
  endpoint: Endpoint;
  /**
   * PEM that verifies the CA's TLS cert (CA_ROOT_CA contents); unused for http://. A function
   * is asked before each request: when its answer changed (a rotated root file) the channel is
   * rebuilt, as ztunnel's RootCertManager does.
   */
  rootCaPem?: string | (() => string);
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
  /** Where the CSR's key is made (default: in memory). */
  keys?: KeyProvider;
}

export interface CaClient {
  fetch: CertSource;
  close(): void;
}

const enc = (m: istio.v1.auth.IstioCertificateRequest.$Properties) =>
  Buffer.from(istio.v1.auth.IstioCertificateRequest.encode(m).finish());
const dec = (b: Buffer) => istio.v1.auth.IstioCertificateResponse.decode(b);

export function createCaClient(opts: CaClientOptions): CaClient {
  const rootsNow = () => (typeof opts.rootCaPem === "function" ? opts.rootCaPem() : (opts.rootCaPem ?? ""));
  const build = (roots: string) =>
    new grpc.Client(
      opts.endpoint.target,
      opts.endpoint.tls
        ? grpc.credentials.createSsl(roots ? Buffer.from(roots) : null)
        : grpc.credentials.createInsecure(),
      { "grpc.max_receive_message_length": 16 << 20 },
    );
  let builtWith = rootsNow();
  let client = build(builtWith);
  const current = () => {
    const roots = rootsNow();
    if (opts.endpoint.tls && roots !== builtWith) {
      client.close();
      builtWith = roots;
      client = build(roots);
    }
    return client;
  };
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

  const keys = opts.keys ?? memoryKeys();

  async function fetch(identity: string): Promise<IssuedCert> {
    const key = await keys.newKey(identity);
    try {
      return await request(identity, key.csrPem, {
        keyPem: key.keyPem,
        keyUri: key.keyUri,
        spki: key.spki,
        release: key.release,
      });
    } catch (e) {
      key.release?.(); // no certificate will ever use it
      throw e;
    }
  }

  async function request(
    identity: string,
    csrPem: string,
    key: Pick<IssuedCert, "keyPem" | "keyUri" | "spki" | "release">,
  ): Promise<IssuedCert> {
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
      current().makeUnaryRequest(
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
    const { chainPem, rootsPem } = splitCertChain(resp.certChain);
    if (chainPem.length === 0) throw new IdentityError("ZTS_IDENTITY_CA", `CA returned no certificate for ${identity}`);
    const got = certInfo(chainPem[0]!).uris;
    if (impersonate && !got.includes(identity)) {
      throw new IdentityError(
        "ZTS_IDENTITY_CA",
        `CA issued ${got.join(", ") || "no SPIFFE id"} instead of ${identity}`,
      );
    }
    return { identity, ...key, chainPem, rootsPem };
  }

  return { fetch, close: () => client.close() };
}
