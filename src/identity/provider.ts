// The node proxy's certificate store: one certificate per workload identity this node
// serves, fetched once on the main thread (never per worker), renewed at half life,
// retried with backoff while the CA is down (the current certificate keeps serving), and
// posted to workers as plain PEMs. Sources: the Istio CA (CA_ADDRESS) or, with
// FAKE_CA=true, an in-process self-signed CA.
import { LRUCache } from "lru-cache";
import type { CertSource } from "../admin/config-dump.ts";
import type { Config } from "../config.ts";
import { type Logger, logger } from "../log.ts";
import { createCsr } from "./csr.ts";
import { createCaClient } from "./istio-ca.ts";
import { createLocalCa } from "./local-ca.ts";
import { certInfo, splitPem } from "./pem.ts";
import type { WorkloadCert } from "./workload-cert.ts";

export interface CertProvider {
  /** The identities this node serves now; others are dropped, new ones fetched. */
  want(identities: string[]): void;
  /** Current certificates (available ones only). */
  certs(): WorkloadCert[];
  onChange(cb: () => void): void;
  /** For config_dump `certificates`. */
  sources(): CertSource[];
  /** Resolves when every wanted identity has had a first answer (cert or error). */
  ready(): Promise<void>;
  close(): void;
}

interface Entry {
  identity: string;
  cert?: WorkloadCert;
  error?: string;
  timer?: NodeJS.Timeout;
  attempt: number;
  inflight?: Promise<void>;
  settled: Promise<void>;
  settle: () => void;
}

type Signer = {
  sign(csrPem: string, identity: string, ttlMs: number): Promise<string[]>;
  roots(): string[];
  close(): void;
};

async function createSigner(config: Config): Promise<Signer> {
  if (config.fakeCa) {
    const ca = await createLocalCa({ trustDomain: config.trustDomain });
    return {
      sign: (csr, identity, ttlMs) => ca.signCsr(csr, { identity, ttlMs }),
      roots: () => [ca.rootPem],
      close() {},
    };
  }
  const client = createCaClient(config);
  let roots: string[] = [];
  const { readFileSync } = await import("node:fs");
  try {
    roots = splitPem(readFileSync(config.caRootCa, "utf8"));
  } catch {
    roots = [];
  }
  return {
    sign: async (csr, identity, ttlMs) => {
      const chain = (await client.sign(csr, identity, ttlMs)).flatMap(splitPem);
      // The CA may append its root; peers must chain to the mesh roots we trust.
      if (roots.length === 0 && chain.length > 1) roots = [chain[chain.length - 1]!];
      return chain;
    },
    roots: () => roots,
    close: () => client.close(),
  };
}

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 30_000;

export async function createCertProvider(config: Config, opts: { log?: Logger } = {}): Promise<CertProvider> {
  const log = (opts.log ?? logger()).child({ component: "identity" });
  const signer = await createSigner(config);
  const entries = new LRUCache<string, Entry>({
    max: 100_000,
    dispose: (e) => clearTimeout(e.timer),
  });
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) l();
  };
  let closed = false;

  const schedule = (e: Entry, ms: number) => {
    clearTimeout(e.timer);
    e.timer = setTimeout(() => void fetch(e), ms);
    e.timer.unref();
  };

  // Coalesced: a renewal or retry while a request is in flight joins it.
  const fetch = (e: Entry): Promise<void> => {
    e.inflight ??= (async () => {
      try {
        const { keyPem, csrPem } = await createCsr(e.identity);
        const chain = await signer.sign(csrPem, e.identity, config.secretTtlMs);
        const leaf = certInfo(chain[0]!);
        const roots = signer.roots();
        const rest = chain.slice(1).filter((c) => !roots.includes(c));
        e.cert = {
          identity: e.identity,
          keyPem,
          chainPem: [chain[0]!, ...rest],
          rootsPem: roots,
          expiresAt: leaf.validTo.getTime(),
        };
        e.error = undefined;
        e.attempt = 0;
        const life = leaf.validTo.getTime() - Math.max(leaf.validFrom.getTime(), Date.now() - 1);
        schedule(e, Math.max(1000, life / 2));
        log.info({ identity: e.identity, expires: leaf.validTo.toISOString() }, "certificate issued");
        changed();
      } catch (err) {
        e.error = (err as Error).message;
        const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** e.attempt++);
        log.warn({ identity: e.identity, retryInMs: delay, err: e.error }, "certificate request failed; retrying");
        if (!closed) schedule(e, delay);
      } finally {
        e.inflight = undefined;
        e.settle();
      }
    })();
    return e.inflight;
  };

  return {
    want(identities) {
      const keep = new Set(identities);
      let dropped = false;
      for (const id of [...entries.keys()]) {
        if (!keep.has(id)) {
          entries.delete(id);
          dropped = true;
        }
      }
      for (const identity of keep) {
        if (entries.has(identity)) continue;
        let settle!: () => void;
        const settled = new Promise<void>((r) => {
          settle = r;
        });
        const e: Entry = { identity, attempt: 0, settled, settle };
        entries.set(identity, e);
        void fetch(e);
      }
      if (dropped) changed();
    },
    certs: () => [...entries.values()].flatMap((e) => (e.cert ? [e.cert] : [])),
    onChange: (cb) => void listeners.add(cb),
    sources: () =>
      [...entries.values()]
        .sort((a, b) => a.identity.localeCompare(b.identity))
        .map((e) => ({
          identity: e.identity,
          state: e.cert ? "Available" : e.error ? `Unavailable: ${e.error}` : "Initializing",
          certChain: e.cert?.chainPem,
          rootCerts: e.cert?.rootsPem,
        })),
    ready: async () => {
      await Promise.all([...entries.values()].map((e) => e.settled));
    },
    close() {
      closed = true;
      entries.clear();
      signer.close();
    },
  };
}
