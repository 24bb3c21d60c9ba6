// Mesh files: a `.json` file takes the JSON.parse path (one document) and means exactly what
// the YAML parser would make of it; text that is not plain JSON still gets the YAML parser's
// verdict, a syntax error naming the file and line.
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { parseMeshText } from "../../xds/controlplane/mesh-files.ts";

const POD = {
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: "p", namespace: "default", labels: { app: "web", "version-1": "1.10" } },
  spec: { nodeName: "n", containers: [{ ports: [{ containerPort: 8080, name: "http" }] }], hostNetwork: false },
  status: { podIP: "10.0.0.1", conditions: [{ type: "Ready", status: "True" }], extra: null },
};

describe("mesh files in JSON", () => {
  it("a JSON file is the one document the YAML parser reads from it", () => {
    const text = JSON.stringify(POD, null, 2);
    expect(parseMeshText(text, "pod.json")).toEqual(parseAllDocuments(text).map((d) => d.toJS()));
  });

  it("a .json file holding YAML (comments, several documents) is still read, as before", () => {
    const docs = parseMeshText(
      "# two\nkind: Namespace\nmetadata: {name: a}\n---\nkind: Namespace\nmetadata: {name: b}\n",
      "x.json",
    );
    expect(docs.map((d) => (d as { metadata: { name: string } }).metadata.name)).toEqual(["a", "b"]);
  });

  it("malformed JSON is refused with a stable code, the file and the line", () => {
    let err: (Error & { code?: string }) | undefined;
    try {
      parseMeshText('{\n  "kind": "Pod",\n  "metadata": {"name": "p"\n', "broken.json");
    } catch (e) {
      err = e as Error & { code?: string };
    }
    expect(err?.code).toBe("ZTS_CONTROLPLANE_BAD_MESH");
    expect(err?.message).toMatch(/^broken\.json:\d+:\d+: malformed YAML/);
  });
});
