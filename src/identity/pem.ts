// PEM <-> DER helpers and the X.509 facts the proxy needs from a certificate, using Node's
// own X509Certificate (available in worker threads, no WebCrypto round trip).
import { X509Certificate } from "node:crypto";

export function toPem(der: ArrayBuffer | Uint8Array, label: string): string {
  const b64 = Buffer.from(der instanceof Uint8Array ? der : new Uint8Array(der)).toString("base64");
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/** Every PEM block in a string, in order. */
export function splitPem(pem: string): string[] {
  return (
    pem.match(/-----BEGIN [^-]+-----[\s\S]+?-----END [^-]+-----\n?/g)?.map((s) => (s.endsWith("\n") ? s : `${s}\n`)) ??
    []
  );
}

/** URI SANs of a certificate (Node prints `URI:spiffe://…` in subjectAltName). */
export function uriSans(cert: { subjectaltname?: string | undefined } | X509Certificate): string[] {
  const san = cert instanceof X509Certificate ? cert.subjectAltName : cert.subjectaltname;
  if (!san) return [];
  return san
    .split(/,\s*/)
    .filter((s) => s.startsWith("URI:"))
    .map((s) => s.slice(4));
}

export interface CertInfo {
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  uris: string[];
}

export function certInfo(pem: string): CertInfo {
  const c = new X509Certificate(pem);
  return {
    serialNumber: c.serialNumber,
    validFrom: new Date(c.validFrom),
    validTo: new Date(c.validTo),
    uris: uriSans(c),
  };
}
