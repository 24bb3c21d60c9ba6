// `ztunnel-ts config select` as a table: a pick on another network shows its gateway.
import { describe, expect, it } from "vitest";
import { selectTable } from "../../src/commands/config.ts";

describe("config select table", () => {
  it("shows a remote pick's gateway and network, and '-' for a workload with no address", () => {
    const out = selectTable({
      picks: [
        { uid: "Kubernetes//Pod/default/echo-b", address: "10.0.2.11:8080", via: "endpoint" },
        {
          uid: "Kubernetes//Pod/default/echo-remote",
          address: null,
          via: "endpoint",
          network: "net-b",
          gateway: { uid: "NetworkGateway/net-b/10.210.0.254/15008", address: "10.210.0.254:15008" },
        },
        {
          uid: "Kubernetes//Pod/default/lost",
          address: "10.2.0.5:8080",
          via: "endpoint",
          network: "net-c",
          gateway: { error: { code: "ZTS_SELECT_UNKNOWN_NETWORK_GATEWAY", message: "…" } },
        },
      ],
    });
    const lines = out.trim().split("\n");
    expect(lines[0]).toMatch(/^#\s+UID\s+ADDRESS\s+VIA\s+GATEWAY$/);
    expect(lines[1]).toMatch(/^1\s+Kubernetes\/\/Pod\/default\/echo-b\s+10\.0\.2\.11:8080\s+endpoint\s*$/);
    expect(lines[2]).toMatch(/^2\s+\S+echo-remote\s+-\s+endpoint\s+10\.210\.0\.254:15008 \(net-b\)$/);
    expect(lines[3]).toMatch(/^3\s+\S+lost\s+10\.2\.0\.5:8080\s+endpoint\s+none: ZTS_SELECT_UNKNOWN_NETWORK_GATEWAY$/);
  });
});
