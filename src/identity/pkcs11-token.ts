// A PKCS#11 token holding the workload keys (ZTS_KEY_PROVIDER=pkcs11, docs/PKCS11.md): EC
// P-256 key pairs generated inside the token (sensitive, not extractable), CSR signatures
// made by the token (CKM_ECDSA over a SHA-256 digest computed here), retired keys destroyed.
// Main thread only, through pkcs11js (built by scripts/build-native.mjs). TLS uses the same
// keys through OpenSSL's pkcs11 engine in every thread (key-provider.ts): no private key
// byte ever reaches JavaScript.
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Pkcs11js from "pkcs11js";
import { ZtsError } from "../errors.ts";

export class Pkcs11Error extends ZtsError {}

/** The token label prefix of the proxy's key objects; the SPIFFE id follows. */
export const KEY_LABEL_PREFIX = "zts:";

export interface TokenKey {
  /** CKA_ID, shared by the private and the public object. */
  id: Buffer;
  /** SubjectPublicKeyInfo DER of the public half. */
  spki: Buffer;
  label: string;
}

export interface Token {
  label: string;
  /** A new key pair in the token for `identity`. */
  generate(identity: string): TokenKey;
  /** Key pairs already in the token for `identity` (provisioned, or left by an earlier run). */
  find(identity: string): TokenKey[];
  /** ECDSA P-256 over SHA-256(data): the signature as r‖s (WebCrypto's form). */
  sign(key: TokenKey, data: Buffer): Buffer;
  /** Removes both halves of a key pair; true when something was removed. */
  destroy(key: TokenKey): boolean;
  close(): void;
}

export interface TokenOptions {
  module: string;
  token: string;
  pinFile: string;
}

// prime256v1's OID (the CKA_EC_PARAMS of a P-256 key) and the SPKI prefix of a P-256 key.
const P256_PARAMS = Buffer.from("06082a8648ce3d030107", "hex");
const P256_SPKI_PREFIX = Buffer.from("3059301306072a8648ce3d020106082a8648ce3d030107034200", "hex");

type Lib = typeof Pkcs11js;

let lib: Lib | undefined;
function binding(): Lib {
  if (lib) return lib;
  try {
    lib = createRequire(import.meta.url)("pkcs11js") as Lib;
    return lib;
  } catch (e) {
    throw new Pkcs11Error(
      "ZTS_PKCS11_BINDING",
      `the pkcs11js binding is not built (${(e as Error).message}): run \`npm run build:native\``,
      { cause: e },
    );
  }
}

const ckr = (e: unknown) => (e as Error).message ?? String(e);

/** Errors after which the session is gone: the next call opens a new one (token reinserted). */
const SESSION_LOST = new Set([
  "CKR_DEVICE_REMOVED",
  "CKR_TOKEN_NOT_PRESENT",
  "CKR_SESSION_HANDLE_INVALID",
  "CKR_SESSION_CLOSED",
  "CKR_USER_NOT_LOGGED_IN",
]);

function readPin(path: string): string {
  let pin: string;
  try {
    pin = readFileSync(path, "utf8").trim();
  } catch (e) {
    throw new Pkcs11Error("ZTS_PKCS11_PIN_FILE", `cannot read ZTS_PKCS11_PIN_FILE ${path}: ${ckr(e)}`, { cause: e });
  }
  if (pin === "") throw new Pkcs11Error("ZTS_PKCS11_PIN_FILE", `ZTS_PKCS11_PIN_FILE ${path} is empty`);
  // OpenSSL's pkcs11 engine reads the file byte for byte (pin-source=file:), newline included.
  if (readFileSync(path, "utf8") !== pin) {
    throw new Pkcs11Error(
      "ZTS_PKCS11_PIN_FILE",
      `ZTS_PKCS11_PIN_FILE ${path} has whitespace around the PIN (a trailing newline?): the TLS engine reads it byte for byte; write it with printf '%s'`,
    );
  }
  return pin;
}

/** The EC point of a public key object (DER OCTET STRING around 04‖X‖Y) as SPKI DER. */
export function spkiOfEcPoint(ecPoint: Buffer): Buffer {
  const point = ecPoint.length === 67 && ecPoint[0] === 0x04 && ecPoint[1] === 0x41 ? ecPoint.subarray(2) : ecPoint;
  if (point.length !== 65 || point[0] !== 0x04) {
    throw new Pkcs11Error("ZTS_PKCS11_KEY", `the token's public key is not an uncompressed P-256 point`);
  }
  return Buffer.concat([P256_SPKI_PREFIX, point]);
}

/**
 * Opens the token: module loaded, token found by label, user logged in. Every failure is a
 * start-up error naming what to fix: module missing, token absent, PIN wrong or locked.
 */
export function openToken(opts: TokenOptions): Token {
  const p = binding();
  const pin = readPin(opts.pinFile);
  const mod = new p.PKCS11();
  try {
    mod.load(opts.module);
  } catch (e) {
    throw new Pkcs11Error("ZTS_PKCS11_MODULE", `cannot load ZTS_PKCS11_MODULE ${opts.module}: ${ckr(e)}`, {
      cause: e,
    });
  }
  try {
    // OS locking: the OpenSSL engine uses the same module from every thread.
    mod.C_Initialize({ flags: p.CKF_OS_LOCKING_OK });
  } catch (e) {
    if (ckr(e) !== "CKR_CRYPTOKI_ALREADY_INITIALIZED") {
      throw new Pkcs11Error("ZTS_PKCS11_MODULE", `C_Initialize of ${opts.module} failed: ${ckr(e)}`, { cause: e });
    }
  }

  let session: Buffer | undefined;
  const open = (): Buffer => {
    if (session) return session;
    const labels: string[] = [];
    let slot: Buffer | undefined;
    let flags = 0;
    for (const s of mod.C_GetSlotList(true)) {
      const info = mod.C_GetTokenInfo(s);
      const label = info.label.trim();
      if (label !== "") labels.push(label);
      if (label === opts.token) {
        slot = s;
        flags = info.flags;
        break;
      }
    }
    if (!slot) {
      throw new Pkcs11Error(
        "ZTS_PKCS11_TOKEN_ABSENT",
        `no token labelled ${JSON.stringify(opts.token)} (ZTS_PKCS11_TOKEN) in ${opts.module}; present: ${labels.length ? labels.map((l) => JSON.stringify(l)).join(", ") : "none"}`,
      );
    }
    // Not one more wrong try on a locked token (the PIN file may be the wrong one).
    if (flags & p.CKF_USER_PIN_LOCKED) {
      throw new Pkcs11Error(
        "ZTS_PKCS11_PIN_LOCKED",
        `token ${JSON.stringify(opts.token)} is locked (too many wrong PINs): its security officer must unlock it`,
      );
    }
    const s = mod.C_OpenSession(slot, p.CKF_SERIAL_SESSION | p.CKF_RW_SESSION);
    try {
      mod.C_Login(s, p.CKU_USER, pin);
    } catch (e) {
      const why = ckr(e);
      if (why !== "CKR_USER_ALREADY_LOGGED_IN") {
        mod.C_CloseSession(s);
        if (why === "CKR_PIN_INCORRECT") {
          throw new Pkcs11Error(
            "ZTS_PKCS11_PIN_INCORRECT",
            `token ${JSON.stringify(opts.token)} refused the PIN of ZTS_PKCS11_PIN_FILE ${opts.pinFile} (each wrong try brings a lock-out closer)`,
          );
        }
        if (why === "CKR_PIN_LOCKED") {
          throw new Pkcs11Error(
            "ZTS_PKCS11_PIN_LOCKED",
            `token ${JSON.stringify(opts.token)} is locked (too many wrong PINs): its security officer must unlock it`,
          );
        }
        throw new Pkcs11Error("ZTS_PKCS11_LOGIN", `login to token ${JSON.stringify(opts.token)} failed: ${why}`);
      }
    }
    session = s;
    return s;
  };

  // Modules report a token pulled (or deleted) mid-run in their own ways (SoftHSM2:
  // CKR_GENERAL_ERROR); whether its label is still listed tells.
  const present = (): boolean => {
    try {
      return mod.C_GetSlotList(true).some((s) => mod.C_GetTokenInfo(s).label.trim() === opts.token);
    } catch {
      return false;
    }
  };

  // One retry-free call on the session; a lost session is forgotten so the next call reopens.
  const openOrThrow = (what: string): Buffer => {
    try {
      return open();
    } catch (e) {
      if (e instanceof Pkcs11Error) throw e;
      throw new Pkcs11Error(
        "ZTS_PKCS11_TOKEN_ABSENT",
        `token ${JSON.stringify(opts.token)} cannot be opened (${what}): ${ckr(e)}`,
        { cause: e },
      );
    }
  };

  const call = <T>(what: string, fn: (s: Buffer) => T): T => {
    const s = openOrThrow(what);
    try {
      return fn(s);
    } catch (e) {
      const why = ckr(e);
      if (SESSION_LOST.has(why) || !present()) {
        session = undefined;
        throw new Pkcs11Error(
          "ZTS_PKCS11_TOKEN_ABSENT",
          `token ${JSON.stringify(opts.token)} went away: ${what}: ${why}`,
          {
            cause: e,
          },
        );
      }
      throw new Pkcs11Error("ZTS_PKCS11_OP", `token ${JSON.stringify(opts.token)}: ${what} failed: ${why}`, {
        cause: e,
      });
    }
  };

  const findObjects = (s: Buffer, template: Pkcs11js.Template): Buffer[] => {
    mod.C_FindObjectsInit(s, template);
    try {
      return mod.C_FindObjects(s, 1000);
    } finally {
      mod.C_FindObjectsFinal(s);
    }
  };

  const publicOf = (s: Buffer, id: Buffer): Buffer | undefined => {
    const [pub] = findObjects(s, [
      { type: p.CKA_CLASS, value: p.CKO_PUBLIC_KEY },
      { type: p.CKA_ID, value: id },
    ]);
    if (!pub) return undefined;
    const [attr] = mod.C_GetAttributeValue(s, pub, [{ type: p.CKA_EC_POINT }]);
    return attr?.value ? spkiOfEcPoint(attr.value as Buffer) : undefined;
  };

  const privateOf = (s: Buffer, key: TokenKey): Buffer | undefined =>
    findObjects(s, [
      { type: p.CKA_CLASS, value: p.CKO_PRIVATE_KEY },
      { type: p.CKA_ID, value: key.id },
    ])[0];

  openOrThrow("start-up"); // the token is there and the PIN works

  return {
    label: opts.token,
    generate(identity) {
      const label = `${KEY_LABEL_PREFIX}${identity}`;
      // Random ids: a rotation's new pair never collides with the one it replaces.
      const id = randomBytes(8);
      return call(`generating a P-256 key pair for ${identity}`, (s) => {
        const { publicKey } = mod.C_GenerateKeyPair(
          s,
          { mechanism: p.CKM_EC_KEY_PAIR_GEN },
          [
            { type: p.CKA_TOKEN, value: true },
            { type: p.CKA_EC_PARAMS, value: P256_PARAMS },
            { type: p.CKA_VERIFY, value: true },
            { type: p.CKA_LABEL, value: label },
            { type: p.CKA_ID, value: id },
          ],
          [
            { type: p.CKA_TOKEN, value: true },
            { type: p.CKA_PRIVATE, value: true },
            { type: p.CKA_SENSITIVE, value: true },
            { type: p.CKA_EXTRACTABLE, value: false },
            { type: p.CKA_SIGN, value: true },
            { type: p.CKA_LABEL, value: label },
            { type: p.CKA_ID, value: id },
          ],
        );
        const [attr] = mod.C_GetAttributeValue(s, publicKey, [{ type: p.CKA_EC_POINT }]);
        return { id, label, spki: spkiOfEcPoint(attr?.value as Buffer) };
      });
    },
    find(identity) {
      const label = `${KEY_LABEL_PREFIX}${identity}`;
      return call(`looking up keys of ${identity}`, (s) => {
        const out: TokenKey[] = [];
        for (const h of findObjects(s, [
          { type: p.CKA_CLASS, value: p.CKO_PRIVATE_KEY },
          { type: p.CKA_LABEL, value: label },
        ])) {
          const [attr] = mod.C_GetAttributeValue(s, h, [{ type: p.CKA_ID }]);
          const id = attr?.value as Buffer | undefined;
          if (!id || id.length === 0) continue;
          const spki = publicOf(s, id);
          if (spki) out.push({ id, label, spki });
        }
        return out;
      });
    },
    sign(key, data) {
      const digest = createHash("sha256").update(data).digest();
      return call(`signing for ${key.label}`, (s) => {
        const h = privateOf(s, key);
        if (!h) throw new Error("CKR_KEY_HANDLE_INVALID (the key is no longer in the token)");
        mod.C_SignInit(s, { mechanism: p.CKM_ECDSA }, h);
        return Buffer.from(mod.C_Sign(s, digest, Buffer.alloc(64)));
      });
    },
    destroy(key) {
      return call(`destroying ${key.label}`, (s) => {
        const handles = findObjects(s, [{ type: p.CKA_ID, value: key.id }]);
        for (const h of handles) mod.C_DestroyObject(s, h);
        return handles.length > 0;
      });
    },
    close() {
      // No C_Logout or C_Finalize: login state and initialisation are shared with the
      // OpenSSL engine in this process, which may still be serving handshakes.
      if (session) {
        try {
          mod.C_CloseSession(session);
        } catch {}
        session = undefined;
      }
    },
  };
}

/** `%xx` for every byte: PKCS#11 URI attribute values (RFC 7512) without escaping rules to get wrong. */
export const pctAll = (b: Buffer) => [...b].map((x) => `%${x.toString(16).padStart(2, "0")}`).join("");
