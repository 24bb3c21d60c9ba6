// The DNS proxy as the app runs it (ztunnel's dns::Server per proxy): one handler setup
// (state view, forwarder, metrics, log) and its listeners — node mode: bound on
// ISTIO_META_DNS_PROXY_ADDR, requester found by source IP; in-pod mode: a UDP+TCP pair on
// localhost:<port> inside each pod's netns, opened and closed with the pod's other
// listeners, requester = that pod, forwarded queries leaving from the pod's netns.
import type { Addon } from "../balance/addon.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { StateView } from "../state/store.ts";
import type { Workload } from "../state/types.ts";
import { DnsError } from "./errors.ts";
import { createDnsHandler, type HandlerLimits } from "./handler.ts";
import { createDnsMetrics, type DnsMetrics } from "./metrics.ts";
import { type PodInfo, requesterByIp, requesterForPod } from "./requester.ts";
import { type Upstream, upstreamsFrom } from "./resolv-conf.ts";
import { type DnsListenSpec, type DnsServer, startDnsServer } from "./server.ts";
import { createForwarder, type Forwarder } from "./upstream.ts";

export interface DnsProxyOptions {
  config: Pick<
    Config,
    | "dnsProxyAddr"
    | "dnsUpstream"
    | "dnsUpstreamTimeoutMs"
    | "clusterDomain"
    | "network"
    | "inpodPortReuse"
    | "preferedServiceNamespace"
  >;
  view: StateView;
  /** Workloads this node serves (node-mode requesters, in-pod pod lookup). */
  isLocal(w: Workload): boolean;
  localWorkloads(): Iterable<Workload>;
  addon: Pick<Addon, "listenSocket" | "connectMarked">;
  log: Logger;
  /** Default /etc/resolv.conf (tests pass their own file). */
  resolvConf?: string;
  limits?: HandlerLimits;
}

export interface DnsProxy {
  readonly metrics: DnsMetrics;
  readonly upstreams: Upstream[];
  /** Node mode: listen on ISTIO_META_DNS_PROXY_ADDR; requesters by source IP. */
  listenNode(): Promise<DnsServer>;
  /** In-pod mode: listeners inside the pod's netns (path), answering as that pod. */
  addPod(uid: string, pod: PodInfo, netns: string): Promise<void>;
  removePod(uid: string): Promise<void>;
  /** Listener addresses per owner ("node" or a pod uid). */
  listeners(): Record<string, string[]>;
  close(): Promise<void>;
}

/** `localhost` → 127.0.0.1 and ::1 (ztunnel's Address::Localhost); anything else as given. */
export function dnsHosts(host: string): string[] {
  return host === "localhost" ? ["127.0.0.1", "::1"] : [host];
}

export function createDnsProxy(opts: DnsProxyOptions): DnsProxy {
  const { config, view, log, addon } = opts;
  // A bad ZTS_DNS_UPSTREAM stops start-up; a resolv.conf without nameservers only means
  // names outside the mesh get SERVFAIL (mesh names are still answered).
  let upstreams: Upstream[] = [];
  try {
    upstreams = upstreamsFrom(config.dnsUpstream, opts.resolvConf);
  } catch (err) {
    if ((err as DnsError).code !== "ZTS_DNS_NO_UPSTREAM") throw err;
    log.warn({ err: (err as Error).message }, "dns: no upstream resolver; names outside the mesh will get SERVFAIL");
  }
  const forwarder: Forwarder = createForwarder({ upstreams, timeoutMs: config.dnsUpstreamTimeoutMs, addon });
  const metrics = createDnsMetrics();
  const lookup = {
    clusterDomain: config.clusterDomain,
    ...(config.preferedServiceNamespace ? { preferredNamespace: config.preferedServiceNamespace } : {}),
  };
  const servers = new Map<string, DnsServer>();
  /** Pod uid → its netns path (its pooled upstream sockets are closed with it). */
  const podNetns = new Map<string, string>();

  /** Every host of the address; ::1 is optional (a namespace without IPv6 has no ::1). */
  async function listen(owner: string, specs: DnsListenSpec[], handler: ReturnType<typeof createDnsHandler>) {
    let server: DnsServer | undefined;
    try {
      server = await startDnsServer(specs, { handler, metrics, addon });
    } catch (err) {
      const v4 = specs.filter((s) => s.host !== "::1");
      if (v4.length === specs.length || v4.length === 0) throw err;
      log.debug({ owner, err: (err as Error).message }, "dns: no ::1 here, listening on IPv4 localhost only");
      server = await startDnsServer(v4, { handler, metrics, addon });
    }
    servers.set(owner, server);
    return server;
  }

  const specsFor = (netns?: string): DnsListenSpec[] =>
    dnsHosts(config.dnsProxyAddr.host).map((host) => ({
      host,
      port: config.dnsProxyAddr.port,
      reusePort: config.inpodPortReuse,
      ...(netns ? { netns } : {}),
    }));

  return {
    metrics,
    upstreams,
    listenNode: async () => {
      const handler = createDnsHandler({
        view,
        requester: requesterByIp(view, config.network, opts.isLocal),
        lookup,
        forwarder,
        metrics,
        log,
        ...(opts.limits ? { limits: opts.limits } : {}),
      });
      const server = await listen("node", specsFor(), handler);
      log.info({ address: server.addresses().udp, upstreams }, "dns: proxy listening");
      return server;
    },
    addPod: async (uid, pod, netns) => {
      if (servers.has(uid)) throw new DnsError("ZTS_DNS_BIND", `pod ${uid} already has DNS listeners`);
      const find = requesterForPod(view, pod, opts.localWorkloads);
      const handler = createDnsHandler({
        view,
        requester: () => find(),
        lookup,
        forwarder,
        netns,
        metrics,
        log,
        ...(opts.limits ? { limits: opts.limits } : {}),
      });
      await listen(uid, specsFor(netns), handler);
      podNetns.set(uid, netns);
    },
    removePod: async (uid) => {
      const s = servers.get(uid);
      servers.delete(uid);
      await s?.close();
      const netns = podNetns.get(uid);
      podNetns.delete(uid);
      if (netns) forwarder.close(netns);
    },
    listeners: () => {
      const out: Record<string, string[]> = {};
      for (const [owner, s] of servers) out[owner] = s.addresses().udp.map((a) => `${a.address}:${a.port}`);
      return out;
    },
    close: async () => {
      const all = [...servers.values()];
      servers.clear();
      await Promise.all(all.map((s) => s.close()));
      forwarder.close();
    },
  };
}
