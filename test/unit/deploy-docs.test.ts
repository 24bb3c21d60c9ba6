// docs/operations.md: the generated env reference equals what scripts/gen-docs.ts makes
// from src/config.ts now, and the deploy docs name every setting the DaemonSet passes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyGenerated, markers, OPERATIONS_MD, renderEnvReference } from "../../scripts/gen-docs.ts";
import { SETTINGS } from "../../src/config.ts";

const doc = readFileSync(OPERATIONS_MD, "utf8");

describe("docs/operations.md", () => {
  it("its env section is exactly what the generator produces from src/config.ts", () => {
    expect(applyGenerated(doc), "stale: run `node bin/run-ts.mjs scripts/gen-docs.ts`").toBe(doc);
  });

  it("the env section lists every SETTINGS variable once", () => {
    const { begin, end } = markers("env");
    const section = doc.slice(doc.indexOf(begin), doc.indexOf(end));
    expect(section).toBe(`${begin}\n${renderEnvReference()}\n`);
    for (const s of Object.values(SETTINGS)) {
      expect(section.split(`| \`${s.name}\` |`).length - 1, s.name).toBe(1);
    }
  });

  it("regenerating replaces a hand edit inside the markers and keeps the text around them", () => {
    const { begin, end } = markers("env");
    const edited = doc.replace(`${begin}\n`, `${begin}\n| \`HAND_EDIT\` | x | y |\n`);
    const fixed = applyGenerated(edited);
    expect(fixed).toBe(doc);
    expect(fixed.slice(0, fixed.indexOf(begin))).toBe(doc.slice(0, doc.indexOf(begin)));
    expect(fixed.slice(fixed.indexOf(end))).toBe(doc.slice(doc.indexOf(end)));
  });

  it("a document without the markers is an error, not a silent no-op", () => {
    expect(() => applyGenerated("# no markers\n")).toThrow(/markers/);
  });
});
