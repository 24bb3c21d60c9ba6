// state/schema.ts, the one validator behind local-config.ts and the control plane's translate.ts:
// each field kind takes what it should and names what it refuses, paths point into nested
// values, and one walk reports every problem rather than the first.
import { describe, expect, it } from "vitest";
import { sparsePortMap } from "../../src/state/intern.ts";
import type { Issue, Result, Spec } from "../../src/state/schema.ts";
import * as S from "../../src/state/schema.ts";

const ok = <T>(spec: Spec<T>, v: unknown): T => {
  const r = S.validate(spec, v);
  if (!r.ok) throw new Error(`expected ok, got ${r.issues.map(S.formatIssue).join("; ")}`);
  return r.value;
};
const issues = <T>(r: Result<T>): string[] => (r.ok ? [] : r.issues.map(S.formatIssue));
const refused = <T>(spec: Spec<T>, v: unknown): string[] => issues(S.validate(spec, v));

describe("schema: leaf kinds", () => {
  it("str takes strings only", () => {
    expect(ok(S.str(), "a")).toBe("a");
    expect(refused(S.str(), 5)).toEqual(["5 is not a string"]);
  });

  it("num takes finite numbers", () => {
    expect(ok(S.num(), 1.5)).toBe(1.5);
    expect(refused(S.num(), "1")).toEqual(['"1" is not a number']);
  });

  it("int checks integer and range; fromString takes digits", () => {
    expect(ok(S.int({ min: 2, max: 9 }), 9)).toBe(9);
    expect(refused(S.int({ min: 2, max: 9 }), 10)).toEqual(["10 is not an integer between 2 and 9"]);
    expect(refused(S.int(), 1.5)).toEqual([`1.5 is not an integer between 0 and ${Number.MAX_SAFE_INTEGER}`]);
    expect(refused(S.int({ max: 9 }), "7")).toEqual(['"7" is not an integer between 0 and 9']);
    expect(ok(S.int({ max: 9, fromString: true }), "7")).toBe(7);
    expect(refused(S.int({ max: 9, fromString: true }), "-1")).toEqual(['"-1" is not an integer between 0 and 9']);
  });

  it("port is 1-65535", () => {
    expect(ok(S.port(), 65535)).toBe(65535);
    expect(refused(S.port(), 0)).toEqual(["0 is not an integer between 1 and 65535"]);
    expect(refused(S.port(), 65536)).toEqual(["65536 is not an integer between 1 and 65535"]);
  });

  it("bool takes true and false, not their spellings", () => {
    expect(ok(S.bool(), false)).toBe(false);
    expect(refused(S.bool(), "true")).toEqual(['"true" is not true or false']);
  });

  it("oneOf lists the allowed values", () => {
    expect(ok(S.oneOf(["TCP", "HBONE"]), "HBONE")).toBe("HBONE");
    expect(refused(S.oneOf(["TCP", "HBONE"]), "tcp")).toEqual(['"tcp" is not one of TCP, HBONE']);
  });

  it("ip canonicalizes through ip.ts", () => {
    expect(ok(S.ip(), "FD00:0:0::1")).toBe("fd00::1");
    expect(refused(S.ip(), "10.0.0.300")).toEqual(['"10.0.0.300" is not an IP address']);
    expect(refused(S.ip(), 5)).toEqual(["5 is not an IP address"]);
  });

  it("cidr checks address and the family's prefix width", () => {
    expect(ok(S.cidr(), "FD00::/8")).toEqual({ address: "fd00::", prefixLen: 8 });
    expect(ok(S.cidr(), "10.0.0.0/32")).toEqual({ address: "10.0.0.0", prefixLen: 32 });
    for (const bad of ["10.0.0.0/33", "10.0.0.0", "10.0.0.0/8/1", "x/8", "10.0.0.0/-1"]) {
      expect(refused(S.cidr(), bad)).toEqual([`${JSON.stringify(bad)} is not a CIDR (ip/prefix)`]);
    }
  });

  it("any takes anything", () => {
    expect(ok(S.any(), [1, { a: null }])).toEqual([1, { a: null }]);
  });
});

describe("schema: containers", () => {
  it("list checks each item at its index", () => {
    expect(ok(S.list(S.int()), [1, 2])).toEqual([1, 2]);
    expect(refused(S.list(S.int()), { 0: 1 })).toEqual(["expected a list"]);
    expect(refused(S.list(S.ip()), ["1.2.3.4", "x"])).toEqual(['[1]: "x" is not an IP address']);
  });

  it("map checks keys and values; a bad key is flagged as a key", () => {
    const ports = S.map(S.int({ max: 65535, fromString: true }), S.int({ max: 65535 }), { into: sparsePortMap });
    expect(ok(ports, { 80: 8080, 443: 0 })).toEqual({ 80: 8080, 443: 0 });
    const r = S.validate(ports, { http: 80 });
    expect(r.ok ? [] : r.issues).toEqual([
      { path: ["http"], key: true, message: '"http" is not an integer between 0 and 65535' },
    ]);
    expect(refused(S.map(S.str(), S.str()), [])).toEqual(["expected a mapping"]);
  });

  it("obj: required, optional, defaulted fields; unknown ones refused unless ignored", () => {
    const spec = S.obj({ a: S.str(), b: S.optional(S.int()), c: S.withDefault(S.bool(), true) });
    expect(ok(spec, { a: "x" })).toEqual({ a: "x", b: undefined, c: true });
    expect(ok(spec, { a: "x", b: 2, c: false })).toEqual({ a: "x", b: 2, c: false });
    expect(refused(spec, {})).toEqual(["a: missing required field"]);
    expect(refused(spec, { a: "x", d: 1 })).toEqual(["d: unknown field (expected one of: a, b, c)"]);
    expect(ok(S.obj({ a: S.str() }, { unknown: "ignore" }), { a: "x", d: 1 })).toEqual({ a: "x" });
    expect(refused(spec, "x")).toEqual(["expected a mapping"]);
  });

  it("obj: null goes to the field's spec, or counts as missing with nullIsMissing", () => {
    expect(refused(S.obj({ a: S.withDefault(S.bool(), true) }), { a: null })).toEqual(["a: null is not true or false"]);
    expect(ok(S.obj({ a: S.withDefault(S.bool(), true) }, { nullIsMissing: true }), { a: null })).toEqual({ a: true });
    expect(refused(S.obj({ a: S.str() }, { nullIsMissing: true }), { a: null })).toEqual(["a: missing required field"]);
  });

  it("defaults are fresh copies", () => {
    const spec = S.obj({ xs: S.withDefault(S.list(S.int()), []) });
    const one = ok(spec, {});
    one.xs.push(1);
    expect(ok(spec, {}).xs).toEqual([]);
  });
});

describe("schema: modifiers", () => {
  it("nullAs stands in for null only", () => {
    const s = S.nullAs(S.str(), "");
    expect(ok(s, null)).toBe("");
    expect(refused(s, 1)).toEqual(["1 is not a string"]);
  });

  it("required names what is missing", () => {
    expect(refused(S.obj({ uid: S.required(S.str(), "missing required field (the unique id)") }), {})).toEqual([
      "uid: missing required field (the unique id)",
    ]);
  });

  it("either takes the first that fits, else reports the last", () => {
    const target = S.either(
      S.refine(S.str(), (v) => v || S.fail("empty")),
      S.port(),
    );
    expect(ok(target, "http")).toBe("http");
    expect(ok(target, 8080)).toBe(8080);
    expect(refused(target, "")).toEqual(['"" is not an integer between 1 and 65535']);
  });

  it("refine converts or refuses once the inner spec took the value", () => {
    const nsName = S.refine(S.str(), (v) =>
      v.includes("/") ? v.split("/") : S.fail(`${JSON.stringify(v)} is not ns/name`),
    );
    expect(ok(nsName, "a/b")).toEqual(["a", "b"]);
    expect(refused(nsName, "ab")).toEqual(['"ab" is not ns/name']);
    expect(refused(nsName, 1)).toEqual(["1 is not a string"]); // the inner problem, refine not run
  });
});

describe("schema: paths and collected issues", () => {
  const pod = S.obj(
    {
      spec: S.obj(
        {
          containers: S.list(
            S.obj(
              { ports: S.list(S.obj({ containerPort: S.port(), name: S.optional(S.str()) })) },
              { unknown: "ignore" },
            ),
          ),
        },
        { unknown: "ignore" },
      ),
    },
    { unknown: "ignore" },
  );

  it("an error names the nested path", () => {
    const r = S.validate(pod, { spec: { containers: [{ ports: [{ containerPort: 80 }, { containerPort: 0 }] }] } });
    expect(issues(r)).toEqual(["spec.containers[0].ports[1].containerPort: 0 is not an integer between 1 and 65535"]);
  });

  it("every problem is reported, in document order", () => {
    const r = S.validate(pod, {
      spec: {
        containers: [{ ports: [{ containerPort: "x" }, { containerPort: 80, name: 5 }] }, { ports: [{}], extra: true }],
      },
    });
    expect(issues(r)).toEqual([
      'spec.containers[0].ports[0].containerPort: "x" is not an integer between 1 and 65535',
      "spec.containers[0].ports[1].name: 5 is not a string",
      "spec.containers[1].ports[0].containerPort: missing required field",
    ]);
  });

  it("a base path prefixes every issue", () => {
    const r = S.validate(S.list(S.ip()), ["x", "1.2.3.4", "y"], ["status", "podIPs"]);
    expect(r.ok ? [] : r.issues.map((i: Issue) => i.path)).toEqual([
      ["status", "podIPs", 0],
      ["status", "podIPs", 2],
    ]);
  });

  it("formatPath: identifiers after dots, indexes in brackets, other keys quoted", () => {
    expect(S.formatPath(["workloads", 0, "services", "default/a", "80"])).toBe('workloads[0].services["default/a"].80');
    expect(S.formatPath([])).toBe("");
  });

  it("undefined at the top is missing: the default, or an issue", () => {
    expect(ok(S.withDefault(S.str(), "d"), undefined)).toBe("d");
    expect(refused(S.str(), undefined)).toEqual(["missing required field"]);
  });
});
