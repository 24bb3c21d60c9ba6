// `ztunnel-ts config …` as a user runs it: the real CLI in a child process against a
// real admin server in this process (spawned asynchronously — a sync spawn would block
// the event loop that serves the admin port).
import { execFile } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatTable, parseConfigArgs } from "../../src/commands/config.ts";
import { startTestAdmin, type TestAdmin } from "../fixtures/admin-mesh.ts";

const BIN = fileURLToPath(new URL("../../bin/ztunnel-ts.mjs", import.meta.url));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 20_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A loopback port with nothing listening: bind, note the port, close. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

let t: TestAdmin;
let admin: string;

beforeAll(async () => {
  t = await startTestAdmin();
  admin = `127.0.0.1:${t.servers.ports.admin}`;
});
afterAll(async () => {
  await t.servers.close();
});

describe("ztunnel-ts config", () => {
  it("workloads: an aligned table with the workload names", async () => {
    const r = await cli(["config", "workloads", "--admin", admin]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^NAMESPACE\s+POD-NAME\s+ADDRESS\s+NODE\s+WAYPOINT\s+PROTOCOL$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[1])).toEqual(["client", "echo-a", "echo-b"]);
    expect(lines[1]).toMatch(/^default\s+client\s+10\.0\.1\.10,fd00::1:a\s+node-a\s+None\s+HBONE$/);
    expect(lines[2]).toMatch(/\s10\.0\.9\.9\s+TCP$/);
    // Aligned: the ADDRESS column starts at the same offset on every line.
    const col = lines[0]!.indexOf("ADDRESS");
    for (const l of lines.slice(1)) expect(l[col - 1]).toBe(" ");
    for (const l of lines.slice(1)) expect(l[col]).toMatch(/\S/);
  });

  it("workloads -o json: the config_dump workloads as JSON", async () => {
    const r = await cli(["config", "workloads", "--admin", admin, "-o", "json"]);
    expect(r.code).toBe(0);
    const ws = JSON.parse(r.stdout);
    expect(ws.map((w: { name: string }) => w.name)).toEqual(["client", "echo-a", "echo-b"]);
  });

  it("services: VIPs and healthy/total endpoints", async () => {
    const r = await cli(["config", "services", `--admin=${admin}`]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^NAMESPACE\s+SERVICE-NAME\s+SERVICE-VIP\s+WAYPOINT\s+ENDPOINTS$/);
    expect(lines).toContainEqual(expect.stringMatching(/^default\s+echo\s+10\.96\.0\.10\s+None\s+1\/2$/));
    expect(lines).toContainEqual(expect.stringMatching(/^default\s+api\s+net1\/10\.96\.0\.20\s+None\s+0\/0$/));
  });

  it("certs, policies and balance print their tables", async () => {
    const [certs, policies, balance] = await Promise.all([
      cli(["config", "certs", "--admin", admin]),
      cli(["config", "policies", "--admin", admin]),
      cli(["config", "balance", "--admin", admin]),
    ]);
    expect(certs.stdout).toMatch(
      /spiffe:\/\/cluster\.local\/ns\/default\/sa\/client\s+Leaf\s+Available\s+658188\s+2036-01-02T03:04:05Z/,
    );
    expect(certs.stdout).toMatch(/sa\/echo\s+-\s+Initializing/);
    expect(policies.stdout).toMatch(/default\s+allow-client\s+Allow\s+Namespace\s+false/);
    expect(balance.stdout).toMatch(/^policy dlb, backend software/);
    expect(balance.stdout).toMatch(/\n1\s+9\s+2\s+1\s+62/);
  });

  it("select passes source, destination and count to /debug/select", async () => {
    const r = await cli([
      "config",
      "select",
      "--admin",
      admin,
      "--source",
      "10.0.1.10",
      "--destination",
      "10.96.0.10:80",
      "--count",
      "3",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1\s+Kubernetes\/\/Pod\/default\/echo-b\s+10\.0\.2\.11:8080\s+endpoint/);
    const q = t.selectQueries.at(-1)!;
    expect(q.get("count")).toBe("3");
  });

  it("an unreachable admin port: non-zero exit and a clear message", async () => {
    const port = await closedPort();
    const r = await cli(["config", "workloads", "--admin", `127.0.0.1:${port}`]);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`cannot reach the admin port at http://127.0.0.1:${port} (ECONNREFUSED)`);
    expect(r.stderr).toContain("ZTS_ADMIN_UNREACHABLE");
  });

  it("rejects an unknown view with usage", () => {
    expect(() => parseConfigArgs(["routes"])).toThrow(/unknown view "routes"/);
    expect(() => parseConfigArgs(["select", "--source", "1.2.3.4"])).toThrow(/--destination/);
  });

  it("formats tables with every column aligned", () => {
    expect(formatTable(["A", "BB"], [["xxx", "y"]])).toBe("A     BB\nxxx   y");
  });
});
