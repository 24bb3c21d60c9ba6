// JS bindings. The addon is context-aware: every thread that loads it (main and each
// worker_thread) gets these functions over the same process-wide state in core.cc.
#include <napi.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <uv.h>

#include <cstring>
#include <memory>
#include <vector>

#include "acceptor.h"
#include "core.h"
#ifdef ZTS_EVENTDEV
#include "eventdev.h"
#endif
#include "pump.h"
#include "hbone.h"
#include "seqpacket.h"
#include "napi_errors.h"
#include "sockets.h"

namespace zts {

/** `rc` is a negative errno (as the socket helpers return it). */
static Napi::Error errnoError(Napi::Env env, int rc, const std::string& what) { return sysError(env, -rc, what); }

static Napi::Object endpointObj(Napi::Env env, const Endpoint& e) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("address", e.address);
  o.Set("port", e.port);
  o.Set("family", e.family);
  return o;
}

static int workerArg(const Napi::CallbackInfo& info, size_t i) {
  int id = info[i].As<Napi::Number>().Int32Value();
  if (id < 0 || id >= kMaxWorkers) throw Napi::RangeError::New(info.Env(), "worker id out of range 0..1023");
  return id;
}

static std::string strOpt(Napi::Object o, const char* k, const std::string& def) {
  Napi::Value v = o.Get(k);
  return v.IsString() ? v.As<Napi::String>().Utf8Value() : def;
}
static int intOpt(Napi::Object o, const char* k, int def) {
  Napi::Value v = o.Get(k);
  return v.IsNumber() ? v.As<Napi::Number>().Int32Value() : def;
}
static bool boolOpt(Napi::Object o, const char* k, bool def) {
  Napi::Value v = o.Get(k);
  return v.IsBoolean() ? v.As<Napi::Boolean>().Value() : def;
}

// Required options: the defaults live in src/config.ts, not here.
static std::string strReq(const Napi::CallbackInfo& info, Napi::Object o, const char* fn, const char* k) {
  Napi::Value v = o.Get(k);
  if (!v.IsString()) throw Napi::TypeError::New(info.Env(), std::string(fn) + ": " + k + " is required (a string)");
  return v.As<Napi::String>().Utf8Value();
}
static int intReq(const Napi::CallbackInfo& info, Napi::Object o, const char* fn, const char* k) {
  Napi::Value v = o.Get(k);
  if (!v.IsNumber()) throw Napi::TypeError::New(info.Env(), std::string(fn) + ": " + k + " is required (a number)");
  return v.As<Napi::Number>().Int32Value();
}

static ListenSpec listenSpec(Napi::Object o) {
  ListenSpec s;
  s.host = strOpt(o, "host", s.host);
  s.port = intOpt(o, "port", 0);
  s.backlog = intOpt(o, "backlog", s.backlog);
  s.reusePort = boolOpt(o, "reusePort", true);
  s.transparent = boolOpt(o, "transparent", false);
  s.listen = boolOpt(o, "listen", true);
  s.udp = boolOpt(o, "udp", false);
  s.mark = intOpt(o, "mark", -1);
  s.netns = strOpt(o, "netns", "");
  return s;
}

// ---- policy and workers ----

// configure({policy, credits, stuckMs, ties}): every option required (src/config.ts's
// SETTINGS and BALANCE_DEFAULTS hold the defaults; src/balance/workers.ts passes them).
static Napi::Value Configure(const Napi::CallbackInfo& info) {
  Napi::Object o = info[0].As<Napi::Object>();
  std::string p = strReq(info, o, "configure", "policy");
  int pol = p == "dlb" ? 0 : p == "exact" ? 1 : p == "rr" ? 2 : p == "kernel" ? 3 : -1;
  if (pol < 0) throw Napi::TypeError::New(info.Env(), "policy must be one of dlb, exact, rr, kernel");
  int credits = intReq(info, o, "configure", "credits");
  if (credits < 1) throw Napi::RangeError::New(info.Env(), "credits must be >= 1");
  int stuckMs = intReq(info, o, "configure", "stuckMs");
  if (stuckMs < 1) throw Napi::RangeError::New(info.Env(), "stuckMs must be >= 1");
  std::string ties = strReq(info, o, "configure", "ties");
  if (ties != "rotate" && ties != "lowest") throw Napi::TypeError::New(info.Env(), "ties must be rotate or lowest");
  configureBalance(BalanceConfig{static_cast<Policy>(pol), credits, stuckMs, ties == "rotate"});
  return info.Env().Undefined();
}

// A worker's handoff channel: its thread-safe function, guarded against the function's
// finalizer (which runs on the worker's thread) so the acceptor never calls a deleted one.
struct Channel {
  std::mutex mu;
  napi_threadsafe_function tsfn = nullptr;
  bool released = false;
};
static Channel g_channels[kMaxWorkers];

bool postHandoff(const HandoffItem& item) {
  Channel& ch = g_channels[item.worker];
  WorkerSlot& s = g_workers[item.worker];
  std::lock_guard<std::mutex> lock(ch.mu);
  if (ch.tsfn == nullptr || ch.released || s.gen != item.gen || !isActive(s)) return false;
  auto* copy = new HandoffItem(item);
  if (napi_call_threadsafe_function(ch.tsfn, copy, napi_tsfn_nonblocking) == napi_ok) return true;
  delete copy;
  return false;
}

struct TsfnCtx {
  int worker;
  uint32_t gen;
};

static void CallJs(napi_env env, napi_value cb, void* /*context*/, void* data) {
  std::unique_ptr<HandoffItem> item(static_cast<HandoffItem*>(data));
  if (env == nullptr || cb == nullptr) {
    // The worker's function is being torn down (worker closing or gone): never drop.
    requeueItem(*item);
    return;
  }
  Lease l;
  if (!deliver(*item, l)) return;
  if (g_acceptorPaused.load()) wakeAcceptor();
  Napi::Env e(env);
  Napi::HandleScope scope(e);
  Napi::Object m = Napi::Object::New(e);
  m.Set("fd", l.fd);
  m.Set("leaseId", static_cast<double>(l.id));
  m.Set("listenerId", l.listenerId);
  m.Set("kind", l.kind);
  m.Set("peer", endpointObj(e, l.peer));
  m.Set("origDst", endpointObj(e, l.orig));
  m.Set("workerId", item->worker);
  napi_value argv[1] = {m};
  napi_value undef;
  napi_get_undefined(env, &undef);
  napi_value result;
  if (napi_call_function(env, undef, cb, 1, argv, &result) != napi_ok) {
    // The callback threw before owning the fd: close it and free the lease; the
    // exception stays pending and surfaces in the worker.
    close(l.fd);
    releaseLease(l.id);
  }
}

static void FinalizeTsfn(napi_env /*env*/, void* data, void* /*hint*/) {
  std::unique_ptr<TsfnCtx> ctx(static_cast<TsfnCtx*>(data));
  WorkerSlot& s = g_workers[ctx->worker];
  Channel& ch = g_channels[ctx->worker];
  std::lock_guard<std::mutex> lock(ch.mu);
  if (s.gen != ctx->gen) return;
  ch.tsfn = nullptr;
  s.state = static_cast<int>(SlotState::Free);
}

// registerWorker(id, cb): called inside the worker thread; cb(meta) runs on that thread.
static Napi::Value RegisterWorker(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int id = workerArg(info, 0);
  Napi::Function cb = info[1].As<Napi::Function>();
  if (!balanceConfigured()) throw Napi::Error::New(env, "registerWorker: configure() has not been called");
  WorkerSlot& s = g_workers[id];
  Channel& ch = g_channels[id];
  std::lock_guard<std::mutex> lock(ch.mu);
  if (ch.tsfn != nullptr) throw Napi::Error::New(env, "worker id " + std::to_string(id) + " is already registered");
  s.gen++;
  auto* ctx = new TsfnCtx{id, s.gen};
  napi_value name = Napi::String::New(env, "zts_dlb_handoff");
  napi_threadsafe_function tsfn;
  napi_status st = napi_create_threadsafe_function(env, cb, nullptr, name, 0, 1, ctx, FinalizeTsfn, nullptr, CallJs,
                                                   &tsfn);
  if (st != napi_ok) {
    delete ctx;
    throw Napi::Error::New(env, "napi_create_threadsafe_function failed");
  }
  // The worker's own handles decide when it exits, not the handoff channel.
  napi_unref_threadsafe_function(env, tsfn);
  ch.tsfn = tsfn;
  ch.released = false;
  activateWorker(id);
  if (g_acceptorPaused.load()) wakeAcceptor();
  return env.Undefined();
}

// closeWorker(id): any thread. No more picks, the handoff channel is aborted, handoffs
// queued to it go back to pending (another worker gets them). Delivered leases stay.
static Napi::Value CloseWorker(const Napi::CallbackInfo& info) {
  int id = workerArg(info, 0);
  WorkerSlot& s = g_workers[id];
  Channel& ch = g_channels[id];
  bool did = false;
  {
    std::lock_guard<std::mutex> lock(ch.mu);
    if (ch.tsfn != nullptr && !ch.released) {
      s.state = static_cast<int>(SlotState::Closing);
      napi_release_threadsafe_function(ch.tsfn, napi_tsfn_abort);
      ch.released = true;
      did = true;
    }
  }
  int requeued = requeueWorker(id);
  Napi::Object o = Napi::Object::New(info.Env());
  o.Set("closed", did);
  o.Set("requeued", requeued);
  return o;
}

// releaseWorker(id): after the worker is gone: its delivered leases are released (its
// event loop closed those fds), queued ones re-queued.
static Napi::Value ReleaseWorker(const Napi::CallbackInfo& info) {
  int id = workerArg(info, 0);
  {
    Channel& ch = g_channels[id];
    std::lock_guard<std::mutex> lock(ch.mu);
    if (ch.tsfn == nullptr) g_workers[id].state = static_cast<int>(SlotState::Free);
  }
  ReleaseCounts c = releaseWorker(id);
  Napi::Object o = Napi::Object::New(info.Env());
  o.Set("released", c.released);
  o.Set("requeued", c.requeued);
  return o;
}

static Napi::Value Release(const Napi::CallbackInfo& info) {
  double id = info[0].As<Napi::Number>().DoubleValue();
  return Napi::Boolean::New(info.Env(), releaseLease(static_cast<uint64_t>(id)));
}

static Napi::Value Track(const Napi::CallbackInfo& info) {
  int id = workerArg(info, 0);
  int fd = info.Length() > 1 && info[1].IsNumber() ? info[1].As<Napi::Number>().Int32Value() : -1;
  return Napi::Number::New(info.Env(), static_cast<double>(trackLease(id, fd)));
}

static Napi::Value Stats(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Array out = Napi::Array::New(env);
  int n = g_workerBound.load();
  uint32_t k = 0;
  for (int i = 0; i < n; i++) {
    WorkerSlot& s = g_workers[i];
    int st = s.state.load();
    int open = s.open.load();
    int queued = s.queued.load();
    if (st == 0 && open == 0 && queued == 0) continue;
    Napi::Object o = Napi::Object::New(env);
    o.Set("id", i);
    o.Set("state", st == 1 ? "active" : st == 2 ? "closing" : "free");
    o.Set("accepted", static_cast<double>(s.accepted.load()));
    o.Set("open", open);
    o.Set("queued", queued);
    o.Set("credits", s.credits.load());
    out.Set(k++, o);
  }
  return out;
}

static Napi::Value Counts(const Napi::CallbackInfo& info) {
  Napi::Object o = Napi::Object::New(info.Env());
  std::lock_guard<std::mutex> lock(g_leaseMu);
  o.Set("leases", static_cast<double>(g_leases.size()));
  o.Set("pending", static_cast<double>(g_pending.size()));
  o.Set("paused", g_acceptorPaused.load());
  return o;
}

// ---- listeners ----

static OrigDstMode modeOf(const std::string& m) {
  return m == "redirect" ? OrigDstMode::Redirect : m == "tproxy" ? OrigDstMode::Tproxy : OrigDstMode::Local;
}

static Napi::Object listenerObj(Napi::Env env, const ListenerInfo& li) {
  Napi::Object o = endpointObj(env, li.local);
  o.Set("id", li.id);
  o.Set("kind", li.kind);
  o.Set("origDst", li.mode == OrigDstMode::Redirect ? "redirect" : li.mode == OrigDstMode::Tproxy ? "tproxy" : "local");
  return o;
}

// addListener({kind, host, port, backlog?, reusePort?, transparent?, netns?, origDst?, fd?})
static Napi::Value AddListener(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object o = info[0].As<Napi::Object>();
  std::string kind = strOpt(o, "kind", "");
  if (kind.empty()) throw Napi::TypeError::New(env, "listener kind is required");
  int fd = intOpt(o, "fd", -1);
  if (fd < 0) {
    fd = makeListenSocketInNetns(listenSpec(o));
    if (fd < 0) throw errnoError(env, fd, "listen " + strOpt(o, "host", "0.0.0.0") + ":" +
                                              std::to_string(intOpt(o, "port", 0)));
  } else {
    // Adopted listening fd (e.g. from a previous process during an upgrade).
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) throw errnoError(env, -errno, "fcntl");
    fcntl(fd, F_SETFL, fl | O_NONBLOCK);
  }
  uint32_t id = addListener(fd, kind, modeOf(strOpt(o, "origDst", "local")));
  for (auto& li : listListeners())
    if (li.id == id) return listenerObj(env, li);
  return env.Undefined();
}

static Napi::Value RemoveListener(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), removeListener(info[0].As<Napi::Number>().Uint32Value()));
}

static Napi::Value Listeners(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Array out = Napi::Array::New(env);
  uint32_t k = 0;
  for (auto& li : listListeners()) out.Set(k++, listenerObj(env, li));
  return out;
}

// listenSocket(spec) → {fd, address, port, family}: a listening (or bound-only) socket the
// caller owns, for `kernel` mode (net.Server.listen({fd})); with udp: a bound UDP socket
// (dgram bind({fd})), optionally marked, for the DNS proxy.
static Napi::Value ListenSocket(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object o = info[0].As<Napi::Object>();
  int fd = makeListenSocketInNetns(listenSpec(o));
  if (fd < 0)
    throw errnoError(env, fd, "listen " + strOpt(o, "host", "0.0.0.0") + ":" + std::to_string(intOpt(o, "port", 0)));
  Endpoint e;
  localEndpoint(fd, e);
  Napi::Object r = endpointObj(env, e);
  r.Set("fd", fd);
  return r;
}

static Napi::Value Shutdown(const Napi::CallbackInfo& info) {
  shutdownAcceptor();
  return info.Env().Undefined();
}

// ---- socket options ----

static int fdArg(const Napi::CallbackInfo& info) { return info[0].As<Napi::Number>().Int32Value(); }

static Napi::Value GetOriginalDst(const Napi::CallbackInfo& info) {
  Endpoint e;
  if (!originalDst(fdArg(info), e)) return info.Env().Null();
  return endpointObj(info.Env(), e);
}
static Napi::Value LocalAddress(const Napi::CallbackInfo& info) {
  Endpoint e;
  if (!localEndpoint(fdArg(info), e)) throw errnoError(info.Env(), -errno, "getsockname");
  return endpointObj(info.Env(), e);
}
static Napi::Value PeerAddress(const Napi::CallbackInfo& info) {
  Endpoint e;
  if (!peerEndpoint(fdArg(info), e)) throw errnoError(info.Env(), -errno, "getpeername");
  return endpointObj(info.Env(), e);
}
static void check(Napi::Env env, int rc, const char* what) {
  if (rc != 0) throw errnoError(env, rc, what);
}
static Napi::Value SetMark(const Napi::CallbackInfo& info) {
  check(info.Env(), setMark(fdArg(info), info[1].As<Napi::Number>().Int32Value()), "setsockopt(SO_MARK)");
  return info.Env().Undefined();
}
static Napi::Value GetMark(const Napi::CallbackInfo& info) {
  uint32_t v = 0;
  socklen_t len = sizeof v;
  if (getsockopt(fdArg(info), SOL_SOCKET, SO_MARK, &v, &len) != 0) throw errnoError(info.Env(), -errno, "getsockopt(SO_MARK)");
  return Napi::Number::New(info.Env(), v);
}
static Napi::Value SetTransparent(const Napi::CallbackInfo& info) {
  check(info.Env(), setTransparent(fdArg(info), info[1].ToBoolean()), "setsockopt(IP_TRANSPARENT)");
  return info.Env().Undefined();
}
static Napi::Value SetReusePort(const Napi::CallbackInfo& info) {
  check(info.Env(), setReusePort(fdArg(info), info[1].ToBoolean()), "setsockopt(SO_REUSEPORT)");
  return info.Env().Undefined();
}
static Napi::Value SetKeepAlive(const Napi::CallbackInfo& info) {
  Napi::Object o = info[1].As<Napi::Object>();
  check(info.Env(),
        setKeepAlive(fdArg(info), boolOpt(o, "enable", true), intOpt(o, "idleSec", 0), intOpt(o, "intervalSec", 0),
                     intOpt(o, "count", 0)),
        "setsockopt(SO_KEEPALIVE)");
  return info.Env().Undefined();
}
static Napi::Value SetUserTimeout(const Napi::CallbackInfo& info) {
  check(info.Env(), setUserTimeout(fdArg(info), info[1].As<Napi::Number>().Int32Value()),
        "setsockopt(TCP_USER_TIMEOUT)");
  return info.Env().Undefined();
}
static Napi::Value CloseFd(const Napi::CallbackInfo& info) {
  close(fdArg(info));
  return info.Env().Undefined();
}

// sendBatch(fd, buffers, hosts, ports) → datagrams sent: one sendmmsg(2) for up to 64 UDP
// replies on a nonblocking socket (the DNS proxy's answers of one loop turn), instead of
// one libuv send each. Stops at the first datagram the kernel refuses (EAGAIN or an error
// for that destination: the caller sends the rest the ordinary way); 0 when none went.
static Napi::Value SendBatch(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = fdArg(info);
  Napi::Array bufs = info[1].As<Napi::Array>();
  Napi::Array hosts = info[2].As<Napi::Array>();
  Napi::Array ports = info[3].As<Napi::Array>();
  uint32_t n = bufs.Length();
  if (hosts.Length() != n || ports.Length() != n) throw Napi::TypeError::New(env, "sendBatch: array lengths differ");
  if (n > 64) n = 64;
  std::vector<mmsghdr> mm(n);
  std::vector<iovec> iov(n);
  std::vector<sockaddr_storage> addrs(n);
  std::memset(mm.data(), 0, sizeof(mmsghdr) * n);
  for (uint32_t i = 0; i < n; i++) {
    Napi::Buffer<char> b = bufs.Get(i).As<Napi::Buffer<char>>();
    socklen_t len = 0;
    if (!parseAddr(hosts.Get(i).As<Napi::String>().Utf8Value(), ports.Get(i).As<Napi::Number>().Int32Value(), addrs[i], len))
      throw Napi::TypeError::New(env, "sendBatch: not an IP address");
    iov[i].iov_base = b.Data();
    iov[i].iov_len = b.Length();
    mm[i].msg_hdr.msg_name = &addrs[i];
    mm[i].msg_hdr.msg_namelen = len;
    mm[i].msg_hdr.msg_iov = &iov[i];
    mm[i].msg_hdr.msg_iovlen = 1;
  }
  int r;
  do r = sendmmsg(fd, mm.data(), n, MSG_DONTWAIT);
  while (r < 0 && errno == EINTR);
  return Napi::Number::New(env, r < 0 ? 0 : r);
}

// The options of connectMarked / connectSocket as a ConnectSpec (missing ones: defaults).
static ConnectSpec connectSpecOf(Napi::Object o) {
  ConnectSpec s;
  s.host = strOpt(o, "host", "");
  s.port = intOpt(o, "port", 0);
  s.mark = intOpt(o, "mark", -1);
  s.localAddress = strOpt(o, "localAddress", "");
  s.localPort = intOpt(o, "localPort", 0);
  s.transparent = boolOpt(o, "transparent", false);
  s.timeoutMs = intOpt(o, "timeoutMs", 10000);
  s.netns = strOpt(o, "netns", "");
  return s;
}

class ConnectWorker : public Napi::AsyncWorker {
 public:
  ConnectWorker(Napi::Env env, ConnectSpec spec)
      : Napi::AsyncWorker(env), spec_(std::move(spec)), deferred_(Napi::Promise::Deferred::New(env)) {}
  void Execute() override { rc_ = connectMarked(spec_); }
  void OnOK() override {
    Napi::HandleScope scope(Env());
    if (rc_ >= 0)
      deferred_.Resolve(Napi::Number::New(Env(), rc_));
    else
      deferred_.Reject(errnoError(Env(), rc_, "connect " + spec_.host + ":" + std::to_string(spec_.port)).Value());
  }
  Napi::Promise Promise() { return deferred_.Promise(); }

 private:
  ConnectSpec spec_;
  Napi::Promise::Deferred deferred_;
  int rc_ = -1;
};

// connectMarked({host, port, mark?, localAddress?, localPort?, transparent?, timeoutMs?, netns?}) → Promise<fd>
static Napi::Value ConnectMarked(const Napi::CallbackInfo& info) {
  ConnectSpec s = connectSpecOf(info[0].As<Napi::Object>());
  auto* w = new ConnectWorker(info.Env(), s);
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

// connectSocket({host, port, mark?, localAddress?, localPort?, transparent?, netns?}) → fd:
// the socket connectMarked would connect, prepared but not connected, synchronously. The
// caller connects it through Node (net.Socket#connect on the fd's handle), so a new
// connection costs no threadpool round trip and no blocked pool thread while the SYN is out.
static Napi::Value ConnectSocket(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ConnectSpec s = connectSpecOf(info[0].As<Napi::Object>());
  sockaddr_storage ss;
  socklen_t len;
  int fd = connectSocket(s, ss, len);
  if (fd < 0) throw errnoError(env, fd, "connect " + s.host + ":" + std::to_string(s.port));
  return Napi::Number::New(env, fd);
}

// recvFds(fd, maxBytes?) → {data, fds} | null (would block). One message from a
// SOCK_SEQPACKET unix socket with any SCM_RIGHTS fds (ZDS from istio-cni).
static Napi::Value RecvFds(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = fdArg(info);
  int max = info.Length() > 1 && info[1].IsNumber() ? info[1].As<Napi::Number>().Int32Value() : 65536;
  std::vector<char> buf(static_cast<size_t>(max));
  alignas(cmsghdr) char cbuf[CMSG_SPACE(sizeof(int) * 16)];
  iovec iov{buf.data(), buf.size()};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = cbuf;
  msg.msg_controllen = sizeof cbuf;
  ssize_t n = recvmsg(fd, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
  if (n < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK) return env.Null();
    throw errnoError(env, -errno, "recvmsg");
  }
  Napi::Array fds = Napi::Array::New(env);
  uint32_t k = 0;
  for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c != nullptr; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    int* p = reinterpret_cast<int*>(CMSG_DATA(c));
    for (size_t i = 0; i < count; i++) fds.Set(k++, p[i]);
  }
  Napi::Object o = Napi::Object::New(env);
  o.Set("data", Napi::Buffer<char>::Copy(env, buf.data(), static_cast<size_t>(n)));
  o.Set("fds", fds);
  o.Set("truncated", (msg.msg_flags & (MSG_TRUNC | MSG_CTRUNC)) != 0);
  return o;
}

static Napi::Value Backend(const Napi::CallbackInfo& info) {
#ifdef ZTS_EVENTDEV
  if (evdev::active()) return Napi::String::New(info.Env(), "eventdev");
#endif
  return Napi::String::New(info.Env(), "software");
}

// ---- eventdev backend (DPDK; only when built with it) ----

static Napi::Object eventdevStatus(Napi::Env env, bool active, const std::string& device, const std::string& error) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("active", active);
  o.Set("device", device);
  if (!error.empty()) o.Set("error", error);
  return o;
}

// enableEventdev({device, ports}) → {active, device, error?}: brings up EAL (first call)
// and the event device; call while no connection is being accepted (pool start-up).
static Napi::Value EnableEventdev(const Napi::CallbackInfo& info) {
  Napi::Object o = info[0].As<Napi::Object>();
  // Both required: src/balance/workers.ts chooses the device (eventdevDevice()) and the ports.
  std::string device = strReq(info, o, "enableEventdev", "device");
  int ports = intReq(info, o, "enableEventdev", "ports");
#ifdef ZTS_EVENTDEV
  evdev::Status s = evdev::enable(device, ports);
  return eventdevStatus(info.Env(), s.active, s.device, s.error);
#else
  (void)ports;
  return eventdevStatus(info.Env(), false, device,
                        "the addon was built without DPDK eventdev (pkg-config found no libdpdk at build time)");
#endif
}

// setNetSysctl(netns, path, value): a /proc/sys/net/ file written inside a pod's netns.
static Napi::Value SetNetSysctl(const Napi::CallbackInfo& info) {
  std::string netns = info[0].As<Napi::String>().Utf8Value();
  std::string path = info[1].As<Napi::String>().Utf8Value();
  std::string value = info[2].As<Napi::String>().Utf8Value();
  int rc = writeNetSysctlInNetns(netns, path, value);
  if (rc < 0) throw errnoError(info.Env(), rc, "write " + path);
  return info.Env().Undefined();
}

static Napi::Value DisableEventdev(const Napi::CallbackInfo& info) {
#ifdef ZTS_EVENTDEV
  evdev::disable();
#endif
  return info.Env().Undefined();
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  auto fn = [&](const char* name, Napi::Value (*f)(const Napi::CallbackInfo&)) {
    exports.Set(name, Napi::Function::New(env, f, name));
  };
  fn("configure", Configure);
  fn("registerWorker", RegisterWorker);
  fn("closeWorker", CloseWorker);
  fn("releaseWorker", ReleaseWorker);
  fn("release", Release);
  fn("track", Track);
  fn("stats", Stats);
  fn("counts", Counts);
  fn("addListener", AddListener);
  fn("removeListener", RemoveListener);
  fn("listeners", Listeners);
  fn("listenSocket", ListenSocket);
  fn("shutdown", Shutdown);
  fn("getOriginalDst", GetOriginalDst);
  fn("localAddress", LocalAddress);
  fn("peerAddress", PeerAddress);
  fn("setMark", SetMark);
  fn("getMark", GetMark);
  fn("setTransparent", SetTransparent);
  fn("setReusePort", SetReusePort);
  fn("setKeepAlive", SetKeepAlive);
  fn("setUserTimeout", SetUserTimeout);
  fn("closeFd", CloseFd);
  fn("sendBatch", SendBatch);
  fn("connectMarked", ConnectMarked);
  fn("connectSocket", ConnectSocket);
  fn("recvFds", RecvFds);
  fn("backend", Backend);
  fn("enableEventdev", EnableEventdev);
  fn("disableEventdev", DisableEventdev);
  fn("setNetSysctl", SetNetSysctl);
#ifdef ZTS_EVENTDEV
  exports.Set("eventdevBuilt", Napi::Boolean::New(env, true));
#else
  exports.Set("eventdevBuilt", Napi::Boolean::New(env, false));
#endif
  registerSeqpacket(env, exports);  // ZDS (src/inpod/)
  registerPump(env, exports);       // splice data phase (src/copy/native-pump.ts)
  registerHbone(env, exports);      // HBONE server data phase (src/tunnel/native-server.ts)
  return exports;
}

}  // namespace zts

static Napi::Object InitZtsDlb(Napi::Env env, Napi::Object exports) { return zts::Init(env, exports); }

NODE_API_MODULE(zts_dlb, InitZtsDlb)
