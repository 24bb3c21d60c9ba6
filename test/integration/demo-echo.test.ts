// The demo's pods (src/demo/echo.ts) end what a peer half-closes, and stop even with
// connections open: a pod that kept a half-closed connection open kept the proxied
// connection, its node's counts and the demo's shutdown waiting for good.
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type EchoServer, startEcho } from "../../src/demo/echo.ts";

const POD = "127.0.44.1";
let echo: EchoServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets) s.destroy();
  await echo?.close();
  echo = undefined;
});

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: POD, port: 8080, allowHalfOpen: true }, () => resolve(s));
    s.once("error", reject);
    sockets.push(s);
  });
}
const ended = (s: Socket) =>
  new Promise<string>((resolve) => {
    let got = "";
    s.on("data", (d) => {
      got += d.toString();
    });
    s.once("end", () => resolve(got));
  });

describe("demo pods", () => {
  it("a peer that half-closes before sending anything gets the pod's FIN", async () => {
    echo = await startEcho("pod-a", POD, 8080);
    const s = await open();
    const end = ended(s);
    s.end();
    expect(await end).toBe("");
  });

  it("bytes echo back, then the pod ends after the peer's FIN", async () => {
    echo = await startEcho("pod-a", POD, 8080);
    const s = await open();
    const end = ended(s);
    s.end("ping");
    expect(await end).toBe("ping");
  });

  it("close() returns with connections still open", async () => {
    echo = await startEcho("pod-a", POD, 8080);
    const s = await open();
    s.write("held");
    await new Promise((r) => s.once("data", r));
    const t0 = Date.now();
    await echo.close();
    echo = undefined;
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
