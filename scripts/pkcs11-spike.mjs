#!/usr/bin/env node
// Spike for issue #26 (docs/PKCS11.md): can Node 20's statically linked OpenSSL do TLS with a
// private key that stays in a PKCS#11 token (SoftHSM2), through Debian's libengine-pkcs11-openssl?
// Each step prints `ok` or the exact error; nothing here is used by the proxy.
//   node scripts/pkcs11-spike.mjs
import { execFileSync } from "node:child_process";
import { createHash, X509Certificate } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tls from "node:tls";
import { Worker } from "node:worker_threads";

const require = createRequire(import.meta.url);
const MODULE = "/usr/lib/softhsm/libsofthsm2.so";
const ENGINE = "/usr/lib/x86_64-linux-gnu/engines-3/pkcs11.so";
if (!existsSync(MODULE) || !existsSync(ENGINE)) {
  console.log(`skip: needs softhsm2 (${MODULE}) and libengine-pkcs11-openssl (${ENGINE})`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), "zts-p11spike-"));
process.env.SOFTHSM2_CONF = join(dir, "softhsm2.conf");
writeFileSync(process.env.SOFTHSM2_CONF, `directories.tokendir = ${dir}\nobjectstore.backend = file\n`);
writeFileSync(join(dir, "pin"), "1234");
execFileSync("softhsm2-util", ["--init-token", "--free", "--label", "spike", "--pin", "1234", "--so-pin", "5678"], {
  stdio: "ignore",
});
const step = (name, fn) => {
  try {
    const r = fn();
    console.log(`ok    ${name}${r === undefined ? "" : `: ${r}`}`);
    return true;
  } catch (e) {
    console.log(`FAIL  ${name}: ${e.code ?? ""} ${e.message}`);
    return false;
  }
};

const pkcs11js = require("pkcs11js");
const p11 = new pkcs11js.PKCS11();
p11.load(MODULE);
p11.C_Initialize();
const slot = p11.C_GetSlotList(true).find((s) => p11.C_GetTokenInfo(s).label.trim() === "spike");
const session = p11.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
p11.C_Login(session, pkcs11js.CKU_USER, "1234");
const P256 = Buffer.from("06082a8648ce3d030107", "hex");

function genKey(label) {
  const id = createHash("sha256").update(label).digest().subarray(0, 8);
  const { publicKey, privateKey } = p11.C_GenerateKeyPair(
    session,
    { mechanism: pkcs11js.CKM_EC_KEY_PAIR_GEN },
    [
      { type: pkcs11js.CKA_TOKEN, value: true },
      { type: pkcs11js.CKA_EC_PARAMS, value: P256 },
      { type: pkcs11js.CKA_VERIFY, value: true },
      { type: pkcs11js.CKA_LABEL, value: label },
      { type: pkcs11js.CKA_ID, value: id },
    ],
    [
      { type: pkcs11js.CKA_TOKEN, value: true },
      { type: pkcs11js.CKA_PRIVATE, value: true },
      { type: pkcs11js.CKA_SENSITIVE, value: true },
      { type: pkcs11js.CKA_EXTRACTABLE, value: false },
      { type: pkcs11js.CKA_SIGN, value: true },
      { type: pkcs11js.CKA_LABEL, value: label },
      { type: pkcs11js.CKA_ID, value: id },
    ],
  );
  return { publicKey, privateKey, label };
}

// A self-signed cert for the token key, signed with the system openssl CLI through the engine
// (the proxy signs its CSRs through pkcs11js instead; here only TLS is under test).
function selfSigned(label) {
  const out = join(dir, `${label}.pem`);
  execFileSync(
    "openssl",
    [
      "req",
      "-engine",
      "pkcs11",
      "-keyform",
      "engine",
      "-key",
      `pkcs11:token=spike;object=${label};type=private;pin-value=1234`,
      "-new",
      "-x509",
      "-subj",
      `/CN=${label}`,
      "-days",
      "1",
      "-out",
      out,
    ],
    { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, PKCS11_MODULE_PATH: MODULE } },
  );
  return execFileSync("cat", [out], { encoding: "utf8" });
}

const uri = (label) => `pkcs11:token=spike;object=${label};type=private?pin-source=file:${join(dir, "pin")}`;

async function handshake(engine, label, cert) {
  const srv = tls.createServer(
    { cert, privateKeyEngine: engine, privateKeyIdentifier: uri(label), minVersion: "TLSv1.3" },
    (s) => s.end("hi"),
  );
  await new Promise((r) => srv.listen(0, "127.0.0.1", r));
  try {
    return await new Promise((resolve, reject) => {
      const c = tls.connect({
        port: srv.address().port,
        host: "127.0.0.1",
        ca: cert,
        checkServerIdentity: () => undefined,
      });
      let got = "";
      c.on("data", (d) => {
        got += d;
      });
      c.on("end", () => resolve(`${c.getProtocol()} authorized=${c.authorized} got=${got}`));
      c.on("error", reject);
    });
  } finally {
    srv.close();
  }
}

async function main() {
  process.env.PKCS11_MODULE_PATH = MODULE;
  const k1 = genKey("k1");
  const cert1 = selfSigned("k1");
  console.log(`info  k1 cert: ${new X509Certificate(cert1).publicKey.asymmetricKeyDetails?.namedCurve}`);

  step("engine id 'pkcs11' without OPENSSL_ENGINES (Node's OpenSSL has its own built-in ENGINESDIR)", () => {
    tls.createSecureContext({ privateKeyEngine: "pkcs11", privateKeyIdentifier: uri("k1") });
  });
  process.env.OPENSSL_ENGINES = "/usr/lib/x86_64-linux-gnu/engines-3";
  step("engine id 'pkcs11' with OPENSSL_ENGINES set at run time", () => {
    tls.createSecureContext({ privateKeyEngine: "pkcs11", privateKeyIdentifier: uri("k1") });
  });
  try {
    console.log(`ok    TLS 1.3 handshake, server key in the token: ${await handshake("pkcs11", "k1", cert1)}`);
  } catch (e) {
    console.log(`FAIL  handshake: ${e.message}`);
  }
  // A key made after the engine has already enumerated the token (rotation).
  genKey("k2");
  const cert2 = selfSigned("k2");
  try {
    console.log(
      `ok    handshake with a key generated after the engine loaded: ${await handshake("pkcs11", "k2", cert2)}`,
    );
  } catch (e) {
    console.log(`FAIL  late key: ${e.message}`);
  }
  p11.C_DestroyObject(session, k1.privateKey);
  step("the engine refuses a destroyed key", () => {
    tls.createSecureContext({ privateKeyEngine: "pkcs11", privateKeyIdentifier: uri("k1") });
    throw new Error("context built for a destroyed key");
  });
  step("wrong PIN", () => {
    writeFileSync(join(dir, "badpin"), "0000");
    tls.createSecureContext({
      privateKeyEngine: "pkcs11",
      privateKeyIdentifier: `pkcs11:token=spike;object=k2;type=private?pin-source=file:${join(dir, "badpin")}`,
    });
  });
  // A worker thread: same process, same OpenSSL, same engine; no key bytes posted to it.
  const w = new Worker(
    `const tls = require("node:tls"); const { parentPort, workerData } = require("node:worker_threads");
     try { tls.createSecureContext({ cert: workerData.cert, privateKeyEngine: "pkcs11", privateKeyIdentifier: workerData.uri });
       parentPort.postMessage("context built in a worker"); } catch (e) { parentPort.postMessage("FAIL " + e.message); }`,
    { eval: true, workerData: { cert: cert2, uri: uri("k2") } },
  );
  console.log(`ok?   worker: ${await new Promise((r) => w.once("message", r))}`);
  await w.terminate();
  // Last, because a failed dynamic load leaves the engine unusable for the rest of the process:
  // Node's by-path fallback loads a fresh, unlisted ENGINE per secure context.
  for (const n of [1, 2]) {
    step(
      `engine by full path, secure context #${n} (stderr gets 'bad engine id': the path is tried as an id first)`,
      () => {
        tls.createSecureContext({ privateKeyEngine: ENGINE, privateKeyIdentifier: uri("k2") });
      },
    );
  }
}

main()
  .catch((e) => console.log(`FAIL  ${e.stack}`))
  .finally(() => rmSync(dir, { recursive: true, force: true }));
