// Acceptance of `ztunnel-ts demo` (= `npm start`) as a user meets it: the real CLI in a
// child process with the default mesh, the printed curl line run as printed, locality
// through real curl + SOCKS5 + HBONE, `config workloads` against a node's admin port, the
// showcase lines (a policy's denial and `config policies` naming it, a ServiceEntry name
// through DNS and curl, a service behind the waypoint stand-in), and SIGINT leaving nothing behind. Bad mesh files and a taken control-plane port must give
// one clear line and leave nothing running.
//
// The demo binds fixed addresses (127.0.0.11-13:150xx, 127.0.1.x:8080 and :15008,
// 127.0.3.1:8080, 127.0.0.1:15012):
// no other test file uses them, and the tests in this file run one after the other.
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { connect, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "bin/ztunnel-ts.mjs");
const MESH = join(ROOT, "deploy/demo/mesh.yaml");
const NODE_IPS = ["127.0.0.11", "127.0.0.12", "127.0.0.13"];
const NODE_PORTS = [15000, 15001, 15006, 15008, 15020, 15021, 15053, 15080];
const POD_IPS = [
  "127.0.1.10",
  "127.0.1.11",
  "127.0.1.20",
  "127.0.1.21",
  "127.0.1.22",
  "127.0.1.30",
  "127.0.1.31",
  "127.0.1.33",
  "127.0.1.40",
];
/** The ServiceEntry's endpoint, a server outside the mesh. */
const EXTERNAL = "127.0.3.1";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], timeout = 20_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout, cwd: ROOT }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** True when nothing listens on host:port (we could bind it exclusively). */
function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen({ host, port, exclusive: true }, () => s.close(() => resolve(true)));
  });
}

async function busyPorts(): Promise<string[]> {
  const want: [string, number][] = [
    ["127.0.0.1", 15012],
    ["127.0.0.1", 15054],
  ];
  for (const ip of NODE_IPS) for (const p of NODE_PORTS) want.push([ip, p]);
  for (const ip of POD_IPS) want.push([ip, 8080], [ip, 15008]);
  want.push([EXTERNAL, 8080]);
  const busy: string[] = [];
  for (const [h, p] of want) if (!(await portFree(h, p))) busy.push(`${h}:${p}`);
  return busy;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // An exited child nobody has reaped yet (its parent was killed) is a zombie: not running.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

/**
 * The node proxies: direct children of pid running `ztunnel-ts.mjs proxy`. (Not every child:
 * on a cold tsx cache, esbuild's service process is a child of the demo too.)
 */
async function childrenOf(pid: number): Promise<number[]> {
  const r = await run("ps", ["-o", "pid=,args=", "--ppid", String(pid)]);
  return r.stdout
    .split("\n")
    .filter((l) => /ztunnel-ts\.mjs proxy/.test(l))
    .map((l) => Number(l.trim().split(/\s+/)[0]))
    .filter((n) => n > 0);
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

const hasDig = (() => {
  try {
    execFileSync("sh", ["-c", "command -v dig"], { stdio: "ignore" });
    return true;
  } catch {
    console.log("skipping the demo's dig checks: dig not installed (apt-get install bind9-dnsutils)");
    return false;
  }
})();

/** The command lines printed under the heading that matches `heading`, up to the next blank line. */
function linesUnder(out: string, heading: RegExp): string[] {
  const all = out.split("\n");
  const at = all.findIndex((l) => heading.test(l));
  if (at < 0) return [];
  const end = all.findIndex((l, i) => i > at && l.trim() === "");
  return all.slice(at + 1, end < 0 ? undefined : end).map((l) => l.trim());
}

/** Splits a printed curl line into argv (the demo prints plain space-separated words). */
const curlArgs = (line: string) => line.trim().split(/\s+/).slice(1);
/** curl from a pod's address through a node's SOCKS5 port, the service named by hostname. */
const curlSocks = (from: string, socks: string, url: string) =>
  run("curl", ["-sS", "--max-time", "5", "--interface", from, "--socks5-hostname", socks, url]);

describe("ztunnel-ts demo (default mesh)", () => {
  let demo: ChildProcess;
  let stdout = "";
  let stderr = "";
  let proxies: number[] = [];

  beforeAll(async () => {
    expect(await busyPorts(), "demo ports must be free before the test").toEqual([]);
    demo = spawn(process.execPath, [CLI, "demo"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    demo.stdout!.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    demo.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const deadline = Date.now() + 25_000;
    while (!stdout.includes("demo running")) {
      if (demo.exitCode !== null) throw new Error(`demo exited ${demo.exitCode}: ${stderr.slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`no "demo running" line: ${stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    proxies = await childrenOf(demo.pid!);
  }, 30_000);

  afterAll(async () => {
    if (demo && demo.exitCode === null) {
      demo.kill("SIGKILL");
      for (const pid of proxies) if (alive(pid)) process.kill(pid, "SIGKILL");
    }
  });

  it("prints a table and the curl line returns a pod name", async () => {
    expect(stdout).toMatch(/^NODE\s+ADDRESS\s+ZONE/m);
    const line = stdout.split("\n").find((l) => l.includes("curl") && l.includes("--socks5-hostname"));
    expect(line).toBe(
      "  curl --interface 127.0.1.10 --socks5-hostname 127.0.0.11:15080 http://echo.default.svc.cluster.local/",
    );
    const r = await run("curl", ["-sS", "--max-time", "5", ...curlArgs(line!)]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^echo-[abc]\d$/);
  });

  it.skipIf(!hasDig)("the printed dig line gets the service's VIP from the node proxy's DNS", async () => {
    const line = stdout.split("\n").find((l) => l.trim().startsWith("dig "));
    expect(line).toBe("  dig -b 127.0.1.10 @127.0.0.11 -p 15053 echo.default.svc.cluster.local");
    const r = await run("dig", [...line!.trim().split(/\s+/).slice(1), "+short", "+tries=1", "+time=3"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^127\.\d+\.\d+\.\d+$/);
  });

  it.skipIf(!hasDig)("a name outside the mesh is forwarded to the demo's loopback NXDOMAIN stand-in", async () => {
    const r = await run("dig", [
      "-b",
      "127.0.1.10",
      "@127.0.0.11",
      "-p",
      "15053",
      "outside.example",
      "+tries=1",
      "+time=3",
    ]);
    expect(r.stdout).toMatch(/status: NXDOMAIN/);
  });

  it("PreferClose from zone us-east1-a: 60 requests all stay in the zone, evenly spread", async () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 60; i++) {
      const r = await curlSocks("127.0.1.10", "127.0.0.11:15080", "http://echo.default.svc.cluster.local/");
      expect(r.code, r.stderr).toBe(0);
      const pod = r.stdout.split("\n")[0]!;
      counts.set(pod, (counts.get(pod) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(["echo-a1", "echo-b1"]);
    expect(Math.abs(counts.get("echo-a1")! - counts.get("echo-b1")!)).toBeLessThanOrEqual(1);
  }, 30_000);

  it("the STRICT-local service from a node without a local pod is refused (SOCKS error)", async () => {
    const r = await curlSocks("127.0.1.10", "127.0.0.11:15080", "http://local-only.default.svc.cluster.local/");
    expect(r.code).toBe(97);
    expect(r.stdout).toBe("");
  });

  it("the STRICT-local service answers from the node that has its pod", async () => {
    const r = await curlSocks("127.0.1.20", "127.0.0.12:15080", "http://local-only.default.svc.cluster.local/");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("local-b1");
  });

  it("`config workloads --admin 127.0.0.11:15000` lists the demo's pods", async () => {
    const r = await run(process.execPath, [CLI, "config", "workloads", "--admin", "127.0.0.11:15000"]);
    expect(r.code, r.stderr).toBe(0);
    const names = r.stdout
      .split("\n")
      .slice(1)
      .map((l) => l.trim().split(/\s+/)[1])
      .filter(Boolean)
      .sort();
    expect(names).toEqual([
      "client-a",
      "client-b",
      "client-c",
      "echo-a1",
      "echo-b1",
      "echo-c1",
      "echo-c2",
      "external",
      "local-b1",
      "private-c1",
      "waypoint-a",
    ]);
  });

  it("the printed request to the policy-protected service is refused (SOCKS error, no reply)", async () => {
    const [curl] = linesUnder(stdout, /^denied by AuthorizationPolicy default\/deny-clients \(DENY\)/);
    expect(curl).toBe(
      "curl --interface 127.0.1.10 --socks5-hostname 127.0.0.11:15080 http://private.default.svc.cluster.local/",
    );
    const r = await run("curl", ["-sS", "--max-time", "5", ...curlArgs(curl!)]);
    expect(r.code).toBe(97);
    expect(r.stdout).toBe("");
  });

  it("the enforcing node's access log, shown by the demo, names the policy that denied it", async () => {
    const r = await curlSocks("127.0.1.10", "127.0.0.11:15080", "http://private.default.svc.cluster.local/");
    expect(r.code).toBe(97);
    const deadline = Date.now() + 5000;
    const denial = () =>
      stderr.split("\n").find((l) => l.startsWith("[node-c] ") && l.includes('dst.workload="private-c1"'));
    while (!denial() && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
    expect(denial()).toMatch(/error="authorization denied: deny-match default\/deny-clients"/);
  });

  it("the printed `config policies` line shows the DENY policy that refused it", async () => {
    const [, config] = linesUnder(stdout, /^denied by AuthorizationPolicy/);
    expect(config).toBe("node bin/ztunnel-ts.mjs config policies --admin 127.0.0.13:15000");
    const r = await run(process.execPath, [CLI, ...config!.split(/\s+/).slice(2)]);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split("\n").map((l) => l.trim().split(/\s+/));
    expect(rows).toContainEqual(["default", "deny-clients", "Deny", "WorkloadSelector", "false"]);
  });

  it("the same service answers a caller the policy does not name (the denial is the policy's)", async () => {
    // echo-c1 runs as service account echo, through its own node's proxy.
    const r = await curlSocks("127.0.1.31", "127.0.0.13:15080", "http://private.default.svc.cluster.local/");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("private-c1");
  });

  it.skipIf(!hasDig)(
    "the printed dig line answers the ServiceEntry's name with a VIP from 127.240.0.0/16",
    async () => {
      const [dig] = linesUnder(stdout, /^outside the mesh through ServiceEntry default\/external/);
      expect(dig).toBe("dig -b 127.0.1.10 @127.0.0.11 -p 15053 api.external.example");
      const r = await run("dig", [...dig!.split(/\s+/).slice(1), "A", "+short", "+tries=1", "+time=3"]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toMatch(/^127\.240\.\d+\.\d+$/);
    },
  );

  it("the printed curl reaches the server behind the ServiceEntry", async () => {
    const [, curl] = linesUnder(stdout, /^outside the mesh through ServiceEntry/);
    expect(curl).toBe("curl --interface 127.0.1.10 --socks5-hostname 127.0.0.11:15080 http://api.external.example/");
    const r = await run("curl", ["-sS", "--max-time", "5", ...curlArgs(curl!)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("default/external");
  });

  it("the printed waypoint curl goes through the stand-in: its header, then an echo pod's reply", async () => {
    const [curl] = linesUnder(stdout, /^through the waypoint default\/waypoint/);
    expect(curl).toBe("curl -i --interface 127.0.1.10 --socks5 127.0.0.11:15080 http://127.10.0.7/");
    const r = await run("curl", ["-sS", "--max-time", "5", ...curlArgs(curl!)]);
    expect(r.code, r.stderr).toBe(0);
    const [head = "", body = ""] = r.stdout.split("\r\n\r\n");
    expect(head.split("\r\n")).toContain("x-waypoint: default/waypoint");
    expect(body.split("\n")[0]).toMatch(/^echo-[abc]\d$/);
    // The echo pod was reached from the waypoint pod's address, not the client's.
    expect(body.split("\n")[1]).toMatch(/^remote 127\.0\.1\.40:/);
  });

  it("the service behind the waypoint, dialed without it (echo-any, same pods), has no waypoint header", async () => {
    const r = await run("curl", [
      "-sS",
      "-i",
      "--max-time",
      "5",
      "--interface",
      "127.0.1.10",
      "--socks5",
      "127.0.0.11:15080",
      "http://127.10.0.4/",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^x-pod: echo-/m);
    expect(r.stdout).not.toMatch(/x-waypoint/);
  });

  it("SIGINT stops everything, even with idle half-closed connections open: exit 0 within the drain deadline", async () => {
    expect(proxies).toHaveLength(3);
    // The probe that hung the demo: connections a client half-closed before sending a byte.
    const held = await Promise.all(Array.from({ length: 10 }, () => halfClosedThroughSocks()));
    const t0 = Date.now();
    demo.kill("SIGINT");
    expect(await exited(demo)).toBe(0);
    // Drain deadline (5 s) + stop grace (2 s), with slack for a loaded machine.
    expect(Date.now() - t0).toBeLessThan(9000);
    expect(proxies.filter(alive)).toEqual([]);
    expect(await busyPorts()).toEqual([]);
    for (const s of held) s.destroy();
  }, 20_000);
});

/** A SOCKS5 CONNECT to the echo service from client-a that half-closes before sending anything. */
function halfClosedThroughSocks(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const host = Buffer.from("echo.default.svc.cluster.local");
    const s = connect({ host: "127.0.0.11", port: 15080, localAddress: "127.0.1.10", allowHalfOpen: true }, () =>
      s.write(Buffer.concat([Buffer.from([5, 1, 0, 5, 1, 0, 3, host.length]), host, Buffer.from([0, 80])])),
    );
    let got = 0;
    s.on("data", (d: Buffer) => {
      got += d.length;
      if (got >= 12) {
        s.removeAllListeners("data");
        s.end();
        resolve(s);
      }
    });
    s.once("error", reject);
  });
}

describe("ztunnel-ts demo killed with SIGKILL", () => {
  it("its node proxies see the parent's pipe close and exit by themselves; every port is freed", async () => {
    expect(await busyPorts(), "demo ports must be free before the test").toEqual([]);
    const demo = spawn(process.execPath, [CLI, "demo"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    demo.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
    });
    demo.stderr!.on("data", (d: Buffer) => {
      err += d.toString();
    });
    const deadline = Date.now() + 25_000;
    while (!out.includes("demo running")) {
      if (demo.exitCode !== null || Date.now() > deadline) {
        // Not left running to hold the ports of every later test (its proxies follow its pipe).
        demo.kill("SIGKILL");
        throw new Error(`demo did not start (exit ${demo.exitCode}): ${out.slice(-500)}${err.slice(-1500)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const proxies = await childrenOf(demo.pid!);
    expect(proxies).toHaveLength(3);
    demo.kill("SIGKILL");
    await exited(demo);
    const t0 = Date.now();
    // Each drains by its deadline (5 s) + stop grace (2 s); slack for a loaded machine.
    while (proxies.some(alive) && Date.now() - t0 < 15_000) await new Promise((r) => setTimeout(r, 100));
    const left = proxies.filter(alive);
    for (const pid of left) process.kill(pid, "SIGKILL");
    expect(left).toEqual([]);
    expect(await busyPorts()).toEqual([]);
  }, 45_000);
});

describe("ztunnel-ts demo refuses bad input with one clear line", () => {
  let dir: string;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "zts-demo-test-"));
    base = await readFile(MESH, "utf8");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const cases: [string, (m: string) => string, RegExp][] = [
    [
      "unknown kind",
      (m) => `${m}---\napiVersion: v1\nkind: Frobnicator\nmetadata: { name: x }\n`,
      /kind: "Frobnicator" is not supported/,
    ],
    ["missing podIP", (m) => m.replace("  podIP: 127.0.1.22\n", ""), /local-b1: status\.podIP: is required/],
    [
      "non-loopback node IP",
      (m) => m.replace("address: 127.0.0.13", "address: 10.0.0.13"),
      /InternalIP 10\.0\.0\.13 is not on 127\.0\.0\.0\/8/,
    ],
    [
      "ServiceEntry endpoint off loopback",
      (m) => m.replace("endpoints: [{ address: 127.0.3.1 }]", "endpoints: [{ address: 10.0.3.1 }]"),
      /ServiceEntry default\/external: endpoint 10\.0\.3\.1 is not an address on 127\.0\.0\.0\/8/,
    ],
    [
      "port clash",
      // client-c moves onto node-c's address, its container port onto node-c's admin port.
      (m) =>
        m
          .replace("podIP: 127.0.1.30", "podIP: 127.0.0.13")
          .replace(/(name: client-c[\s\S]*?containerPort: )8080/, (_m, head: string) => `${head}15000`),
      /127\.0\.0\.13:15000 is claimed by both/,
    ],
  ];

  for (const [name, edit, message] of cases) {
    it(name, async () => {
      const mesh = edit(base);
      expect(mesh).not.toBe(base);
      const file = join(dir, `${name.replace(/\W+/g, "-")}.yaml`);
      await writeFile(file, mesh);
      const before = await busyPorts();
      const r = await run(process.execPath, [CLI, "demo", "--mesh", file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      const lines = r.stderr.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("npm warn"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^ztunnel-ts demo: /);
      expect(lines[0]).toMatch(message);
      expect(await busyPorts()).toEqual(before);
    });
  }

  it("a taken control-plane port (127.0.0.1:15012) is one clear line, not a stack trace", async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(15012, "127.0.0.1", () => r()));
    try {
      const r = await run(process.execPath, [CLI, "demo"]);
      expect(r.code).toBe(1);
      const lines = r.stderr.split("\n").filter((l) => l.trim() !== "");
      expect(lines).toEqual([expect.stringMatching(/^ztunnel-ts demo: 127\.0\.0\.1:15012 .* already in use/)]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((r) => holder.close(r));
    }
    expect(await busyPorts()).toEqual([]);
  });
});
