import { describe, expect, it } from "vitest";
import { type Decision, lookup, type Requester } from "../../src/dns/lookup.ts";
import { aliases, kubeFqdns, searchDomains, toLabels, wildcards } from "../../src/dns/names.ts";

import type { Service } from "../../src/state/types.ts";
import { service, workload } from "../fixtures/mesh-model.ts";
import { STATE_IMPLS } from "./state-impls.ts";

describe.each(STATE_IMPLS)("dns-lookup (%s state)", (_impl, createState) => {
  // Addresses are data only — nothing here is dialled.
  const vip = (address: string, network = "") => ({ network, address });
  const svc = (namespace: string, hostname: string, vips: string[], extra: Partial<Service> = {}) =>
    service({ name: hostname.split(".")[0]!, namespace, hostname, vips: vips.map((a) => vip(a)), ...extra });

  const state = createState();
  state.apply({
    upsertServices: [
      svc("ns1", "productpage.ns1.svc.cluster.local", ["10.9.9.9"]),
      svc("ns2", "example.ns2.svc.cluster.local", ["10.10.10.10"]),
      svc("ns2", "details.ns2.svc.cluster.remote", ["11.11.11.11", "12.12.12.12"]),
      svc("ns1", "dual.localhost", ["2.2.2.2", "2001:db8::8329"]),
      svc("ns1", "ipv6.localhost", ["2001:db8::1"]),
      svc("ns1", "ipv4.localhost", ["3.3.3.3"]),
      svc("ns1", "*.wildcard", ["10.10.10.20"]),
      svc("ns1", "*.b.wildcard", ["11.11.11.20"]),
      svc("ns1", "*.svc.mesh.company.net", ["10.1.2.3"]),
      svc("ns1", "www.google.com", ["1.1.1.1"]),
      service({
        name: "nw2-only",
        namespace: "ns1",
        hostname: "nw2-only.ns1.svc.cluster.local",
        vips: [vip("21.21.21.1", "nw2")],
      }),
      service({
        name: "both",
        namespace: "ns1",
        hostname: "both-networks.ns1.svc.cluster.local",
        vips: [vip("21.21.21.21"), vip("21.21.21.22", "nw2")],
      }),
      svc("ns1", "headless.ns1.svc.cluster.local", []),
      svc("ns1", "headless-ipv6.ns1.svc.cluster.local", [], { ipFamilies: "IPv6" }),
      svc("ns1", "headless.example.com", []),
      svc("ns1", "v4family.ns1.svc.cluster.local", ["10.4.4.4", "fd00::4"], { ipFamilies: "IPv4" }),
      svc("ns1", "everywhere.io", ["10.10.10.112"], { canonical: false }),
      svc("ns2", "everywhere.io", ["10.10.10.113"], { canonical: false }),
      svc("ns2", "preferred.io", ["10.10.10.210"], { canonical: false }),
      svc("preferred-ns", "preferred.io", ["10.10.10.211"], { canonical: false }),
      svc("ns2", "canonical.svc", ["10.10.10.140"], { canonical: false }),
      svc("ns3", "canonical.svc", ["10.10.10.141"], { canonical: true }),
      svc("ns2", "nslocal.ns2.svc.cluster.local", ["10.10.10.240"], { visibility: "Namespace" }),
      svc("ns1", "nslocalsame.ns1.svc.cluster.local", ["10.10.10.241"], { visibility: "Namespace" }),
    ],
    upsertWorkloads: [
      workload({
        uid: "h0",
        name: "h0",
        namespace: "ns1",
        workloadIps: ["10.30.30.30", "2001:db8::30"],
        services: { "ns1/headless.ns1.svc.cluster.local": {}, "ns1/headless-ipv6.ns1.svc.cluster.local": {} },
      }),
      workload({
        uid: "h1",
        name: "h1",
        namespace: "ns1",
        workloadIps: ["10.31.31.31", "2001:db8::31"],
        services: { "ns1/headless.ns1.svc.cluster.local": {} },
      }),
      workload({
        uid: "hx",
        name: "hx",
        namespace: "ns1",
        workloadIps: ["10.32.32.32"],
        services: { "ns1/headless.example.com": {} },
      }),
    ],
  });

  const client: Requester = { name: "client", namespace: "ns1", network: "", canonicalName: "", canonicalRevision: "" };
  const opts = { clusterDomain: "cluster.local", preferredNamespace: "preferred-ns", shuffle: <T>(x: T[]) => x };
  const A = (name: string, data: string) => ({ type: "A", name, ttl: 30, data });
  const AAAA = (name: string, data: string) => ({ type: "AAAA", name, ttl: 30, data });
  const CNAME = (name: string, data: string) => ({ type: "CNAME", name, ttl: 30, data });
  // shuffle is the identity here, so answers come in state order, CNAME first.
  const sorted = (d: Decision) => (d.kind === "answer" ? d.answers : d);

  describe("dns lookup: which records a requester gets (ztunnel's server.rs cases)", () => {
    const cases: [string, string, string, unknown][] = [
      ["unsupported type is forwarded", "productpage.ns1.", "NS", { kind: "forward" }],
      ["FQDN", "productpage.ns1.svc.cluster.local.", "A", [A("productpage.ns1.svc.cluster.local", "10.9.9.9")]],
      ["name.namespace", "productpage.ns1", "A", [A("productpage.ns1", "10.9.9.9")]],
      ["short name in own namespace", "productpage", "A", [A("productpage", "10.9.9.9")]],
      [
        "search-appended name.namespace → CNAME + A",
        "productpage.ns1.ns1.svc.cluster.local",
        "A",
        [CNAME("productpage.ns1.ns1.svc.cluster.local", "productpage.ns1"), A("productpage.ns1", "10.9.9.9")],
      ],
      ["AAAA for an IPv4-only name found via search → empty", "productpage.ns1.ns1.svc.cluster.local", "AAAA", []],
      ["other namespace, name.namespace", "example.ns2", "A", [A("example.ns2", "10.10.10.10")]],
      ["other namespace, name.namespace.svc", "example.ns2.svc", "A", [A("example.ns2.svc", "10.10.10.10")]],
      ["other namespace, short name is forwarded", "example", "A", { kind: "forward" }],
      [
        "another cluster domain, FQDN",
        "details.ns2.svc.cluster.remote",
        "A",
        [A("details.ns2.svc.cluster.remote", "11.11.11.11"), A("details.ns2.svc.cluster.remote", "12.12.12.12")],
      ],
      ["another cluster domain, name.namespace is forwarded", "details.ns2", "A", { kind: "forward" }],
      ["ServiceEntry host", "www.google.com", "A", [A("www.google.com", "1.1.1.1")]],
      [
        "ServiceEntry host with a search domain → CNAME + A",
        "www.google.com.ns1.svc.cluster.local",
        "A",
        [CNAME("www.google.com.ns1.svc.cluster.local", "www.google.com"), A("www.google.com", "1.1.1.1")],
      ],
      ["unknown external name is forwarded", "www.bing.com", "A", { kind: "forward" }],
      ["dual VIPs: A gets the IPv4 one", "dual.localhost", "A", [A("dual.localhost", "2.2.2.2")]],
      ["dual VIPs: AAAA gets the IPv6 one", "dual.localhost", "AAAA", [AAAA("dual.localhost", "2001:db8::8329")]],
      ["only IPv6 VIPs, A → NOERROR empty", "ipv6.localhost", "A", []],
      ["only IPv4 VIPs, AAAA → NOERROR empty", "ipv4.localhost", "AAAA", []],
      ["ip_families IPv4 rules out AAAA", "v4family.ns1.svc.cluster.local", "AAAA", []],
      ["wildcard host", "foo.wildcard", "A", [A("foo.wildcard", "10.10.10.20")]],
      ["more specific wildcard wins", "a.b.wildcard", "A", [A("a.b.wildcard", "11.11.11.20")]],
      ["wildcard over a domain", "foo.svc.mesh.company.net", "A", [A("foo.svc.mesh.company.net", "10.1.2.3")]],
      [
        "wildcard over a domain, two labels deep",
        "foo.foons.svc.mesh.company.net",
        "A",
        [A("foo.foons.svc.mesh.company.net", "10.1.2.3")],
      ],
      [
        "wildcard reached through a search domain: no CNAME",
        "foo.svc.mesh.company.net.ns1.svc.cluster.local",
        "A",
        [A("foo.svc.mesh.company.net.ns1.svc.cluster.local", "10.1.2.3")],
      ],
      ["VIP only on another network → empty", "nw2-only.ns1.svc.cluster.local", "A", []],
      [
        "only the VIP on the requester's network",
        "both-networks.ns1.svc.cluster.local",
        "A",
        [A("both-networks.ns1.svc.cluster.local", "21.21.21.21")],
      ],
      [
        "headless: the endpoints' IPv4 addresses",
        "headless.ns1.svc.cluster.local",
        "A",
        [A("headless.ns1.svc.cluster.local", "10.30.30.30"), A("headless.ns1.svc.cluster.local", "10.31.31.31")],
      ],
      [
        "headless: the endpoints' IPv6 addresses",
        "headless.ns1.svc.cluster.local",
        "AAAA",
        [
          AAAA("headless.ns1.svc.cluster.local", "2001:db8::30"),
          AAAA("headless.ns1.svc.cluster.local", "2001:db8::31"),
        ],
      ],
      [
        "headless IPv6-family: AAAA",
        "headless-ipv6.ns1.svc.cluster.local",
        "AAAA",
        [AAAA("headless-ipv6.ns1.svc.cluster.local", "2001:db8::30")],
      ],
      ["headless IPv6-family: A → empty", "headless-ipv6.ns1.svc.cluster.local", "A", []],
      [
        "headless pod name is forwarded (ztunnel todo)",
        "headless.pod0.ns1.svc.cluster.local",
        "A",
        { kind: "forward" },
      ],
      ["VIP-less non-Kubernetes host is forwarded", "headless.example.com", "A", { kind: "forward" }],
      ["requester's namespace wins", "everywhere.io", "A", [A("everywhere.io", "10.10.10.112")]],
      ["preferred namespace when none local", "preferred.io", "A", [A("preferred.io", "10.10.10.211")]],
      ["canonical service over others", "canonical.svc", "A", [A("canonical.svc", "10.10.10.141")]],
      [
        "namespace-scoped service of another namespace is forwarded",
        "nslocal.ns2.svc.cluster.local",
        "A",
        { kind: "forward" },
      ],
      [
        "namespace-scoped service of the requester's namespace is answered",
        "nslocalsame.ns1.svc.cluster.local",
        "A",
        [A("nslocalsame.ns1.svc.cluster.local", "10.10.10.241")],
      ],
      ["case-insensitive, answered in the asker's case", "ProductPage.NS1", "A", [A("ProductPage.NS1", "10.9.9.9")]],
    ];
    for (const [what, name, type, want] of cases) {
      it(what, () => {
        const got = lookup(state, client, name, type, opts);
        if (Array.isArray(want)) {
          expect(got.kind).toBe("answer");
          expect(sorted(got)).toEqual(want);
        } else {
          expect(got).toEqual(want);
        }
      });
    }

    it("IPv6 disabled: AAAA for a dual-stack name is empty", () => {
      expect(sorted(lookup(state, client, "dual.localhost", "AAAA", { ...opts, ipv6: false }))).toEqual([]);
    });

    it("a requester in another namespace does not get ns1's short names", () => {
      const other = { ...client, namespace: "ns2" };
      expect(lookup(state, other, "productpage", "A", opts)).toEqual({ kind: "forward" });
    });

    it("the default order is shuffled (every VIP comes first at some point)", () => {
      const firsts = new Set<string>();
      for (let i = 0; i < 200; i++) {
        const d = lookup(state, client, "details.ns2.svc.cluster.remote", "A", { clusterDomain: "cluster.local" });
        if (d.kind === "answer") firsts.add(d.answers[0]!.data);
      }
      expect([...firsts].sort()).toEqual(["11.11.11.11", "12.12.12.12"]);
    });
  });

  describe("dns names (ztunnel's to_kube_fqdns and get_wildcards cases)", () => {
    const d = toLabels("cluster.local");
    const cases: [string, string[]][] = [
      ["name", ["name.ns1.svc.cluster.local"]],
      ["name.", ["name.ns1.svc.cluster.local"]],
      ["name.ns2", ["name.ns2.svc.cluster.local", "name.ns2.ns1.svc.cluster.local"]],
      ["name.ns2.svc.", ["name.ns2.svc.cluster.local", "name.ns2.svc.svc.cluster.local"]],
      ["name.ns2.not-svc.", ["name.ns2.not-svc.svc.cluster.local"]],
      ["pod.sub-domain.ns.svc", ["pod.sub-domain.ns.svc.cluster.local"]],
      ["pod.sub-domain.ns.not-svc", []],
      ["name.ns2.svc.cluster.", []],
      ["name.ns2.svc.cluster.local", []],
      ["www.google.com.", ["www.google.com.svc.cluster.local"]],
    ];
    for (const [host, want] of cases) {
      it(`kube FQDNs of ${host}`, () => {
        expect(kubeFqdns(toLabels(host), "ns1", d).map((l) => l.join("."))).toEqual(want);
      });
    }

    it("wildcards of a name, most specific first", () => {
      expect(wildcards(toLabels("svc1.ns1.svc.cluster.local.")).map((l) => l.join("."))).toEqual([
        "svc1.ns1.svc.cluster.local",
        "*.ns1.svc.cluster.local",
        "*.svc.cluster.local",
        "*.cluster.local",
        "*.local",
      ]);
      expect(wildcards(toLabels("svc1.")).map((l) => l.join("."))).toEqual(["svc1"]);
    });

    it("the requester's search path is its namespace's", () => {
      expect(searchDomains("default-ns", d).map((l) => l.join("."))).toEqual([
        "default-ns.svc.cluster.local",
        "svc.cluster.local",
        "cluster.local",
      ]);
    });

    it("aliases of a search-appended name are marked stripped", () => {
      const got = aliases(toLabels("a.b.svc.cluster.local"), "ns1", d, searchDomains("ns1", d));
      expect(got.map((a) => [a.name.join("."), a.stripped?.join(".")])).toEqual([
        ["a.b.svc.cluster.local", undefined],
        ["a.b", "a.b"],
        ["a.b.ns1.svc.cluster.local", "a.b"],
        ["a.b.svc", "a.b.svc"],
        ["a.b.svc.svc.cluster.local", "a.b.svc"],
      ]);
    });
  });
});
