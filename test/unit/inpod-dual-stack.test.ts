// Dual stack in-pod, the pure parts: the IPv4 fallback of a `[::]` listener in a namespace
// without IPv6, the handed-off addresses handlers see, the cni-stub's ip6tables rules.
import { describe, expect, it } from "vitest";
import type { ListenerSpec } from "../../src/balance/addon.ts";
import { inpodRules, podIps } from "../../src/inpod/cni-stub.ts";
import { addDualStack, isNoIpv6Error, listenerSpecs } from "../../src/inpod/manager.ts";
import { canonicalEndpoint } from "../../src/worker/runtime.ts";

const errno = (code: string) => Object.assign(new Error(`listenSocket: ${code}`), { code });
/** Listeners that refuse `::` with `code` and record what was added. */
function refusingV6(code: string) {
  const added: ListenerSpec[] = [];
  return {
    added,
    add: async (spec: ListenerSpec) => {
      if (spec.host === "::") throw new Error("outbound listener: failed", { cause: errno(code) });
      added.push(spec);
      return { id: added.length };
    },
    remove: async () => true,
  };
}

describe("in-pod listeners on [::]", () => {
  it("listens on :: for every pod port by default (ztunnel's bind_wildcard)", () => {
    const config = {
      inpodUds: "",
      inpodPortReuse: true,
      outboundPort: 15001,
      inboundPlaintextPort: 15006,
      inboundPort: 15008,
    };
    expect(listenerSpecs(config, "/proc/self/fd/9").map((s) => [s.host, s.port])).toEqual([
      ["::", 15001],
      ["::", 15006],
      ["::", 15008],
    ]);
  });

  it.each(["EAFNOSUPPORT", "EADDRNOTAVAIL"])("falls back to 0.0.0.0 when :: fails with %s", async (code) => {
    const l = refusingV6(code);
    const fellBack: string[] = [];
    await addDualStack(l, { kind: "outbound", host: "::", port: 15001 }, (e) => fellBack.push(e.message));
    expect(l.added.map((s) => s.host)).toEqual(["0.0.0.0"]);
    expect(fellBack).toHaveLength(1);
  });

  it("does not hide other bind errors (EADDRINUSE fails the pod)", async () => {
    const l = refusingV6("EADDRINUSE");
    await expect(addDualStack(l, { kind: "outbound", host: "::", port: 15001 })).rejects.toThrow("failed");
    expect(l.added).toEqual([]);
    expect(isNoIpv6Error(new Error("x", { cause: errno("EADDRINUSE") }))).toBe(false);
  });

  it("an explicit IPv4 host is not retried", async () => {
    const failing = { add: async () => Promise.reject(errno("EADDRNOTAVAIL")), remove: async () => true };
    await expect(addDualStack(failing, { kind: "outbound", host: "0.0.0.0", port: 15001 })).rejects.toThrow();
  });
});

describe("handed-off addresses", () => {
  it("an IPv4 peer of a dual-stack socket is its IPv4 address, family 4", () => {
    expect(canonicalEndpoint({ address: "::ffff:10.244.0.5", port: 4000, family: 6 })).toEqual({
      address: "10.244.0.5",
      port: 4000,
      family: 4,
    });
  });

  it("an IPv6 address stays IPv6, canonical", () => {
    expect(canonicalEndpoint({ address: "FD00:0:0::1", port: 1, family: 6 })).toEqual({
      address: "fd00::1",
      port: 1,
      family: 6,
    });
  });
});

describe("cni-stub IPv6 rules", () => {
  const ports = { outboundPort: 15001, inboundPlaintextPort: 15006, inboundPort: 15008 };
  const v6 = inpodRules(ports, 6);

  it("uses ::1 for localhost and istio-cni's IPv6 probe address, never IPv4 literals", () => {
    expect(v6).toContain(
      "-A ISTIO_OUTPUT ! -d ::1/128 -p tcp -m mark ! --mark 0x539/0xfff -j REDIRECT --to-ports 15001",
    );
    expect(v6).toContain(
      "-A ISTIO_PRERT ! -d ::1/128 -p tcp ! --dport 15008 -m mark ! --mark 0x539/0xfff -j REDIRECT --to-ports 15006",
    );
    expect(v6).toContain("-A ISTIO_PRERT -s fd16:9254:7127:1337:ffff:ffff:ffff:ffff/128 -p tcp -j ACCEPT");
    expect(v6).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
  });

  it("captures DNS to port 53 on IPv6 too (UDP not out of lo, TCP not to ::1)", () => {
    expect(v6).toContain(
      "-A ISTIO_OUTPUT ! -o lo -p udp -m mark ! --mark 0x539/0xfff -m udp --dport 53 -j REDIRECT --to-port 15053",
    );
    expect(v6).toContain(
      "-A ISTIO_OUTPUT ! -d ::1/128 -p tcp --dport 53 -m mark ! --mark 0x539/0xfff -j REDIRECT --to-ports 15053",
    );
  });

  it("the IPv4 rules are unchanged by the family parameter's default", () => {
    expect(inpodRules(ports)).toBe(inpodRules(ports, 4));
    expect(inpodRules(ports)).toContain("-A ISTIO_OUTPUT ! -d 127.0.0.1/32 -o lo -j ACCEPT");
  });

  it("a pod's addresses are canonical, IPv4 first", () => {
    expect(podIps({ uid: "u", name: "n", namespace: "d", ip: "FD00::0:1" })).toEqual(["fd00::1"]);
    expect(podIps({ uid: "u", name: "n", namespace: "d", ip: "10.0.0.1", ip6: "fd00::1" })).toEqual([
      "10.0.0.1",
      "fd00::1",
    ]);
  });
});
