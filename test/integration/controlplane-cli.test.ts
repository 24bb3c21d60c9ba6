// `ztunnel-ts control-plane` as a process: it serves on the port it prints, writes per-node
// tokens, stops on SIGTERM, and a bad mesh is one clear line naming file and object.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const FIXTURE = join(ROOT, "test/fixtures/mesh-basic/mesh.yaml");

function cli(args: string[]): {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, [join(ROOT, "bin/ztunnel-ts.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "warn" },
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    err += d;
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, out: () => out, err: () => err, exit };
}

async function until(cond: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zts-cpcli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ztunnel-ts control-plane", () => {
  it("serves on loopback, writes a token per node and the root cert, and exits on SIGTERM", async () => {
    const p = cli([
      "control-plane",
      "--mesh",
      FIXTURE,
      "--port",
      "0",
      "--token-dir",
      dir,
      "--root-cert",
      join(dir, "root.pem"),
    ]);
    try {
      await until(() => p.out().includes("root certificate:"));
      expect(p.out()).toMatch(/delta ADS \+ Istio CA on 127\.0\.0\.1:\d+ /);
      expect((await readFile(join(dir, "node-a.token"), "utf8")).trim()).toMatch(/^[\w-]{20,}$/);
      expect(await readFile(join(dir, "root.pem"), "utf8")).toContain("BEGIN CERTIFICATE");
    } finally {
      if (p.child.pid !== undefined) p.child.kill("SIGTERM");
    }
    expect(await p.exit).toBe(0);
  }, 30_000);

  it("a bad mesh exits 1 with one line naming the file and the object", async () => {
    const bad = join(dir, "bad.yaml");
    await writeFile(bad, "kind: Pod\nmetadata: {name: web, namespace: default}\nspec: {nodeName: n1}\n");
    const p = cli(["control-plane", "--mesh", bad, "--port", "0"]);
    expect(await p.exit).toBe(1);
    expect(p.err().trim()).toBe(
      `ztunnel-ts control-plane: ${bad}#1: Pod default/web: status.podIP: is required (a pod without an address cannot be a mesh workload) [ZTS_CONTROLPLANE_BAD_MESH]`,
    );
  }, 30_000);
});
