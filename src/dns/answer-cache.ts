// The lookup's decisions, remembered until the state changes: the alias × wildcard search
// (names.ts) is most of a mesh answer's cost and all of a forwarded name's local cost, and
// pods ask the same few names over and over. Keyed by the requester's namespace and
// network (all the lookup reads of it), the name as asked and the type; dropped whole when
// the state's version moves or the cache is full. Records are shuffled per answer, as the
// uncached lookup does.
import type { StateView } from "../state/store.ts";
import { type Decision, type LookupOptions, lookup, type Requester } from "./lookup.ts";

const MAX_ENTRIES = 10_000;

export type CachedLookup = (client: Requester, name: string, type: string) => Decision;

function shuffleAddresses(d: Decision, shuffle: NonNullable<LookupOptions["shuffle"]> | undefined): Decision {
  if (d.kind !== "answer" || d.answers.length < 2) return d;
  const cname = d.answers[0]?.type === "CNAME" ? [d.answers[0]] : [];
  const ips = d.answers.slice(cname.length);
  const order = shuffle ?? shuffled;
  return { ...d, answers: [...cname, ...order([...ips])] };
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function createCachedLookup(view: StateView, opts: LookupOptions): CachedLookup {
  const cache = new Map<string, Decision>();
  let version = view.version;
  // The cached decision is computed unshuffled; each answer gets its own order.
  const base: LookupOptions = { ...opts, shuffle: <T>(x: T[]) => x };
  return (client, name, type) => {
    if (view.version !== version || cache.size >= MAX_ENTRIES) {
      cache.clear();
      version = view.version;
    }
    const key = `${client.namespace}\u0000${client.network}\u0000${type}\u0000${name}`;
    let d = cache.get(key);
    if (!d) {
      d = lookup(view, client, name, type, base);
      cache.set(key, d);
    }
    return shuffleAddresses(d, opts.shuffle);
  };
}
