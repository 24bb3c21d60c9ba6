// The key provider seam's pure parts: settings, the TLS key options a certificate yields, the
// EC point → SPKI conversion of token public keys, and the CA-answer check against a key the
// proxy does not hold (only its public half).
import { createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { checkIssued } from "../../src/identity/cert-store.ts";
import { createCsr } from "../../src/identity/csr.ts";
import { createLocalCa } from "../../src/identity/local-ca.ts";
import { spkiOfEcPoint } from "../../src/identity/pkcs11-token.ts";
import { tlsKeyOptions } from "../../src/identity/workload-cert.ts";

const IN_POD = { KUBERNETES_SERVICE_HOST: "10.96.0.1" };
const ID = "spiffe://cluster.local/ns/default/sa/a";

describe("ZTS_KEY_PROVIDER settings", () => {
  it("memory by default", () => {
    expect(loadConfig(IN_POD).keyProvider).toBe("memory");
  });

  it("pkcs11 without its token settings is refused, naming every missing one", () => {
    expect(() => loadConfig({ ...IN_POD, ZTS_KEY_PROVIDER: "pkcs11", ZTS_PKCS11_MODULE: "/m.so" })).toThrow(
      expect.objectContaining({
        code: "ZTS_CONFIG_INVALID",
        message: "ZTS_KEY_PROVIDER=pkcs11 needs ZTS_PKCS11_TOKEN, ZTS_PKCS11_PIN_FILE set",
      }),
    );
  });

  it("pkcs11 with the native HBONE server is refused (it takes PEM keys only)", () => {
    const full = {
      ...IN_POD,
      ZTS_KEY_PROVIDER: "pkcs11",
      ZTS_PKCS11_MODULE: "/m.so",
      ZTS_PKCS11_TOKEN: "t",
      ZTS_PKCS11_PIN_FILE: "/pin",
    };
    expect(loadConfig(full).keyProvider).toBe("pkcs11");
    expect(() => loadConfig({ ...full, ZTS_HBONE_DATAPATH: "native" })).toThrow(
      expect.objectContaining({
        code: "ZTS_CONFIG_INVALID",
        message: expect.stringContaining("ZTS_HBONE_DATAPATH=js"),
      }),
    );
  });

  it("an unknown provider is refused", () => {
    expect(() => loadConfig({ ...IN_POD, ZTS_KEY_PROVIDER: "tpm" })).toThrow(
      expect.objectContaining({ code: "ZTS_CONFIG_INVALID" }),
    );
  });
});

describe("tlsKeyOptions", () => {
  it("a token key becomes the engine and its URI, with no key option", () => {
    expect(tlsKeyOptions({ keyUri: "pkcs11:token=t;id=%01;type=private" })).toEqual({
      privateKeyEngine: "pkcs11",
      privateKeyIdentifier: "pkcs11:token=t;id=%01;type=private",
    });
  });

  it("a memory key stays a PEM", () => {
    expect(tlsKeyOptions({ keyPem: "PEM" })).toEqual({ key: "PEM" });
  });
});

describe("spkiOfEcPoint", () => {
  const key = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey;
  const spki = key.export({ type: "spki", format: "der" });
  const point = spki.subarray(spki.length - 65);

  it("CKA_EC_POINT as a DER OCTET STRING gives the key's SPKI", () => {
    expect(spkiOfEcPoint(Buffer.concat([Buffer.from([0x04, 0x41]), point]))).toEqual(spki);
  });

  it("a bare uncompressed point (some modules) gives the same SPKI", () => {
    expect(spkiOfEcPoint(point)).toEqual(spki);
  });

  it("anything else is refused with ZTS_PKCS11_KEY", () => {
    expect(() => spkiOfEcPoint(point.subarray(0, 33))).toThrow(expect.objectContaining({ code: "ZTS_PKCS11_KEY" }));
  });
});

describe("checkIssued with only the key's public half", () => {
  it("accepts the CA's leaf for that key and refuses one for another key", async () => {
    const ca = await createLocalCa({ trustDomain: "cluster.local" });
    const { keyPem, csrPem } = await createCsr(ID);
    const chainPem = await ca.signCsr(csrPem, { identity: ID, ttlMs: 3600_000 });
    const spki = createPublicKey(createPrivateKey(keyPem)).export({ type: "spki", format: "der" });
    expect(checkIssued(ID, { spki, chainPem }).uris).toEqual([ID]);
    const other = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "der" });
    expect(() => checkIssued(ID, { spki: other, chainPem })).toThrow(
      expect.objectContaining({ code: "ZTS_IDENTITY_CA_ANSWER" }),
    );
  });
});
