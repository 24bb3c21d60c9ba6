import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initLogFilter, logger, setLevel } from "../../src/log.ts";
import { ADDRESS_TYPE, ECHO_HOST, startTestAdmin, type TestAdmin } from "../fixtures/admin-mesh.ts";

let t: TestAdmin;

beforeAll(async () => {
  t = await startTestAdmin();
});
afterAll(async () => {
  await t.servers.close();
});

// biome-ignore lint/suspicious/noExplicitAny: JSON under test
const getJson = async (path: string): Promise<{ status: number; body: any }> => {
  const r = await fetch(`${t.base}${path}`);
  return { status: r.status, body: await r.json() };
};

describe("admin /config_dump", () => {
  it("lists workloads sorted by uid with IPs as strings and ztunnel's field names", async () => {
    const { status, body } = await getJson("/config_dump");
    expect(status).toBe(200);
    expect(body.workloads.map((w: { uid: string }) => w.uid)).toEqual([
      "Kubernetes//Pod/default/client",
      "Kubernetes//Pod/default/echo-a",
      "Kubernetes//Pod/default/echo-b",
    ]);
    const client = body.workloads[0];
    expect(client).toMatchObject({
      workloadIps: ["10.0.1.10", "fd00::1:a"],
      protocol: "HBONE",
      name: "client",
      namespace: "default",
      node: "node-a",
      status: "Healthy",
      capacity: 1,
      locality: { region: "r1", zone: "zone-a", subzone: "" },
      authorizationPolicies: ["default/allow-client"],
    });
    // ztunnel skips default-valued fields: no services, no waypoint, no network.
    expect(client).not.toHaveProperty("services");
    expect(client).not.toHaveProperty("waypoint");
    expect(client).not.toHaveProperty("network");
    const echoA = body.workloads[1];
    expect(echoA.services).toEqual([`default/${ECHO_HOST}`]);
    expect(echoA.waypoint).toEqual({ destination: "/10.0.9.9", hboneMtlsPort: 15008 });
    expect(echoA.status).toBe("Unhealthy");
  });

  it("lists services with vips as network/ip, string-keyed ports and endpoints by workload uid", async () => {
    const { body } = await getJson("/config_dump");
    expect(body.services.map((s: { hostname: string }) => s.hostname)).toEqual([
      "api.default.svc.cluster.local",
      ECHO_HOST,
    ]);
    expect(body.services[0].vips).toEqual(["net1/10.96.0.20"]);
    const echo = body.services[1];
    expect(echo).toMatchObject({
      name: "echo",
      namespace: "default",
      vips: ["/10.96.0.10"],
      ports: { "80": 8080 },
      subjectAltNames: ["spiffe://cluster.local/ns/default/sa/echo"],
      loadBalancer: {
        routingPreferences: ["Network", "Region", "Zone"],
        mode: "Failover",
        healthPolicy: "OnlyHealthy",
      },
      ipFamilies: "IPv4",
      canonical: true,
    });
    expect(echo.endpoints).toEqual({
      "Kubernetes//Pod/default/echo-a": {
        workloadUid: "Kubernetes//Pod/default/echo-a",
        port: { "80": 8080 },
        status: "Unhealthy",
      },
      "Kubernetes//Pod/default/echo-b": {
        workloadUid: "Kubernetes//Pod/default/echo-b",
        port: { "80": 8080 },
        status: "Healthy",
      },
    });
  });

  it("serialises policies as rbac.rs does (tagged string matches, CIDR strings, empty lists skipped)", async () => {
    const { body } = await getJson("/config_dump");
    expect(body.policies).toEqual([
      {
        name: "allow-client",
        namespace: "default",
        scope: "Namespace",
        action: "Allow",
        rules: [
          [
            [
              {
                namespaces: [{ Exact: "default" }],
                principals: [{ Prefix: "cluster.local/" }],
                sourceIps: ["10.0.0.0/8"],
                destinationPorts: [8080],
              },
            ],
          ],
        ],
        dryRun: false,
      },
    ]);
  });

  it("dumps certificates with base64 PEM, decimal serial and RFC 3339 validity, sorted by identity", async () => {
    const { body } = await getJson("/config_dump");
    expect(body.certificates.map((c: { identity: string }) => c.identity)).toEqual([
      "spiffe://cluster.local/ns/default/sa/client",
      "spiffe://cluster.local/ns/default/sa/echo",
    ]);
    const [available, initializing] = body.certificates;
    expect(available.state).toBe("Available");
    expect(available.certChain).toHaveLength(1);
    expect(Buffer.from(available.certChain[0].pem, "base64").toString().trim()).toBe(t.pem.trim());
    expect(available.certChain[0]).toEqual({
      pem: expect.any(String),
      serialNumber: String(0x0a0b0c),
      validFrom: "2026-01-01T00:00:00Z",
      expirationTime: "2036-01-02T03:04:05Z",
    });
    expect(available.rootCerts).toHaveLength(1);
    expect(initializing).toEqual({
      identity: "spiffe://cluster.local/ns/default/sa/echo",
      state: "Initializing",
      certChain: [],
      rootCerts: [],
    });
  });

  it("adds our xds (by type URL) and balance sections", async () => {
    const { body } = await getJson("/config_dump");
    expect(body.xds[ADDRESS_TYPE]).toEqual({
      connected: true,
      resources: 5,
      lastAck: { version: "7", nonce: "n7", time: "2026-01-01T00:00:00Z" },
      lastNack: null,
    });
    expect(body.balance.policy).toBe("dlb");
    expect(body.balance.workers).toEqual([
      { id: 0, accepted: 10, open: 3, queued: 0, credits: 61 },
      { id: 1, accepted: 9, open: 2, queued: 1, credits: 62 },
    ]);
  });
});

describe("admin /logging (as ztunnel's)", () => {
  const post = (q: string) => fetch(`${t.base}/logging${q}`, { method: "POST" });

  it("POST with no level prints the current filter", async () => {
    setLevel("warn");
    const r = await post("");
    expect([r.status, await r.text()]).toEqual([200, "current log level is warn\n"]);
  });

  it("POST ?level=debug changes the level at run time", async () => {
    setLevel("warn");
    const r = await post("?level=debug");
    expect([r.status, await r.text()]).toEqual([200, "current log level is debug\n"]);
    expect(logger().level).toBe("debug");
    setLevel("warn");
  });

  it("per-target levels, as istioctl sends them (access:debug,info) and as ztunnel writes them (access=debug)", async () => {
    setLevel("warn");
    expect(await (await post("?level=access:debug,info")).text()).toBe("current log level is info,access=debug\n");
    expect(logger().level).toBe("info");
    expect(await (await post("?level=xds=trace")).text()).toBe("current log level is info,access=debug,xds=trace\n");
    setLevel("warn");
  });

  it("reset returns to the start-up level before applying the rest", async () => {
    initLogFilter("error"); // as createLogger does with LOG_LEVEL=error
    await post("?level=debug,access=trace");
    expect(await (await post("?reset")).text()).toBe("current log level is error\n");
    expect(await (await post("?reset&level=access=info")).text()).toBe("current log level is error,access=info\n");
    initLogFilter("info");
    setLevel("warn");
  });

  it("GET changes nothing: 405", async () => {
    setLevel("warn");
    const g = await fetch(`${t.base}/logging?level=error`);
    expect(g.status).toBe(405);
    expect(logger().level).toBe("warn");
  });

  it.each(["loud", "__proto__", "access:loud", "constructor=debug=x"])(
    "an unknown level (%s) is 400 and changes nothing",
    async (level) => {
      setLevel("info");
      const r = await post(`?level=${encodeURIComponent(level)}`);
      expect(r.status).toBe(400);
      expect(await r.text()).toContain(`Invalid level provided: ${level}`);
      expect(logger().level).toBe("info");
      setLevel("warn");
    },
  );
});

describe("admin other routes", () => {
  it("delegates /debug/select to the select provider with the query", async () => {
    const { status, body } = await getJson("/debug/select?source=10.0.1.10&destination=10.96.0.10:80&count=2");
    expect(status).toBe(200);
    expect(body.picks[0].uid).toBe("Kubernetes//Pod/default/echo-b");
    const q = t.selectQueries.at(-1)!;
    expect([q.get("source"), q.get("destination"), q.get("count")]).toEqual(["10.0.1.10", "10.96.0.10:80", "2"]);
  });

  it("serves /stats/balance from the balance provider", async () => {
    const { body } = await getJson("/stats/balance");
    expect(body.workers.map((w: { id: number }) => w.id)).toEqual([0, 1]);
  });

  it("answers an unknown path with 404 JSON", async () => {
    const { status, body } = await getJson("/nope");
    expect(status).toBe(404);
    expect(body.error.code).toBe("ZTS_ADMIN_NOT_FOUND");
  });

  it("serves the admin page as self-contained HTML (no external URLs)", async () => {
    const r = await fetch(`${t.base}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/html");
    const html = await r.text();
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/(?:https?:)?\/\/[a-z0-9]/i);
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/i);
  });
});

describe("stats /metrics", () => {
  it("exposes the ztunnel_ts_* worker and xDS gauges from the providers", async () => {
    const r = await fetch(`http://127.0.0.1:${t.servers.ports.stats}/metrics`);
    expect(r.status).toBe(200);
    const text = await r.text();
    expect(text).toContain('ztunnel_ts_worker_connections_open{worker="0"} 3');
    expect(text).toContain('ztunnel_ts_worker_connections_accepted_total{worker="1"} 9');
    expect(text).toContain('ztunnel_ts_worker_queued{worker="1"} 1');
    expect(text).toContain('ztunnel_ts_worker_credits{worker="0"} 61');
    expect(text).toContain(`ztunnel_ts_xds_connected{type_url="${ADDRESS_TYPE}"} 1`);
    expect(text).toContain(`ztunnel_ts_xds_resources{type_url="${ADDRESS_TYPE}"} 5`);
    expect(text).toContain("# TYPE istio_tcp_connections_opened_total counter");
  });
});
