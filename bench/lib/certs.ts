// Throwaway certificates for the TLS pairs: one CA, a server cert (SAN 127.0.0.1 and
// "server") and a client cert, EC P-256, made with the openssl CLI in the run's temp dir.
// HAProxy and socat want certificate and key in one PEM file, so each leaf is written so.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runToEnd } from "./procs.ts";

export interface Certs {
  ca: string;
  /** cert + key in one file */
  server: string;
  client: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

async function openssl(args: string[]): Promise<void> {
  const r = await runToEnd("openssl", args, 15_000);
  if (r.code !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr.slice(0, 300)}`);
}

export async function makeCerts(dir: string): Promise<Certs> {
  const f = (n: string) => join(dir, n);
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  await openssl([
    "req",
    "-x509",
    ...ec,
    "-keyout",
    f("ca.key"),
    "-out",
    f("ca.pem"),
    "-days",
    "2",
    "-subj",
    "/CN=bench-ca",
  ]);
  for (const [name, san] of [
    ["server", "subjectAltName=IP:127.0.0.1,DNS:server"],
    ["client", "subjectAltName=DNS:client"],
  ] as const) {
    await openssl(["req", ...ec, "-keyout", f(`${name}.key`), "-out", f(`${name}.csr`), "-subj", `/CN=${name}`]);
    writeFileSync(f(`${name}.ext`), `${san}\nextendedKeyUsage=serverAuth,clientAuth\n`);
    await openssl(
      ["x509", "-req", "-in", f(`${name}.csr`), "-CA", f("ca.pem"), "-CAkey", f("ca.key"), "-CAcreateserial"].concat([
        "-out",
        f(`${name}.crt`),
        "-days",
        "2",
        "-extfile",
        f(`${name}.ext`),
      ]),
    );
    writeFileSync(f(`${name}.pem`), readFileSync(f(`${name}.crt`), "utf8") + readFileSync(f(`${name}.key`), "utf8"));
  }
  return {
    ca: f("ca.pem"),
    server: f("server.pem"),
    client: f("client.pem"),
    serverCert: f("server.crt"),
    serverKey: f("server.key"),
    clientCert: f("client.crt"),
    clientKey: f("client.key"),
  };
}

const made = new Map<string, Promise<Certs>>();

/** One set of certificates per run directory, made on first use. */
export function certsIn(dir: string): Promise<Certs> {
  let p = made.get(dir);
  if (!p) {
    p = makeCerts(dir);
    made.set(dir, p);
  }
  return p;
}
