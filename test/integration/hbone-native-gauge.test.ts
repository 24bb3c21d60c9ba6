// ZTS_HBONE_DATAPATH=native shows itself on /metrics: node-b's inbound HBONE server runs in
// the addon, so while a tunnel from node-a is open node-b reports one native HBONE session
// and one native stream (ztunnel_ts_native_hbone_sessions / _streams); the stream gauge goes
// back to 0 when the tunnel ends. With the default (js) server both stay 0.
import type { Server, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  echoes,
  type LoopbackMesh,
  listen,
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
  ["native", "127.93"],
  ["js", "127.94"],
])("ZTS_HBONE_DATAPATH=%s", (datapath, net) => {
  let mesh: LoopbackMesh;
  let server: Server;
  beforeAll(async () => {
    mesh = await startLoopbackMesh(net, { ZTS_HBONE_DATAPATH: datapath });
    server = await listen(pipeServer(), mesh.addr.drain, 9000);
  }, 30_000);
  afterAll(async () => {
    await closeServer(server);
    await mesh?.close();
  });

  it("an open tunnel counts as one native HBONE session and stream on the server side, the stream gone after", async () => {
    const b = mesh.proxies["node-b"]!;
    const s: Socket = await socksFromClient(mesh, { host: "drain.default.svc.cluster.local", port: 80 });
    try {
      expect(await echoes(s, "x".repeat(1024))).toBe(true);
      const text = await b.metrics();
      const expected = datapath === "native" ? 1 : 0;
      expect(gauge(text, "ztunnel_ts_native_hbone_sessions")).toBe(expected);
      expect(gauge(text, "ztunnel_ts_native_hbone_streams")).toBe(expected);
    } finally {
      s.end();
    }
    await until(async () => gauge(await b.metrics(), "ztunnel_ts_native_hbone_streams") === 0, 5000, "stream gauge 0");
  });
});
