// The part of istiod's MeshConfig the ambient index reads for ServiceEntries:
// `serviceEntryVisibility` (istio/istio pilot/pkg/model/serviceentry_visibility.go
// CompileServiceEntryVisibility / VisibilityFor, applied in services.go serviceEntriesInfo).
// istiod reads MeshConfig from the ConfigMap `istio` in its system namespace, key `mesh`
// (pilot/pkg/bootstrap/mesh.go defaultMeshConfigMapName, kubemesh MeshConfigKey): a mesh file
// carries it the same way. Other MeshConfig fields are accepted and not read.
import { parse } from "yaml";
import {
  any,
  type Fields,
  list,
  map,
  type Out,
  obj,
  oneOf,
  optional,
  str,
  withDefault,
} from "../../src/state/schema.ts";
import type { Ctx, Meta } from "./translate.ts";

/** The resolved visibility of a ServiceEntry (model.ServiceVisibility). */
export type SeVisibility = "Public" | "Namespace" | "None";

export const MESH_CONFIGMAP = "istio";
export const MESH_CONFIG_KEY = "mesh";

const k8s = <F extends Fields>(fields: F) => obj(fields, { unknown: "ignore", nullIsMissing: true });
const VISIBILITY = oneOf(["PUBLIC", "NAMESPACE", "NONE"]);
const REQUIREMENT = k8s({
  key: str(),
  operator: oneOf(["In", "NotIn", "Exists", "DoesNotExist"]),
  values: withDefault(list(str()), []),
});
const SELECTOR = k8s({
  matchLabels: withDefault(map(str(), str()), {}),
  matchExpressions: withDefault(list(REQUIREMENT), []),
});
const SE_VISIBILITY = k8s({
  // UNSPECIFIED (absent) is Public: toServiceVisibility's default.
  defaultVisibility: optional(VISIBILITY),
  applyToSidecars: optional(any()),
  policies: withDefault(
    list(
      k8s({
        visibility: optional(VISIBILITY),
        matchingRules: withDefault(list(k8s({ namespaceSelector: optional(SELECTOR) })), []),
      }),
    ),
    [],
  ),
});
const MESH = k8s({ serviceEntryVisibility: optional(SE_VISIBILITY) });
const CONFIGMAP_DATA = k8s({ data: withDefault(map(str(), str()), {}) });

type Selector = (labels: Record<string, string>) => boolean;

/** labelselector.LabelSelectorAsSelector: every matchLabels pair and every expression. */
function selectorOf(sel: Out<typeof SELECTOR>, c: Ctx, path: string): Selector {
  for (const [i, r] of sel.matchExpressions.entries()) {
    const needsValues = r.operator === "In" || r.operator === "NotIn";
    // Kubernetes' selector validation: In/NotIn need values, Exists/DoesNotExist take none.
    if (needsValues !== r.values.length > 0) {
      throw c.err(
        `${path}.matchExpressions[${i}].values`,
        needsValues ? `operator ${r.operator} needs at least one value` : `operator ${r.operator} takes no values`,
      );
    }
  }
  return (labels) =>
    Object.entries(sel.matchLabels).every(([k, v]) => labels[k] === v) &&
    sel.matchExpressions.every((r) => {
      const has = Object.hasOwn(labels, r.key);
      if (r.operator === "Exists") return has;
      if (r.operator === "DoesNotExist") return !has;
      const listed = has && r.values.includes(labels[r.key]!);
      return r.operator === "In" ? listed : !listed;
    });
}

const toVisibility = (v: "PUBLIC" | "NAMESPACE" | "NONE" | undefined): SeVisibility =>
  v === "NAMESPACE" ? "Namespace" : v === "NONE" ? "None" : "Public";

/** A compiled serviceEntryVisibility: the visibility of a ServiceEntry in a namespace with these labels. */
export type VisibilityFor = (namespaceLabels: Record<string, string>) => SeVisibility;

/** Without serviceEntryVisibility every ServiceEntry is Public (a nil matcher's VisibilityFor). */
export const PUBLIC_ONLY: VisibilityFor = () => "Public";

/**
 * The mesh config of the ConfigMap `istio` (undefined for any other ConfigMap, which istiod
 * does not read either). A `mesh` value that is not YAML, or a field of the wrong shape, is an
 * error naming the ConfigMap and the field.
 */
export function parseMeshConfigMap(
  c: Ctx,
  m: Meta,
  doc: Record<string, unknown>,
  systemNamespace: string,
): VisibilityFor | undefined {
  if (m.name !== MESH_CONFIGMAP || m.namespace !== systemNamespace) return undefined;
  const { data } = c.check(CONFIGMAP_DATA, { data: doc.data }, []);
  const text = data[MESH_CONFIG_KEY];
  if (text === undefined) return PUBLIC_ONLY;
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw c.err(`data.${MESH_CONFIG_KEY}`, `not YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const mesh = c.check(MESH, raw ?? {}, ["data", MESH_CONFIG_KEY]);
  const sev = mesh.serviceEntryVisibility;
  if (!sev) return PUBLIC_ONLY;
  const base = `data.${MESH_CONFIG_KEY}.serviceEntryVisibility`;
  const policies = sev.policies.map((p, i) => ({
    visibility: toVisibility(p.visibility),
    // A rule without a namespaceSelector is a matcher istiod does not know: it never matches.
    rules: p.matchingRules.map((r, j): Selector => {
      const sel = r.namespaceSelector;
      return sel ? selectorOf(sel, c, `${base}.policies[${i}].matchingRules[${j}].namespaceSelector`) : () => false;
    }),
  }));
  const fallback = toVisibility(sev.defaultVisibility);
  // The first policy whose rules all match (an empty rule list matches everything), else the default.
  return (labels) => policies.find((p) => p.rules.every((r) => r(labels)))?.visibility ?? fallback;
}
