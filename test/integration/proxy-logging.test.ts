// Admin /logging?level= changes the level of the whole proxy, worker threads included:
// after level=warn, a successful connection (logged at info by a worker) leaves no line.
import type { Server } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  closeServer,
  curlFromClient,
  type LoopbackMesh,
  listen,
  PORTS,
  podServer,
  startLoopbackMesh,
  until,
} from "../fixtures/proxy-harness.ts";

let mesh: LoopbackMesh;
let echo: Server;

beforeAll(async () => {
  mesh = await startLoopbackMesh("127.55");
  echo = await listen(podServer("echo-pod"), mesh.addr.echo, 8080);
}, 30_000);

afterAll(async () => {
  if (echo) await closeServer(echo);
  await mesh?.close();
});

const request = () =>
  curlFromClient(mesh, "--socks5", `${mesh.addr.nodeA}:${PORTS.socks5}`, `http://${mesh.addr.echo}:8080/`);

const completed = () => mesh.proxies["node-a"]!.logs.filter((l) => l.msg === "connection complete").length;

it("level=warn on the admin port silences the workers' info access log; level=info brings it back", async () => {
  await request();
  await until(() => completed() === 1, 5000, "first access log line");

  const r = await fetch(`http://${mesh.addr.nodeA}:${PORTS.admin}/logging?level=warn`, { method: "POST" });
  expect(r.status).toBe(200);
  await new Promise((res) => setTimeout(res, 200)); // the level travels to the workers by message
  await request();
  await new Promise((res) => setTimeout(res, 500));
  expect(completed()).toBe(1);

  await fetch(`http://${mesh.addr.nodeA}:${PORTS.admin}/logging?level=info`, { method: "POST" });
  await new Promise((res) => setTimeout(res, 200));
  await request();
  await until(() => completed() === 2, 5000, "access log line after level=info");
});
