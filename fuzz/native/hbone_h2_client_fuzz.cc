// libFuzzer harness of the native HBONE *client* role (native/src/hbone_h2.cc, H2Config.client)
// without TLS: each input is a server's byte stream, fed in chunks to an H2Server with
// client = true and small windows. The "TypeScript side" submits CONNECT requests (some before
// the first byte, some between chunks), binds streams to socketpair ends (some before their
// response, some after, some never), resets some, may drain (goaway()), closes or shuts down the
// local socket's other end mid-way, drains the session's output between chunks, and ends with
// abortAll(). Built and run by scripts/fuzz-hbone.mjs (`npm run fuzz:hbone -- --target client`);
// linked with Debian's libnghttp2 (the addon uses Node's copy at run time: same public API).
//
// Input: byte 0 = mode, byte 1 = plan, the rest = the server's bytes.
//   mode bit 0: a valid empty SETTINGS frame goes in first (mutations may then break the rest)
//   mode bit 1: everything in one chunk (else 1..64-byte chunks, the length from the input)
//   mode bits 2-3: requests submitted before the first byte (0..3)
//   mode bit 4: goaway() at turn 3
//   mode bit 5: small send buffers on the bound sockets (the local peer is slow: lingering)
//   plan: each request's fate (bound before or after its response, or never; reset; its local
//   peer closed or shut down) and the turn it happens on; the app's half-close
#include <stdint.h>
#include <sys/socket.h>
#include <unistd.h>

#include <map>
#include <string>
#include <vector>

#include "../../native/src/hbone_h2.h"

namespace {

struct Hooks : zts::H2Hooks {
  std::map<uint32_t, bool> live;  // tag → responded (erased at onStreamEnd)
  size_t settings = 0;
  size_t goaways = 0;
  void onRequest(zts::H2Stream&) override {}  // never called in the client role
  void onStreamEnd(zts::H2Stream& s, uint32_t) override { live.erase(s.tag); }
  void onLimitRefused(int32_t) override {}
  void onResponse(zts::H2Stream& s) override {
    auto it = live.find(s.tag);
    if (it != live.end()) it->second = true;
  }
  void onSettings() override { settings++; }
  void onGoaway(int32_t, uint32_t) override { goaways++; }
};

// An empty SETTINGS frame: what a server sends first.
const uint8_t kSettings[] = {0, 0, 0, 4, 0, 0, 0, 0, 0};

const std::vector<std::pair<std::string, std::string>> kConnect = {
    {":method", "CONNECT"}, {":authority", "10.0.0.1:8080"}, {"baggage", "k=v"}};

struct Local {
  int peer = -1;  // the socketpair end the harness keeps (the proxied app)
  bool bound = false;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  uint8_t mode = data[0];
  uint8_t plan = data[1];
  data += 2;
  size -= 2;
  zts::H2Config cfg;
  cfg.client = true;
  cfg.maxConcurrentStreams = 4;
  cfg.streamWindow = 65535;
  cfg.connectionWindow = 65535 * 2;
  cfg.frameSize = 16384;
  Hooks hooks;
  std::map<uint32_t, Local> locals;  // tag → its local socket
  uint32_t nextTag = 1;
  {
    zts::H2Server cli(cfg, &hooks);
    if (!cli.ok()) return 0;
    std::string out;
    auto submit = [&]() {
      uint32_t tag = nextTag++;
      if (cli.request(tag, kConnect)) hooks.live[tag] = false;
    };
    for (unsigned i = 0; i < ((mode >> 2) & 3u); i++) submit();
    out.clear();
    if (!cli.send(out, 1 << 20)) return 0;
    if (mode & 1) cli.recv(kSettings, sizeof kSettings);
    size_t off = 0;
    unsigned turn = 0;
    char buf[65536];
    while (off < size) {
      size_t len = (mode & 2) ? size - off : 1 + (data[off] % 64);
      if (len > size - off) len = size - off;
      bool ok = cli.recv(data + off, len);
      off += len;
      // Copy the tags: actions below may end streams (hooks.live changes under us).
      std::vector<std::pair<uint32_t, bool>> tags(hooks.live.begin(), hooks.live.end());
      for (auto [tag, responded] : tags) {
        Local& l = locals[tag];
        // Each request's fate is fixed by the plan; the turn it happens on varies.
        unsigned fate = (tag * 3 + plan) % 7;
        unsigned when = (tag + (plan >> 3)) % 8;
        bool bindNow = !l.bound && ((fate == 0 || fate == 3 || fate == 4) ||  // before the response
                                    ((fate == 1 || fate == 5 || fate == 6) && responded));  // after it
        if (bindNow) {
          int sv[2];
          if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv) == 0) {
            if (mode & 32) {
              // A slow proxied app: the server's DATA waits for the local socket (lingering).
              int small = 1024;
              setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
              setsockopt(sv[1], SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
            }
            (void)!send(sv[1], "hello", 5, MSG_NOSIGNAL);
            if (plan & 1) shutdown(sv[1], SHUT_WR);  // the app's half-close
            l.peer = sv[1];
            l.bound = true;
            cli.bind(tag, sv[0], (turn & 1) ? std::string("early") : std::string());
          }
        } else if (turn == when) {
          switch (fate) {
            case 3:  // the proxied app goes away mid-way
              if (l.peer >= 0) {
                close(l.peer);
                l.peer = -1;
              }
              break;
            case 5:
              if (l.peer >= 0) shutdown(l.peer, (plan & 2) ? SHUT_WR : SHUT_RDWR);
              break;
            case 2:
            case 6:
              cli.reset(cli.idOf(tag), 8);  // CANCEL (before its response on 2)
              break;
            default:
              break;
          }
        }
        if (l.peer >= 0 && ((turn + tag) & 3) == 0) {
          // The app reads what came (so a slow local socket takes more) and writes more.
          while (read(l.peer, buf, sizeof buf) > 0) {
          }
          if (fate != 5) (void)!send(l.peer, buf, 1 + (turn % 200), MSG_NOSIGNAL);  // no SIGPIPE: the stream may be gone
        }
      }
      // A request between chunks (a few at a time: more would only exercise the server's limit).
      if (hooks.live.size() < 6 && ((plan & 6) == 2 || turn % 5 == 4)) submit();
      if ((mode & 16) && turn == 3) cli.goaway();
      std::vector<int32_t> ids;
      for (auto& kv : cli.streams()) ids.push_back(kv.first);
      for (int32_t id : ids) {
        cli.upstreamWritable(id);  // may end a lingering stream: look it up again
        cli.upstreamReadable(id);
      }
      out.clear();
      if (!cli.send(out, 1 << 20) || !ok) break;
      turn++;
    }
    (void)cli.finished();
    (void)cli.lastError();
    cli.abortAll();
  }
  for (auto& kv : locals)
    if (kv.second.peer >= 0) close(kv.second.peer);
  return 0;
}
