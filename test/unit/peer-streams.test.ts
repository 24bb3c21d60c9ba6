import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createPeerStreams } from "../../src/tunnel/peer-streams.ts";

describe("per-identity stream budget (ZTS_MAX_STREAMS_PER_PEER)", () => {
  it("grants up to the limit, then refuses without taking anything", () => {
    const p = createPeerStreams(2);
    expect([p.acquire("a"), p.acquire("a"), p.acquire("a")]).toEqual([true, true, false]);
    p.release("a");
    expect(p.acquire("a")).toBe(true);
  });

  it("identities have budgets of their own", () => {
    const p = createPeerStreams(1);
    expect(p.acquire("spiffe://td/ns/a/sa/x")).toBe(true);
    expect(p.acquire("spiffe://td/ns/b/sa/y")).toBe(true);
    expect(p.acquire("spiffe://td/ns/a/sa/x")).toBe(false);
  });

  it("one budget across threads: tables attached to the same buffer in another thread share it", async () => {
    const main = createPeerStreams(3);
    expect(main.acquire("id")).toBe(true);
    const worker = new Worker(new URL("../fixtures/select-worker-boot.mjs", import.meta.url), {
      workerData: {
        entry: new URL("../fixtures/peer-streams-worker.ts", import.meta.url).href,
        sab: main.sab,
        limit: 3,
        identity: "id",
        n: 3,
      },
    });
    const got = await new Promise((r, j) => {
      worker.once("message", r);
      worker.once("error", j);
    });
    await worker.terminate();
    expect(got).toEqual([true, true, false]);
    expect(main.acquire("id")).toBe(false);
  });
});
