#!/usr/bin/env node
// Generates xds/gen/protos.js (static protobufjs code) and xds/gen/protos.d.ts (its
// types) from the project's own .proto files, so message types are written once (in
// .proto) and never by hand in TypeScript. Run after editing anything in xds/proto.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const protoDir = join(root, "xds/proto");
const out = join(root, "xds/gen/protos.js");
const bin = (name) => join(root, "node_modules/.bin", name);

function protos(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? protos(p) : p.endsWith(".proto") ? [p] : [];
  });
}

const files = protos(protoDir)
  .map((p) => relative(protoDir, p))
  .sort();
execFileSync(bin("pbjs"), ["-t", "static-module", "-w", "es6", "--force-number", "-p", protoDir, "-o", out, ...files], {
  cwd: protoDir,
  stdio: "inherit",
});
// Node's ESM resolver needs the file extension on a subpath import.
const js = readFileSync(out, "utf8").replace(`from "protobufjs/minimal"`, `from "protobufjs/minimal.js"`);
writeFileSync(out, js);
execFileSync(bin("pbts"), ["-o", out.replace(/\.js$/, ".d.ts"), out], { stdio: "inherit" });
console.log(`generated ${relative(root, out)} and .d.ts from ${files.length} protos`);
