// The demo's stand-in for a cluster DNS: every name outside the mesh is NXDOMAIN, over UDP
// and TCP on loopback, so the demo's DNS proxies forward somewhere real without ever
// asking the machine's own resolvers.
import dgram from "node:dgram";
import net from "node:net";
import packet from "dns-packet";

export interface NxdomainServer {
  close(): Promise<void>;
}

function answer(query: Buffer): Buffer | undefined {
  try {
    const q = packet.decode(query);
    return packet.encode({
      id: q.id,
      type: "response",
      flags: packet.RECURSION_AVAILABLE | ((q.flags ?? 0) & packet.RECURSION_DESIRED) | 3, // NXDOMAIN
      questions: q.questions ?? [],
    });
  } catch {
    return undefined;
  }
}

export async function startNxdomain(host: string, port: number): Promise<NxdomainServer> {
  const udp = dgram.createSocket("udp4");
  udp.on("message", (m, r) => {
    const a = answer(m);
    if (a) udp.send(a, r.port, r.address);
  });
  await new Promise<void>((resolve, reject) => {
    udp.once("error", reject);
    udp.bind(port, host, () => resolve());
  });
  const tcp = net.createServer((s) => {
    let buf = Buffer.alloc(0);
    s.on("error", () => s.destroy());
    s.on("data", (d) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        const a = answer(buf.subarray(2, 2 + buf.readUInt16BE(0)));
        buf = buf.subarray(2 + buf.readUInt16BE(0));
        if (!a) return s.destroy();
        const len = Buffer.alloc(2);
        len.writeUInt16BE(a.length);
        s.write(Buffer.concat([len, a]));
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    tcp.once("error", reject);
    tcp.listen(port, host, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        udp.close();
        tcp.close(() => resolve());
      }),
  };
}
