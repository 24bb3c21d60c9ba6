// Where workload private keys live (ZTS_KEY_PROVIDER). `memory`: generated in-process, the
// PEM travels with the certificate to every worker. `pkcs11`: generated inside a PKCS#11
// token, the CSR signed by the token, and TLS in every thread done through OpenSSL's pkcs11
// engine from a PKCS#11 URI — the certificate carries only that URI (docs/PKCS11.md).
import { createPrivateKey, createPublicKey, webcrypto } from "node:crypto";
import { existsSync } from "node:fs";
import { basename, dirname } from "node:path";
import { createSecureContext } from "node:tls";
import type { Config } from "../config.ts";
import { createCsr, EC_P256, ECDSA_SHA256 } from "./csr.ts";
import { openToken, Pkcs11Error, pctAll, type Token, type TokenKey } from "./pkcs11-token.ts";
import { PKCS11_ENGINE_ID } from "./workload-cert.ts";
import { x509 } from "./x509.ts";

/** A fresh key pair (or a provisioned one) and a CSR it signed. */
export interface NewKey {
  csrPem: string;
  /** memory: the private key itself. */
  keyPem?: string;
  /** pkcs11: the engine's PKCS#11 URI of the private key (no key material). */
  keyUri?: string;
  /** SubjectPublicKeyInfo DER of the key (to check the CA's certificate against). */
  spki: Buffer;
  /** The key is no longer used by any certificate: remove it (token objects). */
  release?: () => void;
}

export interface KeyProvider {
  kind: "memory" | "pkcs11";
  newKey(identity: string): Promise<NewKey>;
  close(): void;
}

export function memoryKeys(): KeyProvider {
  return {
    kind: "memory",
    async newKey(identity) {
      const { keyPem, csrPem } = await createCsr(identity);
      const spki = createPublicKey(createPrivateKey(keyPem)).export({ type: "spki", format: "der" });
      return { keyPem, csrPem, spki };
    },
    close() {},
  };
}

const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** A CSR for `identity` whose signature the token makes (@peculiar/x509 with a token "crypto"). */
async function tokenCsr(token: Token, key: TokenKey, identity: string): Promise<string> {
  const publicKey = await webcrypto.subtle.importKey("spki", key.spki, EC_P256, true, ["verify"]);
  // Only the two calls the generator makes; the private "key" is a name for the token object.
  const crypto = {
    subtle: {
      exportKey: async () => toArrayBuffer(key.spki),
      sign: async (_alg: unknown, _key: unknown, tbs: ArrayBuffer) => toArrayBuffer(token.sign(key, Buffer.from(tbs))),
    },
  };
  const csr = await x509.Pkcs10CertificateRequestGenerator.create(
    {
      keys: { publicKey, privateKey: { algorithm: EC_P256, type: "private" } } as never,
      signingAlgorithm: ECDSA_SHA256,
      extensions: [new x509.SubjectAlternativeNameExtension([{ type: "url", value: identity }], true)],
    },
    crypto as never,
  );
  return csr.toString("pem");
}

export interface Pkcs11KeysOptions {
  module: string;
  token: string;
  pinFile: string;
  engine: string;
}

/**
 * Opens the token (start-up errors: module, token, PIN) and points OpenSSL's engine loader at
 * the engine, for every thread of this process: Node's OpenSSL is static and looks for
 * engines in its own build-time directory, and the engine reads its module from
 * PKCS11_MODULE_PATH (it takes no other configuration through node:tls).
 */
export function pkcs11Keys(opts: Pkcs11KeysOptions): KeyProvider {
  if (!existsSync(opts.engine)) {
    throw new Pkcs11Error(
      "ZTS_PKCS11_ENGINE",
      `ZTS_PKCS11_ENGINE ${opts.engine} does not exist: install libengine-pkcs11-openssl or point it at pkcs11.so`,
    );
  }
  if (basename(opts.engine) !== `${PKCS11_ENGINE_ID}.so`) {
    throw new Pkcs11Error("ZTS_PKCS11_ENGINE", `ZTS_PKCS11_ENGINE must name a file called ${PKCS11_ENGINE_ID}.so`);
  }
  const token = openToken(opts);
  process.env.OPENSSL_ENGINES = dirname(opts.engine);
  process.env.PKCS11_MODULE_PATH = opts.module;
  // A key already in the token for an identity is used for its first certificate after
  // start-up (provisioned keys, restarts); later certificates always get a new pair.
  const adopted = new Set<string>();
  const uriOf = (key: TokenKey) =>
    `pkcs11:token=${encodeURIComponent(opts.token)};id=${pctAll(key.id)};type=private?pin-source=file:${opts.pinFile}`;
  return {
    kind: "pkcs11",
    async newKey(identity) {
      let key: TokenKey | undefined;
      if (!adopted.has(identity)) {
        adopted.add(identity);
        const found = token.find(identity);
        key = found[0];
        for (const extra of found.slice(1)) token.destroy(extra);
      }
      key ??= token.generate(identity);
      const k = key;
      const release = () => {
        try {
          token.destroy(k);
        } catch {}
      };
      let csrPem: string;
      try {
        probeEngine(uriOf(k));
        csrPem = await tokenCsr(token, k, identity);
      } catch (e) {
        release();
        throw e;
      }
      return { csrPem, keyUri: uriOf(k), spki: k.spki, release };
    },
    close: () => token.close(),
  };
}

/**
 * The engine loads the key here, in the main thread, before any worker is given its URI:
 * proves the engine can use it (an issuance error otherwise, not a failed handshake), and
 * loads and initialises the engine once per process — OpenSSL 3.0's dynamic engine loading
 * races when worker threads do their first load at the same time (all but one get
 * `engine routines::init failed`; docs/PKCS11.md).
 */
function probeEngine(uri: string): void {
  try {
    createSecureContext({ privateKeyEngine: PKCS11_ENGINE_ID, privateKeyIdentifier: uri });
  } catch (e) {
    throw new Pkcs11Error(
      "ZTS_PKCS11_ENGINE",
      `OpenSSL's pkcs11 engine cannot use the new token key: ${(e as Error).message}`,
      { cause: e },
    );
  }
}

export function createKeyProvider(config: Config): KeyProvider {
  if (config.keyProvider !== "pkcs11") return memoryKeys();
  return pkcs11Keys({
    module: config.pkcs11Module,
    token: config.pkcs11Token,
    pinFile: config.pkcs11PinFile,
    engine: config.pkcs11Engine,
  });
}
