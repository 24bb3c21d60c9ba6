#!/usr/bin/env node
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
// Runs a TypeScript entry file under tsx's loader (used by npm scripts and benchmarks).
import { register } from "tsx/esm/api";

register();
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: run-ts.mjs <file.ts> [args...]");
  process.exit(2);
}
process.argv = [process.argv[0], resolve(entry), ...rest];
await import(pathToFileURL(resolve(entry)).href);
