// Every fixture mesh (test/fixtures/mesh*/) translates cleanly and holds only loopback
// addresses, so nothing a test starts from them can send traffic off this machine.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadMeshDocs } from "../../xds/controlplane/mesh-files.ts";
import { translate } from "../../xds/controlplane/translate.ts";

const FIXTURES = new URL("../fixtures", import.meta.url).pathname;
const dirs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith("mesh"))
  .map((d) => join(FIXTURES, d.name));
const OPTS = { clusterId: "Kubernetes", trustDomain: "cluster.local", clusterDomain: "cluster.local", network: "" };
const loopback = (ip: string) => ip.startsWith("127.") || ip === "::1";

describe("fixture meshes", () => {
  it("exist", () => {
    expect(dirs.length).toBeGreaterThan(0);
  });

  for (const dir of dirs) {
    it(`${dir.slice(FIXTURES.length)} translates and uses only loopback addresses`, async () => {
      const mesh = translate(await loadMeshDocs(dir), OPTS);
      expect(mesh.workloads.length).toBeGreaterThan(0);
      const ips = [
        ...mesh.workloads.flatMap((w) => w.workloadIps),
        ...mesh.services.flatMap((s) => s.vips.map((v) => v.address)),
      ];
      expect(ips.filter((ip) => !loopback(ip))).toEqual([]);
    });
  }
});
