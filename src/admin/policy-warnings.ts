// Main thread: reports Authorization policies whose verdicts surprise (beyond ztunnel,
// which stays silent). The verdict itself is ztunnel's (src/decide/authz.ts); this only
// logs one warning and counts `ztunnel_ts_policy_warnings_total{reason}` once per policy
// carrying such a pattern — not per connection, not per xDS push of the same policy —
// so a dashboard shows how many policies are affected.
import { Counter, type Registry } from "prom-client";
import { principalWarnings } from "../decide/authz.ts";
import type { Logger } from "../log.ts";
import type { Changes, StateView } from "../state/store.ts";

export interface PolicyWarnings {
  /** Call after every state apply with what it changed. */
  note(state: StateView, changes: Changes): void;
  /** Keys of the policies warned about and still present. */
  warned(): string[];
}

export function createPolicyWarnings(opts: { registry: Registry; log: Logger }): PolicyWarnings {
  const counter = new Counter({
    name: "ztunnel_ts_policy_warnings_total",
    help: "Authorization policies carrying a pattern that never matches (e.g. a principal with spiffe://), by reason",
    labelNames: ["reason"],
    registers: [opts.registry],
  });
  // key → reasons already reported; a policy that is removed (or loses the pattern) and
  // comes back is a new policy to the operator and is reported again.
  const reported = new Map<string, Set<string>>();
  return {
    note(state, changes) {
      for (const key of changes.policies) {
        const p = state.policy(key);
        const ws = p ? principalWarnings(p) : [];
        if (ws.length === 0) {
          reported.delete(key);
          continue;
        }
        const seen = reported.get(key) ?? new Set<string>();
        reported.set(key, seen);
        for (const w of ws) {
          if (seen.has(w.reason)) continue;
          seen.add(w.reason);
          counter.inc({ reason: w.reason });
          opts.log.warn(
            { policy: key, reason: w.reason, pattern: w.pattern },
            "authorization policy has a principal with the spiffe:// scheme: it never matches (as in ztunnel); write it without spiffe://",
          );
        }
      }
    },
    warned: () => [...reported.keys()],
  };
}
