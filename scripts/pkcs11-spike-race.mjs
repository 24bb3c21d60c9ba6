#!/usr/bin/env node
// Spike for issue #26 (docs/PKCS11.md): OpenSSL 3.0's dynamic engine loading from several
// worker threads at once. Six workers build their first engine-key secure context at the same
// instant; without a load in the main thread first, all but one typically fail with
// `engine routines::init failed`. With `warm` the main thread loads the engine first (what
// the pkcs11 key provider does before any worker is given a key URI) and every call succeeds.
//   node scripts/pkcs11-spike-race.mjs [warm]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import tls from "node:tls";
import { Worker } from "node:worker_threads";

const MODULE = "/usr/lib/softhsm/libsofthsm2.so";
const ENGINES = "/usr/lib/x86_64-linux-gnu/engines-3";
if (!existsSync(MODULE) || !existsSync(join(ENGINES, "pkcs11.so"))) {
  console.log("skip: needs softhsm2 and libengine-pkcs11-openssl");
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), "zts-p11race-"));
const env = { ...process.env, SOFTHSM2_CONF: join(dir, "softhsm2.conf") };
writeFileSync(env.SOFTHSM2_CONF, `directories.tokendir = ${dir}\n`);
writeFileSync(join(dir, "pin"), "1234");
execFileSync("softhsm2-util", ["--init-token", "--free", "--label", "race", "--pin", "1234", "--so-pin", "5678"], {
  env,
  stdio: "ignore",
});
execFileSync(
  "pkcs11-tool",
  [
    "--module",
    MODULE,
    "--token-label",
    "race",
    "--login",
    "--pin",
    "1234",
    "--keypairgen",
    "--key-type",
    "EC:prime256v1",
    "--label",
    "k",
    "--id",
    "01",
  ],
  { env, stdio: "ignore" },
);
Object.assign(process.env, { SOFTHSM2_CONF: env.SOFTHSM2_CONF, PKCS11_MODULE_PATH: MODULE, OPENSSL_ENGINES: ENGINES });
const uri = `pkcs11:token=race;id=%01;type=private?pin-source=file:${join(dir, "pin")}`;
if (process.argv[2] === "warm") tls.createSecureContext({ privateKeyEngine: "pkcs11", privateKeyIdentifier: uri });

const go = new Int32Array(new SharedArrayBuffer(4));
const code = `const tls = require("node:tls"); const { parentPort, workerData } = require("node:worker_threads");
  Atomics.wait(workerData.go, 0, 0);
  const r = [];
  for (let i = 0; i < 3; i++) {
    try { tls.createSecureContext({ privateKeyEngine: "pkcs11", privateKeyIdentifier: workerData.uri }); r.push("ok"); }
    catch (e) { r.push(e.message); }
  }
  parentPort.postMessage(r.join(", "));`;
const workers = Array.from({ length: 6 }, () => new Worker(code, { eval: true, workerData: { go, uri } }));
await new Promise((r) => setTimeout(r, 300));
Atomics.store(go, 0, 1);
Atomics.notify(go, 0);
const results = await Promise.all(workers.map((w) => new Promise((r) => w.once("message", r))));
for (const [i, r] of results.entries()) console.log(`worker ${i}: ${r}`);
await Promise.all(workers.map((w) => w.terminate()));
rmSync(dir, { recursive: true, force: true });
