// A stand-in for the istio-cni node agent, for tests and for trying in-pod mode by hand
// (`ztunnel-ts cni-stub`, docs/inpod.md). It makes each pod a network namespace with a
// veth to the "node" (the current netns, or a named one), installs in-pod capture rules
// shaped like istio-cni's (outbound TCP → 15001 unless marked 1337 or bound to loopback,
// inbound → 15006 except 15008, DNS port 53 → 15053; the same again with ip6tables for a pod
// with an IPv6 address, as istio-cni does with ENABLE_INBOUND_IPV6), and speaks ZDS on a unix SOCK_SEQPACKET socket: on each
// proxy hello it sends every pod (add + netns fd in SCM_RIGHTS), then snapshot_sent, and
// waits for each ack.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, openSync, rmSync } from "node:fs";
import { istio } from "../../xds/gen/protos.js";
import { type Logger, logger } from "../log.ts";
import { canonicalIp, isV6 } from "../state/ip.ts";
import { InpodError } from "./errors.ts";
import { type InpodAddon, loadInpodAddon } from "./native.ts";
import { closeQuietly } from "./netns.ts";

const zds = istio.workload.zds;

export interface StubPod {
  uid: string;
  name: string;
  namespace: string;
  serviceAccount?: string;
  /** The pod's address (on its eth0): IPv4 (/32) or, for an IPv6-only pod, IPv6 (/128). */
  ip: string;
  /** A dual-stack pod's IPv6 address (/128), beside its IPv4 `ip`. */
  ip6?: string;
  /** Netns name (default zts-pod-<hash of uid>). */
  netns?: string;
}

export interface CaptureRulePorts {
  outboundPort: number;
  inboundPlaintextPort: number;
  inboundPort: number;
  /** istio-cni's DNS capture (cni.ambient.dnsCapture, default on since Istio 1.25): port 53 → this port. */
  dnsPort?: number;
  /** Default true; false = no DNS rules (a pod annotated ambient.istio.io/dns-capture=false). */
  dnsCapture?: boolean;
}

export interface CniStubOptions {
  socketPath: string;
  pods?: StubPod[];
  /** Netns holding the node side of each veth; default the current one. */
  nodeNetns?: string;
  ports?: Partial<CaptureRulePorts>;
  /** Create netns/veth/rules for pods (default true); false = just send existing netns. */
  provision?: boolean;
  /** How long to wait for each ack (default 5 s). */
  ackTimeoutMs?: number;
  /** Uids sent as `keep` in each snapshot, after the adds (istio-cni keeps pods it cannot re-send). */
  keepInSnapshot?: string[];
  log?: Logger;
  addon?: InpodAddon;
}

export interface CniStub {
  readonly socketPath: string;
  /** Resolves once a proxy said hello and acked the snapshot. */
  ready(): Promise<void>;
  /** Provisions the pod and, with a proxy connected, sends add; resolves with the ack's error ("" = ok). */
  addPod(pod: StubPod): Promise<string>;
  /** Sends del (the netns stays until close/deprovision); resolves with the ack's error. */
  removePod(uid: string): Promise<string>;
  /** Raw message for bad-input tests: bytes plus fds; resolves with the ack's error. */
  sendRaw(data: Buffer, fds?: number[]): Promise<string>;
  /** The hello the connected proxy sent (decoded), if any. */
  hello(): istio.workload.zds.ZdsHello | undefined;
  pods(): StubPod[];
  netnsOf(uid: string): string | undefined;
  /** Stops serving; `deprovision` (default false) also deletes the netns this stub created. */
  close(opts?: { deprovision?: boolean }): Promise<void>;
}

export function podNetnsName(pod: StubPod): string {
  return pod.netns ?? `zts-pod-${createHash("sha256").update(pod.uid).digest("hex").slice(0, 8)}`;
}

/** The pod's addresses, canonical, IPv4 first. */
export function podIps(pod: StubPod): string[] {
  const ips = [pod.ip, pod.ip6].flatMap((ip) => (ip ? [canonicalIp(ip) ?? ip] : []));
  return [...ips.filter((ip) => !isV6(ip)), ...ips.filter(isV6)];
}

/** What differs between istio-cni's IPv4 and IPv6 in-pod rules (AppendVersionedRule's two values). */
const FAMILY = {
  4: { loopback: "127.0.0.1/32", probe: "169.254.7.127/32" },
  // istio-cni's HostProbeV6SNATAddress.
  6: { loopback: "::1/128", probe: "fd16:9254:7127:1337:ffff:ffff:ffff:ffff/128" },
} as const;

const DEFAULT_PORTS: CaptureRulePorts = { outboundPort: 15001, inboundPlaintextPort: 15006, inboundPort: 15008 };

/**
 * iptables-restore (family 4) or ip6tables-restore (family 6) input for a pod netns: the in-pod rule shape of istio-cni (REDIRECT
 * mode, cni/pkg/iptables/iptables.go), DNS capture included: the pod's UDP port 53 to
 * anything but lo, and TCP port 53 to anything but 127.0.0.1, go to the proxy's DNS port
 * unless marked 1337 (the proxy's own forwarded queries), and marked DNS traffic gets its
 * own conntrack zone (istio/istio#33469: port collisions between pod and proxy sockets).
 * IPv6 has the same rules with ::1 for localhost and istio-cni's IPv6 probe SNAT address.
 */
export function inpodRules(ports: CaptureRulePorts, family: 4 | 6 = 4): string {
  const mark = "0x539/0xfff"; // 1337: the proxy's own sockets
  const conn = "0x111/0xfff"; // connmark of connections the proxy made into the pod
  const { loopback, probe } = FAMILY[family]; // probe: kubelet probes, SNATed by the node
  const dns = ports.dnsCapture !== false;
  const dnsPort = ports.dnsPort ?? 15053;
  return [
    "*mangle",
    ":ISTIO_PRERT - [0:0]",
    ":ISTIO_OUTPUT - [0:0]",
    "-A PREROUTING -j ISTIO_PRERT",
    "-A OUTPUT -j ISTIO_OUTPUT",
    `-A ISTIO_PRERT -m mark --mark ${mark} -j CONNMARK --set-xmark ${conn}`,
    `-A ISTIO_OUTPUT -m connmark --mark ${conn} -j CONNMARK --restore-mark --nfmask 0xffffffff --ctmask 0xffffffff`,
    "COMMIT",
    "*nat",
    ":ISTIO_PRERT - [0:0]",
    ":ISTIO_OUTPUT - [0:0]",
    "-A PREROUTING -j ISTIO_PRERT",
    "-A OUTPUT -j ISTIO_OUTPUT",
    `-A ISTIO_PRERT -s ${probe} -p tcp -j ACCEPT`,
    `-A ISTIO_PRERT ! -d ${loopback} -p tcp ! --dport ${ports.inboundPort} -m mark ! --mark ${mark} -j REDIRECT --to-ports ${ports.inboundPlaintextPort}`,
    `-A ISTIO_OUTPUT -d ${probe} -p tcp -j ACCEPT`,
    ...(dns
      ? [
          `-A ISTIO_OUTPUT ! -o lo -p udp -m mark ! --mark ${mark} -m udp --dport 53 -j REDIRECT --to-port ${dnsPort}`,
          `-A ISTIO_OUTPUT ! -d ${loopback} -p tcp --dport 53 -m mark ! --mark ${mark} -j REDIRECT --to-ports ${dnsPort}`,
        ]
      : []),
    `-A ISTIO_OUTPUT -p tcp -m mark --mark ${conn} -j ACCEPT`,
    `-A ISTIO_OUTPUT ! -d ${loopback} -o lo -j ACCEPT`,
    `-A ISTIO_OUTPUT ! -d ${loopback} -p tcp -m mark ! --mark ${mark} -j REDIRECT --to-ports ${ports.outboundPort}`,
    "COMMIT",
    ...(dns
      ? [
          "*raw",
          ":ISTIO_OUTPUT - [0:0]",
          ":ISTIO_PRERT - [0:0]",
          "-A PREROUTING -j ISTIO_PRERT",
          "-A OUTPUT -j ISTIO_OUTPUT",
          `-A ISTIO_OUTPUT -p udp -m mark --mark ${mark} -m udp --dport 53 -j CT --zone 1`,
          `-A ISTIO_PRERT -p udp -m mark ! --mark ${mark} -m udp --sport 53 -j CT --zone 1`,
          "COMMIT",
        ]
      : []),
    "",
  ].join("\n");
}

const run = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { stdio: ["pipe", "pipe", "pipe"], input }).toString();

function inNs(ns: string | undefined, cmd: string, args: string[], input?: string): string {
  return ns ? run("ip", ["netns", "exec", ns, cmd, ...args], input) : run(cmd, args, input);
}

/** The node side's address on each pod veth: the IPv6 pods' gateway (IPv6 has no proxy ARP for "any"). */
const NODE_LINK_LOCAL = "fe80::1";

/**
 * Creates the pod's netns, veth (eth0 inside, a /32 or /128 route per address on the node
 * side) and capture rules: iptables always (istio-cni installs its IPv4 rules in every pod),
 * and ip6tables plus the IPv6 mark rule and local route when the pod has an IPv6 address.
 */
export function provisionPod(pod: StubPod, opts: { nodeNetns?: string; ports?: CaptureRulePorts } = {}): string {
  const ns = podNetnsName(pod);
  const hostIf = `zv${createHash("sha256").update(ns).digest("hex").slice(0, 8)}`;
  const ips = podIps(pod);
  const v4 = ips.filter((ip) => !isV6(ip));
  const v6 = ips.filter(isV6);
  const rules = opts.ports ?? DEFAULT_PORTS;
  run("ip", ["netns", "add", ns]);
  try {
    inNs(ns, "ip", ["link", "set", "lo", "up"]);
    // No duplicate address detection on the test's own links: addresses are usable at once.
    if (v6.length) inNs(ns, "sysctl", ["-qw", "net.ipv6.conf.default.accept_dad=0"]);
    inNs(opts.nodeNetns, "ip", ["link", "add", hostIf, "type", "veth", "peer", "name", "eth0", "netns", ns]);
    if (v6.length) inNs(opts.nodeNetns, "sysctl", ["-qw", `net.ipv6.conf.${hostIf}.accept_dad=0`]);
    inNs(opts.nodeNetns, "ip", ["link", "set", hostIf, "up"]);
    for (const ip of v4) inNs(opts.nodeNetns, "ip", ["route", "add", `${ip}/32`, "dev", hostIf]);
    // The pod routes everything to its veth; the node answers ARP for any address (like Calico).
    inNs(opts.nodeNetns, "sysctl", ["-qw", `net.ipv4.conf.${hostIf}.proxy_arp=1`]);
    if (v6.length) {
      inNs(opts.nodeNetns, "ip", ["-6", "addr", "add", `${NODE_LINK_LOCAL}/64`, "dev", hostIf, "nodad"]);
      for (const ip of v6) inNs(opts.nodeNetns, "ip", ["-6", "route", "add", `${ip}/128`, "dev", hostIf]);
    }
    // Pod-to-pod through the node; only in a node netns of our own (the host's setting is the operator's).
    if (opts.nodeNetns) {
      inNs(opts.nodeNetns, "sysctl", ["-qw", "net.ipv4.ip_forward=1"]);
      if (v6.length) inNs(opts.nodeNetns, "sysctl", ["-qw", "net.ipv6.conf.all.forwarding=1"]);
    }
    for (const ip of v4) inNs(ns, "ip", ["addr", "add", `${ip}/32`, "dev", "eth0"]);
    for (const ip of v6) inNs(ns, "ip", ["-6", "addr", "add", `${ip}/128`, "dev", "eth0", "nodad"]);
    inNs(ns, "ip", ["link", "set", "eth0", "up"]);
    if (v4.length) inNs(ns, "ip", ["route", "add", "default", "dev", "eth0"]);
    if (v6.length) inNs(ns, "ip", ["-6", "route", "add", "default", "via", NODE_LINK_LOCAL, "dev", "eth0"]);
    inNs(ns, "iptables-restore", ["--noflush"], inpodRules(rules, 4));
    // Connections the proxy makes into the pod (connmark 0x111) route back locally
    // (istio-cni's addLoopbackRoute / addInpodMarkIPRule, per family).
    inNs(ns, "ip", ["route", "add", "local", "0.0.0.0/0", "dev", "lo", "table", "100"]);
    inNs(ns, "ip", ["rule", "add", "fwmark", "0x111/0xfff", "pref", "32764", "lookup", "100"]);
    if (v6.length) {
      inNs(ns, "ip6tables-restore", ["--noflush"], inpodRules(rules, 6));
      inNs(ns, "ip", ["-6", "route", "add", "local", "::/0", "dev", "lo", "table", "100"]);
      inNs(ns, "ip", ["-6", "rule", "add", "fwmark", "0x111/0xfff", "pref", "32764", "lookup", "100"]);
    }
  } catch (err) {
    deprovisionPod(pod);
    const e = err as Error & { stderr?: Buffer };
    throw new InpodError(
      "ZTS_INPOD_SOCKET",
      `cni-stub: setting up pod ${pod.uid} (netns ${ns}) failed: ${e.stderr?.toString().trim() || e.message}`,
    );
  }
  return ns;
}

/** Deletes the pod's netns (its veth goes with it). */
export function deprovisionPod(pod: StubPod): void {
  try {
    run("ip", ["netns", "del", podNetnsName(pod)]);
  } catch {
    // already gone
  }
}

export async function startCniStub(opts: CniStubOptions): Promise<CniStub> {
  const addon = opts.addon ?? loadInpodAddon();
  const log = opts.log ?? logger();
  const ports = { ...DEFAULT_PORTS, ...opts.ports };
  const ackTimeoutMs = opts.ackTimeoutMs ?? 5000;
  const pods = new Map<string, StubPod>();
  const created = new Set<string>();
  const listenFd = addon.seqpacketListen(opts.socketPath);
  let client: { fd: number; stop: () => void; hello?: istio.workload.zds.ZdsHello } | undefined;
  // One request in flight at a time: each waits for its ack.
  let chain: Promise<unknown> = Promise.resolve();
  let pendingAck: ((err: string) => void) | undefined;
  let readyResolve: () => void = () => {};
  let ready = new Promise<void>((r) => {
    readyResolve = r;
  });

  const ensurePod = (pod: StubPod) => {
    const ns = podNetnsName(pod);
    if (opts.provision !== false && !existsSync(`/var/run/netns/${ns}`)) {
      provisionPod(pod, { nodeNetns: opts.nodeNetns, ports });
      created.add(ns);
    }
  };

  // A request belongs to the proxy connected when it was made: a snapshot half sent to a
  // proxy that was replaced meanwhile must not end up at its successor.
  const request = (data: Buffer, fds: number[] = [], to = client): Promise<string> => {
    const p = chain.then(
      () =>
        new Promise<string>((resolve, reject) => {
          const c = client;
          if (!c) return reject(new InpodError("ZTS_INPOD_SOCKET", "cni-stub: no proxy connected"));
          if (c !== to) return reject(new InpodError("ZTS_INPOD_SOCKET", "cni-stub: that proxy was replaced"));
          const timer = setTimeout(() => {
            pendingAck = undefined;
            reject(new InpodError("ZTS_INPOD_SOCKET", "cni-stub: no ack from the proxy"));
          }, ackTimeoutMs);
          pendingAck = (err) => {
            clearTimeout(timer);
            pendingAck = undefined;
            resolve(err);
          };
          try {
            if (addon.sendFds(c.fd, data, fds) === null) throw new Error("send would block");
          } catch (err) {
            clearTimeout(timer);
            pendingAck = undefined;
            reject(err);
          }
        }),
    );
    chain = p.catch(() => {});
    return p;
  };

  const sendAdd = (pod: StubPod, to = client): Promise<string> => {
    const fd = openSync(`/var/run/netns/${podNetnsName(pod)}`, "r");
    const msg = zds.WorkloadRequest.encode({
      add: {
        uid: pod.uid,
        workloadInfo: { name: pod.name, namespace: pod.namespace, serviceAccount: pod.serviceAccount ?? "default" },
      },
    }).finish();
    // The kernel duplicates the fd into the message, so ours is closed once it is sent.
    return request(Buffer.from(msg), [fd], to).finally(() => closeQuietly(fd));
  };

  const sendSnapshot = async (to: typeof client) => {
    for (const pod of pods.values()) {
      const err = await sendAdd(pod, to);
      if (err) log.warn({ uid: pod.uid, err }, "cni-stub: proxy refused a pod");
    }
    for (const uid of opts.keepInSnapshot ?? []) {
      const err = await request(Buffer.from(zds.WorkloadRequest.encode({ keep: { uid } }).finish()), [], to);
      if (err) log.warn({ uid, err }, "cni-stub: proxy refused a keep");
    }
    const err = await request(Buffer.from(zds.WorkloadRequest.encode({ snapshotSent: {} }).finish()), [], to);
    if (err) log.warn({ err }, "cni-stub: proxy refused snapshot_sent");
    readyResolve();
  };

  const retired = new Set<NonNullable<typeof client>>();
  const closeRetired = (c: NonNullable<typeof client>) => {
    retired.delete(c);
    c.stop();
    closeQuietly(c.fd);
  };
  const retire = (c: NonNullable<typeof client>) => {
    client = undefined;
    pendingAck?.("cni-stub: proxy replaced by a newer one");
    ready = new Promise<void>((r) => {
      readyResolve = r;
    });
    retired.add(c);
    c.stop();
    // Only its hang-up matters now.
    c.stop = addon.watchFd(c.fd, () => {
      for (;;) {
        const msg = addon.recvFds(c.fd, 4096);
        if (msg === null) return;
        for (const fd of msg.fds) closeQuietly(fd);
        if (msg.data.length === 0) return closeRetired(c);
      }
    });
  };

  const dropClient = () => {
    const c = client;
    if (!c) return;
    client = undefined;
    c.stop();
    closeQuietly(c.fd);
    pendingAck?.("cni-stub: proxy disconnected");
    ready = new Promise<void>((r) => {
      readyResolve = r;
    });
  };

  const onClientReadable = (c: NonNullable<typeof client>) => {
    for (;;) {
      const msg = addon.recvFds(c.fd, 4096);
      if (msg === null) return;
      for (const fd of msg.fds) closeQuietly(fd);
      if (msg.data.length === 0) return dropClient();
      if (!c.hello) {
        try {
          c.hello = zds.ZdsHello.decode(msg.data);
        } catch {
          log.warn("cni-stub: bad hello, closing");
          return dropClient();
        }
        log.info({ version: c.hello.version }, "cni-stub: proxy connected");
        void sendSnapshot(c).catch((err) => log.warn({ err: (err as Error).message }, "cni-stub: snapshot failed"));
        continue;
      }
      let error = "";
      try {
        error = zds.WorkloadResponse.decode(msg.data).ack?.error ?? "";
      } catch {
        error = "cni-stub: undecodable WorkloadResponse";
      }
      pendingAck?.(error);
    }
  };

  const stopListen = addon.watchFd(listenFd, () => {
    for (;;) {
      const fd = addon.seqpacketAccept(listenFd);
      if (fd === null) return;
      if (client) {
        // As istio-cni during an upgrade: the newest proxy gets the pods from now on; the
        // older one keeps its connection (and its pods) until it hangs up itself, so it is
        // not pushed into reconnecting — which would take the pods back from its successor.
        retire(client);
      }
      const c: NonNullable<typeof client> = { fd, stop: () => {} };
      client = c;
      c.stop = addon.watchFd(fd, () => {
        if (client === c) onClientReadable(c);
      });
    }
  });

  for (const pod of opts.pods ?? []) {
    ensurePod(pod);
    pods.set(pod.uid, pod);
  }

  return {
    socketPath: opts.socketPath,
    ready: () => ready,
    addPod: async (pod) => {
      ensurePod(pod);
      pods.set(pod.uid, pod);
      return client?.hello ? sendAdd(pod) : "";
    },
    removePod: async (uid) => {
      pods.delete(uid);
      return request(Buffer.from(zds.WorkloadRequest.encode({ del: { uid } }).finish()));
    },
    sendRaw: (data, fds) => request(data, fds),
    hello: () => client?.hello,
    pods: () => [...pods.values()],
    netnsOf: (uid) => {
      const p = pods.get(uid);
      return p ? podNetnsName(p) : undefined;
    },
    close: async (o) => {
      dropClient();
      for (const c of [...retired]) closeRetired(c);
      stopListen();
      closeQuietly(listenFd);
      rmSync(opts.socketPath, { force: true });
      if (o?.deprovision) {
        for (const ns of created) deprovisionPod({ uid: "", name: "", namespace: "", ip: "", netns: ns });
        created.clear();
      }
    },
  };
}
