// SOCKS5 (:15080) through real node proxies (child processes, control plane, HBONE between
// two node proxies), with independent clients (curl, the `socks` npm client) and raw bad
// requests. Each bad request gets its RFC 1928 reply code and the proxy keeps serving.
// IPv6: the only IPv6 loopback address is ::1, which cannot be two nodes and their pods,
// so the IPv6 case is an ATYP 4 request for [::1]:port — an address outside the mesh,
// proxied straight through (passthrough) — proving the IPv6 request path end to end.
import { execFile } from "node:child_process";
import { connect as netConnect, type Server, type SocketConnectOpts } from "node:net";
import { promisify } from "node:util";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  afterEofServer,
  closeServer,
  curlFromClient,
  type LoopbackMesh,
  listen,
  metricSum,
  PORTS,
  podServer,
  requestThenEof,
  startLoopbackMesh,
  until,
} from "../fixtures/proxy-harness.ts";

const execFileP = promisify(execFile);
const HALF_CLOSE_BODY = 1 << 20;
let mesh: LoopbackMesh;
const servers: Server[] = [];
let v6Port = 0;

beforeAll(async () => {
  mesh = await startLoopbackMesh("127.51");
  servers.push(await listen(podServer("echo-pod"), mesh.addr.echo, 8080));
  servers.push(await listen(afterEofServer(HALF_CLOSE_BODY), mesh.addr.drain, 9000));
  const v6 = await listen(podServer("outside-v6"), "::1", 0);
  v6Port = (v6.address() as { port: number }).port;
  servers.push(v6);
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map(closeServer));
  await mesh?.close();
});

// The socks client's type wants a full connect spec; it only forwards localAddress to net.
const fromClient = () => ({ localAddress: mesh.addr.client }) as unknown as SocketConnectOpts;
const socksAddr = () => `${mesh.addr.nodeA}:${PORTS.socks5}`;
const curl = async (...args: string[]) => (await curlFromClient(mesh, ...args)).stdout;

/** Sends raw bytes from the client pod's IP and returns everything the proxy answers before closing. */
function raw(bytes: number[], opts: { end?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const s = netConnect({ host: mesh.addr.nodeA, port: PORTS.socks5, localAddress: mesh.addr.client }, () => {
      if (opts.end === false) s.write(Buffer.from(bytes));
      else s.end(Buffer.from(bytes));
    });
    const chunks: Buffer[] = [];
    s.on("data", (d) => chunks.push(d));
    s.on("close", () => resolve(Buffer.concat(chunks)));
    s.on("error", reject);
    s.setTimeout(5000, () => s.destroy(new Error("no answer within 5 s")));
  });
}

/** Whether a process still owns the proxy's end of the connection from the client's `port` (ss -p). */
async function proxyHoldsSocket(port: number): Promise<boolean> {
  const { stdout } = await execFileP("ss", [
    "-Htnp",
    "state",
    "all",
    "src",
    `${mesh.addr.nodeA}:${PORTS.socks5}`,
    "dst",
    `${mesh.addr.client}:${port}`,
  ]);
  return stdout.includes("users:");
}

/** Greeting (no auth) + CONNECT request header + address bytes + port. */
const request = (cmd: number, atyp: number, addr: number[], port: number) => [
  5,
  1,
  0,
  5,
  cmd,
  0,
  atyp,
  ...addr,
  port >> 8,
  port & 0xff,
];

describe("SOCKS5 through the node proxy", () => {
  it("curl --socks5 to a service VIP (IPv4) is answered by the pod on the other node", async () => {
    const body = await curl("--socks5", socksAddr(), `http://${mesh.addr.echoVip}/`);
    expect(body).toContain("echo-pod");
  });

  it("curl --socks5-hostname resolves the mesh service hostname", async () => {
    const body = await curl("--socks5-hostname", socksAddr(), "http://echo.default.svc.cluster.local/");
    expect(body).toContain("echo-pod");
  });

  it("the socks npm client reaches a pod IP (IPv4) and bytes echo back", async () => {
    const { socket } = await SocksClient.createConnection({
      proxy: { host: mesh.addr.nodeA, port: PORTS.socks5, type: 5 },
      command: "connect",
      destination: { host: mesh.addr.echo, port: 8080 },
      socket_options: fromClient(),
    });
    socket.write("ping-ipv4");
    const got = await new Promise<string>((r) => socket.once("data", (d) => r(d.toString())));
    socket.destroy();
    expect(got).toBe("ping-ipv4");
  });

  it("the socks npm client reaches a service by hostname", async () => {
    const { socket } = await SocksClient.createConnection({
      proxy: { host: mesh.addr.nodeA, port: PORTS.socks5, type: 5 },
      command: "connect",
      destination: { host: "echo.default.svc.cluster.local", port: 80 },
      socket_options: fromClient(),
    });
    socket.write("ping-host");
    const got = await new Promise<string>((r) => socket.once("data", (d) => r(d.toString())));
    socket.destroy();
    expect(got).toBe("ping-host");
  });

  it("an IPv6 destination ([::1], outside the mesh) goes straight through", async () => {
    const { socket } = await SocksClient.createConnection({
      proxy: { host: mesh.addr.nodeA, port: PORTS.socks5, type: 5 },
      command: "connect",
      destination: { host: "::1", port: v6Port },
      socket_options: fromClient(),
    });
    socket.write("ping-ipv6");
    const got = await new Promise<string>((r) => socket.once("data", (d) => r(d.toString())));
    socket.destroy();
    expect(got).toBe("ping-ipv6");
    const body = await curl("--socks5", socksAddr(), `http://[::1]:${v6Port}/`);
    expect(body).toContain("outside-v6");
  });

  it("the plain leg runs on the data path the environment selects (ZTS_DATAPATH; native by default)", async () => {
    const { socket } = await SocksClient.createConnection({
      proxy: { host: mesh.addr.nodeA, port: PORTS.socks5, type: 5 },
      command: "connect",
      destination: { host: "::1", port: v6Port },
      socket_options: fromClient(),
    });
    try {
      socket.write("ping-datapath");
      await new Promise((r) => socket.once("data", r));
      const text = await mesh.proxies["node-a"]!.metrics();
      const line = text.split("\n").find((l) => l.startsWith("ztunnel_ts_native_pumps "));
      // The CI's datapath-js project runs this file again with ZTS_DATAPATH=js.
      expect(Number(line?.split(" ")[1])).toBe(process.env.ZTS_DATAPATH === "js" ? 0 : 1);
    } finally {
      socket.destroy();
    }
  });

  it("an IPv4-mapped IPv6 destination (ATYP 4, ::ffff:<pod ip>) is the pod: through HBONE to its node, not around the mesh", async () => {
    const tunnelsAtB = async () =>
      metricSum(await mesh.proxies["node-b"]!.metrics(), "istio_tcp_connections_opened_total", {
        reporter: "destination",
        connection_security_policy: "mutual_tls",
      });
    const before = await tunnelsAtB();
    const mapped = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...mesh.addr.echo.split(".").map(Number)];
    const reply = await new Promise<Buffer>((resolve, reject) => {
      const s = netConnect({ host: mesh.addr.nodeA, port: PORTS.socks5, localAddress: mesh.addr.client }, () =>
        s.write(Buffer.from(request(1, 4, mapped, 8080))),
      );
      const chunks: Buffer[] = [];
      s.on("data", (d) => {
        chunks.push(d);
        // greeting (2) + CONNECT reply (10): then speak HTTP through the tunnel.
        if (Buffer.concat(chunks).length === 12) s.write("GET / HTTP/1.0\r\n\r\n");
      });
      s.on("end", () => s.end());
      s.on("close", () => resolve(Buffer.concat(chunks)));
      s.on("error", reject);
      s.setTimeout(5000, () => s.destroy(new Error("no answer within 5 s")));
    });
    expect([...reply.subarray(0, 4)]).toEqual([5, 0, 5, 0]);
    expect(reply.toString()).toContain("echo-pod");
    // The destination node's proxy reported the connection as an mTLS tunnel it terminated.
    await until(async () => (await tunnelsAtB()) > before, 3000);
    expect(await tunnelsAtB()).toBe(before + 1);
  });

  it("wrong version in the greeting → 0xff (no acceptable methods), then close", async () => {
    expect([...(await raw([4, 1, 0]))]).toEqual([5, 0xff]);
  });

  it("a greeting with no methods → 0xff", async () => {
    expect([...(await raw([5, 0]))]).toEqual([5, 0xff]);
  });

  it("BIND → 0x07 command not supported", async () => {
    const got = await raw(request(2, 1, [127, 0, 0, 1], 80));
    expect([...got.subarray(0, 4)]).toEqual([5, 0, 5, 0x07]);
  });

  it("UDP ASSOCIATE → 0x07 command not supported", async () => {
    const got = await raw(request(3, 1, [127, 0, 0, 1], 80));
    expect([...got.subarray(0, 4)]).toEqual([5, 0, 5, 0x07]);
  });

  it("an unknown address type → 0x08", async () => {
    const got = await raw(request(1, 9, [127, 0, 0, 1], 80));
    expect([...got.subarray(0, 4)]).toEqual([5, 0, 5, 0x08]);
  });

  it("a request truncated mid-address → 0x01 general failure", async () => {
    const got = await raw([5, 1, 0, 5, 1, 0, 1, 127, 0]);
    expect([...got.subarray(0, 4)]).toEqual([5, 0, 5, 0x01]);
  });

  it("an unknown hostname → 0x04 host unreachable", async () => {
    const name = [...Buffer.from("nope.default.svc.cluster.local")];
    const got = await raw(request(1, 3, [name.length, ...name], 80), { end: false });
    expect([...got.subarray(0, 4)]).toEqual([5, 0, 5, 0x04]);
  });

  it("a tunnel to a pod's proxy port (15001) is refused by the destination node (ztunnel's SelfCall) → 0x05", async () => {
    const ip = [...mesh.addr.echo.split(".").map(Number)];
    const got = await raw(request(1, 1, ip, 15001), { end: false });
    expect([...got.subarray(0, 4)]).toEqual([5, 0, 5, 0x05]);
    const refused = metricSum(await mesh.proxies["node-b"]!.metrics(), "ztunnel_ts_connections_refused_total", {
      reason: "inbound-self-call",
    });
    expect(refused).toBe(1);
  });

  it("after an error reply the proxy closes the socket even when the client keeps its side open", async () => {
    const name = [...Buffer.from("nope.default.svc.cluster.local")];
    const s = netConnect({
      host: mesh.addr.nodeA,
      port: PORTS.socks5,
      localAddress: mesh.addr.client,
      allowHalfOpen: true,
    });
    s.on("error", () => {});
    const reply = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      s.on("data", (d: Buffer) => chunks.push(d));
      s.once("end", () => resolve(Buffer.concat(chunks)));
      s.once("connect", () => s.write(Buffer.from(request(1, 3, [name.length, ...name], 80))));
    });
    expect([...reply.subarray(0, 4)]).toEqual([5, 0, 5, 0x04]);
    // We never close: the proxy must not keep a socket of its own for this connection.
    const port = s.localPort!;
    await until(async () => !(await proxyHoldsSocket(port)), 2000, "the proxy to close the refused socket");
    s.destroy();
  });

  it("after every bad request the proxy still serves", async () => {
    await raw([4, 1, 0]);
    await raw([5, 1, 0, 5, 2, 0, 1]);
    const body = await curl("--socks5", socksAddr(), `http://${mesh.addr.echoVip}/`);
    expect(body).toContain("echo-pod");
    expect(mesh.proxies["node-a"]!.child.exitCode).toBeNull();
  });
});

describe("half-close through SOCKS5 and HBONE", () => {
  it("a client that shuts down its write side still receives the whole response (sent only after EOF)", async () => {
    const { socket } = await SocksClient.createConnection({
      proxy: { host: mesh.addr.nodeA, port: PORTS.socks5, type: 5 },
      command: "connect",
      destination: { host: "drain.default.svc.cluster.local", port: 80 },
      socket_options: fromClient(),
    });
    socket.allowHalfOpen = true;
    const payload = Buffer.alloc(70_000, "q");
    const got = await requestThenEof({ host: "", port: 0, payload, socket });
    const head = `${payload.length}:`;
    expect(got.length).toBe(head.length + HALF_CLOSE_BODY);
    expect(got.subarray(0, head.length).toString()).toBe(head);
  });
});
