// Reconnect delays: 10 ms doubling to 15 s, and back to 10 ms after a handled response.
import { createServer } from "node:net";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { ADDRESS_TYPE_URL } from "../../src/state/from-proto.ts";
import { createBackoff } from "../../xds/client/backoff.ts";
import { createXdsClient, type Timers } from "../../xds/client/client.ts";
import { startFakeAds, testConfig } from "../integration/xds-client-fake-server.ts";

describe("backoff", () => {
  it("doubles from 10 ms to a 15 s cap", () => {
    const b = createBackoff();
    const seq = Array.from({ length: 14 }, () => b.next());
    expect(seq).toEqual([10, 20, 40, 80, 160, 320, 640, 1280, 2560, 5120, 10240, 15000, 15000, 15000]);
  });

  it("reset starts over at 10 ms", () => {
    const b = createBackoff();
    b.next();
    b.next();
    b.reset();
    expect(b.next()).toBe(10);
  });
});

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe("client reconnect schedule (injected timers, real sockets)", () => {
  it("delays grow while the server is down and reset after a response", async () => {
    const port = await freePort();
    const delays: number[] = [];
    // Fire immediately instead of waiting, so the schedule is observed without sleeping.
    const timers: Timers = {
      setTimeout: (fn, ms) => {
        delays.push(ms);
        return setImmediate(fn);
      },
      clearTimeout: (h) => clearImmediate(h as NodeJS.Immediate),
    };
    const client = createXdsClient({
      config: testConfig(port),
      onDelta: () => {},
      timers,
      onError: () => {},
      log: pino({ level: "silent" }),
    });
    client.start();
    while (delays.length < 6) await new Promise((r) => setTimeout(r, 5));
    expect(delays.slice(0, 6)).toEqual([10, 20, 40, 80, 160, 320]);

    const ads = await startFakeAds(port);
    const s = await ads.stream(0);
    s.sendResponse({ typeUrl: ADDRESS_TYPE_URL, nonce: "1" });
    await s.request((r) => r.responseNonce === "1");
    const before = delays.length;
    await ads.close();
    while (delays.length <= before) await new Promise((r) => setTimeout(r, 5));
    expect(delays[before]).toBe(10);
    await client.stop();
  });
});
