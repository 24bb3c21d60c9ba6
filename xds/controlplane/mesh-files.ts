// Reads the mesh description: one YAML file or every *.yaml / *.yml / *.json file in a
// directory (sorted, not recursive), each possibly multi-document. Every document is tagged
// with `file#n` so translation errors can point at it.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { ControlPlaneError } from "./errors.ts";
import { markSource } from "./translate.ts";

const MESH_FILE = /\.(ya?ml|json)$/i;

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

/** Parses one file's text; a syntax error names the file and line. */
export function parseMeshText(text: string, file: string): unknown[] {
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

/** One file's documents; undefined when the file is gone (a rename or delete seen by the watch). */
export async function readMeshFile(f: string): Promise<unknown[] | undefined> {
  let text: string;
  try {
    text = await readFile(f, "utf8");
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
    const docs = await readMeshFile(f);
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
