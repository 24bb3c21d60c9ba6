import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReadiness } from "../../src/admin/readiness.ts";
import { startTestAdmin, type TestAdmin } from "../fixtures/admin-mesh.ts";

let t: TestAdmin;
let url: string;

beforeAll(async () => {
  t = await startTestAdmin();
  url = `http://127.0.0.1:${t.servers.ports.readiness}/healthz/ready`;
});
afterAll(async () => {
  await t.servers.close();
});

describe("readiness object", () => {
  it("is ready only when every task is done, and unready for good after drain()", () => {
    const r = createReadiness(["a", "b"]);
    expect(r.pending()).toEqual(["a", "b"]);
    r.done("a");
    r.done("unknown");
    expect(r.isReady()).toBe(false);
    r.done("b");
    expect(r.isReady()).toBe(true);
    r.drain();
    expect(r.isReady()).toBe(false);
    expect(r.isDraining()).toBe(true);
  });
});

describe("GET /healthz/ready", () => {
  it("503 listing pending tasks → 200 after done() → 503 at once after drain()", async () => {
    const first = await fetch(url);
    expect(first.status).toBe(503);
    expect(await first.text()).toBe("not ready, pending: certs, xds\n");

    t.readiness.done("xds");
    const second = await fetch(url);
    expect(second.status).toBe(503);
    expect(await second.text()).toBe("not ready, pending: certs\n");

    t.readiness.done("certs");
    const ready = await fetch(url);
    expect(ready.status).toBe(200);
    expect(await ready.text()).toBe("ready\n");

    t.readiness.drain();
    const drained = await fetch(url);
    expect(drained.status).toBe(503);
    expect(await drained.text()).toBe("not ready, draining\n");
  });

  it("is only on the readiness port: other paths 404", async () => {
    const r = await fetch(`http://127.0.0.1:${t.servers.ports.readiness}/config_dump`);
    expect(r.status).toBe(404);
  });
});
