#!/usr/bin/env node
// Builds the native DLB addon (native/binding.gyp) with node-gyp. npm 11 does not run
// dependencies' install scripts, so the project's own "install" script calls this.
// Uses the running Node's headers (--nodedir) so no header download is needed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const native = join(root, "native");
if (!existsSync(join(native, "binding.gyp"))) {
  console.log("build-native: no native/binding.gyp yet, nothing to build");
  process.exit(0);
}
const built = join(native, "build/Release/zts_dlb.node");
if (existsSync(built) && !process.argv.includes("--force") && !process.env.ZTS_REBUILD_NATIVE) {
  console.log(`build-native: ${built} exists (npm run build:native to rebuild)`);
  process.exit(0);
}
const require = createRequire(import.meta.url);
const gyp = join(dirname(require.resolve("node-gyp/package.json")), "bin/node-gyp.js");
const nodedir = join(dirname(process.execPath), "..");
const args = [gyp, "rebuild", "-C", native];
if (existsSync(join(nodedir, "include/node/node.h"))) args.push(`--nodedir=${nodedir}`);
const r = spawnSync(process.execPath, args, { stdio: "inherit" });
if (r.status !== 0) {
  console.error("build-native: node-gyp failed; fix the error above and run `npm run build:native`");
  process.exit(r.status ?? 1);
}
