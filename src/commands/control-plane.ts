// `ztunnel-ts control-plane --mesh <file|dir> [--port N] [--host IP] …`: the embedded control
// plane (delta ADS + Istio CA) serving a Kubernetes-style YAML mesh until SIGINT/SIGTERM.
import { isIP } from "node:net";
import { parseArgs } from "node:util";
import { ControlPlaneError } from "../../xds/controlplane/errors.ts";
import { startControlPlane } from "../../xds/controlplane/server.ts";

export const CONTROL_PLANE_USAGE = `usage: ztunnel-ts control-plane --mesh <file|dir> [--port N] [--host IP]
       [--cluster-id ID] [--trust-domain TD] [--network NET] [--token-dir DIR] [--root-cert FILE]
       [--root-namespace NS] (mesh-wide policies; default istio-system) [--dry-run-policies] (serve istio.io/dry-run AuthorizationPolicies)
       [--auto-allocate-ipv4 CIDR] [--auto-allocate-ipv6 CIDR] (ServiceEntry VIPs; default 240.240.0.0/16, 2001:2::/48)
       [--roots-dir DIR]   (extra roots announced with every certificate: add a .pem to trust a root, remove it to retire it)
ADS and CA serve only callers with a node token this control plane issued (authorization: Bearer <token>;
others get UNAUTHENTICATED): --token-dir writes one file per node, for that node proxy's AUTH_TOKEN.`;

export interface ControlPlaneArgs {
  mesh: string;
  host: string;
  port: number;
  clusterId?: string;
  trustDomain?: string;
  network?: string;
  tokenDir?: string;
  rootCert?: string;
  rootsDir?: string;
  rootNamespace?: string;
  dryRunPolicies: boolean;
  autoAllocateV4?: string;
  autoAllocateV6?: string;
}

export function parseControlPlaneArgs(args: string[]): ControlPlaneArgs {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        mesh: { type: "string" },
        port: { type: "string" },
        host: { type: "string" },
        "cluster-id": { type: "string" },
        "trust-domain": { type: "string" },
        network: { type: "string" },
        "token-dir": { type: "string" },
        "root-cert": { type: "string" },
        "roots-dir": { type: "string" },
        "root-namespace": { type: "string" },
        "auto-allocate-ipv4": { type: "string" },
        "auto-allocate-ipv6": { type: "string" },
        "dry-run-policies": { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }) as unknown as { values: Record<string, string | undefined> });
    // parseArgs gives `true` for the one boolean flag; spelled as a string like the others.
    if ((values["dry-run-policies"] as unknown) === true) values["dry-run-policies"] = "true";
  } catch (e) {
    throw new ControlPlaneError("ZTS_CONTROLPLANE_ARGS", `${(e as Error).message}\n${CONTROL_PLANE_USAGE}`);
  }
  if (!values.mesh) throw new ControlPlaneError("ZTS_CONTROLPLANE_ARGS", `--mesh is required\n${CONTROL_PLANE_USAGE}`);
  const port = Number(values.port ?? "15012");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ControlPlaneError(
      "ZTS_CONTROLPLANE_ARGS",
      `--port ${JSON.stringify(values.port)} is not a port (0-65535)`,
    );
  }
  const host = values.host ?? "127.0.0.1";
  if (isIP(host) === 0)
    throw new ControlPlaneError("ZTS_CONTROLPLANE_ARGS", `--host ${JSON.stringify(host)} is not an IP`);
  for (const [flag, v6] of [
    ["auto-allocate-ipv4", false],
    ["auto-allocate-ipv6", true],
  ] as const) {
    const v = values[flag];
    const [a = "", len = "", extra] = (v ?? "").split("/");
    const fam = isIP(a);
    if (
      v !== undefined &&
      (fam !== (v6 ? 6 : 4) || extra !== undefined || !/^\d+$/.test(len) || Number(len) > (v6 ? 128 : 32))
    ) {
      throw new ControlPlaneError(
        "ZTS_CONTROLPLANE_ARGS",
        `--${flag} ${JSON.stringify(v)} is not an IPv${v6 ? 6 : 4} CIDR`,
      );
    }
  }
  return {
    mesh: values.mesh,
    host,
    port,
    clusterId: values["cluster-id"],
    trustDomain: values["trust-domain"],
    network: values.network,
    tokenDir: values["token-dir"],
    rootCert: values["root-cert"],
    rootsDir: values["roots-dir"],
    rootNamespace: values["root-namespace"],
    dryRunPolicies: values["dry-run-policies"] === "true",
    autoAllocateV4: values["auto-allocate-ipv4"],
    autoAllocateV6: values["auto-allocate-ipv6"],
  };
}

export async function runControlPlane(args: string[]): Promise<void> {
  const a = parseControlPlaneArgs(args);
  const cp = await startControlPlane({
    mesh: a.mesh,
    host: a.host,
    port: a.port,
    clusterId: a.clusterId,
    trustDomain: a.trustDomain,
    network: a.network,
    rootsDir: a.rootsDir,
    rootNamespace: a.rootNamespace,
    dryRunPolicies: a.dryRunPolicies,
    autoAllocateV4: a.autoAllocateV4,
    autoAllocateV6: a.autoAllocateV6,
  });
  const lines = [`control plane: delta ADS + Istio CA on ${cp.address} (plaintext), mesh ${a.mesh}`];
  if (!/^(127\.|::1$|\[::1\])/.test(a.host)) {
    lines.push(
      "warning: plaintext gRPC on a non-loopback address; anyone who can see the traffic can read the mesh and the node tokens",
    );
  }
  if (a.tokenDir) {
    const files = await cp.writeTokens(a.tokenDir);
    for (const [node, file] of Object.entries(files)) lines.push(`token for node ${node}: ${file}`);
  } else {
    lines.push("note: no --token-dir: no node proxy has a token, so none can be served (UNAUTHENTICATED)");
  }
  if (a.rootCert) {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(a.rootCert, cp.rootPem);
    lines.push(`root certificate: ${a.rootCert}`);
  }
  console.log(lines.join("\n"));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await cp.close();
}
