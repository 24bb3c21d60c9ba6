// Proves the benchmark harness end to end through the real runner (bench/run.ts): one
// tiny scenario run (tcp, subjects direct + socat, new-connections only, one run) into a
// temp dir, then the JSON and README structure. It does not judge speed.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const onPath = (cmd: string) => (process.env.PATH ?? "").split(":").some((dir) => existsSync(join(dir, cmd)));
const missing = ["socat"].filter((c) => !onPath(c));
if (missing.length > 0) console.log(`bench-harness: skipped, missing ${missing.join(", ")} (apt-get install socat)`);

describe.skipIf(missing.length > 0)("bench harness", () => {
  let out = "";
  let log = "";
  let code: number | null = null;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "zts-bench-test-"));
    const args = ["bin/run-ts.mjs", "bench/run.ts", "--scenario", "tcp", "--quick", "--runs", "1"];
    args.push("--subjects", "direct,socat", "--measures", "connrate", "--out", out);
    await new Promise<void>((resolve) => {
      const child = execFile(process.execPath, args, { cwd: ROOT, timeout: 25_000 }, (err, stdout, stderr) => {
        log = stdout + stderr;
        code = err ? ((err as { code?: number }).code ?? 1) : 0;
        resolve();
      });
      child.stdin?.end();
    });
  }, 30_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("exits 0", () => {
    expect(code, log).toBe(0);
  });

  it("writes tcp.json with raw samples, a summary per subject, machine and versions", () => {
    const j = JSON.parse(readFileSync(join(out, "tcp.json"), "utf8"));
    expect(j.scenario).toBe("tcp");
    expect(j.runs).toBe(1);
    expect(j.samples).toHaveLength(1);
    const subjects = j.summary.map((s: { subject: string }) => s.subject).sort();
    expect(subjects).toEqual(["direct", "socat"]);
    for (const s of j.summary) {
      expect(s.metric).toBe("new connections");
      expect(s.unit).toBe("conn/s");
      expect(s.median).toBeGreaterThan(0);
      expect(s.min).toBeLessThanOrEqual(s.median);
      expect(s.max).toBeGreaterThanOrEqual(s.median);
    }
    expect(j.machine.cores).toBeGreaterThan(0);
    expect(j.machine.kernel).toBeTruthy();
    expect(j.machine.node).toBe(process.version);
    expect(j.peerVersions.socat).toMatch(/\d+\.\d+/);
    expect(Array.isArray(j.goals)).toBe(true);
  });

  it("writes README.md with the scenario table, one column per subject", () => {
    const md = readFileSync(join(out, "README.md"), "utf8");
    expect(md).toContain("## tcp");
    expect(md).toMatch(/\| metric \| unit \| direct \| socat \|/);
    expect(md).toMatch(/\| new connections \| conn\/s \| \d+ \(\d+–\d+\) \| \d+ \(\d+–\d+\) \|/);
    expect(md).toContain("## Machine and versions");
  });

  it("does not write into bench/results", () => {
    expect(out).not.toContain(join("bench", "results"));
    expect(existsSync(join(out, "tcp.json"))).toBe(true);
  });
});
