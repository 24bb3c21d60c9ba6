// DNS names as lower-case label lists (no trailing dot), and the name arithmetic
// ztunnel's DNS server does for a requesting pod (src/dns/server.rs, name_util.rs): which
// aliases a query name stands for, given the pod's namespace and search domains, and which
// wildcard hosts could cover a name.

export type Labels = readonly string[];

/** `Foo.Bar.` → ["foo", "bar"]; the root (`.` or "") → []. */
export function toLabels(name: string): string[] {
  const trimmed = name.endsWith(".") ? name.slice(0, -1) : name;
  return trimmed === "" ? [] : trimmed.toLowerCase().split(".");
}

export const fromLabels = (labels: Labels): string => labels.join(".");

/** `name` ends with `domain` and has at least one label more (name_util.rs has_domain). */
export function hasDomain(name: Labels, domain: Labels): boolean {
  if (domain[0] === "*" || name.length <= domain.length) return false;
  const skip = name.length - domain.length;
  for (let i = 0; i < domain.length; i++) if (name[skip + i] !== domain[i]) return false;
  return true;
}

/** `name` without `domain` when it has that domain, else undefined (name_util.rs trim_domain). */
export function trimDomain(name: Labels, domain: Labels): string[] | undefined {
  return hasDomain(name, domain) ? name.slice(0, name.length - domain.length) : undefined;
}

/**
 * The Kubernetes FQDNs a short name can stand for, from a client in `namespace`:
 * `svc` → svc.ns.svc.<domain>; `a.b` → a.b.svc.<domain> (service.namespace) and
 * a.b.ns.svc.<domain> (pod.subdomain); `a.b.svc` → a.b.svc.<domain>; any three labels →
 * + .svc.<domain>; `a.b.c.svc` → + .<domain>; anything longer is taken as already complete.
 */
export function kubeFqdns(name: Labels, namespace: string, clusterDomain: Labels): string[][] {
  const svcDomain = ["svc", ...clusterDomain];
  const nsDomain = [namespace, ...svcDomain];
  switch (name.length) {
    case 1:
      return [[...name, ...nsDomain]];
    case 2:
      return [
        [...name, ...svcDomain],
        [...name, ...nsDomain],
      ];
    case 3: {
      const out: string[][] = [];
      if (name[2] === "svc") out.push([...name, ...clusterDomain]);
      out.push([...name, ...svcDomain]);
      return out;
    }
    case 4:
      return name[3] === "svc" ? [[...name, ...clusterDomain]] : [];
    default:
      return [];
  }
}

/** One name to look up for a query, and the name it was stripped to, if a search domain was removed. */
export interface Alias {
  name: string[];
  stripped?: string[];
}

/**
 * ztunnel's per-pod search path (shared mode): `<ns>.svc.<domain>`, `svc.<domain>`,
 * `<domain>` — what a Kubernetes pod's resolv.conf lists, computed for the requesting pod
 * rather than read from the proxy's own resolv.conf.
 */
export function searchDomains(namespace: string, clusterDomain: Labels): string[][] {
  return [[namespace, "svc", ...clusterDomain], ["svc", ...clusterDomain], [...clusterDomain]];
}

/**
 * Every alias of `name` for a client in `namespace`, in lookup order, without repeats: the
 * name itself, its Kubernetes expansions, then for each search domain it ends with, the
 * name without it (marked stripped) and that name's expansions.
 */
export function aliases(name: Labels, namespace: string, clusterDomain: Labels, search: Labels[]): Alias[] {
  const out: Alias[] = [];
  const seen = new Set<string>();
  const add = (a: Alias) => {
    const key = fromLabels(a.name);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(a);
  };
  add({ name: [...name] });
  for (const fqdn of kubeFqdns(name, namespace, clusterDomain)) add({ name: fqdn });
  for (const domain of search) {
    const stripped = trimDomain(name, domain);
    if (!stripped) continue;
    add({ name: stripped, stripped });
    for (const fqdn of kubeFqdns(stripped, namespace, clusterDomain)) add({ name: fqdn, stripped });
  }
  return out;
}

/**
 * The name, then wildcards of decreasing specificity: a.b.c → a.b.c, *.b.c, *.c (a
 * single-label name has no wildcard).
 */
export function wildcards(name: Labels): string[][] {
  const out: string[][] = [[...name]];
  for (let i = 0; name.length - i > 1; i++) out.push(["*", ...name.slice(i + 1)]);
  return out;
}
