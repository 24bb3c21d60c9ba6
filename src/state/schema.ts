// One declarative validator for configuration that arrives as parsed YAML: ztunnel's local
// config (local-config.ts) and the embedded control plane's Kubernetes objects
// (xds/controlplane/translate.ts) describe their input as specs built here, and validate()
// walks a value against a spec. It collects every problem, each naming its path
// (`spec.containers[0].ports[1].containerPort`), so a file with three typos says so once.
// Our own rather than a library (zod, ajv): the two callers need serde-like null rules
// (`nullAs`, `nullIsMissing`), paths they can map back to YAML lines, and addresses
// canonicalized by ip.ts; that is less code here than the adapters a library would need.
import { canonicalIp, isV6 } from "./ip.ts";
import type { Cidr } from "./types.ts";

export type Path = readonly (string | number)[];

export interface Issue {
  path: Path;
  message: string;
  /** The mapping key at `path` is what is wrong (an unknown field, a bad map key), not its value. */
  key?: boolean;
}

export interface Spec<T> {
  /** What a missing field (undefined) becomes; without it the field is required. */
  readonly absent?: { value: T };
  /** The message for a missing required field; "missing required field" by default. */
  readonly missing?: string;
  /** Checks `v`, pushing problems to `issues`; the result is only meaningful when none were pushed. */
  check(v: unknown, path: Path, issues: Issue[]): T;
}

export type Out<S> = S extends Spec<infer T> ? T : never;

/** A refusal from a leaf or refine function: its message says what is wrong with the value. */
export interface Failure {
  readonly failure: string;
}

export const fail = (message: string): Failure => ({ failure: message });
const isFailure = (v: unknown): v is Failure =>
  v !== null && typeof v === "object" && typeof (v as Failure).failure === "string";

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Defaults are copied per use, so no two results share one array or object. */
const fresh = <T>(v: T): T => (Array.isArray(v) ? ([...v] as T) : isObj(v) ? ({ ...v } as T) : v);

/** How values appear in messages: `"10.0.0.300"`, `70000`, `null`. */
export const show = (v: unknown): string => (v === undefined ? "undefined" : JSON.stringify(v));

/** `workloads[0].services["default/a"].80`: identifier-like keys after a dot, others quoted. */
export function formatPath(path: Path): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[\w$-]+$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** `path: message`, the form every caller prefixes with its file and object. */
export const formatIssue = (i: Issue): string => (i.path.length ? `${formatPath(i.path)}: ${i.message}` : i.message);

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Walks `value` against `spec`, collecting every problem; `path` is where `value` sits, for
 * the messages. undefined is a missing value: the spec's default, or "missing required field".
 */
export function validate<T>(spec: Spec<T>, value: unknown, path: Path = []): Result<T> {
  if (value === undefined) {
    if (spec.absent) return { ok: true, value: fresh(spec.absent.value) };
    return { ok: false, issues: [{ path, message: spec.missing ?? "missing required field" }] };
  }
  const issues: Issue[] = [];
  const out = spec.check(value, path, issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

/** A leaf kind from one function: the checked value, or fail("why"). */
export function leaf<T>(fn: (v: unknown) => T | Failure): Spec<T> {
  return {
    check(v, path, issues) {
      const r = fn(v);
      if (isFailure(r)) issues.push({ path, message: r.failure });
      return r as T;
    },
  };
}

// ---- leaf kinds ----

export const any = (): Spec<unknown> => leaf((v) => v);

export const str = (): Spec<string> => leaf((v) => (typeof v === "string" ? v : fail(`${show(v)} is not a string`)));

export const num = (): Spec<number> =>
  leaf((v) => (typeof v === "number" && Number.isFinite(v) ? v : fail(`${show(v)} is not a number`)));

export const bool = (): Spec<boolean> =>
  leaf((v) => (typeof v === "boolean" ? v : fail(`${show(v)} is not true or false`)));

export interface IntOptions {
  min?: number;
  max?: number;
  /** Also take a string of digits (`"8080"`, and every YAML mapping key once parsed). */
  fromString?: boolean;
}

export function int(opts: IntOptions = {}): Spec<number> {
  const { min = 0, max = Number.MAX_SAFE_INTEGER, fromString = false } = opts;
  return leaf((v) => {
    const n = fromString && typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v;
    return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max
      ? n
      : fail(`${show(v)} is not an integer between ${min} and ${max}`);
  });
}

/** A TCP port that can be dialed or listened on: 1-65535. */
export const port = (opts: Omit<IntOptions, "min" | "max"> = {}): Spec<number> => int({ ...opts, min: 1, max: 65535 });

export function oneOf<const T extends string>(values: readonly T[]): Spec<T> {
  return leaf((v) => (values.includes(v as T) ? (v as T) : fail(`${show(v)} is not one of ${values.join(", ")}`)));
}

/** An IP address in its canonical text (ip.ts canonicalIp, the one canonicalizer). */
export const ip = (): Spec<string> =>
  leaf((v) => (typeof v === "string" && canonicalIp(v)) || fail(`${show(v)} is not an IP address`));

/** `ip/prefix`, the address canonical and the prefix within its family's width. */
export const cidr = (): Spec<Cidr> =>
  leaf((v) => {
    const bad = fail(`${show(v)} is not a CIDR (ip/prefix)`);
    if (typeof v !== "string") return bad;
    const [a = "", len, extra] = v.split("/");
    const address = canonicalIp(a);
    const prefixLen = len !== undefined && /^\d+$/.test(len) ? Number(len) : Number.NaN;
    if (!address || extra !== undefined || !(prefixLen >= 0 && prefixLen <= (isV6(address) ? 128 : 32))) {
      return bad;
    }
    return { address, prefixLen };
  });

// ---- containers ----

export function list<T>(item: Spec<T>): Spec<T[]> {
  return {
    check(v, path, issues) {
      if (!Array.isArray(v)) {
        issues.push({ path, message: "expected a list" });
        return [];
      }
      return v.map((e, i) => item.check(e, [...path, i], issues));
    },
  };
}

export interface MapOptions<K extends string | number, V> {
  /** The object to fill (e.g. intern.ts sparsePortMap); a plain one by default. */
  into?: () => Record<K, V>;
}

/** A mapping with keys and values of one kind each; a bad key is reported at that key. */
export function map<K extends string | number, V>(
  key: Spec<K>,
  value: Spec<V>,
  opts: MapOptions<K, V> = {},
): Spec<Record<K, V>> {
  return {
    check(v, path, issues) {
      const out = opts.into ? opts.into() : ({} as Record<K, V>);
      if (!isObj(v)) {
        issues.push({ path, message: "expected a mapping" });
        return out;
      }
      for (const [k, raw] of Object.entries(v)) {
        const at = [...path, k];
        const before = issues.length;
        const kk = key.check(k, at, issues);
        for (let i = before; i < issues.length; i++) issues[i]!.key = true;
        const vv = value.check(raw, at, issues);
        if (issues.length === before) out[kk] = vv;
      }
      return out;
    },
  };
}

export interface ObjOptions {
  /** "refuse" (the default: a typo must not be silently ignored) or "ignore" (Kubernetes objects). */
  unknown?: "refuse" | "ignore";
  /** A field set to null counts as missing (Kubernetes); otherwise null goes to the field's spec (serde). */
  nullIsMissing?: boolean;
}

export type Fields = Record<string, Spec<unknown>>;
export type ObjOut<F extends Fields> = { [K in keyof F]: Out<F[K]> };

/** A mapping with named fields, each checked by its spec; the result holds exactly those fields. */
export function obj<F extends Fields>(fields: F, opts: ObjOptions = {}): Spec<ObjOut<F>> {
  const names = Object.keys(fields);
  return {
    check(v, path, issues) {
      const out: Record<string, unknown> = {};
      if (!isObj(v)) {
        issues.push({ path, message: "expected a mapping" });
        return out as ObjOut<F>;
      }
      if (opts.unknown !== "ignore") {
        for (const k of Object.keys(v)) {
          if (!Object.hasOwn(fields, k)) {
            issues.push({
              path: [...path, k],
              key: true,
              message: `unknown field (expected one of: ${names.join(", ")})`,
            });
          }
        }
      }
      for (const name of names) {
        const spec = fields[name]!;
        let raw = Object.hasOwn(v, name) ? v[name] : undefined;
        if (raw === null && opts.nullIsMissing) raw = undefined;
        if (raw !== undefined) out[name] = spec.check(raw, [...path, name], issues);
        else if (spec.absent) out[name] = fresh(spec.absent.value);
        else issues.push({ path: [...path, name], message: spec.missing ?? "missing required field" });
      }
      return out as ObjOut<F>;
    },
  };
}

// ---- modifiers ----

/** A required field whose absence deserves more than "missing required field". */
export const required = <T>(spec: Spec<T>, missing: string): Spec<T> => ({ missing, check: spec.check });

/** A field that may be missing: then undefined. */
export const optional = <T>(spec: Spec<T>): Spec<T | undefined> => ({
  absent: { value: undefined },
  check: spec.check,
});

/** A field that may be missing: then `value`. */
export const withDefault = <T>(spec: Spec<T>, value: T): Spec<T> => ({ absent: { value }, check: spec.check });

/** null (YAML `~` or an empty value) stands for `value`; a missing field is still the spec's business. */
export function nullAs<T>(spec: Spec<T>, value: T): Spec<T> {
  return { ...spec, check: (v, path, issues) => (v === null ? fresh(value) : spec.check(v, path, issues)) };
}

/** `a` when it takes the value, else `b` (and, when neither does, `b`'s problems). */
export function either<A, B>(a: Spec<A>, b: Spec<B>): Spec<A | B> {
  return {
    check(v, path, issues) {
      const first: Issue[] = [];
      const r = a.check(v, path, first);
      return first.length ? b.check(v, path, issues) : r;
    },
  };
}

/** A further check or conversion once `spec` took the value (`raw` is what it was given). */
export function refine<T, U>(spec: Spec<T>, fn: (value: T, raw: unknown) => U | Failure): Spec<U> {
  return {
    check(v, path, issues) {
      const before = issues.length;
      const r = spec.check(v, path, issues);
      if (issues.length > before) return r as unknown as U;
      const u = fn(r, v);
      if (isFailure(u)) issues.push({ path, message: u.failure });
      return u as U;
    },
  };
}
