// The OpenSSL contexts of native HBONE sessions (both roles): one SSL_CTX per WorkloadCert,
// made on first use and kept as long as the certificate object lives (a rotation makes a new
// WorkloadCert, so a new context; sessions hold their own reference to the old one).
import type { Addon, HboneTlsContext } from "../balance/addon.ts";
import type { WorkloadCert } from "../identity/workload-cert.ts";
import { HboneError } from "./errors.ts";

/** `client`: our certificate presented to a server, its chain verified (else the server's context). */
export function tlsContexts(
  addon: Required<Pick<Addon, "hboneTlsContext">>,
  client: boolean,
): (cert: WorkloadCert) => HboneTlsContext {
  const contexts = new WeakMap<WorkloadCert, HboneTlsContext>();
  return (cert) => {
    let c = contexts.get(cert);
    if (!c) {
      // Token keys (ZTS_KEY_PROVIDER=pkcs11) have no PEM; config refuses that combination.
      if (cert.keyPem === undefined) {
        throw new HboneError(
          "ZTS_HBONE_NATIVE_KEY",
          `no PEM key for ${cert.identity}: native HBONE sessions take PEM keys only`,
        );
      }
      c = addon.hboneTlsContext({
        chain: cert.chainPem.join(""),
        key: cert.keyPem,
        roots: cert.rootsPem.join(""),
        ...(client ? { client: true } : {}),
      });
      contexts.set(cert, c);
    }
    return c;
  };
}
