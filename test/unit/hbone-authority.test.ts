// The CONNECT :authority as the HBONE server reads it (tunnel/server.ts parseAuthority).
import { describe, expect, it } from "vitest";
import { parseAuthority } from "../../src/tunnel/server.ts";

describe("parseAuthority", () => {
  it.each([
    ["10.0.0.1:8080", { host: "10.0.0.1", port: 8080 }],
    ["[::ffff:10.0.0.1]:80", { host: "10.0.0.1", port: 80 }],
    ["[2001:DB8::1]:443", { host: "2001:db8::1", port: 443 }],
    ["Echo.Default.svc.cluster.local:80", { host: "echo.default.svc.cluster.local", port: 80, hostname: true }],
  ])("%s → %j", (a, want) => {
    expect(parseAuthority(a)).toEqual(want);
  });
  it.each([
    "10.0.0.1",
    "10.0.0.1:0",
    "10.0.0.1:65536",
    "[10.0.0.1]:80",
    "10.0.0:80",
    "999.1.1.1:80",
    "bad_name.svc:80",
    "-lead.svc:80",
    "a..b:80",
    `${"a".repeat(64)}.svc:80`,
    "",
  ])("%s → refused", (a) => {
    expect(parseAuthority(a)).toBeUndefined();
  });
});
