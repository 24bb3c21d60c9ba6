// ztunnel's local config format: loads unchanged, every bad field is named with file and
// line, and a watched file reloads (removing what left it, keeping the last good state on
// a bad edit).
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import {
  type LocalConfigError,
  type LocalConfigWatch,
  loadLocalConfig,
  localConfigDelta,
  parseLocalConfig,
  watchLocalConfig,
} from "../../src/state/local-config.ts";
import { createState, type Delta } from "../../src/state/store.ts";
import { rbacMatch } from "../fixtures/mesh-model.ts";

const FIXTURE = join(import.meta.dirname, "../fixtures/local-config/localhost.yaml");

function errorOf(text: string, file = "mesh.yaml"): LocalConfigError {
  try {
    parseLocalConfig(text, file);
  } catch (e) {
    return e as LocalConfigError;
  }
  throw new Error("expected an error");
}

describe("local config: ztunnel's example format", () => {
  it("loads workloads, services and policies", async () => {
    const cfg = await loadLocalConfig(FIXTURE);
    expect(cfg.workloads.map((w) => [w.uid, w.workloadIps, w.protocol])).toEqual([
      ["cluster1//v1/Pod/default/loop-hbone", ["127.0.0.1"], "HBONE"],
      ["cluster1//v1/Pod/default/loop-tcp", ["127.0.0.2"], "TCP"],
    ]);
    expect(cfg.workloads[0]!.services).toEqual({
      "default/alpha.example": { 80: 8080 },
      "default/beta.example": { 80: 8080 },
    });
    expect(cfg.services[0]).toEqual({
      name: "alpha",
      namespace: "default",
      hostname: "alpha.example",
      vips: [{ network: "", address: "127.10.0.1" }],
      ports: { 80: 8080 },
      subjectAltNames: ["spiffe://cluster.local/ns/default/sa/local"],
      canonical: true,
    });
    expect(cfg.services[1]!.vips).toEqual([{ network: "remote", address: "127.10.0.2" }]);
    expect(cfg.policies).toEqual([
      {
        name: "block-9999",
        namespace: "default",
        scope: "Namespace",
        action: "Allow",
        dryRun: false,
        rules: [[[rbacMatch({ notDestinationPorts: [9999] })]]],
      },
    ]);
  });

  it("applies to the state: endpoints, VIPs, policies", async () => {
    const state = createState();
    state.apply(localConfigDelta(await loadLocalConfig(FIXTURE)));
    expect(state.counts()).toEqual({ workloads: 2, services: 2, policies: 1 });
    expect(state.serviceByVip("", "127.10.0.1")?.hostname).toBe("alpha.example");
    expect([...state.endpoints("default/alpha.example").keys()].sort()).toEqual([
      "cluster1//v1/Pod/default/loop-hbone",
      "cluster1//v1/Pod/default/loop-tcp",
    ]);
  });

  it("reads the richer fields: waypoint forms, tunnel, locality, load balancer, string matches, CIDRs", () => {
    const cfg = parseLocalConfig(`
workloads:
- uid: c//Pod/ns/w
  namespace: ns
  workloadIps: ["fd00::1", "127.0.0.9"]
  services: {}
  waypoint: {destination: "ns/wp.ns.svc.cluster.local", hboneMtlsPort: 15008}
  networkGateway: {destination: "net2/127.0.0.50", hboneMtlsPort: 15008}
  applicationTunnel: {protocol: PROXY, port: 15088}
  locality: {region: r1, zone: z1, subzone: ""}
  networkMode: HostNetwork
  status: Unhealthy
  capacity: 3
services:
- name: s
  namespace: ns
  hostname: s.ns
  vips: []
  ports: {443: 0}
  loadBalancer: {routingPreferences: [Network, Zone], mode: Failover, healthPolicy: AllowAll}
  ipFamilies: IPv4
policies:
- name: p
  namespace: ns
  scope: WorkloadSelector
  action: Deny
  dryRun: true
  rules: [[[{principals: [{Prefix: "spiffe://cluster.local/ns/x/"}, {Presence: []}], sourceIps: ["10.0.0.0/8"]}]]]
`);
    const w = cfg.workloads[0]!;
    expect(w.workloadIps).toEqual(["fd00::1", "127.0.0.9"]);
    expect(w.waypoint).toEqual({
      destination: { hostname: { namespace: "ns", hostname: "wp.ns.svc.cluster.local" } },
      hboneMtlsPort: 15008,
    });
    expect(w.networkGateway?.destination).toEqual({ address: { network: "net2", address: "127.0.0.50" } });
    expect(w).toMatchObject({
      applicationTunnel: { protocol: "PROXY", port: 15088 },
      networkMode: "HostNetwork",
      status: "Unhealthy",
      capacity: 3,
      locality: { region: "r1", zone: "z1", subzone: "" },
    });
    expect(cfg.services[0]).toMatchObject({
      ports: { 443: 0 },
      loadBalancer: { routingPreferences: ["Network", "Zone"], mode: "Failover", healthPolicy: "AllowAll" },
      ipFamilies: "IPv4",
    });
    const m = cfg.policies[0]!.rules[0]![0]![0]!;
    expect(m.principals).toEqual([{ prefix: "spiffe://cluster.local/ns/x/" }, { presence: true }]);
    expect(m.sourceIps).toEqual([{ address: "10.0.0.0", prefixLen: 8 }]);
  });
});

describe("local config: errors name file, line and field", () => {
  const base = (ip: string) => `workloads:
- uid: c//Pod/default/a
  namespace: default
  workloadIps: ["127.0.0.1", "${ip}"]
  services: {}
`;

  it("a bad IP", () => {
    const e = errorOf(base("10.0.0.300"));
    expect(e.message).toBe('mesh.yaml:4: workloads[0].workloadIps[1]: "10.0.0.300" is not an IP address');
    expect(e.code).toBe("ZTS_LOCAL_CONFIG_INVALID");
    expect([e.file, e.line, e.field]).toEqual(["mesh.yaml", 4, "workloads[0].workloadIps[1]"]);
  });

  it("not YAML at all", () => {
    const e = errorOf("workloads:\n  - uid: a\n   bad: [unclosed\n");
    expect(e.code).toBe("ZTS_LOCAL_CONFIG_YAML");
    expect(e.message).toMatch(/^mesh\.yaml:\d+: not valid YAML: /);
  });

  it("an unknown field (ztunnel denies them too)", () => {
    const e = errorOf(`${base("127.0.0.2")}  protcol: HBONE\n`);
    expect(e.message).toMatch(/^mesh\.yaml:6: workloads\[0\]\.protcol: unknown field/);
  });

  it("a bad enum value", () => {
    const e = errorOf(`${base("127.0.0.2")}  protocol: HTTP\n`);
    expect(e.message).toBe('mesh.yaml:6: workloads[0].protocol: "HTTP" is not one of TCP, HBONE');
  });

  it("a missing required field", () => {
    const e = errorOf("services:\n- name: s\n  namespace: default\n  vips: []\n  ports: {}\n");
    expect(e.message).toBe("mesh.yaml:2: services[0].hostname: missing required field");
  });

  it("a VIP without network/", () => {
    const e = errorOf("services:\n- name: s\n  namespace: d\n  hostname: h\n  vips: [127.10.0.1]\n  ports: {}\n");
    expect(e.message).toBe('mesh.yaml:5: services[0].vips[0]: "127.10.0.1" is not network/IP');
  });

  it("a port out of range", () => {
    const e = errorOf("services:\n- name: s\n  namespace: d\n  hostname: h\n  vips: []\n  ports:\n    80: 70000\n");
    expect(e.message).toBe("mesh.yaml:7: services[0].ports.80: 70000 is not an integer between 0 and 65535");
  });

  it("a duplicate workload uid", () => {
    const e = errorOf(`${base("127.0.0.2")}${base("127.0.0.3").replace("workloads:\n", "")}`);
    expect(e.message).toBe('mesh.yaml:6: workloads[1]: duplicate "c//Pod/default/a"');
  });

  it("a bad CIDR in a policy", () => {
    const e = errorOf(
      "policies:\n- name: p\n  namespace: d\n  scope: Global\n  action: Allow\n  dryRun: false\n  rules:\n  - - - sourceIps: [10.0.0.0/40]\n",
    );
    expect(e.message).toBe(
      'mesh.yaml:8: policies[0].rules[0][0][0].sourceIps[0]: "10.0.0.0/40" is not a CIDR (ip/prefix)',
    );
  });
});

describe("local config: every problem at once", () => {
  it("two bad fields in two entries: both named with their lines; the error's line and field are the first's", () => {
    const e = errorOf(
      "workloads:\n- uid: a\n  namespace: d\n  workloadIps: [1.2.3.4]\n  services: {}\n  capacity: -1\n" +
        "services:\n- name: s\n  namespace: d\n  hostname: h\n  vips: []\n  ports: {80: x}\n",
    );
    expect(e.message).toBe(
      "mesh.yaml:6: workloads[0].capacity: -1 is not an integer between 0 and 4294967295; " +
        'mesh.yaml:12: services[0].ports.80: "x" is not an integer between 0 and 65535',
    );
    expect([e.line, e.field]).toEqual([6, "workloads[0].capacity"]);
  });
});

describe("local config: watch", () => {
  let watch: LocalConfigWatch | undefined;
  let dir: string | undefined;
  afterEach(() => {
    watch?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const until = async (cond: () => boolean, ms = 5000) => {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error("condition not met in time");
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it("reloads on change, removes what left the file, keeps the last good state on a bad edit", async () => {
    dir = mkdtempSync(join(tmpdir(), "zts-local-"));
    const file = join(dir, "mesh.yaml");
    const original = readFileSync(FIXTURE, "utf8");
    writeFileSync(file, original);
    const state = createState();
    const deltas: Delta[] = [];
    const errors: LocalConfigError[] = [];
    watch = await watchLocalConfig(
      file,
      (d) => {
        deltas.push(d);
        state.apply(d);
      },
      { log: pino({ level: "silent" }), onError: (e) => errors.push(e), debounceMs: 20 },
    );
    expect(state.counts()).toEqual({ workloads: 2, services: 2, policies: 1 });

    // Drop the TCP workload and the beta service; change the alpha VIP. Written via rename,
    // as editors and ConfigMap updates do.
    const edited = original
      .replace(/# The same again[\s\S]*?(?=policies:)/, "")
      .replace(/- name: beta[\s\S]*$/, "")
      .replace("/127.10.0.1", "/127.10.0.3");
    writeFileSync(`${file}.tmp`, edited);
    renameSync(`${file}.tmp`, file);
    await until(() => deltas.length === 2);
    expect(deltas[1]!.removeAddresses?.sort()).toEqual(["cluster1//v1/Pod/default/loop-tcp", "default/beta.example"]);
    expect(deltas[1]!.upsertServices?.map((s) => s.hostname)).toEqual(["alpha.example"]);
    expect(deltas[1]!.upsertWorkloads).toEqual([]);
    expect(state.counts()).toEqual({ workloads: 1, services: 1, policies: 1 });
    expect(state.serviceByVip("", "127.10.0.3")).toBeDefined();

    writeFileSync(file, edited.replace("127.0.0.1", "127.0.0.300"));
    await until(() => errors.length >= 1);
    expect(errors[0]!.message).toMatch(
      /mesh\.yaml:\d+: workloads\[0\]\.workloadIps\[0\]: "127\.0\.0\.300" is not an IP/,
    );
    expect(deltas).toHaveLength(2);
    expect(state.counts()).toEqual({ workloads: 1, services: 1, policies: 1 });
    expect(watch.current().services[0]!.vips[0]!.address).toBe("127.10.0.3");
  });

  it("a bad file at start is an error, not an empty mesh", async () => {
    dir = mkdtempSync(join(tmpdir(), "zts-local-"));
    const file = join(dir, "mesh.yaml");
    writeFileSync(file, "workloads: [{uid: a}]\n");
    await expect(watchLocalConfig(file, () => {})).rejects.toMatchObject({ code: "ZTS_LOCAL_CONFIG_INVALID" });
  });
});
