// Registry of sub-commands; each entry loads its module only when used.
import { registerCommand } from "../cli.ts";

registerCommand("version", async () => ({
  summary: "print the version",
  run: async () => {
    const { readFileSync } = await import("node:fs");
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    console.log(`ztunnel-ts ${pkg.version} (node ${process.version})`);
  },
}));

registerCommand("config", async () => ({
  summary: "show a running proxy's workloads, services, policies, certs, balance or a select (admin port)",
  run: async (args) => (await import("./config.ts")).runConfig(args),
}));

registerCommand("control-plane", async () => ({
  summary:
    "serve delta ADS + Istio CA from Kubernetes-style YAML (--mesh <file|dir> [--port N] [--host IP] [--token-dir DIR]);" +
    " only node proxies holding a token it issued (--token-dir writes them) are served, others get UNAUTHENTICATED",
  run: async (args) => (await import("./control-plane.ts")).runControlPlane(args),
}));

registerCommand("proxy", async () => ({
  summary: "run the node proxy (the DaemonSet entry; Istio's chart passes `proxy ztunnel`)",
  run: async (args) => (await import("./proxy.ts")).runProxy(args),
}));

registerCommand("demo", async () => ({
  summary: "start a loopback demo mesh: control plane, a proxy per node, echo pods (--mesh FILE)",
  run: async (args) => (await import("./demo.ts")).runDemo(args),
}));

registerCommand("cni-stub", async () => ({
  summary:
    "istio-cni stand-in: pod netns with capture rules, served over ZDS (--pod uid=…,name=…,ip=… [--socket PATH])",
  run: async (args) => (await import("./cni-stub.ts")).runCniStub(args),
}));
