// What a proxy thread needs to speak mTLS as a workload. Plain strings only: the main
// thread's cert store fetches certificates once and posts these to every worker.
import { createSecureContext, type SecureContext } from "node:tls";

export interface WorkloadCert {
  /** `spiffe://td/ns/ns/sa/sa` */
  identity: string;
  keyPem: string;
  /** Leaf first, then intermediates (no root). */
  chainPem: string[];
  /** Mesh roots that peers must chain to. */
  rootsPem: string[];
  /** Leaf notAfter, ms since epoch (for renewal and display). */
  expiresAt?: number;
}

// Secure contexts are costly to build (key parse, root store); cache per cert object so a
// rotated cert (a new object) gets a new context and the old one is dropped with it.
const contexts = new WeakMap<WorkloadCert, SecureContext>();

export function secureContextFor(cert: WorkloadCert): SecureContext {
  let ctx = contexts.get(cert);
  if (!ctx) {
    ctx = createSecureContext({
      key: cert.keyPem,
      cert: cert.chainPem.join(""),
      ca: cert.rootsPem,
      minVersion: "TLSv1.3",
    });
    contexts.set(cert, ctx);
  }
  return ctx;
}
