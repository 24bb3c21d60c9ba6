// The DNS proxy as the app composes it in node mode (src/dns/proxy.ts): bound on
// ISTIO_META_DNS_PROXY_ADDR, requesters by source IP among this node's workloads only,
// upstreams from a resolv.conf (a temp file naming a dnsmasq on loopback: never the
// machine's own), PREFERED_SERVICE_NAMESPACE from the settings. dig as the client.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAddon } from "../../src/balance/addon.ts";
import { loadConfig } from "../../src/config.ts";
import { createDnsProxy, type DnsProxy } from "../../src/dns/proxy.ts";
import { createState } from "../../src/state/store.ts";
import { type Dnsmasq, dig, dnsToolsMissing, startDnsmasq } from "../fixtures/dns-tools.ts";
import { service, workload } from "../fixtures/mesh-model.ts";

const PROXY = "127.153.3.1";
const UPSTREAM = "127.153.3.2";
const LOCAL_POD = "127.153.3.10";
const REMOTE_POD = "127.153.3.20"; // a workload of another node
const skip = dnsToolsMissing();
if (skip) console.log(`skipping DNS node-mode tests: ${skip}`);

describe.skipIf(skip !== undefined)("DNS proxy in node mode", () => {
  let upstream: Dnsmasq;
  let dns: DnsProxy;
  let port = 0;
  const q = (name: string, source = LOCAL_POD) => dig({ server: PROXY, port, source }, name);

  beforeAll(async () => {
    // resolv.conf nameservers are on port 53.
    upstream = await startDnsmasq({ address: UPSTREAM, port: 53, hosts: { "web.external.test": ["10.153.50.3"] } });
    const dir = mkdtempSync(join(tmpdir(), "ztsdns-"));
    writeFileSync(join(dir, "resolv.conf"), `search default.svc.cluster.local\nnameserver ${UPSTREAM}\n`);
    const state = createState();
    state.apply({
      upsertWorkloads: [
        workload({ uid: "local", name: "local", namespace: "ns1", workloadIps: [LOCAL_POD], node: "node-a" }),
        workload({ uid: "remote", name: "remote", namespace: "ns1", workloadIps: [REMOTE_POD], node: "node-b" }),
      ],
      upsertServices: [
        service({
          name: "x",
          namespace: "ns2",
          hostname: "shared.example",
          vips: [{ network: "", address: "10.153.3.2" }],
          canonical: false,
        }),
        service({
          name: "x",
          namespace: "pref",
          hostname: "shared.example",
          vips: [{ network: "", address: "10.153.3.3" }],
          canonical: false,
        }),
      ],
    });
    const config = loadConfig({
      // Local config, local certificates: no control plane is named or needed here.
      LOCAL_XDS_PATH: "/unused",
      FAKE_CA: "true",
      ISTIO_META_DNS_PROXY_ADDR: `${PROXY}:0`,
      PREFERED_SERVICE_NAMESPACE: "pref",
      NODE_NAME: "node-a",
      ZTS_DNS_UPSTREAM_TIMEOUT: "2s",
    });
    dns = createDnsProxy({
      config,
      view: state,
      isLocal: (w) => w.node === "node-a",
      localWorkloads: () => state.workloadsOnNode("node-a"),
      addon: loadAddon(),
      log: pino({ level: "warn" }),
      resolvConf: join(dir, "resolv.conf"),
    });
    const server = await dns.listenNode();
    port = server.addresses().udp[0]!.port;
  });
  afterAll(async () => {
    await dns?.close();
    await upstream?.stop();
  });

  it("takes its upstreams from the resolv.conf it is given", () => {
    expect(dns.upstreams).toEqual([{ host: UPSTREAM, port: 53 }]);
  });

  it("forwards a local workload's non-mesh query to that upstream", async () => {
    expect((await q("web.external.test")).answers.map((a) => a.data)).toEqual(["10.153.50.3"]);
  });

  it("answers with PREFERED_SERVICE_NAMESPACE's service when none is the requester's or canonical", async () => {
    expect((await q("shared.example")).answers.map((a) => a.data)).toEqual(["10.153.3.3"]);
  });

  it("refuses (SERVFAIL) a workload of another node: not an open resolver", async () => {
    expect((await q("web.external.test", REMOTE_POD)).status).toBe("SERVFAIL");
  });
});
