// Workload key + CSR made in-process: ECDSA P-256 (what ztunnel asks for), the SPIFFE id
// as the only URI SAN, empty subject (Istio CAs ignore it and take the SAN).
import { webcrypto } from "node:crypto";
import { toPem } from "./pem.ts";
import { x509 } from "./x509.ts";

export type KeyPair = webcrypto.CryptoKeyPair;

export const EC_P256 = { name: "ECDSA", namedCurve: "P-256" } as const;
export const ECDSA_SHA256 = { name: "ECDSA", hash: "SHA-256" } as const;

export interface KeyAndCsr {
  keyPem: string;
  csrPem: string;
}

export async function generateKeyPair(): Promise<KeyPair> {
  return (await webcrypto.subtle.generateKey(EC_P256, true, ["sign", "verify"])) as KeyPair;
}

export async function privateKeyPem(key: webcrypto.CryptoKey): Promise<string> {
  return toPem(await webcrypto.subtle.exportKey("pkcs8", key), "PRIVATE KEY");
}

export async function createCsr(identity: string): Promise<KeyAndCsr> {
  const keys = await generateKeyPair();
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    keys: keys as never,
    signingAlgorithm: ECDSA_SHA256,
    extensions: [new x509.SubjectAlternativeNameExtension([{ type: "url", value: identity }], true)],
  });
  return { keyPem: await privateKeyPem(keys.privateKey), csrPem: csr.toString("pem") };
}
