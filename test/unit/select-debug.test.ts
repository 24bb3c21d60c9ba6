import { describe, expect, it } from "vitest";
import { createCursors } from "../../src/pick/cursors.ts";
import { debugSelect } from "../../src/pick/debug.ts";
import { select } from "../../src/pick/select.ts";

import { service, workload } from "./select-mesh.ts";
import { STATE_IMPLS } from "./state-impls.ts";

describe.each(STATE_IMPLS)("select-debug (%s state)", (_impl, createState) => {
  const SVC = "default/echo.default.svc.cluster.local";
  const client = workload("Kubernetes//Pod/default/client", { workloadIps: ["10.0.0.1"] });
  const e1 = workload("Kubernetes//Pod/default/e1", {
    workloadIps: ["10.0.1.1", "fd00::1:1"],
    services: { [SVC]: { 80: 8080 } },
  });
  const e2 = workload("Kubernetes//Pod/default/e2", {
    workloadIps: ["10.0.1.2", "fd00::1:2"],
    services: { [SVC]: { 80: 8080 } },
  });

  function state() {
    const s = createState();
    s.apply({
      upsertWorkloads: [client, e1, e2],
      upsertServices: [
        service("echo.default.svc.cluster.local", {
          vips: [
            { network: "net1", address: "10.96.0.10" },
            { network: "net1", address: "fd00::60:a" },
          ],
          ipFamilies: "Dual",
        }),
      ],
    });
    return s;
  }

  const q = (s: string) => new URLSearchParams(s);

  describe("debugSelect", () => {
    it("200 with count picks in round-robin order", () => {
      const r = debugSelect(q("source=10.0.0.1&destination=10.96.0.10:80&count=3"), state());
      expect(r).toEqual({
        status: 200,
        body: {
          picks: [
            { uid: e1.uid, address: "10.0.1.1:8080", via: "endpoint" },
            { uid: e2.uid, address: "10.0.1.2:8080", via: "endpoint" },
            { uid: e1.uid, address: "10.0.1.1:8080", via: "endpoint" },
          ],
        },
      });
    });

    it("is deterministic per request and leaves live cursors alone", () => {
      const s = state();
      const live = createCursors(undefined, 64);
      select({ ip: "10.96.0.10", port: 80 }, client, s, live);
      const a = debugSelect(q("source=10.0.0.1&destination=10.96.0.10:80"), s);
      const b = debugSelect(q("source=10.0.0.1&destination=10.96.0.10:80"), s);
      expect(a).toEqual(b);
      const next = select({ ip: "10.96.0.10", port: 80 }, client, s, live);
      expect("workload" in next && next.workload?.uid).toBe(e2.uid);
    });

    it("accepts [ipv6]:port and host:port", () => {
      const v6 = debugSelect(q("source=10.0.0.1&destination=[fd00::60:a]:80"), state());
      expect(v6.body.picks[0]?.address).toBe("[fd00::1:1]:8080");
      const host = debugSelect(q("source=10.0.0.1&destination=echo.default.svc.cluster.local:80"), state());
      expect(host.status).toBe(200);
      expect(host.body.picks[0]?.uid).toBe(e1.uid);
    });

    it("no upstream → 503 with the select error", () => {
      const r = debugSelect(q("source=10.0.0.1&destination=10.96.0.10:81"), state());
      expect(r.status).toBe(503);
      expect(r.body.picks).toEqual([]);
      expect(r.body.error?.code).toBe("ZTS_SELECT_UNKNOWN_PORT");
      const none = createState();
      none.apply({
        upsertWorkloads: [client],
        upsertServices: [service("x", { vips: [{ network: "net1", address: "10.96.0.1" }] })],
      });
      expect(debugSelect(q("source=10.0.0.1&destination=10.96.0.1:80"), none).body.error?.code).toBe(
        "ZTS_NO_HEALTHY_UPSTREAM",
      );
    });

    it.each([
      ["destination=10.96.0.10:80", "ZTS_SELECT_BAD_QUERY"],
      ["source=10.0.0.1", "ZTS_SELECT_BAD_QUERY"],
      ["source=nope&destination=10.96.0.10:80", "ZTS_SELECT_BAD_QUERY"],
      ["source=10.0.0.1&destination=10.96.0.10", "ZTS_SELECT_BAD_QUERY"],
      ["source=10.0.0.1&destination=10.96.0.10:70000", "ZTS_SELECT_BAD_QUERY"],
      ["source=10.0.0.1&destination=[zz]:80", "ZTS_SELECT_BAD_QUERY"],
      ["source=10.0.0.1&destination=10.96.0.10:80&count=0", "ZTS_SELECT_BAD_QUERY"],
      ["source=10.0.0.1&destination=10.96.0.10:80&count=x", "ZTS_SELECT_BAD_QUERY"],
      ["source=10.9.9.9&destination=10.96.0.10:80", "ZTS_SELECT_UNKNOWN_SOURCE"],
    ])("400 for %s", (query, code) => {
      const r = debugSelect(q(query), state());
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ picks: [], error: { code, message: expect.any(String) } });
    });
  });
});
