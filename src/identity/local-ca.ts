// A self-signed mesh CA in-process: the FAKE_CA source of the cert store, and the signer
// the embedded control plane's IstioCertificateService wraps. The identity in the issued
// cert comes from opts (the caller has authenticated it), never from the CSR's SAN.
import { randomBytes } from "node:crypto";
import { ECDSA_SHA256, generateKeyPair } from "./csr.ts";
import { IdentityError, parseSpiffeId } from "./spiffe.ts";
import { x509 } from "./x509.ts";

export interface SignOptions {
  /** SPIFFE URI to put in the leaf's URI SAN. */
  identity: string;
  ttlMs: number;
  /** Start of validity; default now − 60 s. Tests use it to mint expired certificates. */
  notBefore?: Date;
}

export interface LocalCa {
  rootPem: string;
  /** Returns the chain, leaf first (the root is not included: it is distributed separately). */
  signCsr(csrPem: string, opts: SignOptions): Promise<string[]>;
}

export interface LocalCaOptions {
  trustDomain: string;
  /** Root lifetime; default 10 years. */
  rootTtlMs?: number;
  /** For tests: backdate/expire the issued certs (notBefore = now + offset). */
  notBeforeOffsetMs?: number;
}

const serial = () => {
  const b = randomBytes(16);
  b[0] = b[0]! & 0x7f; // positive INTEGER
  return b.toString("hex");
};

export async function createLocalCa(opts: LocalCaOptions): Promise<LocalCa> {
  const keys = await generateKeyPair();
  const now = Date.now();
  const rootName = `O=${opts.trustDomain}, CN=ztunnel-ts local CA`;
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: rootName,
    notBefore: new Date(now - 60_000),
    notAfter: new Date(now + (opts.rootTtlMs ?? 10 * 365 * 24 * 3600_000)),
    keys: keys as never,
    signingAlgorithm: ECDSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey as never),
    ],
  });
  const rootPem = root.toString("pem");
  const akid = await x509.AuthorityKeyIdentifierExtension.create(keys.publicKey as never);

  return {
    rootPem: rootPem.endsWith("\n") ? rootPem : `${rootPem}\n`,
    async signCsr(csrPem, sign) {
      parseSpiffeId(sign.identity);
      let csr: x509.Pkcs10CertificateRequest;
      try {
        csr = new x509.Pkcs10CertificateRequest(csrPem);
        if (!(await csr.verify())) throw new Error("bad CSR signature");
      } catch (e) {
        throw new IdentityError("ZTS_IDENTITY_BAD_CSR", `CSR rejected: ${(e as Error).message}`, { cause: e });
      }
      const t = Date.now() + (opts.notBeforeOffsetMs ?? 0);
      const leaf = await x509.X509CertificateGenerator.create({
        serialNumber: serial(),
        subject: "",
        issuer: root.subject,
        // a minute of slack for clock skew between nodes, as Istio's CA does
        notBefore: sign.notBefore ?? new Date(t - 60_000),
        notAfter: new Date((sign.notBefore?.getTime() ?? t) + sign.ttlMs),
        publicKey: csr.publicKey,
        signingKey: keys.privateKey as never,
        signingAlgorithm: ECDSA_SHA256,
        extensions: [
          new x509.BasicConstraintsExtension(false, undefined, true),
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
          new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
          new x509.SubjectAlternativeNameExtension([{ type: "url", value: sign.identity }], true),
          akid,
        ],
      });
      const pem = leaf.toString("pem");
      return [pem.endsWith("\n") ? pem : `${pem}\n`];
    },
  };
}

/** Used by tests and the CA server to read the requested identity out of a CSR. */
export function csrUris(csrPem: string): string[] {
  const csr = new x509.Pkcs10CertificateRequest(csrPem);
  const san = csr.extensions.find((e) => e instanceof x509.SubjectAlternativeNameExtension);
  return san?.names.items.filter((n) => n.type === "url").map((n) => n.value) ?? [];
}
