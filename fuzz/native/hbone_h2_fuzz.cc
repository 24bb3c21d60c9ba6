// libFuzzer harness of the native HBONE server's frame path (native/src/hbone_h2.cc) without
// TLS: each input is a client's byte stream, fed in chunks to an H2Server with small windows;
// between chunks the "TypeScript side" answers the requests it saw (accept with a socketpair
// upstream that has a few bytes and EOF for it, refuse with a status, reset REFUSED_STREAM,
// or leave it waiting), may drain (GOAWAY), and drains the server's output. Built and run by
// scripts/fuzz-hbone.mjs (`npm run fuzz:hbone`); linked with Debian's libnghttp2 (the addon
// itself uses Node's copy at run time: same public API).
#include <stdint.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "../../native/src/hbone_h2.h"

namespace {

struct Hooks : zts::H2Hooks {
  std::vector<int32_t> pending;
  size_t ended = 0;
  void onRequest(zts::H2Stream& s) override { pending.push_back(s.id); }
  void onStreamEnd(zts::H2Stream&, uint32_t) override { ended++; }
  void onLimitRefused(int32_t) override {}
};

const char kPreface[] = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  uint8_t mode = data[0];
  data++;
  size--;
  zts::H2Config cfg;
  cfg.maxConcurrentStreams = 1 + (mode >> 4);
  cfg.streamWindow = 65535;
  cfg.connectionWindow = 65535 * 2;
  cfg.frameSize = 16384;
  Hooks hooks;
  std::vector<int> peers;  // the upstreams' other ends
  {
    zts::H2Server srv(cfg, &hooks);
    if (!srv.ok()) return 0;
    std::string out;
    if (mode & 1) srv.recv(reinterpret_cast<const uint8_t*>(kPreface), sizeof kPreface - 1);
    size_t off = 0;
    unsigned turn = 0;
    while (off < size) {
      // Chunk length from the input itself: 1..64 bytes, or the rest.
      size_t len = (mode & 2) ? size - off : 1 + (data[off] % 64);
      if (len > size - off) len = size - off;
      bool ok = srv.recv(data + off, len);
      off += len;
      for (int32_t id : hooks.pending) {
        switch ((id + turn + mode) % 4) {
          case 0: {
            int sv[2];
            if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv) != 0) break;
            (void)!write(sv[1], "hello", 5);
            shutdown(sv[1], SHUT_WR);
            peers.push_back(sv[1]);
            srv.accept(id, sv[0], (turn & 1) ? std::string("early") : std::string());
            break;
          }
          case 1:
            srv.respond(id, 400 + static_cast<int>(turn % 100));
            break;
          case 2:
            srv.reset(id, 7);
            break;
          default:
            break;  // still deciding
        }
      }
      hooks.pending.clear();
      if ((mode & 8) && turn == 3) srv.goaway();
      // Copy the ids: upstreamWritable may end a lingering stream (erased from streams()).
      std::vector<int32_t> ids;
      for (auto& kv : srv.streams()) ids.push_back(kv.first);
      for (int32_t id : ids) {
        srv.upstreamWritable(id);
        srv.upstreamReadable(id);
      }
      out.clear();
      if (!srv.send(out, 1 << 20) || !ok) break;
      turn++;
    }
    (void)srv.finished();
  }
  for (int fd : peers) close(fd);
  return 0;
}
