// See hbone.h. One thread, one epoll (edge-triggered), every HBONE server session on it,
// the same shape as pump.cc: JS threads queue commands (eventfd wake-up), the thread posts
// events through each session's thread-safe function, byte events every 500 ms.
//
// A session: the accepted TCP socket (a dup of the Node socket's fd), an SSL whose BIO is the
// session's own (socketBioMethod below: reads serve the bytes Node had read ahead of the
// hand-over first, then recv() straight into OpenSSL's record buffer; writes append to the
// session's send queue, which goes out in batches), and after the handshake an H2Server
// (hbone_h2.cc). The client certificate is required and verified inside the handshake
// against the roots the context was made with (SSL_VERIFY_PEER |
// SSL_VERIFY_FAIL_IF_NO_PEER_CERT): a chain from another CA fails there and OpenSSL sends
// the alert (unknown_ca), as rustls does. The verified leaf (DER) goes up to TypeScript,
// which reads the identity and can still close the session.
//
// Epoll tags: (session id << 32) | stream id, stream 0 being the session's own socket.
#include "hbone.h"
#include "hbone_h2.h"
#include "napi_errors.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

#include <atomic>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace zts {

namespace {

struct Channel {
  std::mutex mu;
  napi_threadsafe_function tsfn = nullptr;
};

struct FinalizeCtx {
  std::shared_ptr<Channel> ch;
  uint64_t id;
};

enum class Kind { Handshake, Request, Bytes, StreamEnd, Limit, Settings, Response, Goaway, End };

struct Event {
  explicit Event(Kind k) : kind(k) {}
  Kind kind;
  uint64_t sid = 0;
  int32_t stream = 0;
  uint64_t up = 0;
  uint64_t down = 0;
  uint32_t code = 0;
  int status = 0;
  int err = 0;
  std::string reason;
  std::string text;
  std::string der;
  std::vector<std::pair<std::string, std::string>> headers;
};

constexpr uint64_t kWakeTag = ~0ULL;
constexpr int kTickMs = 500;
constexpr size_t kReadChunk = 64 << 10;
// OpenSSL's read buffer with read-ahead: one recv() fills it with several records (without
// read-ahead OpenSSL asks for a 5-byte header, then the body: two syscalls per record).
constexpr size_t kTlsReadBuffer = 64 << 10;
// Frames produced ahead of the socket: at most this much waits in user space per session.
constexpr size_t kOutLimit = 256 << 10;
constexpr size_t kWriteChunk = 64 << 10;
// Encrypted bytes are gathered in the session's send queue and sent in batches of up to this
// much: one send() per several TLS records instead of one per 16 KiB record (the socket BIO's
// way), which in a profile of -P1 cost as much in wake-ups and syscalls as the encryption itself.
constexpr size_t kSendBatch = 256 << 10;

// Accepted CONNECT streams whose data phase runs here now, process-wide (hboneCount's `streams`).
std::atomic<int64_t> g_streams{0};

// Every socket the HBONE thread writes gets TCP_NODELAY (best effort: a unix socketpair has
// none): frames go out as they are made, as node:http2 and ztunnel do. Without it Nagle held a
// CONNECT's first DATA behind the unacknowledged HEADERS/SETTINGS for a delayed ACK (≈ 20–40 ms
// per new connection).
void noDelay(int fd) {
  int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

int64_t nowMs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

std::string sslErrors() {
  std::string s;
  unsigned long e;
  char buf[256];
  while ((e = ERR_get_error()) != 0) {
    ERR_error_string_n(e, buf, sizeof buf);
    if (!s.empty()) s += "; ";
    s += buf;
  }
  return s;
}

struct Session;
void postEvent(Session* s, Event* ev, bool last);

struct Session : H2Hooks {
  uint64_t id = 0;
  int fd = -1;
  SSL* ssl = nullptr;
  std::string initial;     // bytes Node read ahead of the hand-over: OpenSSL reads them first
  size_t initialOff = 0;
  bool handshook = false;
  bool eofIn = false;
  int readErrno = 0;       // a recv() error the BIO met (OpenSSL only sees SSL_ERROR_SYSCALL)
  std::unique_ptr<H2Server> h2;
  H2Config cfg;
  std::string out;
  size_t outOff = 0;
  std::string wire;        // encrypted bytes not yet accepted by the socket (the BIO appends)
  size_t wireOff = 0;
  std::shared_ptr<Channel> ch;
  int64_t startMs = 0;
  int64_t handshakeTimeoutMs = 10000;
  int ep = -1;
  bool client = false;

  void onRequest(H2Stream& st) override {
    auto* ev = new Event(Kind::Request);
    ev->sid = id;
    ev->stream = static_cast<int32_t>(st.tag);
    ev->headers = std::move(st.headers);
    st.headers.clear();
    postEvent(this, ev, false);
  }
  void onStreamEnd(H2Stream& st, uint32_t code) override {
    if (st.upstream >= 0) epoll_ctl(ep, EPOLL_CTL_DEL, st.upstream, nullptr);
    if (st.accepted) g_streams.fetch_sub(1, std::memory_order_relaxed);
    auto* ev = new Event(Kind::StreamEnd);
    ev->sid = id;
    ev->stream = static_cast<int32_t>(st.tag);
    ev->up = st.up;
    ev->down = st.down;
    ev->code = code;
    ev->err = st.upErrno;
    postEvent(this, ev, false);
  }
  void onLimitRefused(int32_t stream) override {
    auto* ev = new Event(Kind::Limit);
    ev->sid = id;
    ev->stream = stream;
    postEvent(this, ev, false);
  }
  void onResponse(H2Stream& st) override {
    auto* ev = new Event(Kind::Response);
    ev->sid = id;
    ev->stream = static_cast<int32_t>(st.tag);
    ev->status = st.status;
    postEvent(this, ev, false);
  }
  void onSettings() override {
    if (!client) return;
    auto* ev = new Event(Kind::Settings);
    ev->sid = id;
    postEvent(this, ev, false);
  }
  void onGoaway(int32_t last, uint32_t code) override {
    auto* ev = new Event(Kind::Goaway);
    ev->sid = id;
    ev->stream = last;
    ev->code = code;
    postEvent(this, ev, false);
  }
};

struct Cmd {
  enum Type { Add, Accept, Respond, Reset, Goaway, Close, Request, Bind };
  explicit Cmd(Type t) : type(t) {}
  Type type;
  uint64_t sid = 0;
  Session* session = nullptr;
  int32_t stream = 0;
  int fd = -1;
  uint32_t value = 0;
  std::shared_ptr<std::string> bytes;
  std::shared_ptr<std::vector<std::pair<std::string, std::string>>> headers;
};

std::mutex g_mu;  // guards g_cmds, g_live, g_nextId
std::vector<Cmd> g_cmds;
std::unordered_set<uint64_t> g_live;
uint64_t g_nextId = 1;
int g_ep = -1;
int g_wake = -1;
std::once_flag g_once;
std::unordered_map<uint64_t, Session*> g_sessions;  // the HBONE thread's only

void postEvent(Session* s, Event* ev, bool last) {
  std::lock_guard<std::mutex> lock(s->ch->mu);
  if (s->ch->tsfn == nullptr || napi_call_threadsafe_function(s->ch->tsfn, ev, napi_tsfn_nonblocking) != napi_ok)
    delete ev;
  if (last && s->ch->tsfn != nullptr) {
    napi_release_threadsafe_function(s->ch->tsfn, napi_tsfn_release);
    s->ch->tsfn = nullptr;
  }
}

// The session's BIO, for both directions. Why not OpenSSL's: memory BIOs cost two extra copies
// per byte read (socket → stack → BIO → record buffer), one per byte written (record → BIO →
// send queue) and a memset of the write BIO's whole buffer at each reset; a socket BIO cannot serve Node's read-ahead bytes first and
// sends each 16 KiB record on its own. Here reads go from the kernel straight into OpenSSL's
// record buffer and writes from OpenSSL's record straight onto `wire`.
int bioRead(BIO* b, char* out, int len) {
  BIO_clear_retry_flags(b);
  auto* s = static_cast<Session*>(BIO_get_data(b));
  if (len <= 0) return 0;
  if (s->initialOff < s->initial.size()) {
    size_t n = std::min(s->initial.size() - s->initialOff, static_cast<size_t>(len));
    std::memcpy(out, s->initial.data() + s->initialOff, n);
    s->initialOff += n;
    if (s->initialOff == s->initial.size()) std::string().swap(s->initial);
    return static_cast<int>(n);
  }
  if (s->eofIn) return 0;
  for (;;) {
    ssize_t n = recv(s->fd, out, static_cast<size_t>(len), MSG_DONTWAIT);
    if (n > 0) return static_cast<int>(n);
    if (n == 0) {
      s->eofIn = true;  // SSL sees EOF (0, no retry)
      return 0;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      BIO_set_retry_read(b);  // SSL_ERROR_WANT_READ: epoll (edge-triggered) says when to go on
      return -1;
    }
    s->readErrno = errno;
    return -1;
  }
}

int bioWrite(BIO* b, const char* in, int len) {
  BIO_clear_retry_flags(b);
  auto* s = static_cast<Session*>(BIO_get_data(b));
  if (len <= 0) return 0;
  // sendWire empties `wire` whenever all of it went out, so appending is all there is to do.
  s->wire.append(in, static_cast<size_t>(len));  // never blocks: sendWire feeds the socket
  return len;
}

long bioCtrl(BIO* b, int cmd, long, void*) {
  auto* s = static_cast<Session*>(BIO_get_data(b));
  switch (cmd) {
    case BIO_CTRL_FLUSH:
      return 1;  // SSL flushes after a flight; sendWire sends
    case BIO_CTRL_PENDING:
      return s != nullptr ? static_cast<long>(s->initial.size() - s->initialOff) : 0;
    case BIO_CTRL_WPENDING:
      return s != nullptr ? static_cast<long>(s->wire.size() - s->wireOff) : 0;
    case BIO_CTRL_EOF:
      return s != nullptr && s->eofIn ? 1 : 0;
    default:
      return 0;
  }
}

int bioCreate(BIO* b) {
  BIO_set_init(b, 1);
  return 1;
}

int bioDestroy(BIO* b) {
  BIO_set_data(b, nullptr);  // the session owns its state; SSL_free only drops the BIO
  return 1;
}

BIO_METHOD* socketBioMethod() {
  static BIO_METHOD* m = [] {
    BIO_METHOD* meth = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "zts hbone socket");
    if (meth == nullptr) return meth;
    BIO_meth_set_read(meth, bioRead);
    BIO_meth_set_write(meth, bioWrite);
    BIO_meth_set_ctrl(meth, bioCtrl);
    BIO_meth_set_create(meth, bioCreate);
    BIO_meth_set_destroy(meth, bioDestroy);
    return meth;
  }();
  return m;
}

// Sends `wire` (SSL's output, appended by the BIO). 1: all sent; 0: the socket is full (EPOLLOUT
// resumes); -1: a send error (errno set).
int sendWire(Session* s) {
  while (s->wireOff < s->wire.size()) {
    ssize_t n = ::send(s->fd, s->wire.data() + s->wireOff, s->wire.size() - s->wireOff, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      s->wireOff += static_cast<size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return 0;
    return -1;
  }
  if (s->wire.capacity() > (kSendBatch << 1)) std::string().swap(s->wire);
  else s->wire.clear();
  s->wireOff = 0;
  return 1;
}

// Reads away what the peer sent that nobody will read (bounded): close() on a socket with
// unread bytes sends RST instead of FIN, and a peer that gets the RST may lose what we sent
// last — the alert after a failed handshake, where OpenSSL stopped reading mid-flight.
void discardUnread(int fd) {
  char buf[16 << 10];
  for (int i = 0; i < 64; i++) {
    ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
    if (n > 0) continue;
    if (n < 0 && errno == EINTR) continue;
    return;
  }
}

// The session's end, whatever the reason: streams ended (upstreams reset unless they ended
// cleanly before), the socket closed, one `end` event, the session forgotten.
void finish(Session* s, const char* reason, const std::string& text) {
  // What TLS still has to say (an alert, close_notify) goes out first, best effort.
  if (s->ssl != nullptr) (void)sendWire(s);
  epoll_ctl(g_ep, EPOLL_CTL_DEL, s->fd, nullptr);
  if (s->h2) s->h2->abortAll();
  s->h2.reset();
  if (s->ssl != nullptr) SSL_free(s->ssl);  // frees the session's BIO
  s->ssl = nullptr;
  discardUnread(s->fd);
  close(s->fd);
  auto* ev = new Event(Kind::End);
  ev->sid = s->id;
  ev->reason = reason;
  ev->text = text;
  postEvent(s, ev, true);
  g_sessions.erase(s->id);
  {
    std::lock_guard<std::mutex> lock(g_mu);
    g_live.erase(s->id);
  }
  delete s;
}

// Writes pending TLS output, refilling it from nghttp2. False: the session ended here.
bool flushOut(Session* s) {
  for (;;) {
    int w = sendWire(s);
    if (w < 0) {
      finish(s, "reset", std::string("write: ") + std::strerror(errno));
      return false;
    }
    if (w == 0) return true;  // EPOLLOUT resumes
    // Encrypt up to a batch, then send it.
    while (s->wire.size() - s->wireOff < kSendBatch) {
      if (s->outOff == s->out.size()) {
        s->out.clear();
        s->outOff = 0;
        if (s->h2 && !s->h2->send(s->out, kOutLimit)) {
          finish(s, "error", std::string("http2: ") + (s->h2->lastError() ? s->h2->lastError() : "send failed"));
          return false;
        }
        if (s->out.empty()) break;
      }
      size_t len = std::min(s->out.size() - s->outOff, kWriteChunk);
      ERR_clear_error();
      int n = SSL_write(s->ssl, s->out.data() + s->outOff, static_cast<int>(len));
      if (n <= 0) {
        finish(s, "error", "tls write: " + sslErrors());
        return false;
      }
      s->outOff += static_cast<size_t>(n);
    }
    // Nothing was encrypted in this round: nghttp2 has nothing more for now.
    if (s->wireOff == s->wire.size()) return true;
  }
}

// A recv() error the BIO met ends the session as a reset (what OpenSSL reports is only
// SSL_ERROR_SYSCALL). True: the session ended here.
bool readFailed(Session* s) {
  if (s->readErrno == 0) return false;
  finish(s, "reset", std::string("read: ") + std::strerror(s->readErrno));
  return true;
}

// The socket is readable (or the session is new): OpenSSL reads through the BIO until the
// socket has nothing more (WANT_READ), as edge-triggered epoll needs.
void service(Session* s) {
  if (!s->handshook) {
    ERR_clear_error();
    int r = SSL_do_handshake(s->ssl);
    if (r != 1) {
      int e = SSL_get_error(s->ssl, r);
      if (readFailed(s)) return;
      if (e == SSL_ERROR_WANT_READ && !s->eofIn) {
        // Our handshake messages (ServerHello…, or the client's hello) are on the send queue.
        if (sendWire(s) < 0) finish(s, "reset", std::string("write: ") + std::strerror(errno));
        return;
      }
      std::string why = sslErrors();
      long v = SSL_get_verify_result(s->ssl);
      if (v != X509_V_OK) why += std::string(why.empty() ? "" : "; ") + "verify: " + X509_verify_cert_error_string(v);
      if (why.empty()) why = s->eofIn ? "peer closed during the handshake" : "handshake failed";
      finish(s, "tls", why);
      return;
    }
    s->handshook = true;
    auto* ev = new Event(Kind::Handshake);
    ev->sid = s->id;
    X509* peer = SSL_get0_peer_certificate(s->ssl);
    if (peer != nullptr) {
      int len = i2d_X509(peer, nullptr);
      if (len > 0) {
        ev->der.resize(static_cast<size_t>(len));
        auto* p = reinterpret_cast<unsigned char*>(&ev->der[0]);
        i2d_X509(peer, &p);
      }
    }
    const unsigned char* alpn = nullptr;
    unsigned alpnLen = 0;
    SSL_get0_alpn_selected(s->ssl, &alpn, &alpnLen);
    ev->text.assign(reinterpret_cast<const char*>(alpn ? alpn : reinterpret_cast<const unsigned char*>("")), alpnLen);
    postEvent(s, ev, false);
    s->cfg.client = s->client;
    s->h2 = std::make_unique<H2Server>(s->cfg, s);
    if (!s->h2->ok()) {
      finish(s, "error", "nghttp2 session could not be created");
      return;
    }
  }
  unsigned char buf[kReadChunk];
  for (;;) {
    ERR_clear_error();
    int n = SSL_read(s->ssl, buf, sizeof buf);
    if (n > 0) {
      if (!s->h2->recv(buf, static_cast<size_t>(n))) {
        std::string why = std::string("http2: ") + (s->h2->lastError() ? s->h2->lastError() : "protocol error");
        // The GOAWAY nghttp2 queued for the error goes out first (best effort).
        if (!flushOut(s)) return;
        finish(s, "error", why);
        return;
      }
      continue;
    }
    int e = SSL_get_error(s->ssl, n);
    if (readFailed(s)) return;
    if (e == SSL_ERROR_WANT_READ && !s->eofIn) break;
    if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_ZERO_RETURN || e == SSL_ERROR_SYSCALL) {
      finish(s, "closed", e == SSL_ERROR_ZERO_RETURN ? "close_notify" : "peer closed");
      return;
    }
    finish(s, "error", "tls read: " + sslErrors());
    return;
  }
  if (!flushOut(s)) return;
  if (s->h2->finished() && s->outOff == s->out.size() && s->wireOff == s->wire.size()) {
    ERR_clear_error();
    SSL_shutdown(s->ssl);  // close_notify, best effort
    finish(s, "done", "");
  }
}

// After a command or an upstream event: frames to write, and maybe the end.
void afterH2(Session* s) {
  if (!s->handshook) return;
  if (!flushOut(s)) return;
  if (s->h2->finished() && s->outOff == s->out.size() && s->wireOff == s->wire.size()) {
    ERR_clear_error();
    SSL_shutdown(s->ssl);
    finish(s, "done", "");
  }
}

void addSession(Session* s) {
  g_sessions[s->id] = s;
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.u64 = s->id << 32;
  if (epoll_ctl(g_ep, EPOLL_CTL_ADD, s->fd, &ev) != 0) {
    finish(s, "error", std::string("epoll_ctl: ") + std::strerror(errno));
    return;
  }
  service(s);
}

// A stream's local socket joins the epoll set (tag: session id, stream id); it counts as a
// native data-phase stream from here to its end.
void watchStream(Session* s, int32_t stream) {
  g_streams.fetch_add(1, std::memory_order_relaxed);
  H2Stream* st = s->h2->find(stream);
  if (st == nullptr || st->upstream < 0) return;
  epoll_event ev{};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.u64 = (s->id << 32) | static_cast<uint32_t>(stream);
  if (epoll_ctl(g_ep, EPOLL_CTL_ADD, st->upstream, &ev) != 0) s->h2->reset(stream, NGHTTP2_INTERNAL_ERROR);
}

// A client request that was never sent: it ends as REFUSED_STREAM (never processed, retryable).
void endUnsent(Session* s, int32_t tag) {
  auto* ev = new Event(Kind::StreamEnd);
  ev->sid = s->id;
  ev->stream = tag;
  ev->code = NGHTTP2_REFUSED_STREAM;
  postEvent(s, ev, false);
}

void runCommands() {
  std::vector<Cmd> cmds;
  {
    std::lock_guard<std::mutex> lock(g_mu);
    cmds.swap(g_cmds);
  }
  for (const Cmd& c : cmds) {
    if (c.type == Cmd::Add) {
      addSession(c.session);
      continue;
    }
    auto it = g_sessions.find(c.sid);
    if (it == g_sessions.end()) {
      if (c.fd >= 0) close(c.fd);
      continue;
    }
    Session* s = it->second;
    if (c.type == Cmd::Close) {
      finish(s, "stopped", "");
      continue;
    }
    if (!s->h2) {
      if (c.fd >= 0) close(c.fd);
      // A request before the handshake (the caller must wait for `handshake`): never sent.
      if (c.type == Cmd::Request) endUnsent(s, c.stream);
      continue;
    }
    switch (c.type) {
      case Cmd::Request:
        if (!s->client || !s->h2->request(static_cast<uint32_t>(c.stream), *c.headers)) endUnsent(s, c.stream);
        break;
      case Cmd::Bind:
        if (s->client && s->h2->bind(static_cast<uint32_t>(c.stream), c.fd, c.bytes ? std::move(*c.bytes) : std::string()))
          watchStream(s, s->h2->idOf(static_cast<uint32_t>(c.stream)));
        break;
      case Cmd::Accept:
        if (s->client) {
          if (c.fd >= 0) close(c.fd);
          break;
        }
        if (s->h2->accept(c.stream, c.fd, c.bytes ? std::move(*c.bytes) : std::string())) watchStream(s, c.stream);
        break;
      case Cmd::Respond:
        if (!s->client) s->h2->respond(c.stream, static_cast<int>(c.value));
        break;
      case Cmd::Reset: {
        int32_t sid = s->h2->idOf(static_cast<uint32_t>(c.stream));
        if (sid != 0) s->h2->reset(sid, c.value);
        break;
      }
      case Cmd::Goaway:
        s->h2->goaway();
        break;
      default:
        break;
    }
    afterH2(s);
  }
}

void tick() {
  int64_t now = nowMs();
  std::vector<Session*> late;
  for (auto& kv : g_sessions) {
    Session* s = kv.second;
    if (!s->handshook) {
      if (now - s->startMs >= s->handshakeTimeoutMs) late.push_back(s);
      continue;
    }
    if (!s->h2) continue;
    for (auto& st : s->h2->streams()) {
      H2Stream* x = st.second;
      if (!x->requested || (x->up == x->postedUp && x->down == x->postedDown)) continue;
      x->postedUp = x->up;
      x->postedDown = x->down;
      auto* ev = new Event(Kind::Bytes);
      ev->sid = s->id;
      ev->stream = static_cast<int32_t>(x->tag);
      ev->up = x->up;
      ev->down = x->down;
      postEvent(s, ev, false);
    }
  }
  for (Session* s : late) finish(s, "tls", "handshake timed out");
}

void loop() {
  // Named for top -H, perf and /proc/<pid>/task/*/comm: an operator can see what the addon spends.
  pthread_setname_np(pthread_self(), "zts-hbone");
  epoll_event evs[256];
  int64_t lastTick = nowMs();
  for (;;) {
    int n = epoll_wait(g_ep, evs, 256, g_sessions.empty() ? -1 : kTickMs);
    if (n < 0) n = 0;
    for (int i = 0; i < n; i++) {
      uint64_t tag = evs[i].data.u64;
      if (tag == kWakeTag) {
        uint64_t v;
        ssize_t r = read(g_wake, &v, sizeof v);
        (void)r;
        runCommands();
        continue;
      }
      auto it = g_sessions.find(tag >> 32);
      if (it == g_sessions.end()) continue;
      Session* s = it->second;
      int32_t stream = static_cast<int32_t>(tag & 0xffffffffULL);
      if (stream == 0) {
        service(s);
        continue;
      }
      if (!s->h2) continue;
      s->h2->upstreamWritable(stream);
      s->h2->upstreamReadable(stream);
      afterH2(s);
    }
    int64_t now = nowMs();
    if (now - lastTick >= kTickMs) {
      lastTick = now;
      tick();
    }
  }
}

void ensureThread() {
  std::call_once(g_once, [] {
    g_ep = epoll_create1(EPOLL_CLOEXEC);
    g_wake = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (g_ep < 0 || g_wake < 0) return;
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = kWakeTag;
    epoll_ctl(g_ep, EPOLL_CTL_ADD, g_wake, &ev);
    std::thread(loop).detach();
  });
}

void queue(const Cmd& c) {
  {
    std::lock_guard<std::mutex> lock(g_mu);
    g_cmds.push_back(c);
  }
  uint64_t one = 1;
  ssize_t r = write(g_wake, &one, sizeof one);
  (void)r;
}

const char* kindName(Kind k) {
  switch (k) {
    case Kind::Handshake:
      return "handshake";
    case Kind::Request:
      return "request";
    case Kind::Bytes:
      return "bytes";
    case Kind::StreamEnd:
      return "streamEnd";
    case Kind::Limit:
      return "limit";
    case Kind::Settings:
      return "settings";
    case Kind::Response:
      return "response";
    case Kind::Goaway:
      return "goaway";
    default:
      return "end";
  }
}

void CallJsBody(napi_env env, napi_value cb, void*, void* data) {
  std::unique_ptr<Event> ev(static_cast<Event*>(data));
  if (env == nullptr || cb == nullptr) return;
  Napi::Env e(env);
  Napi::HandleScope scope(e);
  Napi::Object o = Napi::Object::New(e);
  o.Set("t", kindName(ev->kind));
  o.Set("session", static_cast<double>(ev->sid));
  switch (ev->kind) {
    case Kind::Handshake:
      o.Set("peerCert", Napi::Buffer<char>::Copy(e, ev->der.data(), ev->der.size()));
      o.Set("alpn", ev->text);
      break;
    case Kind::Request: {
      o.Set("stream", ev->stream);
      Napi::Array hs = Napi::Array::New(e, ev->headers.size());
      for (size_t i = 0; i < ev->headers.size(); i++) {
        Napi::Array kv = Napi::Array::New(e, 2);
        kv.Set(0u, ev->headers[i].first);
        kv.Set(1u, ev->headers[i].second);
        hs.Set(static_cast<uint32_t>(i), kv);
      }
      o.Set("headers", hs);
      break;
    }
    case Kind::Limit:
      o.Set("stream", ev->stream);
      break;
    case Kind::Settings:
      break;
    case Kind::Response:
      o.Set("stream", ev->stream);
      o.Set("status", ev->status);
      break;
    case Kind::Goaway:
      o.Set("lastStream", ev->stream);
      o.Set("code", ev->code);
      break;
    case Kind::Bytes:
    case Kind::StreamEnd:
      o.Set("stream", ev->stream);
      o.Set("up", static_cast<double>(ev->up));
      o.Set("down", static_cast<double>(ev->down));
      if (ev->kind == Kind::StreamEnd) {
        o.Set("code", ev->code);
        if (ev->err != 0) {
          o.Set("errno", -ev->err);
          o.Set("errcode", uv_err_name(-ev->err));
        }
      }
      break;
    case Kind::End:
      o.Set("reason", ev->reason);
      o.Set("detail", ev->text);
      break;
  }
  napi_value argv[1] = {o};
  napi_value undef;
  napi_get_undefined(env, &undef);
  napi_call_function(env, undef, cb, 1, argv, nullptr);
}

// Events arrive from libuv, outside any N-API callback: a N-API failure while building the
// event object (the environment is going away: a worker or the process exiting) must not
// escape as a C++ exception (std::terminate); that event is dropped, as there is no one to
// give it to.
void CallJs(napi_env env, napi_value cb, void* ctx, void* data) {
  try {
    CallJsBody(env, cb, ctx, data);
  } catch (const Napi::Error&) {
  }
}

void FinalizeTsfn(napi_env, void* data, void*) {
  std::unique_ptr<FinalizeCtx> ctx(static_cast<FinalizeCtx*>(data));
  bool live;
  {
    std::lock_guard<std::mutex> lock(ctx->ch->mu);
    live = ctx->ch->tsfn != nullptr;
    ctx->ch->tsfn = nullptr;
  }
  if (live) {
    Cmd c(Cmd::Close);
    c.sid = ctx->id;
    queue(c);
  }
}

// ---- TLS contexts ----

int verifyCb(int preverifyOk, X509_STORE_CTX*) {
  // The chain check is OpenSSL's against the context's roots; failing it here makes OpenSSL
  // send the alert for the error (unknown_ca for an unknown issuer). Identity is TS's.
  return preverifyOk;
}

int alpnCb(SSL*, const unsigned char** out, unsigned char* outlen, const unsigned char* in, unsigned inlen, void*) {
  for (unsigned i = 0; i < inlen;) {
    unsigned len = in[i];
    if (i + 1 + len > inlen) break;
    if (len == 2 && std::memcmp(in + i + 1, "h2", 2) == 0) {
      *out = in + i + 1;
      *outlen = 2;
      return SSL_TLSEXT_ERR_OK;
    }
    i += 1 + len;
  }
  return SSL_TLSEXT_ERR_ALERT_FATAL;  // no_application_protocol: HBONE is h2 only
}

void FreeCtx(Napi::Env, SSL_CTX* ctx) { SSL_CTX_free(ctx); }

std::string strOpt(Napi::Env env, Napi::Object o, const char* k) {
  Napi::Value v = o.Get(k);
  if (!v.IsString()) throw Napi::TypeError::New(env, std::string("hboneTlsContext: ") + k + " must be a PEM string");
  return v.As<Napi::String>().Utf8Value();
}

// hboneTlsContext({chain, key, roots}) → an opaque context (freed when collected; sessions
// hold their own reference).
Napi::Value HboneTlsContext(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsObject()) throw Napi::TypeError::New(env, "hboneTlsContext({chain, key, roots})");
  Napi::Object o = info[0].As<Napi::Object>();
  std::string chain = strOpt(env, o, "chain");
  std::string key = strOpt(env, o, "key");
  std::string roots = strOpt(env, o, "roots");
  bool client = o.Get("client").ToBoolean().Value();
  ERR_clear_error();
  SSL_CTX* ctx = SSL_CTX_new(client ? TLS_client_method() : TLS_server_method());
  if (ctx == nullptr) throw Napi::Error::New(env, "hboneTlsContext: SSL_CTX_new: " + sslErrors());
  auto fail = [&](const std::string& what) -> Napi::Value {
    SSL_CTX_free(ctx);
    throw Napi::Error::New(env, "hboneTlsContext: " + what + ": " + sslErrors());
  };
  SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
  SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_RELEASE_BUFFERS);
  SSL_CTX_set_num_tickets(ctx, 0);
  SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
  {
    BIO* b = BIO_new_mem_buf(chain.data(), static_cast<int>(chain.size()));
    X509* leaf = PEM_read_bio_X509(b, nullptr, nullptr, nullptr);
    if (leaf == nullptr || SSL_CTX_use_certificate(ctx, leaf) != 1) {
      X509_free(leaf);
      BIO_free(b);
      return fail("chain");
    }
    X509_free(leaf);
    while (X509* c = PEM_read_bio_X509(b, nullptr, nullptr, nullptr)) {
      if (SSL_CTX_add1_chain_cert(ctx, c) != 1) {
        X509_free(c);
        BIO_free(b);
        return fail("chain");
      }
      X509_free(c);
    }
    ERR_clear_error();  // the loop ends on "no start line"
    BIO_free(b);
  }
  {
    BIO* b = BIO_new_mem_buf(key.data(), static_cast<int>(key.size()));
    EVP_PKEY* pk = PEM_read_bio_PrivateKey(b, nullptr, nullptr, nullptr);
    BIO_free(b);
    if (pk == nullptr || SSL_CTX_use_PrivateKey(ctx, pk) != 1) {
      EVP_PKEY_free(pk);
      return fail("key");
    }
    EVP_PKEY_free(pk);
    if (SSL_CTX_check_private_key(ctx) != 1) return fail("key does not match the certificate");
  }
  {
    X509_STORE* store = SSL_CTX_get_cert_store(ctx);
    BIO* b = BIO_new_mem_buf(roots.data(), static_cast<int>(roots.size()));
    int n = 0;
    while (X509* c = PEM_read_bio_X509(b, nullptr, nullptr, nullptr)) {
      X509_STORE_add_cert(store, c);
      X509_free(c);
      n++;
    }
    ERR_clear_error();
    BIO_free(b);
    if (n == 0) {
      SSL_CTX_free(ctx);
      throw Napi::Error::New(env, "hboneTlsContext: roots: no certificate");
    }
  }
  if (client) {
    // The server's chain is verified against the roots in the handshake (a foreign CA fails
    // there, with our alert); its SPIFFE id is TS's check. No SNI: the server picks its
    // certificate by the address we dialed (SPEC.md §3).
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verifyCb);
    static const unsigned char kH2[] = {2, 'h', '2'};
    if (SSL_CTX_set_alpn_protos(ctx, kH2, sizeof kH2) != 0) return fail("alpn");
  } else {
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, verifyCb);
    SSL_CTX_set_alpn_select_cb(ctx, alpnCb, nullptr);
  }
  return Napi::External<SSL_CTX>::New(env, ctx, FreeCtx);
}

uint32_t numOpt(Napi::Env env, Napi::Object o, const char* k, uint32_t lo, uint32_t hi) {
  Napi::Value v = o.Get(k);
  if (!v.IsNumber()) throw Napi::TypeError::New(env, std::string("hboneStart: ") + k + " must be a number");
  double d = v.As<Napi::Number>().DoubleValue();
  if (!(d >= lo && d <= hi)) throw Napi::RangeError::New(env, std::string("hboneStart: ") + k + " out of range");
  return static_cast<uint32_t>(d);
}

// hboneStart({fd, ctx, initial?, maxConcurrentStreams, streamWindow, connectionWindow,
// frameSize, handshakeTimeoutMs}, onEvent) → session id. The session owns fd from here on
// (closes it at its end); when this throws, the caller still owns it.
Napi::Value StartSession(const Napi::CallbackInfo& info, bool client) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsObject() || !info[1].IsFunction())
    throw Napi::TypeError::New(env, client ? "hboneConnect(opts, onEvent)" : "hboneStart(opts, onEvent)");
  Napi::Object o = info[0].As<Napi::Object>();
  int fd = static_cast<int>(numOpt(env, o, "fd", 0, 0x7fffffff));
  Napi::Value cv = o.Get("ctx");
  if (!cv.IsExternal()) throw Napi::TypeError::New(env, "hboneStart: ctx must come from hboneTlsContext");
  SSL_CTX* ctx = cv.As<Napi::External<SSL_CTX>>().Data();
  H2Config cfg;
  cfg.maxConcurrentStreams = numOpt(env, o, "maxConcurrentStreams", 1, 0x7fffffff);
  cfg.streamWindow = numOpt(env, o, "streamWindow", 65535, 0x7fffffff);
  cfg.connectionWindow = numOpt(env, o, "connectionWindow", 65535, 0x7fffffff);
  cfg.frameSize = numOpt(env, o, "frameSize", 16384, 16777215);
  uint32_t hsTimeout = numOpt(env, o, "handshakeTimeoutMs", 1, 0x7fffffff);
  std::string initial;
  Napi::Value iv = o.Get("initial");
  if (iv.IsBuffer()) {
    auto b = iv.As<Napi::Buffer<char>>();
    initial.assign(b.Data(), b.Length());
  } else if (!iv.IsUndefined() && !iv.IsNull()) {
    throw Napi::TypeError::New(env, "hboneStart: initial must be a Buffer");
  }
  int type = 0;
  socklen_t tl = sizeof type;
  if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &tl) != 0) throw sysError(env, errno, "hboneStart(getsockopt)");
  if (type != SOCK_STREAM) throw sysError(env, EINVAL, "hboneStart: not a stream socket");
  noDelay(fd);
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) != 0) throw sysError(env, errno, "hboneStart(fcntl)");
  ensureThread();
  if (g_ep < 0 || g_wake < 0) throw sysError(env, EMFILE, "hboneStart: the HBONE thread could not start");
  ERR_clear_error();
  SSL* ssl = SSL_new(ctx);
  BIO_METHOD* meth = socketBioMethod();
  BIO* bio = meth != nullptr ? BIO_new(meth) : nullptr;
  if (ssl == nullptr || bio == nullptr) {
    SSL_free(ssl);
    BIO_free(bio);
    throw Napi::Error::New(env, "hboneStart: SSL_new: " + sslErrors());
  }
  // One BIO both ways (SSL_set_bio takes the one reference). Its data (the session) is set
  // below, before the thread sees the session; nothing reads or writes it until then.
  SSL_set_bio(ssl, bio, bio);
  SSL_set_read_ahead(ssl, 1);
  SSL_set_default_read_buffer_len(ssl, kTlsReadBuffer);
  if (client)
    SSL_set_connect_state(ssl);
  else
    SSL_set_accept_state(ssl);
  auto ch = std::make_shared<Channel>();
  uint64_t id;
  {
    std::lock_guard<std::mutex> lock(g_mu);
    id = g_nextId++;
  }
  auto* fin = new FinalizeCtx{ch, id};
  napi_value name = Napi::String::New(env, "zts_hbone");
  napi_threadsafe_function tsfn;
  if (napi_create_threadsafe_function(env, info[1], nullptr, name, 0, 1, fin, FinalizeTsfn, nullptr, CallJs, &tsfn) !=
      napi_ok) {
    delete fin;
    SSL_free(ssl);
    throw Napi::Error::New(env, "hboneStart: napi_create_threadsafe_function failed");
  }
  ch->tsfn = tsfn;
  auto* s = new Session();
  s->id = id;
  s->fd = fd;
  s->ssl = ssl;
  s->initial = std::move(initial);
  BIO_set_data(bio, s);
  s->cfg = cfg;
  s->ch = ch;
  s->startMs = nowMs();
  s->handshakeTimeoutMs = hsTimeout;
  s->ep = g_ep;
  s->client = client;
  {
    std::lock_guard<std::mutex> lock(g_mu);
    g_live.insert(id);
  }
  Cmd c(Cmd::Add);
  c.session = s;
  queue(c);
  return Napi::Number::New(env, static_cast<double>(id));
}

Napi::Value HboneStart(const Napi::CallbackInfo& info) { return StartSession(info, false); }
// hboneConnect(opts, onEvent): the same options, a client session (the context made with
// client: true); TS submits requests once the `handshake` event said who the server is.
Napi::Value HboneConnect(const Napi::CallbackInfo& info) { return StartSession(info, true); }

uint64_t idArg(const Napi::CallbackInfo& info, const char* sig) {
  if (info.Length() < 1 || !info[0].IsNumber()) throw Napi::TypeError::New(info.Env(), sig);
  return static_cast<uint64_t>(info[0].As<Napi::Number>().DoubleValue());
}

int32_t streamArg(const Napi::CallbackInfo& info, const char* sig) {
  if (info.Length() < 2 || !info[1].IsNumber()) throw Napi::TypeError::New(info.Env(), sig);
  double d = info[1].As<Napi::Number>().DoubleValue();
  if (!(d >= 1 && d <= 0x7fffffff)) throw Napi::RangeError::New(info.Env(), std::string(sig) + ": bad stream id");
  return static_cast<int32_t>(d);
}

bool live(uint64_t id) {
  std::lock_guard<std::mutex> lock(g_mu);
  return g_live.count(id) != 0;
}

// A command that hands a socket to a stream: (session, stream or tag, fd, initial?) → false
// when the session is gone (fd closed here); otherwise the stream owns the fd from now on.
Napi::Value StreamFdCmd(const Napi::CallbackInfo& info, Cmd::Type t, const char* sig) {
  uint64_t sid = idArg(info, sig);
  int32_t stream = streamArg(info, sig);
  if (info.Length() < 3 || !info[2].IsNumber()) throw Napi::TypeError::New(info.Env(), sig);
  int fd = info[2].As<Napi::Number>().Int32Value();
  if (fd < 0) throw Napi::RangeError::New(info.Env(), std::string(sig) + ": bad fd");
  noDelay(fd);
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) != 0) throw sysError(info.Env(), errno, std::string(sig) + " fcntl");
  if (!live(sid)) {
    close(fd);
    return Napi::Boolean::New(info.Env(), false);
  }
  Cmd c(t);
  c.sid = sid;
  c.stream = stream;
  c.fd = fd;
  if (info.Length() > 3 && info[3].IsBuffer()) {
    auto b = info[3].As<Napi::Buffer<char>>();
    c.bytes = std::make_shared<std::string>(b.Data(), b.Length());
  }
  queue(c);
  return Napi::Boolean::New(info.Env(), true);
}

// hboneAccept(session, stream, upstreamFd, initial?): server sessions; the stream answers 200
// and its bytes flow to and from the fd.
Napi::Value HboneAccept(const Napi::CallbackInfo& info) {
  return StreamFdCmd(info, Cmd::Accept, "hboneAccept(session, stream, fd, initial?)");
}

// hboneRespond(session, stream, status): a refusal (HEADERS :status with END_STREAM).
Napi::Value HboneRespond(const Napi::CallbackInfo& info) {
  const char* sig = "hboneRespond(session, stream, status)";
  uint64_t sid = idArg(info, sig);
  int32_t stream = streamArg(info, sig);
  if (info.Length() < 3 || !info[2].IsNumber()) throw Napi::TypeError::New(info.Env(), sig);
  uint32_t status = info[2].As<Napi::Number>().Uint32Value();
  if (status < 100 || status > 599) throw Napi::RangeError::New(info.Env(), "hboneRespond: bad status");
  if (!live(sid)) return Napi::Boolean::New(info.Env(), false);
  Cmd c(Cmd::Respond);
  c.sid = sid;
  c.stream = stream;
  c.value = status;
  queue(c);
  return Napi::Boolean::New(info.Env(), true);
}

// hboneReset(session, stream, code): RST_STREAM with an HTTP/2 error code (7 = REFUSED_STREAM, 8 = CANCEL).
Napi::Value HboneReset(const Napi::CallbackInfo& info) {
  const char* sig = "hboneReset(session, stream, code)";
  uint64_t sid = idArg(info, sig);
  int32_t stream = streamArg(info, sig);
  if (info.Length() < 3 || !info[2].IsNumber()) throw Napi::TypeError::New(info.Env(), sig);
  uint32_t code = info[2].As<Napi::Number>().Uint32Value();
  if (!live(sid)) return Napi::Boolean::New(info.Env(), false);
  Cmd c(Cmd::Reset);
  c.sid = sid;
  c.stream = stream;
  c.value = code;
  queue(c);
  return Napi::Boolean::New(info.Env(), true);
}

// hboneRequest(session, tag, [[name, value], ...]) → false when the session is gone.
Napi::Value HboneRequest(const Napi::CallbackInfo& info) {
  const char* sig = "hboneRequest(session, tag, headers)";
  Napi::Env env = info.Env();
  uint64_t sid = idArg(info, sig);
  int32_t tag = streamArg(info, sig);
  if (info.Length() < 3 || !info[2].IsArray()) throw Napi::TypeError::New(env, sig);
  Napi::Array hs = info[2].As<Napi::Array>();
  auto headers = std::make_shared<std::vector<std::pair<std::string, std::string>>>();
  headers->reserve(hs.Length());
  for (uint32_t i = 0; i < hs.Length(); i++) {
    Napi::Value kv = hs.Get(i);
    if (!kv.IsArray()) throw Napi::TypeError::New(env, "hboneRequest: each header is [name, value]");
    Napi::Array a = kv.As<Napi::Array>();
    Napi::Value k = a.Get(0u), v = a.Get(1u);
    if (!k.IsString() || !v.IsString()) throw Napi::TypeError::New(env, "hboneRequest: header names and values are strings");
    headers->emplace_back(k.As<Napi::String>().Utf8Value(), v.As<Napi::String>().Utf8Value());
  }
  if (!live(sid)) return Napi::Boolean::New(env, false);
  Cmd c(Cmd::Request);
  c.sid = sid;
  c.stream = tag;
  c.headers = std::move(headers);
  queue(c);
  return Napi::Boolean::New(env, true);
}

// hboneBind(session, tag, fd, initial?): client sessions, after a response; the stream's bytes
// flow to and from the fd.
Napi::Value HboneBind(const Napi::CallbackInfo& info) {
  return StreamFdCmd(info, Cmd::Bind, "hboneBind(session, tag, fd, initial?)");
}

// hboneSocketpair() → [fd, fd]: AF_UNIX stream, CLOEXEC (a stream's bind on one end, a JS socket on the other).
Napi::Value HboneSocketpair(const Napi::CallbackInfo& info) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) throw sysError(info.Env(), errno, "socketpair");
  Napi::Array a = Napi::Array::New(info.Env(), 2);
  a.Set(0u, sv[0]);
  a.Set(1u, sv[1]);
  return a;
}

Napi::Value SessionCmd(const Napi::CallbackInfo& info, Cmd::Type t, const char* sig) {
  uint64_t sid = idArg(info, sig);
  if (!live(sid)) return Napi::Boolean::New(info.Env(), false);
  Cmd c(t);
  c.sid = sid;
  queue(c);
  return Napi::Boolean::New(info.Env(), true);
}

// hboneGoaway(session): GOAWAY(NO_ERROR); open streams run to their end, then the session ends.
Napi::Value HboneGoaway(const Napi::CallbackInfo& info) { return SessionCmd(info, Cmd::Goaway, "hboneGoaway(session)"); }
// hboneClose(session): the session ends now (its streams' upstreams reset); `end` reason "stopped".
Napi::Value HboneClose(const Napi::CallbackInfo& info) { return SessionCmd(info, Cmd::Close, "hboneClose(session)"); }

Napi::Value HboneCount(const Napi::CallbackInfo& info) {
  std::lock_guard<std::mutex> lock(g_mu);
  return Napi::Number::New(info.Env(), static_cast<double>(g_live.size()));
}

// hboneStreams() → accepted CONNECT streams in their native data phase now, process-wide.
Napi::Value HboneStreams(const Napi::CallbackInfo& info) {
  int64_t n = g_streams.load(std::memory_order_relaxed);
  return Napi::Number::New(info.Env(), static_cast<double>(n < 0 ? 0 : n));
}

// hboneVersions() → the libraries the addon runs with: the nghttp2 header it was built
// against and the file its nghttp2 resolves to at run time; OpenSSL's version and file.
Napi::Value HboneVersions(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object o = Napi::Object::New(env);
  o.Set("nghttp2Header", NGHTTP2_VERSION);
  o.Set("nghttp2From", h2RuntimeHome());
  o.Set("openssl", OpenSSL_version(OPENSSL_VERSION));
  Dl_info di;
  o.Set("opensslFrom", dladdr(reinterpret_cast<void*>(&SSL_new), &di) != 0 && di.dli_fname ? di.dli_fname : "");
  // Whether both resolve into the object that holds Node's own N-API (the node executable).
  auto base = [](void* sym) -> void* {
    Dl_info d;
    return dladdr(sym, &d) != 0 ? d.dli_fbase : nullptr;
  };
  void* nodeBase = base(reinterpret_cast<void*>(&napi_create_object));
  o.Set("nghttp2InNode", nodeBase != nullptr && base(reinterpret_cast<void*>(&nghttp2_session_server_new2)) == nodeBase);
  o.Set("opensslInNode", nodeBase != nullptr && base(reinterpret_cast<void*>(&SSL_new)) == nodeBase);
  return o;
}

}  // namespace

void registerHbone(Napi::Env env, Napi::Object exports) {
  struct Export {
    const char* name;
    Napi::Value (*fn)(const Napi::CallbackInfo&);
  };
  static const Export kExports[] = {
      {"hboneTlsContext", HboneTlsContext}, {"hboneStart", HboneStart},   {"hboneAccept", HboneAccept},
      {"hboneRespond", HboneRespond},       {"hboneReset", HboneReset},   {"hboneGoaway", HboneGoaway},
      {"hboneClose", HboneClose},           {"hboneCount", HboneCount},   {"hboneVersions", HboneVersions},
      {"hboneStreams", HboneStreams},       {"hboneConnect", HboneConnect}, {"hboneRequest", HboneRequest},
      {"hboneBind", HboneBind},             {"hboneSocketpair", HboneSocketpair},
  };
  for (const auto& e : kExports) exports.Set(e.name, Napi::Function::New(env, e.fn, e.name));
}

}  // namespace zts
