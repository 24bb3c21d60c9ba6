// What a proxy thread needs to speak mTLS as a workload. Plain strings only: the main
// thread's cert store fetches certificates once and posts these to every worker (with a
// PKCS#11 key provider, the key's URI instead of the key: each thread uses the token).
import { createSecureContext, type SecureContext } from "node:tls";

export interface WorkloadCert {
  /** `spiffe://td/ns/ns/sa/sa` */
  identity: string;
  /** ZTS_KEY_PROVIDER=memory: the private key. */
  keyPem?: string;
  /** ZTS_KEY_PROVIDER=pkcs11: the PKCS#11 URI the OpenSSL engine loads the key from. */
  keyUri?: string;
  /** Leaf first, then intermediates (no root). */
  chainPem: string[];
  /** Mesh roots that peers must chain to. */
  rootsPem: string[];
  /** Leaf notAfter, ms since epoch (for renewal and display). */
  expiresAt?: number;
}

/** The engine id TLS names (privateKeyEngine); OPENSSL_ENGINES points at its directory. */
export const PKCS11_ENGINE_ID = "pkcs11";

/** What node:tls needs for a certificate's private key: the PEM, or the engine and URI. */
export function tlsKeyOptions(cert: { keyPem?: string; keyUri?: string }): {
  key?: string;
  privateKeyEngine?: string;
  privateKeyIdentifier?: string;
} {
  if (cert.keyUri) return { privateKeyEngine: PKCS11_ENGINE_ID, privateKeyIdentifier: cert.keyUri };
  return { key: cert.keyPem };
}

// Secure contexts are costly to build (key parse, root store); cache per cert object so a
// rotated cert (a new object) gets a new context and the old one is dropped with it.
const contexts = new WeakMap<WorkloadCert, SecureContext>();

export function secureContextFor(cert: WorkloadCert): SecureContext {
  let ctx = contexts.get(cert);
  if (!ctx) {
    ctx = createSecureContext({
      ...tlsKeyOptions(cert),
      cert: cert.chainPem.join(""),
      ca: cert.rootsPem,
      minVersion: "TLSv1.3",
    });
    contexts.set(cert, ctx);
  }
  return ctx;
}
