// The connect stage's dial (src/connect/dial.ts) with the addon: the socket is prepared
// natively (SO_MARK before the SYN) and connected by Node on its fd — no pool thread. What
// a caller sees: a connected, marked, readable socket; the kernel's refusal as its errno;
// a local address kept; a timeout as ETIMEDOUT.
import { readdirSync } from "node:fs";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAddon } from "../../src/balance/addon.ts";
import { fdOf, getMark } from "../../src/balance/sockets.ts";
import { createDial, PROXY_MARK } from "../../src/connect/dial.ts";

const addon = loadAddon();
const dial = createDial(addon);
let echo: net.Server;
let port = 0;

beforeAll(async () => {
  echo = net.createServer((s) => s.pipe(s));
  await new Promise<void>((r) => echo.listen(0, "127.0.0.1", r));
  port = (echo.address() as net.AddressInfo).port;
});
afterAll(() => echo.close());

/** A loopback port nothing listens on (bound then closed). */
async function deadPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return p;
}

describe("dial through the addon's prepared socket", () => {
  it("the addon builds connectSocket (the path these tests cover)", () => {
    expect(typeof addon.connectSocket).toBe("function");
  });

  it("returns a connected socket that carries SO_MARK and echoes", async () => {
    const s = await dial("127.0.0.1", port);
    expect(getMark(fdOf(s)!)).toBe(PROXY_MARK);
    expect(s.remotePort).toBe(port);
    const reply = await new Promise<string>((resolve) => {
      s.once("data", (d) => resolve(d.toString()));
      s.write("ping");
    });
    expect(reply).toBe("ping");
    s.destroy();
  });

  it("half-close: the socket keeps reading after it ends its side", async () => {
    const s = await dial("127.0.0.1", port);
    const got: Buffer[] = [];
    s.on("data", (d) => got.push(d));
    s.end("last words");
    await new Promise((r) => s.once("end", r));
    expect(Buffer.concat(got).toString()).toBe("last words");
    s.destroy();
  });

  it("a refused port rejects with ECONNREFUSED and leaves no socket open", async () => {
    const p = await deadPort();
    const before = addonFdCount();
    await expect(dial("127.0.0.1", p)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await new Promise((r) => setImmediate(r));
    expect(addonFdCount()).toBe(before);
  });

  it("binds the requested local address", async () => {
    const s = await dial("127.0.0.1", port, { localAddress: "127.0.0.9" });
    expect(s.localAddress).toBe("127.0.0.9");
    s.destroy();
  });

  it("an address that is not an IP is refused with EINVAL before any packet", async () => {
    await expect(dial("not-an-ip", port)).rejects.toMatchObject({ code: "EINVAL" });
  });

  it("a connect that gets no answer times out with ETIMEDOUT", async () => {
    // A listener with a full backlog that never accepts: further SYNs go unanswered.
    const full = addon.listenSocket({ host: "127.0.0.1", port: 0, backlog: 0 });
    const held: net.Socket[] = [];
    try {
      for (let i = 0; i < 4; i++) held.push(net.connect(full.port, "127.0.0.1").on("error", () => {}));
      await new Promise((r) => setTimeout(r, 100));
      await expect(dial("127.0.0.1", full.port, { timeoutMs: 300 })).rejects.toMatchObject({ code: "ETIMEDOUT" });
    } finally {
      for (const h of held) h.destroy();
      addon.closeFd(full.fd);
    }
  });
});

function addonFdCount(): number {
  return readdirSync("/proc/self/fd").length;
}
