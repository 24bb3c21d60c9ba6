// See pump.h. One thread, one epoll (edge-triggered), every pump on it.
//
// Why one thread: a splice pump spends its time in the kernel (two syscalls per chunk of up
// to a pipe's worth of bytes, no copy through user space), so one thread moves far more
// than this node's proxied traffic needs, and it keeps every pump's state single-threaded
// (no locks on the data path; JS threads only queue commands). The node has 2 cores and
// the JS workers need them; sharding pumps over N threads by id is the step when not.
//
// Per direction src → dst: splice(src → pipe), then splice(pipe → dst), both
// SPLICE_F_NONBLOCK | SPLICE_F_MOVE. The pipe is a direction's only while it holds bytes:
// a drained pipe goes back to a pool the thread shares (HAProxy does the same), so an
// idle connection costs its two socket fds and no pipe fds (2,000 held connections would
// otherwise take 8,000 more fds). The pool is emptied at a tick when no pump is running. Back-pressure: src is read only when the pipe is
// empty, so while the pipe holds bytes dst will not take (EAGAIN) nothing more is read and
// the kernel's receive window closes; dst's EPOLLOUT edge resumes it. Half-close: src's EOF
// becomes shutdown(dst, SHUT_WR) once the pipe is drained; the pump ends when both
// directions have done so. ECONNRESET / EPIPE on either socket ends it as `reset`, any
// other error as `error`; both sockets then get SO_LINGER 0, so their last close sends RST.
//
// The fds handed in are usually dups of a Node socket's fd (dupFd): shutdown, SO_LINGER and
// the epoll registration act on the shared socket, and because Node still holds the other
// fd, the registration is removed explicitly (EPOLL_CTL_DEL) before the pump's fds close.
#include "pump.h"
#include "napi_errors.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

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

enum class Reason { Done, Reset, Stopped, Error };

const char* reasonName(Reason r) {
  switch (r) {
    case Reason::Done:
      return "done";
    case Reason::Reset:
      return "reset";
    case Reason::Stopped:
      return "stopped";
    default:
      return "error";
  }
}

// The pump's way back to the JS thread that started it. `tsfn` is null once the pump
// released it or the function was finalized (that thread's environment is gone); the
// mutex keeps a finalizer from freeing it while the pump thread is calling it.
struct Channel {
  std::mutex mu;
  napi_threadsafe_function tsfn = nullptr;
};

struct FinalizeCtx {
  std::shared_ptr<Channel> ch;
  uint64_t id;
};

struct Event {
  uint64_t id;
  bool end;
  uint64_t aToB;
  uint64_t bToA;
  Reason reason;
  int err;
};

struct Dir {
  int src = -1;
  int dst = -1;
  int pr = -1;  // pipe: read end
  int pw = -1;  // pipe: write end
  size_t inPipe = 0;
  std::string initial;  // written to dst before anything from src
  size_t initialOff = 0;
  bool srcEof = false;
  bool done = false;   // dst shut for writing
  uint64_t moved = 0;  // bytes written to dst (initial ones included)
};

struct Pump {
  uint64_t id = 0;
  int a = -1;
  int b = -1;
  Dir ab;
  Dir ba;
  std::shared_ptr<Channel> ch;
  uint64_t postedAb = 0;
  uint64_t postedBa = 0;
};

struct Cmd {
  bool add;  // else stop
  Pump* pump;
  uint64_t id;
  bool reset;
};

constexpr uint64_t kWakeTag = ~0ULL;
constexpr int kTickMs = 500;      // byte events at least this often while bytes move
constexpr size_t kChunk = 1 << 20;  // splice asks for this much; the pipe takes what fits
constexpr size_t kMaxFreePipes = 64;
// 1 MiB pipes (16 × the default): 1 GiB each way between processes took this process
// 0.47-0.54 s of CPU against 0.77-0.82 s with 64 KiB (fewer, larger splices). Pages are
// only allocated for bytes in the pipe, and only busy directions hold one; a destination
// that stops reading holds up to this much more than its socket buffers (~4 MB on loopback).
constexpr int kPipeSize = 1 << 20;

std::mutex g_mu;  // guards g_cmds, g_live, g_nextId
std::vector<Cmd> g_cmds;
std::unordered_set<uint64_t> g_live;
uint64_t g_nextId = 1;
int g_ep = -1;
int g_wake = -1;
std::once_flag g_once;

// Touched by the pump thread only.
std::unordered_map<uint64_t, Pump*> g_pumps;
std::vector<std::pair<int, int>> g_freePipes;  // empty pipes: read end, write end

int64_t nowMs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool isReset(int err) { return err == ECONNRESET || err == EPIPE || err == ECONNABORTED || err == ENOTCONN; }

void closeFd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

// Gives the direction an empty pipe; 0 or an errno.
int borrowPipe(Dir& d) {
  if (!g_freePipes.empty()) {
    d.pr = g_freePipes.back().first;
    d.pw = g_freePipes.back().second;
    g_freePipes.pop_back();
    return 0;
  }
  int fds[2];
  if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) return errno;
  fcntl(fds[1], F_SETPIPE_SZ, kPipeSize);  // best effort: unprivileged, over pipe-user-pages-soft, it stays 64 KiB
  d.pr = fds[0];
  d.pw = fds[1];
  return 0;
}

// Takes the direction's pipe back: to the pool when empty, else closed (its bytes are dropped).
void returnPipe(Dir& d) {
  if (d.pr < 0) return;
  if (d.inPipe == 0 && g_freePipes.size() < kMaxFreePipes) {
    g_freePipes.emplace_back(d.pr, d.pw);
    d.pr = d.pw = -1;
    return;
  }
  closeFd(d.pr);
  closeFd(d.pw);
  d.inPipe = 0;
}

void post(Pump* p, bool end, Reason reason, int err) {
  auto* ev = new Event{p->id, end, p->ab.moved, p->ba.moved, reason, err};
  std::lock_guard<std::mutex> lock(p->ch->mu);
  if (p->ch->tsfn == nullptr || napi_call_threadsafe_function(p->ch->tsfn, ev, napi_tsfn_nonblocking) != napi_ok)
    delete ev;
  p->postedAb = p->ab.moved;
  p->postedBa = p->ba.moved;
  if (end && p->ch->tsfn != nullptr) {
    napi_release_threadsafe_function(p->ch->tsfn, napi_tsfn_release);
    p->ch->tsfn = nullptr;
  }
}

void linger0(int fd) {
  linger l{1, 0};
  setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
}

// The pump's end, whatever the reason: sockets set up for how they should close, fds
// closed, the one `end` event posted, the pump forgotten.
void finish(Pump* p, Reason reason, int err, bool resetOnStop) {
  if (reason == Reason::Reset || reason == Reason::Error || (reason == Reason::Stopped && resetOnStop)) {
    linger0(p->a);
    linger0(p->b);
  } else if (reason == Reason::Stopped) {
    // Both peers see EOF now, not when Node closes its own fd.
    shutdown(p->a, SHUT_RDWR);
    shutdown(p->b, SHUT_RDWR);
  }
  epoll_ctl(g_ep, EPOLL_CTL_DEL, p->a, nullptr);
  epoll_ctl(g_ep, EPOLL_CTL_DEL, p->b, nullptr);
  closeFd(p->a);
  closeFd(p->b);
  returnPipe(p->ab);
  returnPipe(p->ba);
  post(p, true, reason, err);
  g_pumps.erase(p->id);
  {
    std::lock_guard<std::mutex> lock(g_mu);
    g_live.erase(p->id);
  }
  delete p;
}

// Moves what can move in one direction now; 0 or an errno.
int step(Dir& d) {
  if (d.done) return 0;
  for (;;) {
    while (d.initialOff < d.initial.size()) {
      ssize_t n = send(d.dst, d.initial.data() + d.initialOff, d.initial.size() - d.initialOff,
                       MSG_NOSIGNAL | MSG_DONTWAIT);
      if (n >= 0) {
        d.initialOff += static_cast<size_t>(n);
        d.moved += static_cast<uint64_t>(n);
        continue;
      }
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) return 0;
      return errno;
    }
    if (!d.initial.empty()) {
      std::string().swap(d.initial);
      d.initialOff = 0;
    }
    while (d.inPipe > 0) {
      ssize_t n = splice(d.pr, nullptr, d.dst, nullptr, d.inPipe, SPLICE_F_NONBLOCK | SPLICE_F_MOVE);
      if (n > 0) {
        d.inPipe -= static_cast<size_t>(n);
        d.moved += static_cast<uint64_t>(n);
        continue;
      }
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return 0;  // back-pressure: src stays unread
      return n == 0 ? EPIPE : errno;
    }
    returnPipe(d);
    if (d.srcEof) {
      if (shutdown(d.dst, SHUT_WR) != 0) return errno;
      d.done = true;
      return 0;
    }
    if (d.pr < 0) {
      int err = borrowPipe(d);
      if (err != 0) return err;
    }
    ssize_t n = splice(d.src, nullptr, d.pw, nullptr, kChunk, SPLICE_F_NONBLOCK | SPLICE_F_MOVE);
    int e = errno;
    if (n > 0) {
      d.inPipe += static_cast<size_t>(n);
      continue;
    }
    returnPipe(d);  // nothing came: an idle direction holds no pipe
    if (n == 0) {
      d.srcEof = true;
      continue;
    }
    if (e == EINTR) continue;
    if (e == EAGAIN || e == EWOULDBLOCK) return 0;
    return e;
  }
}

int soError(int fd) {
  int err = 0;
  socklen_t len = sizeof err;
  if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) return errno;
  return err;
}

// Runs both directions. `errFd`: a socket epoll reported EPOLLERR on (its pending error
// is read here: no splice may touch that socket in this turn), or -1.
void service(Pump* p, int errFd) {
  int err = errFd >= 0 ? soError(errFd) : 0;
  if (err == 0) err = step(p->ab);
  if (err == 0) err = step(p->ba);
  if (err != 0) {
    finish(p, isReset(err) ? Reason::Reset : Reason::Error, err, false);
    return;
  }
  if (p->ab.done && p->ba.done) finish(p, Reason::Done, 0, false);
}

void add(Pump* p) {
  g_pumps[p->id] = p;
  for (int side = 0; side < 2; side++) {
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
    ev.data.u64 = (p->id << 1) | static_cast<uint64_t>(side);
    if (epoll_ctl(g_ep, EPOLL_CTL_ADD, side == 0 ? p->a : p->b, &ev) != 0) {
      int err = errno;
      if (side == 1) epoll_ctl(g_ep, EPOLL_CTL_DEL, p->a, nullptr);
      finish(p, Reason::Error, err, false);
      return;
    }
  }
  service(p, -1);  // initial bytes, and whatever is already readable
}

void runCommands() {
  std::vector<Cmd> cmds;
  {
    std::lock_guard<std::mutex> lock(g_mu);
    cmds.swap(g_cmds);
  }
  for (const Cmd& c : cmds) {
    if (c.add) {
      add(c.pump);
      continue;
    }
    auto it = g_pumps.find(c.id);
    if (it != g_pumps.end()) finish(it->second, Reason::Stopped, 0, c.reset);
  }
}

void tick() {
  if (g_pumps.empty()) {
    for (auto& fds : g_freePipes) {
      close(fds.first);
      close(fds.second);
    }
    g_freePipes.clear();
    return;
  }
  std::vector<Pump*> moved;
  for (auto& kv : g_pumps) {
    Pump* p = kv.second;
    if (p->ab.moved != p->postedAb || p->ba.moved != p->postedBa) moved.push_back(p);
  }
  for (Pump* p : moved) post(p, false, Reason::Done, 0);
}

void loop() {
  // Named for top -H, perf and /proc/<pid>/task/*/comm: an operator can see what the addon spends.
  pthread_setname_np(pthread_self(), "zts-pump");
  epoll_event evs[256];
  int64_t lastTick = nowMs();
  for (;;) {
    int n = epoll_wait(g_ep, evs, 256, g_pumps.empty() && g_freePipes.empty() ? -1 : kTickMs);
    if (n < 0) n = 0;  // EINTR
    for (int i = 0; i < n; i++) {
      uint64_t tag = evs[i].data.u64;
      if (tag == kWakeTag) {
        uint64_t v;
        ssize_t r = read(g_wake, &v, sizeof v);
        (void)r;
        runCommands();
        continue;
      }
      auto it = g_pumps.find(tag >> 1);
      if (it == g_pumps.end()) continue;  // ended earlier in this batch
      Pump* p = it->second;
      int errFd = (evs[i].events & EPOLLERR) ? ((tag & 1) ? p->b : p->a) : -1;
      service(p, errFd);
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
    std::thread(loop).detach();  // process-wide, like the acceptor; lives as long as the process
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

void setNum(napi_env env, napi_value o, const char* k, double v) {
  napi_value x;
  napi_create_double(env, v, &x);
  napi_set_named_property(env, o, k, x);
}

void CallJsBody(napi_env env, napi_value cb, void* /*context*/, void* data) {
  std::unique_ptr<Event> ev(static_cast<Event*>(data));
  if (env == nullptr || cb == nullptr) return;
  Napi::Env e(env);
  Napi::HandleScope scope(e);
  Napi::Object o = Napi::Object::New(e);
  o.Set("t", ev->end ? "end" : "bytes");
  setNum(env, o, "id", static_cast<double>(ev->id));
  setNum(env, o, "aToB", static_cast<double>(ev->aToB));
  setNum(env, o, "bToA", static_cast<double>(ev->bToA));
  if (ev->end) {
    o.Set("reason", reasonName(ev->reason));
    if (ev->err != 0) {
      o.Set("errno", -ev->err);  // negative, as Node's errors
      o.Set("code", uv_err_name(-ev->err));
    }
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

void FinalizeTsfn(napi_env /*env*/, void* data, void* /*hint*/) {
  std::unique_ptr<FinalizeCtx> ctx(static_cast<FinalizeCtx*>(data));
  bool live;
  {
    std::lock_guard<std::mutex> lock(ctx->ch->mu);
    live = ctx->ch->tsfn != nullptr;
    ctx->ch->tsfn = nullptr;
  }
  // The starting thread's environment is gone before the pump ended: nobody is left to
  // decide about it, so it is closed.
  if (live) queue(Cmd{false, nullptr, ctx->id, false});
}

int fdOpt(const Napi::CallbackInfo& info, Napi::Object o, const char* k) {
  Napi::Value v = o.Get(k);
  if (!v.IsNumber()) throw Napi::TypeError::New(info.Env(), std::string("pumpStart: ") + k + " must be an fd");
  int fd = v.As<Napi::Number>().Int32Value();
  if (fd < 0) throw Napi::RangeError::New(info.Env(), std::string("pumpStart: ") + k + " must be an fd");
  return fd;
}

std::string bytesOpt(const Napi::CallbackInfo& info, Napi::Object o, const char* k) {
  Napi::Value v = o.Get(k);
  if (v.IsUndefined() || v.IsNull()) return std::string();
  if (!v.IsBuffer()) throw Napi::TypeError::New(info.Env(), std::string("pumpStart: ") + k + " must be a Buffer");
  Napi::Buffer<char> b = v.As<Napi::Buffer<char>>();
  return std::string(b.Data(), b.Length());
}

// Checks an fd is a stream socket and makes it nonblocking; 0 or an errno.
int prepareSocket(int fd) {
  int type = 0;
  socklen_t len = sizeof type;
  if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0) return errno;
  if (type != SOCK_STREAM) return EINVAL;
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) != 0) return errno;
  return 0;
}

// pumpStart({a, b, aToB?, bToA?}, onEvent) → id. From here on the pump owns a and b and
// closes them at its end; when it throws, nothing was taken (the caller still owns them).
Napi::Value PumpStart(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsObject() || !info[1].IsFunction())
    throw Napi::TypeError::New(env, "pumpStart(opts, onEvent)");
  Napi::Object o = info[0].As<Napi::Object>();
  int a = fdOpt(info, o, "a");
  int b = fdOpt(info, o, "b");
  if (a == b) throw Napi::RangeError::New(env, "pumpStart: a and b are the same fd");
  std::string aToB = bytesOpt(info, o, "aToB");
  std::string bToA = bytesOpt(info, o, "bToA");
  for (int fd : {a, b}) {
    int err = prepareSocket(fd);
    if (err != 0) throw sysError(env, err, "pumpStart(fd " + std::to_string(fd) + ")");
  }
  ensureThread();
  if (g_ep < 0 || g_wake < 0) throw sysError(env, EMFILE, "pumpStart: the pump thread could not start");
  auto ch = std::make_shared<Channel>();
  uint64_t id;
  {
    std::lock_guard<std::mutex> lock(g_mu);
    id = g_nextId++;
  }
  auto* fin = new FinalizeCtx{ch, id};
  napi_value name = Napi::String::New(env, "zts_pump");
  napi_threadsafe_function tsfn;
  // Referenced: a running pump keeps its thread's event loop alive until its `end` event.
  if (napi_create_threadsafe_function(env, info[1], nullptr, name, 0, 1, fin, FinalizeTsfn, nullptr, CallJs, &tsfn) !=
      napi_ok) {
    delete fin;
    throw Napi::Error::New(env, "pumpStart: napi_create_threadsafe_function failed");
  }
  ch->tsfn = tsfn;
  auto* p = new Pump();
  p->id = id;
  p->a = a;
  p->b = b;
  p->ch = ch;
  p->ab.src = a;
  p->ab.dst = b;
  p->ab.initial = std::move(aToB);
  p->ba.src = b;
  p->ba.dst = a;
  p->ba.initial = std::move(bToA);
  {
    std::lock_guard<std::mutex> lock(g_mu);
    g_live.insert(id);
  }
  queue(Cmd{true, p, id, false});
  return Napi::Number::New(env, static_cast<double>(id));
}

// pumpStop(id, "close" | "reset") → whether the pump was still running (its `end` event,
// reason "stopped", follows). close: both sockets shut down (peers see EOF); reset: RST.
Napi::Value PumpStop(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsString())
    throw Napi::TypeError::New(env, "pumpStop(id, \"close\" | \"reset\")");
  uint64_t id = static_cast<uint64_t>(info[0].As<Napi::Number>().DoubleValue());
  std::string how = info[1].As<Napi::String>().Utf8Value();
  if (how != "close" && how != "reset") throw Napi::TypeError::New(env, "pumpStop: how must be close or reset");
  {
    std::lock_guard<std::mutex> lock(g_mu);
    if (g_live.count(id) == 0) return Napi::Boolean::New(env, false);
  }
  queue(Cmd{false, nullptr, id, how == "reset"});
  return Napi::Boolean::New(env, true);
}

// pumpCount() → pumps not yet ended (tests: none left behind).
Napi::Value PumpCount(const Napi::CallbackInfo& info) {
  std::lock_guard<std::mutex> lock(g_mu);
  return Napi::Number::New(info.Env(), static_cast<double>(g_live.size()));
}

// dupFd(fd) → a new fd (close-on-exec) for the same socket, for handing to pumpStart
// while the original stays with its net.Socket.
Napi::Value DupFd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsNumber()) throw Napi::TypeError::New(env, "dupFd(fd)");
  int fd = fcntl(info[0].As<Napi::Number>().Int32Value(), F_DUPFD_CLOEXEC, 0);
  if (fd < 0) throw sysError(env, errno, "fcntl(F_DUPFD_CLOEXEC)");
  return Napi::Number::New(env, fd);
}

}  // namespace

void registerPump(Napi::Env env, Napi::Object exports) {
  struct Export {
    const char* name;
    Napi::Value (*fn)(const Napi::CallbackInfo&);
  };
  static const Export kExports[] = {
      {"pumpStart", PumpStart}, {"pumpStop", PumpStop}, {"pumpCount", PumpCount}, {"dupFd", DupFd}};
  for (const auto& e : kExports) exports.Set(e.name, Napi::Function::New(env, e.fn, e.name));
}

}  // namespace zts
