// Regenerates the generated sections of docs/operations.md from the code that defines
// them, so the docs cannot drift from what the proxy reads:
//   node bin/run-ts.mjs scripts/gen-docs.ts          rewrite docs/operations.md
//   node bin/run-ts.mjs scripts/gen-docs.ts --check  exit 1 when it is out of date
// Only the text between the BEGIN/END markers is replaced; the rest is hand-written.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { settingsTable } from "../src/config.ts";

export const OPERATIONS_MD = fileURLToPath(new URL("../docs/operations.md", import.meta.url));

const begin = (name: string) => `<!-- BEGIN GENERATED: ${name} (scripts/gen-docs.ts; do not edit by hand) -->`;
const end = (name: string) => `<!-- END GENERATED: ${name} -->`;

const cell = (s: string) => s.replaceAll("|", "\\|");

/** The environment reference: every row of src/config.ts's SETTINGS, in its order. */
export function renderEnvReference(): string {
  const rows = settingsTable().map(([name, def, help]) => {
    const shown = def === "(unset)" ? "(unset)" : `\`${cell(def!)}\``;
    return `| \`${name}\` | ${shown} | ${cell(help!)} |`;
  });
  return [
    "| variable | default | meaning |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "Read by prefix as well: `ISTIO_META_*` (added to the xDS node metadata; `ISTIO_META_CLUSTER_ID`",
    "overrides `CLUSTER_ID`), `XDS_HEADER_*` and `CA_HEADER_*` (extra gRPC metadata to istiod).",
    "Durations take `500ms`, `5s`, `5m`, `1h` or plain seconds; sizes take bytes, `Ki` or `Mi`.",
  ].join("\n");
}

const SECTIONS: Record<string, () => string> = { env: renderEnvReference };

/** Replaces each generated section of `doc`; throws when a marker pair is missing. */
export function applyGenerated(doc: string): string {
  let out = doc;
  for (const [name, render] of Object.entries(SECTIONS)) {
    const b = out.indexOf(begin(name));
    const e = out.indexOf(end(name));
    if (b < 0 || e < b) throw new Error(`docs/operations.md: markers for section "${name}" are missing`);
    out = `${out.slice(0, b + begin(name).length)}\n${render()}\n${out.slice(e)}`;
  }
  return out;
}

/** The marker lines for a section, for writing a new document. */
export const markers = (name: string) => ({ begin: begin(name), end: end(name) });

function main(argv: string[]): number {
  const current = readFileSync(OPERATIONS_MD, "utf8");
  const next = applyGenerated(current);
  if (argv.includes("--check")) {
    if (next === current) return 0;
    console.error("docs/operations.md is out of date: run `node bin/run-ts.mjs scripts/gen-docs.ts`");
    return 1;
  }
  if (next !== current) writeFileSync(OPERATIONS_MD, next);
  console.log(next === current ? "docs/operations.md up to date" : "docs/operations.md regenerated");
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
