#!/usr/bin/env node
// `npm run fuzz:hbone [-- --runs N] [--seed N]`: builds the libFuzzer harness of the native
// HBONE frame path (fuzz/native/hbone_h2_fuzz.cc + native/src/hbone_h2.cc, clang-14 with
// -fsanitize=fuzzer,address,undefined, linked with Debian's libnghttp2) into
// native/build/fuzz-hbone and runs it for N inputs (default 1,000,000) from a seed corpus of
// real client byte streams (python3-h2: preface, SETTINGS, CONNECT, DATA, END_STREAM, RST,
// PING, WINDOW_UPDATE). Exits non-zero on a crash or sanitizer report (libFuzzer writes the
// input as crash-* in native/build/fuzz-hbone-artifacts/). Needs clang-14 and
// libclang-rt-14-dev (.ci/apt-packages.txt).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = new URL("..", import.meta.url).pathname;
const { values } = parseArgs({ options: { runs: { type: "string" }, seed: { type: "string" } } });
const runs = Number(values.runs ?? 1_000_000);
const seed = Number(values.seed ?? 1);
const cxx = process.env.CXX_FUZZ ?? "clang++-14";
const out = join(root, "native/build");
const bin = join(out, "fuzz-hbone");
const corpus = join(out, "fuzz-hbone-corpus");
const artifacts = join(out, "fuzz-hbone-artifacts");
mkdirSync(out, { recursive: true });

const build = spawnSync(
  cxx,
  [
    "-std=c++17",
    "-g",
    "-O1",
    "-fsanitize=fuzzer,address,undefined",
    "-fno-sanitize-recover=undefined",
    join(root, "fuzz/native/hbone_h2_fuzz.cc"),
    join(root, "native/src/hbone_h2.cc"),
    "-lnghttp2",
    "-o",
    bin,
  ],
  { stdio: "inherit" },
);
if (build.status !== 0) {
  console.error(`fuzz-hbone: ${cxx} failed (needs clang-14, libclang-rt-14-dev, libnghttp2-dev)`);
  process.exit(1);
}

// Seeds: what a real h2 client sends (python3-h2), so mutation starts from valid frames.
rmSync(corpus, { recursive: true, force: true });
mkdirSync(corpus, { recursive: true });
const py = `
import sys, h2.connection, h2.config, h2.events
def conn():
    c = h2.connection.H2Connection(h2.config.H2Configuration(client_side=True, header_encoding="utf-8"))
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
    c.send_data(i, b"y"*3000)
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
try {
  execFileSync("/usr/bin/python3", ["-c", py, corpus]);
} catch {
  console.log("fuzz-hbone: no python3-h2, starting from an empty corpus");
}
// The harness's first byte picks a mode (preface prepended, chunking, limits, drain): variants.
for (const f of ["seed0", "seed1", "seed2"]) {
  const p = join(corpus, f);
  if (!existsSync(p)) continue;
  const b = execFileSync("cat", [p]);
  for (const mode of [0x00, 0x02, 0x0a, 0x32]) writeFileSync(`${p}-m${mode}`, Buffer.concat([Buffer.from([mode]), b]));
}

mkdirSync(artifacts, { recursive: true });
const t0 = Date.now();
const r = spawnSync(
  bin,
  [`-runs=${runs}`, `-seed=${seed}`, "-max_len=8192", "-print_final_stats=1", `-artifact_prefix=${artifacts}/`, corpus],
  {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ASAN_OPTIONS: "detect_leaks=1:halt_on_error=1", UBSAN_OPTIONS: "halt_on_error=1" },
  },
);
const s = ((Date.now() - t0) / 1000).toFixed(1);
console.log(
  r.status === 0
    ? `fuzz-hbone: ${runs} inputs, 0 crashes (${s} s)`
    : `fuzz-hbone: FAILED (status ${r.status}) after ${s} s`,
);
process.exit(r.status ?? 1);
