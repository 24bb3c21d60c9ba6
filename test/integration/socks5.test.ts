// SOCKS5 protocol front end against independent clients (the `socks` npm client, curl)
// and raw malformed requests; each bad request must get its RFC 1928 reply code.
import { execFile } from "node:child_process";
import { createServer, connect as netConnect, type Server, type Socket } from "node:net";
import { promisify } from "node:util";
import { SocksClient } from "socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fail, readSocks5Request, Socks5Error, succeed } from "../../src/accept/socks5.ts";

const run = promisify(execFile);
let echo: Server;
let proxy: Server;
let echoPort = 0;
let proxyPort = 0;
const seen: unknown[] = [];

function listen(s: Server, host = "127.0.0.1"): Promise<number> {
  return new Promise((res) => s.listen(0, host, () => res((s.address() as { port: number }).port)));
}

beforeAll(async () => {
  // The echo target answers HTTP with a fixed body so curl has something to print.
  echo = createServer((s) => {
    s.once("data", (d) => {
      if (d.toString().startsWith("GET"))
        s.end("HTTP/1.1 200 OK\r\ncontent-length: 5\r\nconnection: close\r\n\r\nhello");
      else {
        s.write(d);
        s.pipe(s);
      }
    });
  });
  echoPort = await listen(echo);
  // Test proxy: the hostname "echo.test" maps to the echo server, "refused.test" to nothing.
  // allowHalfOpen as in the real proxy: a client that half-closes still gets its reply.
  proxy = createServer({ allowHalfOpen: true }, async (client: Socket) => {
    client.on("error", () => {});
    try {
      const { dest, early } = await readSocks5Request(client);
      seen.push(dest);
      if ("hostname" in dest && dest.hostname !== "echo.test") return fail(client, 0x04);
      const up = netConnect(echoPort, "127.0.0.1", () => {
        succeed(client, { ip: "127.0.0.1", port: up.localPort ?? 0 });
        if (early.length) up.write(early);
        client.pipe(up).pipe(client);
        client.resume();
      });
      up.on("error", () => fail(client, 0x05));
    } catch (e) {
      if (!(e instanceof Socks5Error)) throw e;
    }
  });
  proxyPort = await listen(proxy);
});

afterAll(() => {
  echo.close();
  proxy.close();
});

async function raw(bytes: number[], want: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const s = netConnect(proxyPort, "127.0.0.1", () => s.end(Buffer.from(bytes)));
    const chunks: Buffer[] = [];
    s.on("data", (d) => chunks.push(d));
    s.on("close", () => resolve(Buffer.concat(chunks).subarray(0, want)));
    s.on("error", reject);
  });
}

describe("SOCKS5", () => {
  it("the socks npm client connects to an IPv4 destination", async () => {
    const { socket } = await SocksClient.createConnection({
      proxy: { host: "127.0.0.1", port: proxyPort, type: 5 },
      command: "connect",
      destination: { host: "127.0.0.1", port: echoPort },
    });
    socket.write("ping");
    const got = await new Promise<string>((r) => socket.once("data", (d) => r(d.toString())));
    socket.destroy();
    expect(got).toBe("ping");
  });

  it("an IPv6 destination is parsed to canonical text", async () => {
    const before = seen.length;
    await SocksClient.createConnection({
      proxy: { host: "127.0.0.1", port: proxyPort, type: 5 },
      command: "connect",
      destination: { host: "0:0:0:0:0:0:0:1", port: 9 },
    }).then((c) => c.socket.destroy());
    expect(seen[before]).toEqual({ ip: "::1", port: 9 });
  });

  it("curl --socks5-hostname reaches a named destination", async () => {
    const { stdout } = await run("curl", [
      "-s",
      "--max-time",
      "5",
      "--socks5-hostname",
      `127.0.0.1:${proxyPort}`,
      `http://echo.test:${echoPort}/`,
    ]);
    expect(stdout).toBe("hello");
  });

  it("an unknown hostname gets reply 4 (host unreachable)", async () => {
    const r = await raw([5, 1, 0, 5, 1, 0, 3, 7, ...Buffer.from("nope.tt"), 0, 80], 4);
    expect([...r]).toEqual([5, 0, 5, 4]);
  });

  it("a wrong version in the greeting gets 0xff", async () => {
    expect([...(await raw([4, 1, 0], 2))]).toEqual([5, 0xff]);
  });

  it("a greeting with no methods gets 0xff", async () => {
    expect([...(await raw([5, 0], 2))]).toEqual([5, 0xff]);
  });

  it("a greeting without 'no authentication' gets 0xff", async () => {
    expect([...(await raw([5, 1, 2], 2))]).toEqual([5, 0xff]);
  });

  it("BIND gets reply 7 (command not supported)", async () => {
    expect([...(await raw([5, 1, 0, 5, 2, 0, 1, 127, 0, 0, 1, 0, 80], 4))]).toEqual([5, 0, 5, 7]);
  });

  it("UDP ASSOCIATE gets reply 7", async () => {
    expect([...(await raw([5, 1, 0, 5, 3, 0, 1, 127, 0, 0, 1, 0, 80], 4))]).toEqual([5, 0, 5, 7]);
  });

  it("an unknown address type gets reply 8", async () => {
    expect([...(await raw([5, 1, 0, 5, 1, 0, 9, 1, 2], 4))]).toEqual([5, 0, 5, 8]);
  });

  it("a truncated request gets reply 1 and the server keeps serving", async () => {
    expect([...(await raw([5, 1, 0, 5, 1, 0, 1, 127], 4))]).toEqual([5, 0, 5, 1]);
    const { socket } = await SocksClient.createConnection({
      proxy: { host: "127.0.0.1", port: proxyPort, type: 5 },
      command: "connect",
      destination: { host: "127.0.0.1", port: echoPort },
    });
    socket.destroy();
  });
});
