// deploy/: every manifest validates against the Kubernetes API schemas (kubernetes-models,
// offline), and the DaemonSet states SPEC.md §6 with env names src/config.ts really reads.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DaemonSet } from "kubernetes-models/apps/v1/DaemonSet";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { loadConfig, SETTINGS } from "../../src/config.ts";

/** kubelet sets this in every pod; outside one the in-cluster istiod default is refused. */
const IN_POD = { KUBERNETES_SERVICE_HOST: "10.96.0.1" };

const ROOT = join(import.meta.dirname, "../..");
const DEPLOY = join(ROOT, "deploy");

type Obj = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: manifests are free-form YAML read for assertions
type Any = any;

function readYaml(path: string): Obj[] {
  return parseAllDocuments(readFileSync(path, "utf8"))
    .map((d) => {
      if (d.errors.length) throw new Error(`${path}: ${d.errors[0]!.message}`);
      return d.toJS() as Obj | null;
    })
    .filter((d): d is Obj => d !== null);
}

const MODELS: Record<string, new (o: Any) => { validate(): void }> = {
  "v1/ServiceAccount": ServiceAccount,
  "v1/ConfigMap": ConfigMap,
  "v1/Service": Service,
  "v1/Namespace": Namespace,
  "apps/v1/DaemonSet": DaemonSet,
};

function validate(doc: Obj, where: string): void {
  const key = `${doc.apiVersion}/${doc.kind}`;
  const Model = MODELS[key];
  if (!Model) throw new Error(`${where}: no schema registered for ${key}`);
  new Model(doc).validate();
}

/** The kustomization's resources, in order, as parsed objects. */
function kustomize(dir: string): Obj[] {
  const k = readYaml(join(dir, "kustomization.yaml"))[0] as Any;
  const docs = (k.resources as string[]).flatMap((r) =>
    r.endsWith(".yaml") ? readYaml(join(dir, r)) : kustomize(join(dir, r)),
  );
  for (const p of (k.patches ?? []) as Any[]) {
    const patch = readYaml(join(dir, p.path))[0] as Any;
    const target = docs.find((d: Any) => d.kind === p.target.kind && d.metadata.name === p.target.name);
    if (!target) throw new Error(`${dir}: patch target ${p.target.kind}/${p.target.name} not found`);
    Object.assign(target, strategicMerge(target, patch));
  }
  if (k.namespace) for (const d of docs as Any[]) if (d.kind !== "Namespace") d.metadata.namespace = k.namespace;
  return docs;
}

/** Enough of strategic merge for our overlays: maps merge, lists of named items merge by name. */
function strategicMerge(base: unknown, patch: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(patch)) {
    const named = [...base, ...patch].every((x) => x && typeof x === "object" && "name" in x);
    if (!named) return patch;
    const out = base.map((b) => {
      const p = patch.find((x) => x.name === b.name);
      return p ? strategicMerge(b, p) : b;
    });
    for (const p of patch) if (!base.some((b) => b.name === p.name)) out.push(p);
    return out;
  }
  if (base && patch && typeof base === "object" && typeof patch === "object" && !Array.isArray(patch)) {
    const out: Obj = { ...(base as Obj) };
    for (const [k, v] of Object.entries(patch)) out[k] = k in out ? strategicMerge(out[k], v) : v;
    return out;
  }
  return patch;
}

const base = kustomize(join(DEPLOY, "kubernetes"));
const ds = base.find((d) => d.kind === "DaemonSet") as Any;
const pod = ds.spec.template.spec;
const container = pod.containers[0];
const envByName = new Map<string, Any>(container.env.map((e: Any) => [e.name, e]));
const SETTING_NAMES = new Set(Object.values(SETTINGS).map((s) => s.name));
const DOWNWARD = { POD_NAME: "metadata.name", POD_NAMESPACE: "metadata.namespace", NODE_NAME: "spec.nodeName" };

describe("deploy manifests validate against the Kubernetes schemas", () => {
  it("every base manifest (deploy/kubernetes) is a valid object", () => {
    expect(base.map((d) => d.kind).sort()).toEqual(["ConfigMap", "DaemonSet", "ServiceAccount"]);
    for (const d of base) validate(d, "deploy/kubernetes");
  });

  it("the DLB overlay, applied to the base, is valid and requests the device on DLB nodes", () => {
    const docs = kustomize(join(DEPLOY, "overlays/dlb"));
    for (const d of docs) validate(d, "deploy/overlays/dlb");
    const p = (docs.find((d) => d.kind === "DaemonSet") as Any).spec.template.spec;
    expect(p.containers[0].resources.limits["dlb.intel.com/pf"]).toBe(1);
    expect(p.containers[0].resources.requests).toEqual(container.resources.requests);
    expect(p.nodeSelector).toEqual({ "kubernetes.io/os": "linux", "intel.feature.node.kubernetes.io/dlb": "true" });
    expect(p.containers[0].env.length).toBe(container.env.length + 1);
  });

  it("every example is valid", () => {
    const dir = join(DEPLOY, "examples");
    const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) for (const d of readYaml(join(dir, f))) validate(d, f);
  });

  it("a manifest error is caught (the validator is live)", () => {
    const broken = structuredClone(ds);
    broken.spec.template.spec.containers[0].ports[0].containerPort = "15020";
    expect(() => validate(broken, "broken")).toThrow(/containerPort/);
  });
});

describe("DaemonSet matches SPEC.md §6", () => {
  it("runs in istio-system as ztunnel, node-critical, on every node", () => {
    expect(ds.metadata).toMatchObject({ name: "ztunnel", namespace: "istio-system" });
    expect(pod.serviceAccountName).toBe("ztunnel");
    expect(base.find((d) => d.kind === "ServiceAccount")).toMatchObject({ metadata: { name: "ztunnel" } });
    expect(pod.priorityClassName).toBe("system-node-critical");
    expect(pod.tolerations).toContainEqual({ operator: "Exists" });
    expect(ds.spec.updateStrategy).toEqual({
      type: "RollingUpdate",
      rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
    });
    expect(ds.spec.template.metadata.labels).toMatchObject({ app: "ztunnel", "istio.io/dataplane-mode": "none" });
  });

  it("uid 0 / gid 1337, NET_ADMIN SYS_ADMIN NET_RAW, read-only root, not privileged", () => {
    const sc = container.securityContext;
    expect(sc).toMatchObject({ runAsUser: 0, runAsGroup: 1337, readOnlyRootFilesystem: true, privileged: false });
    expect(sc.capabilities.drop).toEqual(["ALL"]);
    expect([...sc.capabilities.add].sort()).toEqual(["NET_ADMIN", "NET_RAW", "SYS_ADMIN"]);
  });

  it("args, ports, readiness probe and scrape annotations line up with config defaults", () => {
    const c = loadConfig(IN_POD);
    expect(container.args).toEqual(["proxy", "ztunnel"]);
    expect(container.readinessProbe.httpGet).toEqual({ path: "/healthz/ready", port: c.readinessAddr.port });
    expect(c.readinessAddr.port).toBe(15021);
    const ports = Object.fromEntries(container.ports.map((p: Any) => [p.name, p.containerPort]));
    expect(ports["ztunnel-stats"]).toBe(c.statsAddr.port);
    const ann = ds.spec.template.metadata.annotations;
    expect(ann["prometheus.io/scrape"]).toBe("true");
    expect(Number(ann["prometheus.io/port"])).toBe(c.statsAddr.port);
    expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
  });

  it("every env name is one src/config.ts reads", () => {
    for (const name of envByName.keys()) {
      const read = SETTING_NAMES.has(name) || /^(ISTIO_META|XDS_HEADER|CA_HEADER)_/.test(name);
      expect(read, `${name} is not read by src/config.ts`).toBe(true);
    }
  });

  it("downward-API identity, istiod addresses, cluster id and the tunables are set", () => {
    for (const [name, path] of Object.entries(DOWNWARD)) {
      expect(envByName.get(name)?.valueFrom?.fieldRef?.fieldPath, name).toBe(path);
    }
    expect(envByName.get("INSTANCE_IP").valueFrom.fieldRef.fieldPath).toBe("status.podIP");
    expect(envByName.get("SERVICE_ACCOUNT").valueFrom.fieldRef.fieldPath).toBe("spec.serviceAccountName");
    expect(envByName.get("CA_ADDRESS").value).toBe("istiod.istio-system.svc:15012");
    expect(envByName.get("XDS_ADDRESS").value).toBe("istiod.istio-system.svc:15012");
    expect(envByName.get("CLUSTER_ID").value).toBe("Kubernetes");
    expect(Number(envByName.get("TERMINATION_GRACE_PERIOD_SECONDS").value)).toBe(pod.terminationGracePeriodSeconds);
    for (const name of ["ZTS_BALANCE", "ZTUNNEL_WORKER_THREADS"]) {
      expect(envByName.get(name)?.valueFrom?.configMapKeyRef, name).toEqual({ name: "ztunnel-ts", key: name });
    }
    // As Istio's chart, so ZTUNNEL_WORKER_THREADS=N% and 0 count the pod's CPUs.
    expect(envByName.get("ZTUNNEL_CPU_LIMIT")?.valueFrom?.resourceFieldRef?.resource).toBe("limits.cpu");
  });

  it("the DaemonSet's env (with the ConfigMap) loads as a valid config", () => {
    const cm = base.find((d) => d.kind === "ConfigMap") as Any;
    const env: Record<string, string> = {};
    for (const [name, e] of envByName) {
      if (e.value !== undefined) env[name] = e.value;
      else if (e.valueFrom.configMapKeyRef) {
        expect(e.valueFrom.configMapKeyRef.name).toBe(cm.metadata.name);
        env[name] = cm.data[e.valueFrom.configMapKeyRef.key];
      } else if (e.valueFrom.resourceFieldRef) {
        env[name] = "4"; // whole CPUs, as the downward API gives them
      } else env[name] = "downward-api";
    }
    const c = loadConfig(env);
    expect(c).toMatchObject({ balance: "dlb", workerThreads: 2, capture: "inpod", clusterId: "Kubernetes" });
    expect(c.xdsAddress).toMatchObject({ tls: true, host: "istiod.istio-system.svc", port: 15012 });
    // ztunnel's rule: a grace period above 10 s keeps 5 s for closing what is left.
    expect(c.drainDeadlineMs).toBe(25_000);
  });

  it("token, root cert and ZDS socket volumes sit where config looks for them", () => {
    const c = loadConfig(IN_POD);
    const mounts = new Map<string, string>(container.volumeMounts.map((m: Any) => [m.name, m.mountPath]));
    const vols = new Map<string, Any>(pod.volumes.map((v: Any) => [v.name, v]));
    const mountOf = (file: string) => [...mounts.entries()].find(([, p]) => file.startsWith(`${p}/`));

    const [tokenVol] = mountOf(c.authToken)!;
    const sat = vols.get(tokenVol).projected.sources[0].serviceAccountToken;
    expect(sat.audience).toBe("istio-ca");
    expect(`/var/run/secrets/tokens/${sat.path}`).toBe(c.authToken);

    const [caVol, caPath] = mountOf(c.xdsRootCa)!;
    expect(caPath).toBe("/var/run/secrets/istio");
    expect(vols.get(caVol).configMap.name).toBe("istio-ca-root-cert");

    const [sockVol, sockPath] = mountOf(c.inpodUds)!;
    expect(sockPath).toBe("/var/run/ztunnel");
    expect(vols.get(sockVol).hostPath).toEqual({ path: "/var/run/ztunnel", type: "DirectoryOrCreate" });
  });

  it("every ConfigMap key is a setting and every value parses", () => {
    const cm = base.find((d) => d.kind === "ConfigMap") as Any;
    for (const key of Object.keys(cm.data)) expect(SETTING_NAMES.has(key), key).toBe(true);
    expect(() => loadConfig({ ...IN_POD, ...cm.data })).not.toThrow();
  });
});
