// `ztunnel-ts cni-stub --pod uid=U,name=N,namespace=NS,ip=IP [--pod …] [--socket PATH]
// [--node-netns NAME]`: the istio-cni stand-in (src/inpod/cni-stub.ts) for trying in-pod mode
// by hand — makes each pod's netns with capture rules, serves ZDS until SIGINT/SIGTERM, then
// deletes the namespaces it made. Needs root, iproute2 and iptables.
import { parseArgs } from "node:util";
import { type StubPod, startCniStub } from "../inpod/cni-stub.ts";

export const CNI_STUB_USAGE = `usage: ztunnel-ts cni-stub --pod uid=U,name=N,namespace=NS,ip=IP[,ip6=IPv6][,sa=SA][,netns=NAME] [--pod …]
       [--socket PATH (default /var/run/ztunnel/ztunnel.sock)] [--node-netns NAME] [--keep]`;

export function parsePod(raw: string): StubPod {
  const kv = new Map(
    raw.split(",").map((p) => {
      const i = p.indexOf("=");
      return [i < 0 ? p : p.slice(0, i), i < 0 ? "" : p.slice(i + 1)] as const;
    }),
  );
  const need = (k: string) => {
    const v = kv.get(k);
    if (!v) throw new Error(`--pod ${raw}: missing ${k}=…\n${CNI_STUB_USAGE}`);
    return v;
  };
  return {
    uid: need("uid"),
    name: need("name"),
    namespace: kv.get("namespace") || "default",
    ip: need("ip"),
    ...(kv.get("ip6") ? { ip6: kv.get("ip6") } : {}),
    serviceAccount: kv.get("sa") || undefined,
    netns: kv.get("netns") || undefined,
  };
}

export async function runCniStub(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      pod: { type: "string", multiple: true },
      socket: { type: "string" },
      "node-netns": { type: "string" },
      keep: { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  });
  const pods = (values.pod ?? []).map(parsePod);
  const socketPath = values.socket ?? "/var/run/ztunnel/ztunnel.sock";
  const stub = await startCniStub({ socketPath, pods, nodeNetns: values["node-netns"] });
  console.log(`cni-stub: serving ZDS on ${socketPath} with ${pods.length} pod(s):`);
  for (const p of pods)
    console.log(`  ${p.namespace}/${p.name}  uid=${p.uid}  ip=${p.ip}  netns=${stub.netnsOf(p.uid)}`);
  console.log("start the proxy with ZTS_CAPTURE=inpod INPOD_UDS=" + socketPath + "; Ctrl-C to stop");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await stub.close({ deprovision: values.keep !== true });
}
