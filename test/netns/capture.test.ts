// Node-mode capture end to end between network namespaces (root, iproute2, iptables):
//
//   [pod pa 10.200.1.10] ─veth─ [node na 10.200.0.1] ─veth─ [node nb 10.200.0.2] ─veth─ [pod pb 10.200.2.10]
//                                 proxy A, control plane       proxy B
//
// Run twice, once per ZTS_CAPTURE_METHOD, each in its own namespaces:
// - redirect: in na, nat PREROUTING REDIRECTs the pod's TCP (not marked 1337) to proxy A's
//   :15001 (SO_ORIGINAL_DST = the VIP); in nb, nat REDIRECTs HBONE for the pod network's
//   :15008 to proxy B's :15008 (SO_ORIGINAL_DST = the pod IP, which picks the certificate).
// - tproxy: the same two captures as mangle TPROXY rules (mark → `ip rule` → a local route
//   table), delivered to the proxies' transparent listeners, whose local address is the
//   original destination. No nat rule exists in this variant.
// A selects echo-b (PreferClose: same zone; echo-c in zone z2 has no namespace, so picking
// it would fail) and opens HBONE to 10.200.2.10:15008 from the client pod's IP
// (IP_TRANSPARENT, SO_MARK 1337); B dials the pod from the client's IP the same way.
// Replies to those non-local sources come back through the same local table, selected by
// the connection's mark (CONNMARK of 1337) — ztunnel's node-mode recipe.
// Every address lives in the namespaces created here (nothing is dialed from the host
// netns); all of them, and every child, are deleted in afterAll.
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inNetns, vethPair } from "../fixtures/inpod-netns.ts";
import {
  CLI,
  nodeEnv,
  type RunningProxy,
  spawnProxy,
  stopProxy,
  until,
  waitProxyReady,
} from "../fixtures/proxy-harness.ts";

type Method = "redirect" | "tproxy";

const run = promisify(execFile);
const MESH = fileURLToPath(new URL("../fixtures/proxy-netns/mesh.yaml", import.meta.url));
const POD = fileURLToPath(new URL("../fixtures/proxy-netns-pod.mjs", import.meta.url));
const VIP = "10.200.100.1";
const MARK = "1337";
const LOCAL_MARK = "0x77";

const sh = inNetns;
const ipt = (ns: string, table: string, ...rule: string[]) => sh(ns, "iptables", "-t", table, ...rule);
const stderrOf = (err: unknown) =>
  String((err as { stderr?: Buffer }).stderr ?? (err as Error).message)
    .trim()
    .split("\n")[0];

/** Runs `check` inside a throwaway namespace; its error text is the skip reason. */
function inProbeNs(check: (ns: string) => void): string | undefined {
  const ns = `zts-${randomBytes(3).toString("hex")}-probe`;
  try {
    execFileSync("ip", ["netns", "add", ns]);
    check(ns);
    return undefined;
  } catch (err) {
    return stderrOf(err);
  } finally {
    execFileSync("ip", ["netns", "del", ns], { stdio: "ignore" });
  }
}

function probe(): string | undefined {
  if (process.getuid?.() !== 0) return "needs root";
  for (const [cmd, args, pkg] of [
    ["ip", ["netns", "list"], "iproute2"],
    ["iptables", ["-V"], "iptables"],
    ["curl", ["--version"], "curl"],
  ] as const) {
    try {
      execFileSync(cmd, [...args], { stdio: "ignore" });
    } catch {
      return `${cmd} unavailable (install ${pkg})`;
    }
  }
  // The nat and mangle tables must exist in a fresh namespace (nf_nat / iptable_nat, iptable_mangle).
  const err = inProbeNs((ns) => {
    ipt(ns, "nat", "-A", "PREROUTING", "-p", "tcp", "-j", "REDIRECT", "--to-ports", "15001");
    ipt(ns, "mangle", "-A", "OUTPUT", "-m", "mark", "--mark", MARK, "-j", "CONNMARK", "--save-mark");
  });
  return err && `iptables nat REDIRECT / mangle CONNMARK unavailable in a network namespace: ${err}`;
}

/** TPROXY needs the xt_TPROXY target (CONFIG_NETFILTER_XT_TARGET_TPROXY) and fwmark policy routing. */
function probeTproxy(): string | undefined {
  const err = inProbeNs((ns) => {
    ipt(
      ns,
      "mangle",
      "-A",
      "PREROUTING",
      "-p",
      "tcp",
      "-j",
      "TPROXY",
      "--on-port",
      "15001",
      "--tproxy-mark",
      LOCAL_MARK,
    );
    sh(ns, "ip", "rule", "add", "fwmark", LOCAL_MARK, "lookup", "177");
    sh(ns, "ip", "route", "add", "local", "0.0.0.0/0", "dev", "lo", "table", "177");
  });
  return err && `iptables TPROXY target or fwmark policy routing unavailable (xt_TPROXY module?): ${err}`;
}

const skipReason = probe();
if (skipReason) console.log(`skipping netns capture tests: ${skipReason}`);
const tproxySkip = skipReason ?? probeTproxy();
if (tproxySkip && !skipReason) console.log(`skipping TPROXY capture tests: ${tproxySkip}`);

/** fetch() from inside a namespace (the proxies' admin ports live on node IPs there). */
async function nsFetch(ns: string, url: string): Promise<Response> {
  const { stdout } = await run("ip", [
    "netns",
    "exec",
    ns,
    "curl",
    "-s",
    "--max-time",
    "2",
    "-w",
    "\n%{http_code}",
    url,
  ]);
  const i = stdout.lastIndexOf("\n");
  return new Response(stdout.slice(0, i), { status: Number(stdout.slice(i + 1)) || 599 });
}

/** Two nodes and their pods for one capture method; `NS` names are unique per run. */
function topology(tag: string, method: Method) {
  const NS = { na: `zts-${tag}-na`, nb: `zts-${tag}-nb`, pa: `zts-${tag}-pa`, pb: `zts-${tag}-pb` };
  const build = () => {
    for (const ns of Object.values(NS)) {
      execFileSync("ip", ["netns", "add", ns]);
      sh(ns, "ip", "link", "set", "lo", "up");
      sh(ns, "sysctl", "-qw", "net.ipv4.conf.all.rp_filter=0", "net.ipv4.conf.default.rp_filter=0");
    }
    const veth = (a: string, an: string, b: string, bn: string) => vethPair(tag, a, an, b, bn);
    veth(NS.na, "nab", NS.nb, "nba");
    veth(NS.pa, "eth0", NS.na, "pa");
    veth(NS.pb, "eth0", NS.nb, "pb");
    sh(NS.na, "ip", "addr", "add", "10.200.0.1/24", "dev", "nab");
    sh(NS.nb, "ip", "addr", "add", "10.200.0.2/24", "dev", "nba");
    sh(NS.na, "ip", "addr", "add", "10.200.1.1/24", "dev", "pa");
    sh(NS.nb, "ip", "addr", "add", "10.200.2.1/24", "dev", "pb");
    sh(NS.pa, "ip", "addr", "add", "10.200.1.10/24", "dev", "eth0");
    sh(NS.pb, "ip", "addr", "add", "10.200.2.10/24", "dev", "eth0");
    sh(NS.pa, "ip", "route", "add", "default", "via", "10.200.1.1");
    sh(NS.pb, "ip", "route", "add", "default", "via", "10.200.2.1");
    sh(NS.na, "ip", "route", "add", "10.200.2.0/24", "via", "10.200.0.2");
    sh(NS.nb, "ip", "route", "add", "10.200.1.0/24", "via", "10.200.0.1");
    for (const [node, podIf, podNet, peerIf] of [
      [NS.na, "pa", "10.200.1.0/24", "nab"],
      [NS.nb, "pb", "10.200.2.0/24", "nba"],
    ] as const) {
      sh(node, "sysctl", "-qw", "net.ipv4.ip_forward=1");
      // Marked packets are delivered locally (to the proxy), whatever their destination.
      sh(node, "ip", "rule", "add", "fwmark", LOCAL_MARK, "lookup", "177");
      sh(node, "ip", "route", "add", "local", "0.0.0.0/0", "dev", "lo", "table", "177");
      // The proxy's own connections (SO_MARK 1337) remember the mark, so their replies — sent
      // to a pod IP that is not local — come back to the proxy instead of being forwarded.
      ipt(node, "mangle", "-A", "OUTPUT", "-m", "mark", "--mark", MARK, "-j", "CONNMARK", "--save-mark");
      ipt(node, "mangle", "-A", "PREROUTING", "-m", "connmark", "--mark", MARK, "-j", "MARK", "--set-mark", LOCAL_MARK);
      // ...and those replies are never captured again (TPROXY sees every packet, not only new flows).
      ipt(node, "mangle", "-A", "PREROUTING", "-m", "connmark", "--mark", MARK, "-j", "RETURN");
      const podEgress = ["-i", podIf, "-p", "tcp", "-m", "mark", "!", "--mark", MARK];
      const hbone = ["-i", peerIf, "-p", "tcp", "-d", podNet, "--dport", "15008"];
      if (method === "redirect") {
        // HBONE to a local pod's :15008 → the proxy (SO_ORIGINAL_DST keeps the pod IP).
        ipt(node, "nat", "-A", "PREROUTING", ...hbone, "-j", "REDIRECT", "--to-ports", "15008");
        // Pod egress → the node proxy's outbound capture port (the proxy's own traffic excluded).
        ipt(node, "nat", "-A", "PREROUTING", ...podEgress, "-j", "REDIRECT", "--to-ports", "15001");
      } else {
        const tproxy = (port: string) => ["-j", "TPROXY", "--on-port", port, "--tproxy-mark", LOCAL_MARK];
        ipt(node, "mangle", "-A", "PREROUTING", ...hbone, ...tproxy("15008"));
        ipt(node, "mangle", "-A", "PREROUTING", ...podEgress, ...tproxy("15001"));
      }
    }
  };
  return { NS, build };
}

function suite(method: Method, skip: string | undefined): void {
  const tag = randomBytes(3).toString("hex");
  const { NS, build } = topology(tag, method);
  const children: ChildProcess[] = [];
  const proxies: RunningProxy[] = [];
  let dir = "";

  const startChild = (argv: string[], waitFor: RegExp): Promise<ChildProcess> => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    createInterface({ input: child.stderr! }).on("line", (l) => process.stderr.write(`[${argv[3]}] ${l}\n`));
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${argv.join(" ")} did not start`)), 20_000);
      createInterface({ input: child.stdout! }).on("line", (l) => {
        if (waitFor.test(l)) {
          clearTimeout(t);
          resolve(child);
        }
      });
      child.once("exit", (code) => reject(new Error(`${argv.join(" ")} exited ${code}`)));
    });
  };

  describe.skipIf(skip !== undefined)(`node-mode capture between network namespaces (${method})`, () => {
    beforeAll(async () => {
      build();
      dir = await mkdtemp(join(tmpdir(), "zts-netns-"));
      await startChild(
        [
          "ip",
          "netns",
          "exec",
          NS.na,
          process.execPath,
          CLI,
          "control-plane",
          "--mesh",
          MESH,
          "--host",
          "10.200.0.1",
          "--port",
          "15012",
          "--token-dir",
          dir,
          "--root-cert",
          join(dir, "root.pem"),
        ],
        /^control plane:/,
      );
      await until(() => existsSync(join(dir, "root.pem")), 5000, "root cert file");
      await startChild(
        ["ip", "netns", "exec", NS.pb, process.execPath, POD, "echo-b", "10.200.2.10", "8080"],
        /listening/,
      );
      for (const [name, ip, ns] of [
        ["node-a", "10.200.0.1", NS.na],
        ["node-b", "10.200.0.2", NS.nb],
      ] as const) {
        const env = {
          ...nodeEnv(
            { name, ip, bind: "0.0.0.0" },
            "10.200.0.1:15012",
            join(dir, `${name}.token`),
            join(dir, "root.pem"),
          ),
          // Inbound HBONE reaches the node listener through the capture rules above, not per-pod binds.
          ZTS_POD_LISTENERS: "false",
          UNSTABLE_ENABLE_SOCKS5: "false",
          ZTS_CAPTURE_METHOD: method,
        };
        proxies.push(spawnProxy(name, ip, env, ["ip", "netns", "exec", ns]));
      }
      await Promise.all(proxies.map((p, i) => waitProxyReady(p, (url) => nsFetch(i === 0 ? NS.na : NS.nb, url))));
    }, 40_000);

    afterAll(async () => {
      await Promise.all(proxies.map(stopProxy));
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
      await Promise.all(
        children.map((c) =>
          c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once("exit", r)) : null,
        ),
      );
      for (const ns of Object.values(NS)) {
        try {
          execFileSync("ip", ["netns", "del", ns], { stdio: "ignore" });
        } catch {
          // never created
        }
      }
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const curlFromPod = async (maxTime = "5") =>
      (await run("ip", ["netns", "exec", NS.pa, "curl", "-sS", "--max-time", maxTime, `http://${VIP}/`])).stdout;
    /** Packets counted by the rule in `chain` of `table` whose text matches `rule`. */
    const counted = (ns: string, table: string, chain: string, rule: RegExp) => {
      const out = sh(ns, "iptables", "-t", table, "-L", chain, "-v", "-x", "-n").toString();
      const line = out.split("\n").find((l) => rule.test(l));
      return Number(line?.trim().split(/\s+/)[0] ?? Number.NaN);
    };

    it("pod egress to the VIP is captured on node A and tunnelled (PreferClose: same-zone pod) from the pod's own IP", async () => {
      // Count-only rules: SYNs of HBONE connections arriving on node B from the client pod's
      // address for echo-b, and any packet node A sends towards echo-c (zone z2).
      ipt(
        NS.nb,
        "mangle",
        "-I",
        "PREROUTING",
        "-p",
        "tcp",
        "--syn",
        "-s",
        "10.200.1.10",
        "-d",
        "10.200.2.10",
        "--dport",
        "15008",
      );
      ipt(NS.na, "mangle", "-I", "OUTPUT", "-d", "10.200.3.10");
      await curlFromPod();
      expect(
        counted(NS.nb, "mangle", "PREROUTING", /10\.200\.1\.10\s+10\.200\.2\.10\s+tcp dpt:15008 flags/),
      ).toBeGreaterThan(0);
      expect(counted(NS.na, "mangle", "OUTPUT", /0\.0\.0\.0\/0\s+10\.200\.3\.10\s*$/)).toBe(0);
    });

    it(`the capture went through the ${method === "redirect" ? "nat REDIRECT" : "mangle TPROXY"} rules on both nodes`, async () => {
      await curlFromPod();
      const [table, target] = method === "redirect" ? ["nat", "REDIRECT"] : ["mangle", "TPROXY"];
      // iptables -L prints "redir ports 15001" (REDIRECT) and "TPROXY redirect 0.0.0.0:15001 mark ..." (TPROXY).
      const rule = (port: string) =>
        new RegExp(
          target === "REDIRECT" ? `REDIRECT\\s.*redir ports ${port}\\b` : `TPROXY redirect 0\\.0\\.0\\.0:${port}\\b`,
        );
      expect(counted(NS.na, table, "PREROUTING", rule("15001"))).toBeGreaterThan(0);
      expect(counted(NS.nb, table, "PREROUTING", rule("15008"))).toBeGreaterThan(0);
      if (method === "tproxy") {
        // No address translation anywhere: the listeners saw the original destinations as their own.
        for (const ns of [NS.na, NS.nb]) expect(sh(ns, "iptables-save", "-t", "nat").toString()).not.toMatch(/^-A /m);
      }
    });

    it("curl to the service VIP from a pod on node A is answered by the pod on node B", async () => {
      expect(await curlFromPod()).toMatch(/^echo-b\n/);
    });

    it("the server pod sees the client pod's own source IP", async () => {
      expect(await curlFromPod()).toContain("remote 10.200.1.10\n");
    });

    it("PreferClose: every answer comes from the same-zone pod", async () => {
      const bodies = await Promise.all(Array.from({ length: 6 }, () => curlFromPod()));
      for (const b of bodies) expect(b).toMatch(/^echo-b\n/);
    });
  });
}

suite("redirect", skipReason);
suite("tproxy", tproxySkip);
