// Where a workload certificate's trust comes from: the CA response's last entry (ztunnel's
// reading of IstioCertificateResponse.cert_chain) plus the configured roots, and how a
// change of the configured roots is announced.
import { describe, expect, it } from "vitest";
import { splitCertChain } from "../../src/identity/ca-client.ts";
import { createCertStore, localCaSource } from "../../src/identity/cert-store.ts";
import { createLocalCa } from "../../src/identity/local-ca.ts";
import type { WorkloadCert } from "../../src/identity/workload-cert.ts";

const pem = (n: string) => `-----BEGIN CERTIFICATE-----\n${n}\n-----END CERTIFICATE-----\n`;
const [LEAF, MID, R1, R2] = ["TEFG", "TUlE", "UjE=", "UjI="].map(pem) as [string, string, string, string];

describe("splitCertChain (IstioCertificateResponse.cert_chain)", () => {
  it("leaf only: no roots from the CA", () => {
    expect(splitCertChain([LEAF])).toEqual({ chainPem: [LEAF], rootsPem: [] });
  });
  it("leaf + root: the last entry is the root", () => {
    expect(splitCertChain([LEAF, R1])).toEqual({ chainPem: [LEAF], rootsPem: [R1] });
  });
  it("leaf + intermediate + root", () => {
    expect(splitCertChain([LEAF, MID, R1])).toEqual({ chainPem: [LEAF, MID], rootsPem: [R1] });
  });
  it("several roots concatenated in the last entry (a rotation) are split", () => {
    expect(splitCertChain([LEAF, R1 + R2])).toEqual({ chainPem: [LEAF], rootsPem: [R1, R2] });
  });
  it("an empty response has nothing", () => {
    expect(splitCertChain([])).toEqual({ chainPem: [], rootsPem: [] });
  });
});

describe("cert store trust", () => {
  it("a cert trusts the CA's roots and the configured ones, once each", async () => {
    const ca = await createLocalCa({ trustDomain: "cluster.local" });
    const sign = localCaSource(ca, 3_600_000);
    const store = createCertStore({
      source: async (id) => ({ ...(await sign(id)), rootsPem: [R1, ca.rootPem] }),
      rootsPem: [ca.rootPem, R2],
    });
    const c = await store.get("spiffe://cluster.local/ns/default/sa/a");
    expect(c.rootsPem).toEqual([R1, ca.rootPem, R2]);
    store.close();
  });
  it("setRoots re-announces every current cert with the new configured roots", async () => {
    const ca = await createLocalCa({ trustDomain: "cluster.local" });
    const store = createCertStore({ source: localCaSource(ca, 3_600_000), rootsPem: [ca.rootPem] });
    await store.get("spiffe://cluster.local/ns/default/sa/a");
    const seen: WorkloadCert[] = [];
    store.subscribe((c) => seen.push(c));
    store.setRoots([ca.rootPem, R1]);
    expect(seen.map((c) => c.rootsPem)).toEqual([[ca.rootPem, R1]]);
    expect(store.current("spiffe://cluster.local/ns/default/sa/a")?.rootsPem).toEqual([ca.rootPem, R1]);
    store.setRoots([R1]);
    expect(store.current("spiffe://cluster.local/ns/default/sa/a")?.rootsPem).toEqual([R1]);
    store.close();
  });
});
