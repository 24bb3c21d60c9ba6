// Reads the mesh description: one YAML file or every *.yaml / *.yml / *.json file in a
// directory (sorted, not recursive), each possibly multi-document. Every document is tagged
// with `file#n` so translation errors can point at it.
import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { ControlPlaneError } from "./errors.ts";
import { markSource } from "./translate.ts";

const MESH_FILE = /\.(ya?ml|json)$/i;
const JSON_FILE = /\.json$/i;

/** Whether a file named `name` (in a mesh directory) is part of the mesh: editors' swap and backup files are not. */
export const isMeshFileName = (name: string): boolean => MESH_FILE.test(name) && !name.startsWith(".");

/** The files that make up the mesh at `path` (a file, or a directory of them). */
export async function meshFiles(path: string): Promise<string[]> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (e) {
    throw new ControlPlaneError("ZTS_CONTROLPLANE_MESH_READ", `mesh ${path}: ${(e as Error).message}`, { cause: e });
  }
  if (!st.isDirectory()) return [path];
  return (await readdir(path))
    .filter(isMeshFileName)
    .sort()
    .map((f) => join(path, f));
}

/**
 * Parses one file's text; a syntax error names the file and line. A `.json` file is read with
 * JSON.parse (one document; ~40× faster than the YAML parser, which is most of a one-object
 * update's cost) and falls back to the YAML parser when it is not plain JSON, which then
 * reports the error with its line. One difference: JSON.parse keeps the last of duplicate keys
 * where the YAML parser refuses them.
 */
export function parseMeshText(text: string, file: string): unknown[] {
  if (JSON_FILE.test(file)) {
    try {
      return [markSource(JSON.parse(text) as unknown, `${file}#1`)];
    } catch {
      // not plain JSON: the YAML parser accepts more (comments, several documents) or says where it breaks
    }
  }
  const out: unknown[] = [];
  for (const [i, doc] of parseAllDocuments(text).entries()) {
    const err = doc.errors[0];
    if (err) {
      const line = err.linePos?.[0];
      throw new ControlPlaneError(
        "ZTS_CONTROLPLANE_BAD_MESH",
        `${file}${line ? `:${line.line}:${line.col}` : ""}: malformed YAML (document ${i + 1}): ${err.message.split("\n")[0]}`,
      );
    }
    const value: unknown = doc.toJS();
    out.push(markSource(value, `${file}#${i + 1}`));
  }
  return out;
}

/**
 * One file's documents; undefined when the file is gone (a rename or delete seen by the watch).
 * Synchronous on purpose: a mesh file is small, and one read(2) costs far less than the
 * promise API's open/fstat/read/close round trips through the thread pool (at 100k files
 * those were most of the start-up, and a large share of a one-file update).
 */
export function readMeshFile(f: string): unknown[] | undefined {
  let text: string;
  try {
    text = readFileSync(f, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ControlPlaneError("ZTS_CONTROLPLANE_MESH_READ", `mesh ${f}: ${(e as Error).message}`, { cause: e });
  }
  return parseMeshText(text, f);
}

/** Every file of the mesh at `path` with its documents, in file order. */
export async function loadMeshFiles(path: string): Promise<Map<string, unknown[]>> {
  const out = new Map<string, unknown[]>();
  for (const f of await meshFiles(path)) {
    const docs = readMeshFile(f);
    if (docs === undefined)
      throw new ControlPlaneError("ZTS_CONTROLPLANE_MESH_READ", `mesh ${f}: vanished while the mesh was read`);
    out.set(f, docs);
  }
  return out;
}

/** All documents of the mesh at `path`, in file order. */
export async function loadMeshDocs(path: string): Promise<unknown[]> {
  return [...(await loadMeshFiles(path)).values()].flat();
}
