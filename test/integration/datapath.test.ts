// ZTS_DATAPATH: plain legs (here SOCKS5 to an address outside the mesh, straight through)
// run in the addon's splice pump by default and in JavaScript with `js`; either way the
// bytes, the half-close and the live counters are the same. The pump shows itself in
// ztunnel_ts_native_pumps while a connection is open.
import type { Server, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  echoes,
  type LoopbackMesh,
  listen,
  metricSum,
  pipeServer,
  socksFromClient,
  startLoopbackMesh,
  until,
} from "../fixtures/proxy-harness.ts";

const gauge = (text: string, name: string): number => {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
};

describe.each([
  ["native", "127.91"],
  ["js", "127.92"],
])("ZTS_DATAPATH=%s", (datapath, net) => {
  let mesh: LoopbackMesh;
  let outside: Server;
  let port = 0;
  beforeAll(async () => {
    mesh = await startLoopbackMesh(net, { ZTS_DATAPATH: datapath, ZTS_PASSTHROUGH: "loopback" });
    outside = await listen(pipeServer(), `${net}.9.9`, 0);
    port = (outside.address() as { port: number }).port;
  }, 30_000);
  afterAll(async () => {
    await closeServer(outside);
    await mesh?.close();
  });

  it("a passthrough connection echoes, is counted live, and shows (or not) as a native pump", async () => {
    const s: Socket = await socksFromClient(mesh, { host: `${net}.9.9`, port });
    try {
      expect(await echoes(s, "x".repeat(4096))).toBe(true);
      const a = mesh.proxies["node-a"]!;
      // Live: bytes counted before the connection ends (the pump reports at least every 500 ms).
      await until(
        async () => metricSum(await a.metrics(), "istio_tcp_received_bytes_total", { reporter: "source" }) >= 4096,
        5000,
      );
      expect(gauge(await a.metrics(), "ztunnel_ts_native_pumps")).toBe(datapath === "native" ? 1 : 0);
    } finally {
      s.end();
    }
    await until(async () => gauge(await mesh.proxies["node-a"]!.metrics(), "ztunnel_ts_native_pumps") === 0, 5000);
  });

  it("half-close: the client's FIN reaches the server and the server's reply still comes back", async () => {
    const s: Socket = await socksFromClient(mesh, { host: `${net}.9.9`, port });
    const got = new Promise<string>((resolve) => {
      let body = "";
      s.on("data", (d: Buffer) => {
        body += d;
      });
      s.on("end", () => resolve(body));
    });
    s.end("bye");
    // The pipe server echoes and ends when the client does: a FIN both ways.
    expect(await got).toBe("bye");
  });
});
