// An authorization denial as the operator's dashboards see it, on one real node proxy run
// from a ztunnel local config (LOCAL_XDS_PATH, FAKE_CA): the client pod and the server pod
// share the node, so SOCKS5 → HBONE → the proxy's own inbound, where a DENY policy refuses
// the tunnel. The destination reporter counts an opened, closed and failed connection with
// response_flags DENY; the source reporter, whose tunnel was refused, CONNECT.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  localConfigProxyEnv,
  metricLabels,
  metricSum,
  PORTS,
  type RunningProxy,
  spawnProxy,
  stopProxy,
  until,
  waitProxyReady,
} from "../fixtures/proxy-harness.ts";

const NODE_IP = "127.59.0.1";
const CLIENT = "127.59.1.10";
const SERVER = "127.59.2.10";
const VIP = "127.59.9.1";
const pod = (name: string, ip: string, services = "{}") => `
- uid: Kubernetes//Pod/default/${name}
  name: ${name}
  namespace: default
  serviceAccount: ${name}
  workloadIps: ["${ip}"]
  protocol: HBONE
  node: n1
  services: ${services}
`;
const CONFIG = `workloads:${pod("client", CLIENT)}${pod("server", SERVER, '{ "default/srv.default.svc.cluster.local": { 80: 8080 } }')}
services:
- name: srv
  namespace: default
  hostname: srv.default.svc.cluster.local
  vips: ["/${VIP}"]
  ports:
    80: 8080
policies:
- name: deny-client
  namespace: default
  scope: Global
  action: Deny
  dryRun: false
  rules:
  - - - principals:
        - Exact: cluster.local/ns/default/sa/client
`;

let dir: string;
let proxy: RunningProxy;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "zts-deny-"));
  writeFileSync(join(dir, "local.yaml"), CONFIG);
  proxy = spawnProxy("n1", NODE_IP, localConfigProxyEnv(NODE_IP, join(dir, "local.yaml")));
  await waitProxyReady(proxy);
}, 30_000);

afterAll(async () => {
  if (proxy) await stopProxy(proxy);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a denied connection in istio_tcp_*", () => {
  it("destination reporter: opened, closed and failed with DENY; source reporter: failed with CONNECT", async () => {
    await expect(
      SocksClient.createConnection({
        proxy: { host: NODE_IP, port: PORTS.socks5, type: 5 },
        command: "connect",
        destination: { host: VIP, port: 80 },
        socket_options: { localAddress: CLIENT } as never,
        timeout: 5000,
      }),
    ).rejects.toThrow();
    const SRV = { destination_service: "srv.default.svc.cluster.local" };
    await until(
      async () =>
        metricSum(await proxy.metrics(), "istio_tcp_connections_failed_total", { reporter: "destination", ...SRV }) ===
        1,
      5000,
      "the denial to be counted",
    );
    const m = await proxy.metrics();
    expect(metricLabels(m, "istio_tcp_connections_failed_total", { reporter: "destination", ...SRV })).toMatchObject({
      response_flags: "DENY",
      source_principal: "spiffe://cluster.local/ns/default/sa/client",
      destination_principal: "spiffe://cluster.local/ns/default/sa/server",
    });
    expect(metricSum(m, "istio_tcp_connections_opened_total", { reporter: "destination", ...SRV })).toBe(1);
    expect(
      metricSum(m, "istio_tcp_connections_closed_total", { reporter: "destination", response_flags: "DENY", ...SRV }),
    ).toBe(1);
    expect(metricLabels(m, "istio_tcp_connections_failed_total", { reporter: "source", ...SRV })?.response_flags).toBe(
      "CONNECT",
    );
  });
});
