#!/usr/bin/env node
// Builds the native DLB addon (native/binding.gyp) with node-gyp. npm 11 does not run
// dependencies' install scripts, so the project's own "install" script calls this.
// Uses the running Node's headers (--nodedir) so no header download is needed.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { buildPkcs11js } from "./build-pkcs11js.mjs";

// pkcs11js first: the early exits below are about the DLB addon only.
const force = process.argv.includes("--force") || Boolean(process.env.ZTS_REBUILD_NATIVE);
const p11 = buildPkcs11js({ force });
if (p11 !== 0) process.exit(p11);

const root = new URL("..", import.meta.url).pathname;
const native = join(root, "native");
if (!existsSync(join(native, "binding.gyp"))) {
  console.log("build-native: no native/binding.gyp yet, nothing to build");
  process.exit(0);
}
const built = join(native, "build/Release/zts_dlb.node");
// --sanitize: ASan + UBSan (binding.gyp's zts_sanitize), into the same build/Release (node-gyp
// rebuild starts from an empty build/), marked by build/Release/SANITIZED so that a plain
// install rebuilds over it. Loading it needs LD_PRELOAD=$(gcc -print-file-name=libasan.so) and
// ASAN_OPTIONS=detect_leaks=0 (Node itself is not instrumented): scripts/sanitize.mjs does that.
const sanitize = process.argv.includes("--sanitize");
const marker = join(native, "build/Release/SANITIZED");
if (
  existsSync(built) &&
  !existsSync(marker) &&
  !sanitize &&
  !process.argv.includes("--force") &&
  !process.env.ZTS_REBUILD_NATIVE
) {
  console.log(`build-native: ${built} exists (npm run build:native to rebuild)`);
  process.exit(0);
}
// The HBONE data phase (native/src/hbone*.cc) compiles against Debian's nghttp2 header but
// links no libnghttp2: its symbols resolve to Node's own copy at load time (docs/NATIVE-HBONE.md).
const nghttp2Header = process.env.ZTS_NGHTTP2_HEADER ?? "/usr/include/nghttp2/nghttp2.h";
if (!existsSync(nghttp2Header)) {
  console.error(
    `build-native: ${nghttp2Header} is missing: install libnghttp2-dev (apt-get install libnghttp2-dev; it is in .ci/apt-packages.txt)`,
  );
  process.exit(1);
}
const require = createRequire(import.meta.url);
const gyp = join(dirname(require.resolve("node-gyp/package.json")), "bin/node-gyp.js");
const nodedir = join(dirname(process.execPath), "..");
const args = [gyp, "rebuild", "-C", native];
if (existsSync(join(nodedir, "include/node/node.h"))) args.push(`--nodedir=${nodedir}`);
const env = { ...process.env };
if (sanitize) env.ZTS_SANITIZE = "1";
else delete env.ZTS_SANITIZE;
const r = spawnSync(process.execPath, args, { stdio: "inherit", env });
if (r.status !== 0) {
  console.error("build-native: node-gyp failed; fix the error above and run `npm run build:native`");
  process.exit(r.status ?? 1);
}
if (sanitize) {
  writeFileSync(marker, "ASan+UBSan build: `npm run build:native` replaces it with the normal one\n");
  console.log(`build-native: ${built} is the ASan+UBSan build (run \`npm run build:native\` for the normal one)`);
}
