// Peer tools: which commands are on PATH, which Debian packages provide them, their
// versions (recorded with the results), and an optional apt-get install when run as root.
import { accessSync, constants, existsSync } from "node:fs";
import { join } from "node:path";
import { STREAM_MODULE } from "../peers/nginx.ts";
import { runToEnd } from "./procs.ts";

/** Command → Debian packages that provide it (nginx needs its stream module too). */
export const PACKAGES: Record<string, string[]> = {
  haproxy: ["haproxy"],
  nginx: ["nginx", "libnginx-mod-stream"],
  socat: ["socat"],
  iperf3: ["iperf3"],
  wrk: ["wrk"],
  curl: ["curl"],
  openssl: ["openssl"],
  iptables: ["iptables"],
  dnsperf: ["dnsperf"],
  dnsmasq: ["dnsmasq"],
  unbound: ["unbound"],
};

function onPath(cmd: string): boolean {
  for (const dir of (process.env.PATH ?? "").split(":").concat(["/usr/sbin", "/sbin"])) {
    try {
      accessSync(join(dir, cmd), constants.X_OK);
      return true;
    } catch {
      // not here
    }
  }
  return false;
}

/** Commands usable now; nginx counts only with its stream module. */
export function availableTools(): Set<string> {
  const out = new Set<string>();
  for (const cmd of Object.keys(PACKAGES)) {
    if (!onPath(cmd)) continue;
    if (cmd === "nginx" && !existsSync(STREAM_MODULE)) continue;
    out.add(cmd);
  }
  return out;
}

export function missingPackages(tools: string[]): string[] {
  const have = availableTools();
  return [...new Set(tools.filter((t) => !have.has(t)).flatMap((t) => PACKAGES[t] ?? [t]))];
}

export function installLine(pkgs: string[]): string {
  return `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(" ")}`;
}

export async function install(pkgs: string[], log: (m: string) => void): Promise<boolean> {
  if (process.getuid?.() !== 0) {
    log(`--install needs root; run: sudo ${installLine(pkgs)}`);
    return false;
  }
  log(`installing: ${pkgs.join(" ")}`);
  const up = await runToEnd("apt-get", ["update", "-qq"], 300_000);
  if (up.code !== 0) log(`apt-get update failed: ${up.stderr.slice(0, 300)}`);
  const r = await runToEnd("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], 600_000);
  if (r.code !== 0) log(`apt-get install failed: ${r.stderr.slice(0, 300)}`);
  return r.code === 0;
}

const VERSION_ARGS: Record<string, string[]> = {
  haproxy: ["-v"],
  nginx: ["-v"],
  socat: ["-V"],
  iperf3: ["--version"],
  wrk: ["-v"],
  curl: ["--version"],
  openssl: ["version"],
  iptables: ["--version"],
};

/** First line that mentions a version, per available tool. */
export async function toolVersions(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const cmd of availableTools()) {
    const r = await runToEnd(cmd, VERSION_ARGS[cmd] ?? ["--version"], 5000);
    const line = `${r.stdout}\n${r.stderr}`.split("\n").find((l) => /\d+\.\d+/.test(l) && !/^\s*$/.test(l));
    out[cmd] = (line ?? "unknown").trim().slice(0, 120);
  }
  return out;
}
