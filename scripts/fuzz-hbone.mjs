#!/usr/bin/env node
// `npm run fuzz:hbone [-- --runs N] [--seed N] [--target server|client|both]`: builds the
// libFuzzer harnesses of the native HBONE frame path (native/src/hbone_h2.cc with clang-14,
// -fsanitize=fuzzer,address,undefined, linked with Debian's libnghttp2) and runs each for N
// inputs (default 1,000,000; default both targets, one after the other):
// - server: fuzz/native/hbone_h2_fuzz.cc, an H2Server fed client byte streams; seeds are what a
//   real h2 client sends (python3-h2: preface, SETTINGS, CONNECT, DATA, END_STREAM, RST, PING,
//   WINDOW_UPDATE);
// - client: fuzz/native/hbone_h2_client_fuzz.cc, an H2Server with client = true fed server byte
//   streams; seeds are what a real h2 server sends (SETTINGS, SETTINGS ack, 200, DATA,
//   END_STREAM, RST_STREAM REFUSED_STREAM, 503, GOAWAY).
// Binaries in native/build/fuzz-hbone[-client]; exits non-zero on a crash or sanitizer report
// (libFuzzer writes the input as crash-* in native/build/fuzz-hbone[-client]-artifacts/).
// Regression inputs in fuzz/native/regress-<target>/ join the seeds. Needs clang-14 and
// libclang-rt-14-dev (.ci/apt-packages.txt).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = new URL("..", import.meta.url).pathname;
const { values } = parseArgs({
  options: { runs: { type: "string" }, seed: { type: "string" }, target: { type: "string" } },
});
const runs = Number(values.runs ?? 1_000_000);
const seed = Number(values.seed ?? 1);
const which = values.target ?? "both";
if (!["server", "client", "both"].includes(which)) {
  console.error(`fuzz-hbone: --target ${which}: server, client or both`);
  process.exit(2);
}
const cxx = process.env.CXX_FUZZ ?? "clang++-14";
const out = join(root, "native/build");
mkdirSync(out, { recursive: true });

// Python h2 validates CONNECT as a plain request (it wants :path): our CONNECTs carry only
// :method and :authority (SPEC.md §3), so both ends are told not to check the header blocks.
const pyServerSeeds = `
import sys, h2.connection, h2.config
def conn():
    c = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8", validate_outbound_headers=False))
    c.initiate_connection()
    return c
out = []
c = conn()
c.send_headers(1, [(":method","CONNECT"),(":authority","10.0.0.1:8080")])
c.send_data(1, b"x"*100)
c.end_stream(1)
out.append(c.data_to_send())
c = conn()
for i in range(1, 9, 2):
    c.send_headers(i, [(":method","CONNECT"),(":authority","10.0.0.%d:80" % i),("baggage","k=v")])
    c.send_data(i, b"y"*1000)
c.reset_stream(3)
c.ping(b"12345678")
c.increment_flow_control_window(100000)
c.end_stream(5)
out.append(c.data_to_send())
c = conn()
c.send_headers(1, [(":method","GET"),(":authority","a:1"),(":scheme","https"),(":path","/")], end_stream=True)
c.close_connection()
out.append(c.data_to_send())
for i, b in enumerate(out):
    open(sys.argv[1] + "/seed%d" % i, "wb").write(b)
`;
// The server's bytes after our client's preface and n CONNECTs (streams 1, 3, 5, ...), as the
// harness submits them.
const pyClientSeeds = `
import sys, h2.connection, h2.config
def server(n):
    c = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8", validate_outbound_headers=False))
    c.initiate_connection()
    for i in range(n):
        c.send_headers(1 + 2*i, [(":method","CONNECT"),(":authority","10.0.0.1:8080")])
    s = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False, header_encoding="utf-8", validate_inbound_headers=False))
    s.initiate_connection()
    s.receive_data(c.data_to_send())
    return s
out = []
s = server(1)
s.send_headers(1, [(":status","200")])
s.send_data(1, b"x"*100)
s.end_stream(1)
out.append(s.data_to_send())
s = server(3)
s.send_headers(1, [(":status","200")])
s.send_data(1, b"y"*1500)
s.reset_stream(3, 7)
s.send_headers(5, [(":status","200")])
s.send_data(5, b"z"*3000)
s.ping(b"12345678")
s.increment_flow_control_window(100000)
s.end_stream(5)
s.end_stream(1)
out.append(s.data_to_send())
s = server(2)
s.send_headers(1, [(":status","200")])
s.send_data(1, b"w"*500)
s.send_headers(3, [(":status","503")], end_stream=True)
s.close_connection(last_stream_id=1)
out.append(s.data_to_send())
s = server(1)
s.send_headers(1, [(":status","100")])
s.send_headers(1, [(":status","200")])
s.send_data(1, b"v"*200, end_stream=True)
out.append(s.data_to_send())
for i, b in enumerate(out):
    open(sys.argv[1] + "/seed%d" % i, "wb").write(b)
`;

const targets = {
  // prefix: the harness's leading mode byte(s) for each variant of a seed.
  server: { src: "hbone_h2_fuzz.cc", bin: "fuzz-hbone", py: pyServerSeeds, prefixes: [[0x00], [0x02], [0x0a], [0x32]] },
  client: {
    src: "hbone_h2_client_fuzz.cc",
    bin: "fuzz-hbone-client",
    py: pyClientSeeds,
    // mode: 1 request / 3 requests, chunked / whole, goaway, slow local sockets; plan byte varied.
    prefixes: [
      [0x04, 0x00],
      [0x0c, 0x01],
      [0x0e, 0x05],
      [0x1c, 0x02],
      [0x2c, 0x03],
      [0x3d, 0x06],
    ],
  },
};

function runTarget(name) {
  const t = targets[name];
  const bin = join(out, t.bin);
  const corpus = join(out, `${t.bin}-corpus`);
  const artifacts = join(out, `${t.bin}-artifacts`);
  const build = spawnSync(
    cxx,
    [
      "-std=c++17",
      "-g",
      "-O1",
      "-fsanitize=fuzzer,address,undefined",
      "-fno-sanitize-recover=undefined",
      join(root, "fuzz/native", t.src),
      join(root, "native/src/hbone_h2.cc"),
      "-lnghttp2",
      "-o",
      bin,
    ],
    { stdio: "inherit" },
  );
  if (build.status !== 0) {
    console.error(`fuzz-hbone: ${cxx} failed (needs clang-14, libclang-rt-14-dev, libnghttp2-dev)`);
    return 1;
  }
  // Seeds from a real h2 peer (python3-h2), so mutation starts from valid frames.
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(corpus, { recursive: true });
  try {
    execFileSync("/usr/bin/python3", ["-c", t.py, corpus], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (e) {
    console.log(
      `fuzz-hbone[${name}]: seeds not generated (python3-h2?): ${String(e.stderr ?? e)
        .trim()
        .split("\n")
        .pop()}`,
    );
  }
  // The harness's leading byte(s) pick a mode (chunking, requests, goaway, ...): variants.
  for (const f of readdirSync(corpus)) {
    const b = readFileSync(join(corpus, f));
    for (const p of t.prefixes) writeFileSync(join(corpus, `${f}-m${p.join("-")}`), Buffer.concat([Buffer.from(p), b]));
  }
  const regress = join(root, "fuzz/native", `regress-${name}`);
  if (existsSync(regress))
    for (const f of readdirSync(regress)) writeFileSync(join(corpus, `regress-${f}`), readFileSync(join(regress, f)));
  console.log(`fuzz-hbone[${name}]: ${readdirSync(corpus).length} seed inputs`);

  mkdirSync(artifacts, { recursive: true });
  const t0 = Date.now();
  const r = spawnSync(
    bin,
    [
      `-runs=${runs}`,
      `-seed=${seed}`,
      "-max_len=8192",
      "-print_final_stats=1",
      `-artifact_prefix=${artifacts}/`,
      corpus,
    ],
    {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, ASAN_OPTIONS: "detect_leaks=1:halt_on_error=1", UBSAN_OPTIONS: "halt_on_error=1" },
    },
  );
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(
    r.status === 0
      ? `fuzz-hbone[${name}]: ${runs} inputs, 0 crashes (${s} s)`
      : `fuzz-hbone[${name}]: FAILED (status ${r.status}) after ${s} s`,
  );
  return r.status ?? 1;
}

let status = 0;
for (const name of which === "both" ? ["server", "client"] : [which]) status = runTarget(name) || status;
process.exit(status);
