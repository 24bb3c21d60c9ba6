// The control-plane scale mesh as Kubernetes YAML for the embedded control plane: a directory
// with ONE OBJECT PER FILE (the layout of a GitOps checkout or of `kubectl get -o yaml` split
// per object), so a one-object edit is a one-file change and the control plane re-reads and
// re-parses that file alone. Files are JSON (`kubectl get -o json`), read with JSON.parse,
// except the first YAML_PODS pods, kept in YAML so the benchmark also measures an edit that
// goes through the YAML parser. Same shape as ./mesh.ts: pod i in ns-(i % 100) on node i % nodes,
// labelled app-(i % services); service j in ns-(j % 100) selects app-j; one
// AuthorizationPolicy per namespace selecting its app-(ns) pods. Addresses are DATA
// (10.128.0.0/9 pods, 10.96.0.0/12 VIPs): nothing dials them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { MeshSize } from "./mesh.ts";

const ip = (base: number, i: number) => {
  const n = base + i;
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
};
const POD_BASE = (10 << 24) | (128 << 16);
const VIP_BASE = (10 << 24) | (96 << 16);
export const NAMESPACES = 100;

/** Pods 0 … YAML_PODS-1 are YAML files; every other file is JSON. */
export const YAML_PODS = 100;
export const podFile = (dir: string, i: number) => join(dir, i < YAML_PODS ? `pod-${i}.yaml` : `pod-${i}.json`);
export const policyFile = (dir: string, n: number) => join(dir, `authz-${n}.json`);
export const podUid = (i: number) => `Kubernetes//Pod/ns-${i % NAMESPACES}/pod-${i}`;
export const policyName = (n: number) => `ns-${n}/deny-${n}`;
export const namespaceFile = (dir: string, n: number) => join(dir, `ns-${n}.json`);
export const serviceFile = (dir: string, j: number) => join(dir, `svc-${j}.json`);
export const serviceName = (j: number) => `ns-${j % NAMESPACES}/svc-${j}.ns-${j % NAMESPACES}.svc.cluster.local`;

/** Pod i as its file holds it; `ready` and `revision` are what the benchmark's edits change. */
export function podText(i: number, size: MeshSize, ready = true, revision = "v1"): string {
  const svc = i % size.services;
  const pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: `pod-${i}`, namespace: `ns-${i % NAMESPACES}`, labels: { app: `app-${svc}`, version: revision } },
    spec: {
      nodeName: `scale-node-${i % size.nodes}`,
      serviceAccountName: `sa-${svc}`,
      containers: [{ ports: [{ containerPort: 8080, name: "http" }] }],
    },
    status: {
      phase: "Running",
      podIP: ip(POD_BASE, i),
      conditions: [{ type: "Ready", status: ready ? "True" : "False" }],
    },
  };
  return i < YAML_PODS ? stringify(pod) : `${JSON.stringify(pod, null, 2)}\n`;
}

/** Namespace n's policy: DENY from outside the namespace to `port` (the edits change the port). */
export function policyText(n: number, port = 8080): string {
  const policy = {
    apiVersion: "security.istio.io/v1",
    kind: "AuthorizationPolicy",
    metadata: { name: `deny-${n}`, namespace: `ns-${n}` },
    spec: {
      selector: { matchLabels: { app: `app-${n}` } },
      action: "DENY",
      rules: [{ from: [{ source: { notNamespaces: [`ns-${n}`] } }], to: [{ operation: { ports: [`${port}`] } }] }],
    },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** Namespace n, in ambient mode or not (the edits flip it: every pod of the namespace changes protocol). */
export function namespaceText(n: number, ambient = true): string {
  return json({
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name: `ns-${n}`, labels: ambient ? { "istio.io/dataplane-mode": "ambient" } : {} },
  });
}

/** Service j (selects app-j: pods j, j + S, j + 2S, …); the edits change its http target port. */
export function serviceText(j: number, targetPort = 8080): string {
  return json({
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: `svc-${j}`, namespace: `ns-${j % NAMESPACES}` },
    spec: {
      clusterIP: ip(VIP_BASE, j),
      trafficDistribution: "PreferClose",
      selector: { app: `app-${j}` },
      ports: [
        { name: "http", port: 80, targetPort },
        { name: "https", port: 443, targetPort: 8443 },
      ],
    },
  });
}

function json(o: unknown): string {
  return `${JSON.stringify(o, null, 2)}\n`;
}

/** Writes the mesh into `dir` (created); returns the number of files. */
export function writeMeshDir(dir: string, size: MeshSize): number {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  const put = (path: string, text: string) => {
    writeFileSync(path, text);
    files++;
  };
  for (let n = 0; n < NAMESPACES; n++) {
    put(namespaceFile(dir, n), namespaceText(n));
    put(policyFile(dir, n), policyText(n));
  }
  for (let k = 0; k < size.nodes; k++) {
    put(
      join(dir, `node-${k}.json`),
      json({
        apiVersion: "v1",
        kind: "Node",
        metadata: {
          name: `scale-node-${k}`,
          labels: { "topology.kubernetes.io/region": "bench", "topology.kubernetes.io/zone": `zone-${k % 3}` },
        },
      }),
    );
  }
  for (let j = 0; j < size.services; j++) put(serviceFile(dir, j), serviceText(j));
  for (let i = 0; i < size.workloads; i++) put(podFile(dir, i), podText(i, size));
  return files;
}
