// The copy stage for a plain ↔ plain leg (passthrough, TCP upstreams, inbound plaintext,
// SOCKS5 to a plain destination): the addon's splice(2) pump (ZTS_DATAPATH=native, the
// default where the addon has one) or JavaScript's copy (js). Same result either way; what
// the caller must know: with the pump, destroying either socket (a policy change, a deleted
// pod, drain) stops the pump and resets both sides — the pump holds its own dups of the fds,
// so destroying a JS socket alone would not close the connection.
import type net from "node:net";
import type { Addon } from "../balance/addon.ts";
import { type CopyOptions, type CopyResult, copyBidirectional } from "./copy.ts";
import { type PumpAddon, pumpBidirectional } from "./native-pump.ts";

export type CopyPlain = (a: net.Socket, b: net.Socket, opts: Pick<CopyOptions, "onBytes">) => Promise<CopyResult>;

/** The pump when asked for and built, else JavaScript's copy; says which it chose. */
export function plainCopier(datapath: "native" | "js", addon: Addon | undefined): { copy: CopyPlain; native: boolean } {
  const pump = addon as (Addon & Partial<PumpAddon>) | undefined;
  if (datapath === "js" || typeof pump?.pumpStart !== "function") {
    return { copy: (a, b, opts) => copyBidirectional(a, b, opts), native: false };
  }
  const p = pump as PumpAddon;
  return {
    native: true,
    copy(a, b, opts) {
      const run = pumpBidirectional(p, a, b, opts.onBytes ? { onBytes: opts.onBytes } : {});
      // A socket destroyed from outside while the pump runs: stop it, resetting both sides
      // (after the pump's own end these are no-ops).
      const stop = () => run.stop("reset");
      a.once("close", stop);
      b.once("close", stop);
      return run.done;
    },
  };
}
