// deploy/Dockerfile, checked by parsing (no Docker engine or hadolint here): multi-stage,
// pinned bases, the user the DaemonSet runs as, node as PID 1 via exec form, nothing
// piped from the network into a shell.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

const ROOT = join(import.meta.dirname, "../..");
const text = readFileSync(join(ROOT, "deploy/Dockerfile"), "utf8");

interface Instr {
  op: string;
  args: string;
}

/** Instructions with continuation lines joined and comments dropped. */
function parse(src: string): Instr[] {
  const out: Instr[] = [];
  let cur = "";
  for (const line of src.split("\n")) {
    if (/^\s*#/.test(line) && cur === "") continue;
    if (/^\s*#/.test(line)) continue; // comment inside a continued RUN
    cur += `${line.replace(/\\\s*$/, "")} `;
    if (/\\\s*$/.test(line)) continue;
    const m = /^\s*(\w+)\s+(.*?)\s*$/.exec(cur);
    if (m) out.push({ op: m[1]!.toUpperCase(), args: m[2]! });
    cur = "";
  }
  return out;
}

const instrs = parse(text);
const froms = instrs.filter((i) => i.op === "FROM");
const last = (op: string) => instrs.filter((i) => i.op === op).at(-1);
const runtime = instrs.slice(instrs.lastIndexOf(froms.at(-1)!));

describe("deploy/Dockerfile", () => {
  it("is multi-stage: node:20-bookworm builds, node:20-bookworm-slim runs", () => {
    expect(froms.map((f) => f.args)).toEqual(["node:20-bookworm AS build", "node:20-bookworm-slim AS runtime"]);
  });

  it("pins every base image by tag (no latest, no bare name)", () => {
    for (const f of froms) {
      const image = f.args.split(/\s+/)[0]!;
      expect(image, image).toMatch(/^[\w./-]+:(?!latest$)[\w.-]+$/);
    }
  });

  it("builds the addon with npm ci in the build stage and copies it into the runtime", () => {
    const buildRun = instrs.slice(0, instrs.indexOf(froms[1]!)).filter((i) => i.op === "RUN");
    expect(buildRun.some((r) => /\bnpm ci\b/.test(r.args))).toBe(true);
    expect(buildRun.some((r) => /test -f native\/build\/Release\/zts_dlb\.node/.test(r.args))).toBe(true);
    expect(runtime.some((i) => i.op === "COPY" && /--from=build .*zts_dlb\.node/.test(i.args))).toBe(true);
    expect(runtime.some((i) => i.op === "COPY" && /--from=build \/app\/node_modules/.test(i.args))).toBe(true);
  });

  it("installs iptables and iproute2 in the runtime without recommends, cleaning apt lists", () => {
    const run = runtime.find((i) => i.op === "RUN" && /apt-get install/.test(i.args))!;
    expect(run.args).toMatch(/--no-install-recommends/);
    expect(run.args).toMatch(/\biptables\b/);
    expect(run.args).toMatch(/\biproute2\b/);
    expect(run.args).toMatch(/rm -rf \/var\/lib\/apt\/lists/);
  });

  it("runs as uid 0 / gid 1337, like the DaemonSet's securityContext", () => {
    expect(last("USER")?.args).toBe("0:1337");
    const ds = parseAllDocuments(readFileSync(join(ROOT, "deploy/kubernetes/daemonset.yaml"), "utf8"))[0]!.toJS();
    const sc = ds.spec.template.spec.containers[0].securityContext;
    expect(`${sc.runAsUser}:${sc.runAsGroup}`).toBe(last("USER")?.args);
  });

  it("starts node as PID 1 (exec form) on bin/ztunnel-ts.mjs, default args proxy ztunnel", () => {
    expect(JSON.parse(last("ENTRYPOINT")!.args)).toEqual(["node", "/app/bin/ztunnel-ts.mjs"]);
    expect(JSON.parse(last("CMD")!.args)).toEqual(["proxy", "ztunnel"]);
    expect(existsSync(join(ROOT, "bin/ztunnel-ts.mjs"))).toBe(true);
  });

  it("never pipes a download into a shell, and copies only paths that exist", () => {
    for (const r of instrs.filter((i) => i.op === "RUN")) {
      expect(r.args, r.args).not.toMatch(/\b(curl|wget)\b[^|]*\|\s*(ba|z|da)?sh\b/);
    }
    for (const c of instrs.filter((i) => i.op === "COPY" && !i.args.startsWith("--from"))) {
      const srcs = c.args.split(/\s+/).slice(0, -1);
      // native/ arrives with the addon's own commits; the build stage's `test -f` guards it.
      for (const s of srcs.filter((x) => x !== "native/")) expect(existsSync(join(ROOT, s)), `COPY ${s}`).toBe(true);
    }
  });
});
