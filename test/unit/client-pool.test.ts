// The HBONE clients' shared pool (src/tunnel/client-pool.ts): stream slots per session, idle
// release, retire (close once the last stream ended), drain, the pool key and the one retry.
import { describe, expect, it } from "vitest";
import {
  type PoolEntry,
  poolKey,
  poolKeySrcIp,
  RefusedStream,
  SessionPool,
  withRefusedRetry,
} from "../../src/tunnel/client-pool.ts";
import { HboneError } from "../../src/tunnel/errors.ts";

interface Entry extends PoolEntry {
  n: number;
}

function pool(maxStreams = 2, idleMs = 10_000) {
  const closed: number[] = [];
  let made = 0;
  const p = new SessionPool<Entry>(maxStreams, idleMs, (e) => closed.push(e.n));
  const get = (key = "k") => p.acquire(key, () => ({ key, streams: 0, dead: false, n: ++made }));
  return { p, get, closed };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("SessionPool", () => {
  it("shares a session until its streams reach the limit, then opens another", () => {
    const { get } = pool(2);
    const a = get();
    expect(get()).toBe(a);
    const b = get();
    expect(b).not.toBe(a);
    expect([a.streams, b.streams]).toEqual([2, 1]);
  });

  it("keeps sessions of different keys apart", () => {
    const { get } = pool(10);
    expect(get("x")).not.toBe(get("y"));
  });

  it("closes a session left without streams after the idle time", async () => {
    const { p, get, closed } = pool(2, 30);
    const a = get();
    p.release(a);
    expect(closed).toEqual([]);
    await sleep(80);
    expect(closed).toEqual([a.n]);
    expect(p.stats()).toEqual([]);
  });

  it("a new stream before the idle time keeps the session", async () => {
    const { p, get, closed } = pool(2, 40);
    const a = get();
    p.release(a);
    expect(get()).toBe(a);
    await sleep(80);
    expect(closed).toEqual([]);
  });

  it("retire with streams open: no new streams on it, closed only when the last one ends", () => {
    const { p, get, closed } = pool(5);
    const a = get();
    get();
    p.retire(a);
    expect(closed).toEqual([]);
    expect(get()).not.toBe(a);
    p.release(a);
    expect(closed).toEqual([]);
    p.release(a);
    expect(closed).toEqual([a.n]);
  });

  it("retire without streams closes at once", () => {
    const { p, get, closed } = pool(5);
    const a = get();
    p.release(a);
    p.retire(a);
    expect(closed).toEqual([a.n]);
  });

  it("while draining, a session closes as soon as its last stream ends (no idle wait)", () => {
    const { p, get, closed } = pool(5);
    p.draining = true;
    const a = get();
    p.release(a);
    expect(closed).toEqual([a.n]);
  });

  it("a dropped session is not closed by the pool (its owner closes it)", async () => {
    const { p, get, closed } = pool(5, 20);
    const a = get();
    p.drop(a);
    p.release(a);
    await sleep(50);
    expect(closed).toEqual([]);
    expect(a.dead).toBe(true);
  });
});

describe("poolKey", () => {
  const base = { srcIdentity: "spiffe://td/ns/a/sa/x", dstAddr: { host: "10.0.0.2", port: 15008 }, srcIp: "10.0.0.1" };
  it("does not depend on the order of the destination identities", () => {
    expect(poolKey({ ...base, dstIdentities: ["b", "a"] })).toBe(poolKey({ ...base, dstIdentities: ["a", "b"] }));
  });
  it("differs by source IP, and the source IP can be read back", () => {
    const k = poolKey({ ...base, dstIdentities: ["a"] });
    expect(k).not.toBe(poolKey({ ...base, srcIp: "10.0.0.9", dstIdentities: ["a"] }));
    expect(poolKeySrcIp(k)).toBe("10.0.0.1");
  });
});

describe("withRefusedRetry", () => {
  const refused = () => new RefusedStream(new HboneError("ZTS_HBONE_PROTOCOL", "refused"));
  it("retries once after a REFUSED_STREAM", async () => {
    let calls = 0;
    const r = await withRefusedRetry(async () => {
      calls++;
      if (calls === 1) throw refused();
      return "ok";
    });
    expect([r, calls]).toEqual(["ok", 2]);
  });
  it("a second refusal surfaces as the HboneError, not retried again", async () => {
    let calls = 0;
    const p = withRefusedRetry(async () => {
      calls++;
      throw refused();
    });
    await expect(p).rejects.toMatchObject({ code: "ZTS_HBONE_PROTOCOL" });
    expect(calls).toBe(2);
  });
  it("does not retry other errors", async () => {
    let calls = 0;
    const p = withRefusedRetry(async () => {
      calls++;
      throw new HboneError("ZTS_HBONE_TLS", "tls");
    });
    await expect(p).rejects.toMatchObject({ code: "ZTS_HBONE_TLS" });
    expect(calls).toBe(1);
  });
});
