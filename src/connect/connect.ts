// The connect stage: the one place that decides from where each outgoing socket is made —
// which pod netns, which source address, whether the kernel must allow a foreign one
// (IP_TRANSPARENT) — and what to try when the kernel refuses. Every socket also carries
// SO_MARK 1337 (dial.ts), so the capture rules skip the proxy's own traffic. The plan is a
// pure function (dialAttempts, unit-tested); `createConnect` only tries it in order.
import type net from "node:net";
import type { Dial, DialOptions } from "./dial.ts";

/** Why the proxy opens a socket; each purpose has its own rule for netns and source address. */
export type DialPurpose =
  /** Outbound plain TCP (a TCP upstream, passthrough): from the client pod's netns in in-pod mode, else the node. */
  | { to: "upstream"; netns?: string | undefined }
  /**
   * Outbound HBONE session to a node proxy or waypoint, on behalf of the pod at `srcIp`: in-pod,
   * from inside that pod's netns; in node mode, from the pod's IP (ztunnel's freebind), so the
   * destination node knows the source workload by address — else from the node.
   */
  | { to: "tunnel"; srcIp: string }
  /**
   * Inbound, to a local workload: inside its netns (in-pod; given, or found by the workload's
   * address) and, with ENABLE_ORIG_SRC, from the client's own address — else from the node.
   */
  | {
      to: "workload";
      srcIp: string;
      netns?: string | undefined;
      /** For an HBONE tunnel: its bytes go to an HTTP/2 stream, always copied in JavaScript. */
      tunnelled?: boolean;
    };

export interface ConnectFacts {
  /** In-pod mode: the netns of the pod owning `ip` (src/connect/pod-netns.ts); undefined in node mode. */
  netnsOf(ip: string): string | undefined;
  /** ENABLE_ORIG_SRC: inbound dials keep the client's address. */
  keepSourceIp: boolean;
  /**
   * Plain ↔ plain legs are copied in JavaScript (ZTS_DATAPATH=js, or no pump in the addon):
   * their dialed sockets read into recycled buffers. With the pump they are the pump's, and a
   * pool would only cost memory.
   */
  jsPlainCopy?: boolean;
}

/** The dial options to try, in order, for a socket to `host` made for `purpose`. Pure. */
export function dialAttempts(host: string, purpose: DialPurpose, facts: ConnectFacts): DialOptions[] {
  switch (purpose.to) {
    case "upstream":
      return [purpose.netns ? { netns: purpose.netns } : {}];
    case "tunnel": {
      const netns = facts.netnsOf(purpose.srcIp);
      if (netns) return [{ netns }];
      // The pod's address may not be bindable here (no privileges, not local): then the node's.
      return purpose.srcIp ? [{ localAddress: purpose.srcIp, transparent: true }, {}] : [{}];
    }
    case "workload": {
      const netns = purpose.netns ?? facts.netnsOf(host);
      const base: DialOptions = netns ? { netns } : {};
      if (!facts.keepSourceIp || !purpose.srcIp) return [base];
      return [{ ...base, localAddress: purpose.srcIp, transparent: true }, base];
    }
  }
}

/** Whether the socket for `purpose` reads into recycled buffers (copy/recycled-reads.ts). Pure. */
export function pooled(purpose: DialPurpose, facts: Pick<ConnectFacts, "jsPlainCopy">): boolean {
  if (purpose.to === "tunnel") return false;
  if (purpose.to === "workload" && purpose.tunnelled) return true;
  return facts.jsPlainCopy === true;
}

export type Connect = (host: string, port: number, purpose: DialPurpose) => Promise<net.Socket>;

export function createConnect(dial: Dial, facts: ConnectFacts): Connect {
  const tryInOrder = async (host: string, port: number, attempts: DialOptions[]): Promise<net.Socket> => {
    for (let i = 0; ; i++) {
      try {
        return await dial(host, port, attempts[i]);
      } catch (err) {
        // The last attempt's error is the one the connection reports.
        if (i === attempts.length - 1) throw err;
      }
    }
  };
  return (host, port, purpose) => {
    let attempts = dialAttempts(host, purpose, facts);
    // Plain sockets whose bytes the JavaScript copy reads (a tunnel's workload, or any plain
    // leg without the pump) read into recycled buffers. A tunnel's own socket is TLS's, which
    // reads in C++.
    if (pooled(purpose, facts)) attempts = attempts.map((a) => ({ ...a, pooledReads: true }));
    // One attempt (the common case): the dial's own promise, no extra async layer per connection.
    return attempts.length === 1 ? dial(host, port, attempts[0]) : tryInOrder(host, port, attempts);
  };
}
