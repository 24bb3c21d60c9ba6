// The hostname-workload resolver against a real dnsmasq on a loopback address of this file
// (never the machine's resolvers): the family asked for first, the other when it has none,
// and stable codes when a name has no address or no upstream answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createForwarder } from "../../src/dns/upstream.ts";
import { createWorkloadResolver, type ResolveError } from "../../src/dns/workload-resolver.ts";
import { type Dnsmasq, dnsToolsMissing, startDnsmasq } from "../fixtures/dns-tools.ts";

const missing = dnsToolsMissing();
if (missing) console.log(`skipping the workload resolver: ${missing}`);

const DNS = { address: "127.64.0.53", port: 5353 };
let dns: Dnsmasq | undefined;

beforeAll(async () => {
  if (missing) return;
  dns = await startDnsmasq({
    ...DNS,
    hosts: { "dual.example": ["192.0.2.10", "2001:db8::10"], "v4.example": ["192.0.2.20"] },
    localTtl: 30,
  });
});
afterAll(async () => {
  await dns?.stop();
});

const resolver = (upstream = DNS, timeoutMs = 2000) =>
  createWorkloadResolver({
    forwarder: createForwarder({ upstreams: [{ host: upstream.address, port: upstream.port }], timeoutMs }),
  });
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (e: ResolveError) => e.code,
  );

describe.skipIf(missing !== undefined)("the workload resolver", () => {
  it("a dual-stack name: the family the client asked for", async () => {
    const r = resolver();
    expect(await r.resolve("dual.example", 4)).toBe("192.0.2.10");
    expect(await r.resolve("dual.example", 6)).toBe("2001:db8::10");
  });
  it("an IPv4-only name asked for as IPv6: the IPv4 address", async () => {
    expect(await resolver().resolve("v4.example", 6)).toBe("192.0.2.20");
  });
  it("answers are kept for their TTL: a second lookup sends no query (the empty AAAA answer too)", async () => {
    const real = createForwarder({ upstreams: [{ host: DNS.address, port: DNS.port }], timeoutMs: 2000 });
    let queries = 0;
    const r = createWorkloadResolver({
      forwarder: {
        forward: (q, o) => {
          queries++;
          return real.forward(q, o);
        },
      },
    });
    expect(await r.resolve("v4.example", 4)).toBe("192.0.2.20");
    expect(queries).toBe(2);
    expect(await r.resolve("v4.example", 6)).toBe("192.0.2.20");
    expect(queries).toBe(2);
    real.close();
  });
  it("a name without addresses (NXDOMAIN): ZTS_RESOLVE_EMPTY", async () => {
    expect(await codeOf(resolver().resolve("missing.example", 4))).toBe("ZTS_RESOLVE_EMPTY");
  });
  it("no upstream answering: ZTS_RESOLVE_FAILED", async () => {
    // Nothing listens on this address of the file's range.
    expect(await codeOf(resolver({ address: "127.64.0.54", port: 5353 }, 300).resolve("dual.example", 4))).toBe(
      "ZTS_RESOLVE_FAILED",
    );
  });
  it("no upstream configured (ZTS_DNS_UPSTREAM unset): ZTS_RESOLVE_FAILED naming the setting", async () => {
    const r = createWorkloadResolver({ forwarder: createForwarder({ upstreams: [], timeoutMs: 100 }) });
    await expect(r.resolve("dual.example", 4)).rejects.toThrow(/ZTS_DNS_UPSTREAM/);
  });
});
