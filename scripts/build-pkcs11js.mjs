// Builds pkcs11js's addon (the PKCS#11 binding of ZTS_KEY_PROVIDER=pkcs11, docs/PKCS11.md):
// npm 11 runs no dependency install scripts, so scripts/build-native.mjs calls this. Its
// sources carry their own PKCS#11 headers; the running Node's headers are used (--nodedir),
// so nothing is downloaded.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Returns the exit status of node-gyp (0 when there was nothing to do). */
export function buildPkcs11js({ force = false } = {}) {
  const require = createRequire(import.meta.url);
  let dir;
  try {
    dir = dirname(require.resolve("pkcs11js/package.json"));
  } catch {
    console.log("build-pkcs11js: pkcs11js is not installed, nothing to build");
    return 0;
  }
  const built = join(dir, "build/Release/pkcs11.node");
  if (existsSync(built) && !force) {
    console.log(`build-pkcs11js: ${built} exists (npm run build:native to rebuild)`);
    return 0;
  }
  const gyp = join(dirname(require.resolve("node-gyp/package.json")), "bin/node-gyp.js");
  const nodedir = join(dirname(process.execPath), "..");
  const args = [gyp, "rebuild", "-C", dir];
  if (existsSync(join(nodedir, "include/node/node.h"))) args.push(`--nodedir=${nodedir}`);
  const r = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (r.status !== 0) console.error("build-pkcs11js: node-gyp failed for pkcs11js; fix the error above");
  return r.status ?? 1;
}
