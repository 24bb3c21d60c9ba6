// ZTS_STATE=shared end to end: real node proxies (child processes, embedded control plane,
// HBONE between them) whose workers hold no state of their own — they pick upstreams from
// the main thread's SharedArrayBuffer tables. The xDS push lands after the workers started,
// so they followed the tables' growth (new generations) and the change messages.
import type { Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeServer,
  curlFromClient,
  type LoopbackMesh,
  listen,
  PORTS,
  podServer,
  startLoopbackMesh,
} from "../fixtures/proxy-harness.ts";

let mesh: LoopbackMesh;
const servers: Server[] = [];

beforeAll(async () => {
  mesh = await startLoopbackMesh("127.71", { ZTS_STATE: "shared" });
  servers.push(await listen(podServer("echo-pod"), mesh.addr.echo, 8080));
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  await mesh?.close();
});

const socksAddr = () => `${mesh.addr.nodeA}:${PORTS.socks5}`;
const curl = async (...args: string[]) => (await curlFromClient(mesh, ...args)).stdout;

describe("proxy with ZTS_STATE=shared", () => {
  it("a service VIP is picked from the shared tables and answered by the pod on the other node", async () => {
    expect(await curl("--socks5", socksAddr(), `http://${mesh.addr.echoVip}/`)).toContain("echo-pod");
  });

  it("a service hostname resolves through the shared tables", async () => {
    expect(await curl("--socks5-hostname", socksAddr(), "http://echo.default.svc.cluster.local/")).toContain(
      "echo-pod",
    );
  });

  it("an address in no workload or service is still passed through, not refused", async () => {
    // The client's own node address: not a mesh VIP or pod IP.
    const outside = await listen(podServer("outside"), mesh.addr.nodeA, 0);
    servers.push(outside);
    const port = (outside.address() as { port: number }).port;
    expect(await curl("--socks5", socksAddr(), `http://${mesh.addr.nodeA}:${port}/`)).toContain("outside");
  });
});
