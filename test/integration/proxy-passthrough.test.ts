// ZTS_PASSTHROUGH: where traffic to an address outside the mesh may go. The denied case
// is proven against a listening loopback server, so even a regression could only dial
// loopback: the server must see no connection at all.
import type { Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passthroughAllowed } from "../../src/decide/outbound.ts";
import {
  closeServer,
  curlFromClient,
  type LoopbackMesh,
  listen,
  metricSum,
  PORTS,
  podServer,
  startLoopbackMesh,
} from "../fixtures/proxy-harness.ts";

describe("passthroughAllowed", () => {
  it("all lets any address out", () => {
    expect(passthroughAllowed("all", "192.0.2.7")).toBe(true);
  });
  it("loopback allows only 127.0.0.0/8 and ::1", () => {
    expect(passthroughAllowed("loopback", "127.3.4.5")).toBe(true);
    expect(passthroughAllowed("loopback", "::1")).toBe(true);
    expect(passthroughAllowed("loopback", "10.0.0.1")).toBe(false);
    expect(passthroughAllowed("loopback", "fd00::1")).toBe(false);
  });
  it("none allows nothing", () => {
    expect(passthroughAllowed("none", "127.0.0.1")).toBe(false);
  });
});

describe("ZTS_PASSTHROUGH=none through a real proxy", () => {
  let mesh: LoopbackMesh;
  let outside: Server;
  let outsidePort = 0;
  let accepted = 0;

  beforeAll(async () => {
    mesh = await startLoopbackMesh("127.54", { ZTS_PASSTHROUGH: "none" });
    outside = await listen(podServer("outside"), "127.0.0.1", 0);
    outside.on("connection", () => accepted++);
    outsidePort = (outside.address() as { port: number }).port;
  }, 30_000);

  afterAll(async () => {
    if (outside) await closeServer(outside);
    await mesh?.close();
  });

  it("an address outside the mesh is refused with SOCKS 'not allowed' and never dialled", async () => {
    const r = await curlFromClient(
      mesh,
      "--socks5",
      `${mesh.addr.nodeA}:${PORTS.socks5}`,
      `http://127.0.0.1:${outsidePort}/`,
    ).catch((e: { code: number }) => e);
    expect((r as { code: number }).code).toBe(97);
    expect(accepted).toBe(0);
    const metrics = await (await fetch(`http://${mesh.addr.nodeA}:${PORTS.stats}/metrics`)).text();
    expect(metricSum(metrics, "ztunnel_ts_connections_refused_total", { reason: "passthrough-denied" })).toBe(1);
  });
});
