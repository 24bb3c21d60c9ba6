// What the app needs from identity: "these are the identities this node serves now" in,
// current certificates (for the workers) and their status (for config_dump) out. The
// fetching, coalescing, renewal at half life and retry with backoff live in the cert
// store (cert-store.ts); the source is the Istio CA (CA_ADDRESS, ca-client.ts) or, with
// FAKE_CA=true, an in-process self-signed CA.
import { unwatchFile, watchFile } from "node:fs";
import { readFile } from "node:fs/promises";
import type { CertSource as DumpSource } from "../admin/config-dump.ts";
import type { Config } from "../config.ts";
import { type Logger, logger } from "../log.ts";
import { type CertSource, createCaClient } from "./ca-client.ts";
import { createCertStore, localCaSource } from "./cert-store.ts";
import { createKeyProvider } from "./key-provider.ts";
import { createLocalCa } from "./local-ca.ts";
import { splitPem } from "./pem.ts";
import type { WorkloadCert } from "./workload-cert.ts";

export interface CertProvider {
  /** The identities this node serves now; others are forgotten, new ones fetched. */
  want(identities: string[]): void;
  /** Current certificates (available ones only). */
  certs(): WorkloadCert[];
  /** Called after every issue or renewal, and when identities are dropped. */
  onChange(cb: () => void): void;
  /** For config_dump `certificates`. */
  sources(): DumpSource[];
  /** Resolves when every wanted identity has had a first answer (certificate or error). */
  ready(): Promise<void>;
  close(): void;
}

/** How often CA_ROOT_CA is checked for a rotation (stat polling survives ConfigMap symlink swaps). */
export const ROOTS_POLL_MS = 1000;

async function readRoots(path: string, log: Logger): Promise<string[]> {
  try {
    return splitPem(await readFile(path, "utf8"));
  } catch {
    log.warn({ path }, "CA_ROOT_CA not readable: peers' certificates cannot be verified until it is");
    return [];
  }
}

export async function createCertProvider(config: Config, opts: { log?: Logger } = {}): Promise<CertProvider> {
  const log = (opts.log ?? logger()).child({ component: "identity" });
  let source: CertSource;
  let roots: string[];
  let closeSource = () => {};
  // ZTS_KEY_PROVIDER=pkcs11: the token is opened here, so a missing module, an absent token
  // or a wrong/locked PIN stops start-up with its Pkcs11Error code.
  const keys = createKeyProvider(config);
  if (keys.kind === "pkcs11") log.info({ token: config.pkcs11Token }, "workload keys live in a PKCS#11 token");
  if (config.fakeCa) {
    const ca = await createLocalCa({ trustDomain: config.trustDomain });
    source = localCaSource(ca, config.secretTtlMs, keys);
    roots = [ca.rootPem];
  } else {
    roots = await readRoots(config.caRootCa, log);
    const client = createCaClient({
      endpoint: config.ca,
      // Read at each request: a rotated CA_ROOT_CA rebuilds the channel.
      rootCaPem: () => roots.join(""),
      token: config.authToken,
      clusterId: config.clusterId,
      headers: config.caHeaders,
      ttlMs: config.secretTtlMs,
      keys,
    });
    source = client.fetch;
    closeSource = () => client.close();
  }
  const store = createCertStore({ source, rootsPem: roots });
  // Trust bundle rotation without a restart: a root added to or retired from CA_ROOT_CA is
  // followed by peer verification (certificates re-announced to the workers) and the CA channel.
  let stopWatch = () => {};
  if (!config.fakeCa) {
    const path = config.caRootCa;
    const onChange = () => {
      void readRoots(path, log).then((next) => {
        if (next.length === 0 || next.join("") === roots.join("")) return;
        roots = next;
        log.info({ path, roots: next.length }, "CA_ROOT_CA changed: trusting the new root set");
        store.setRoots(next);
      });
    };
    watchFile(path, { interval: ROOTS_POLL_MS, persistent: false }, onChange);
    stopWatch = () => unwatchFile(path, onChange);
  }
  const wanted = new Map<string, Promise<unknown>>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  // The store logs each issuance itself (with the renewal time); here only the workers are told.
  store.subscribe(() => changed());

  return {
    want(identities) {
      const keep = new Set(identities);
      let dropped = false;
      for (const id of wanted.keys()) {
        if (keep.has(id)) continue;
        wanted.delete(id);
        store.forget(id);
        dropped = true;
      }
      for (const id of keep) {
        if (wanted.has(id)) continue;
        // The store retries by itself; this promise only tells ready() the first answer came.
        wanted.set(
          id,
          store
            .get(id)
            .catch((err: Error) => log.warn({ identity: id, err: err.message }, "certificate not yet issued")),
        );
      }
      if (dropped) changed();
    },
    certs: () => [...wanted.keys()].flatMap((id) => store.current(id) ?? []),
    onChange: (cb) => void listeners.add(cb),
    sources: () =>
      store.dump().map((d) => ({
        identity: d.identity,
        state: d.state,
        certChain: d.certChain.map((c) => c.pem),
        rootCerts: d.rootCerts.map((c) => c.pem),
      })),
    ready: async () => {
      await Promise.all(wanted.values());
    },
    close() {
      stopWatch();
      store.close();
      closeSource();
      keys.close();
    },
  };
}
