// Workload certificates by identity, owned by the main thread. It fetches each identity
// once (concurrent asks share one request), renews at half life, retries with
// exponential backoff while the CA is down — the current cert keeps serving until it
// expires — and announces every new cert to subscribers, which post it to the workers as
// plain PEM strings (`WorkloadCert`). Workers never talk to the CA.
import { createPrivateKey, X509Certificate } from "node:crypto";
import { LRUCache } from "lru-cache";
import { logger } from "../log.ts";
import type { CertSource } from "./ca-client.ts";
import { type KeyProvider, memoryKeys } from "./key-provider.ts";
import type { LocalCa } from "./local-ca.ts";
import { type CertInfo, certInfo } from "./pem.ts";
import { IdentityError } from "./spiffe.ts";
import type { WorkloadCert } from "./workload-cert.ts";

export type CertState = "Initializing" | "Available" | "Unavailable";

interface Entry {
  identity: string;
  cert?: WorkloadCert;
  /** Removes the current certificate's key (token keys), once it is replaced or dropped. */
  release?: () => void;
  inflight?: Promise<WorkloadCert>;
  timer?: NodeJS.Timeout;
  failures: number;
  lastError?: string;
}

export interface CertStoreOptions {
  source: CertSource;
  /** Configured mesh roots (CA_ROOT_CA contents, or the local CA's root); setRoots() replaces them. */
  rootsPem: string[];
  maxIdentities?: number;
  /** Backoff after a failed fetch: initial, doubling up to max. */
  retryInitialMs?: number;
  retryMaxMs?: number;
  /** Fraction of the remaining lifetime after which to renew (0.5 = half life). */
  renewAt?: number;
  /** How long a replaced key is kept (KEY_RETIRE_GRACE_MS). */
  retireGraceMs?: number;
}

export interface CertDump {
  identity: string;
  state: CertState;
  certChain: { pem: string; serialNumber: string; validFrom: string; expirationTime: string }[];
  rootCerts: { pem: string }[];
}

export interface CertStore {
  /** A valid cert for the identity, fetching (once) if needed. */
  get(identity: string): Promise<WorkloadCert>;
  /** The current cert, if any, without fetching. */
  current(identity: string): WorkloadCert | undefined;
  /** Called with every newly issued cert (initial and renewals); returns unsubscribe. */
  subscribe(fn: (cert: WorkloadCert) => void): () => void;
  /** Stop serving (and renewing) an identity, e.g. when its last local pod left. */
  forget(identity: string): void;
  /**
   * The configured roots changed (CA_ROOT_CA rewritten): every current cert is announced
   * again with the new trust set, so peers are verified against it from then on.
   */
  setRoots(rootsPem: string[]): void;
  dump(): CertDump[];
  close(): void;
}

/** FAKE_CA=true and the demo: sign locally, no network. */
export function localCaSource(ca: LocalCa, ttlMs: number, keys: KeyProvider = memoryKeys()): CertSource {
  return async (identity) => {
    const { csrPem, keyPem, keyUri, spki, release } = await keys.newKey(identity);
    try {
      return { identity, keyPem, keyUri, spki, release, chainPem: await ca.signCsr(csrPem, { identity, ttlMs }) };
    } catch (e) {
      release?.();
      throw e;
    }
  };
}

/**
 * How long a replaced certificate's key stays in the token: workers get the new certificate
 * by message, and a handshake begun on the old secure context still needs the old key.
 */
export const KEY_RETIRE_GRACE_MS = 5000;

/**
 * What a CA answered, checked before it is served: a leaf that parses, names the identity
 * asked for in its URI SAN, and matches the private key the CSR came from. A CA that
 * answers garbage, another workload's certificate or one for another key is refused like
 * an outage (retried with backoff) — served, it would fail every handshake, or impersonate.
 */
export function checkIssued(
  identity: string,
  issued: { keyPem?: string; spki?: Buffer; chainPem: string[] },
): CertInfo {
  const pem = issued.chainPem[0];
  if (!pem) throw new IdentityError("ZTS_IDENTITY_CA_ANSWER", `the CA returned no certificate for ${identity}`);
  let leaf: CertInfo;
  let x: X509Certificate;
  try {
    leaf = certInfo(pem);
    x = new X509Certificate(pem);
  } catch (err) {
    throw new IdentityError(
      "ZTS_IDENTITY_CA_ANSWER",
      `the CA's certificate for ${identity} does not parse: ${(err as Error).message}`,
    );
  }
  if (!leaf.uris.includes(identity)) {
    throw new IdentityError(
      "ZTS_IDENTITY_CA_ANSWER",
      `the CA's certificate names ${leaf.uris.join(", ") || "no URI"}, not ${identity}`,
    );
  }
  const matches = issued.keyPem
    ? x.checkPrivateKey(createPrivateKey(issued.keyPem))
    : issued.spki !== undefined && x.publicKey.export({ type: "spki", format: "der" }).equals(issued.spki);
  if (!matches) {
    throw new IdentityError(
      "ZTS_IDENTITY_CA_ANSWER",
      `the CA's certificate for ${identity} is not for the key of its CSR`,
    );
  }
  return leaf;
}

export function createCertStore(opts: CertStoreOptions): CertStore {
  const log = logger();
  const subs = new Set<(c: WorkloadCert) => void>();
  const retryInitial = opts.retryInitialMs ?? 1000;
  const retryMax = opts.retryMaxMs ?? 60_000;
  const renewAt = opts.renewAt ?? 0.5;
  let closed = false;
  const retireGrace = opts.retireGraceMs ?? KEY_RETIRE_GRACE_MS;
  const retire = (release: (() => void) | undefined) => {
    if (release) setTimeout(release, retireGrace).unref();
  };
  const entries = new LRUCache<string, Entry>({
    max: opts.maxIdentities ?? 10_000,
    dispose: (e) => {
      if (e.timer) clearTimeout(e.timer);
      // Dropped (forgotten, evicted, closed): its key goes too, after the grace.
      if (!closed) retire(e.release);
      e.release = undefined;
    },
  });

  const valid = (c: WorkloadCert | undefined) => c !== undefined && (c.expiresAt ?? 0) > Date.now();
  let configuredRoots = opts.rootsPem;
  // Roots a peer may chain to: what the CA sent with the cert and what is configured.
  const trustOf = (issued: string[] | undefined) => [...new Set([...(issued ?? []), ...configuredRoots])];
  const issuedRoots = new WeakMap<WorkloadCert, string[]>();

  function schedule(e: Entry, ms: number): void {
    if (e.timer) clearTimeout(e.timer);
    if (closed) return;
    e.timer = setTimeout(() => {
      e.timer = undefined;
      void fetchNow(e).catch(() => {});
    }, ms);
    e.timer.unref();
  }

  function fetchNow(e: Entry): Promise<WorkloadCert> {
    if (e.inflight) return e.inflight;
    const p = opts
      .source(e.identity)
      .then((issued) => {
        let leaf: CertInfo;
        try {
          leaf = checkIssued(e.identity, issued);
        } catch (err) {
          issued.release?.();
          throw err;
        }
        const cert: WorkloadCert = {
          identity: e.identity,
          ...(issued.keyUri ? { keyUri: issued.keyUri } : { keyPem: issued.keyPem }),
          chainPem: issued.chainPem,
          rootsPem: trustOf(issued.rootsPem),
          expiresAt: leaf.validTo.getTime(),
        };
        issuedRoots.set(cert, issued.rootsPem ?? []);
        e.cert = cert;
        retire(e.release);
        e.release = issued.release;
        // Forgotten while this fetch was out: nobody will replace or drop it, so drop it now.
        if (entries.peek(e.identity) !== e && !closed) {
          retire(e.release);
          e.release = undefined;
        }
        e.failures = 0;
        e.lastError = undefined;
        // Half of the remaining life, counted from receipt: CAs backdate notBefore for clock
        // skew (Istio by minutes), which would make "notBefore + life/2" come far too early.
        const renewIn = Math.max(100, (leaf.validTo.getTime() - Date.now()) * renewAt);
        if (entries.has(e.identity)) schedule(e, renewIn);
        log.info(
          { identity: e.identity, expires: leaf.validTo.toISOString(), renewInMs: renewIn },
          "certificate issued",
        );
        for (const s of subs) s(cert);
        return cert;
      })
      .catch((err: Error) => {
        e.failures++;
        e.lastError = err.message;
        const delay = Math.min(retryMax, retryInitial * 2 ** (e.failures - 1));
        const code = (err as { code?: unknown }).code;
        log.warn(
          { identity: e.identity, err: err.message, ...(typeof code === "string" ? { code } : {}), retryInMs: delay },
          "certificate fetch failed",
        );
        if (entries.has(e.identity)) schedule(e, delay);
        throw err;
      })
      .finally(() => {
        e.inflight = undefined;
      });
    e.inflight = p;
    return p;
  }

  function entry(identity: string): Entry {
    let e = entries.get(identity);
    if (!e) {
      e = { identity, failures: 0 };
      entries.set(identity, e);
    }
    return e;
  }

  return {
    async get(identity) {
      const e = entry(identity);
      if (valid(e.cert)) return e.cert!;
      return fetchNow(e);
    },
    current: (identity) => {
      const c = entries.get(identity)?.cert;
      return valid(c) ? c : undefined;
    },
    subscribe(fn) {
      subs.add(fn);
      return () => subs.delete(fn);
    },
    forget: (identity) => {
      entries.delete(identity);
    },
    setRoots(rootsPem) {
      configuredRoots = rootsPem;
      for (const e of entries.values()) {
        if (!e.cert) continue;
        const next: WorkloadCert = { ...e.cert, rootsPem: trustOf(issuedRoots.get(e.cert)) };
        issuedRoots.set(next, issuedRoots.get(e.cert) ?? []);
        e.cert = next;
        for (const s of subs) s(next);
      }
    },
    dump: () =>
      [...entries.values()].map((e) => ({
        identity: e.identity,
        state: valid(e.cert) ? "Available" : e.failures > 0 ? "Unavailable" : "Initializing",
        certChain: (e.cert?.chainPem ?? []).map((pem) => {
          const i = certInfo(pem);
          return {
            pem,
            serialNumber: i.serialNumber,
            validFrom: i.validFrom.toISOString(),
            expirationTime: i.validTo.toISOString(),
          };
        }),
        rootCerts: (e.cert?.rootsPem ?? configuredRoots).map((pem) => ({ pem })),
      })),
    close() {
      closed = true;
      entries.clear();
      subs.clear();
    },
  };
}
