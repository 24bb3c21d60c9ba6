// See seqpacket.h. Every call is nonblocking; readiness comes from a uv_poll_t watch
// on the thread's own loop, so no libuv pool thread is held while waiting for istio-cni.
#include "seqpacket.h"
#include "napi_errors.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/nsfs.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <uv.h>

#include <cstring>
#include <string>
#include <vector>

namespace zts {

namespace {

bool unixAddr(const std::string& path, sockaddr_un& sa) {
  if (path.empty() || path.size() >= sizeof sa.sun_path) return false;
  std::memset(&sa, 0, sizeof sa);
  sa.sun_family = AF_UNIX;
  std::memcpy(sa.sun_path, path.data(), path.size());
  return true;
}

int fdArg(const Napi::CallbackInfo& info, size_t i = 0) {
  if (info.Length() <= i || !info[i].IsNumber()) throw Napi::TypeError::New(info.Env(), "fd must be a number");
  return info[i].As<Napi::Number>().Int32Value();
}

std::string pathArg(const Napi::CallbackInfo& info) {
  if (info.Length() < 1 || !info[0].IsString()) throw Napi::TypeError::New(info.Env(), "path must be a string");
  std::string p = info[0].As<Napi::String>().Utf8Value();
  sockaddr_un sa;
  if (!unixAddr(p, sa)) throw Napi::RangeError::New(info.Env(), "unix socket path empty or too long: " + p);
  return p;
}

// seqpacketConnect(path) → fd
Napi::Value Connect(const Napi::CallbackInfo& info) {
  std::string path = pathArg(info);
  sockaddr_un sa;
  unixAddr(path, sa);
  int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) throw sysError(info.Env(), errno, "socket");
  if (connect(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) {
    int err = errno;
    close(fd);
    throw sysError(info.Env(), err, "connect " + path);
  }
  return Napi::Number::New(info.Env(), fd);
}

// seqpacketListen(path, backlog?) → fd (an existing socket file at path is replaced)
Napi::Value Listen(const Napi::CallbackInfo& info) {
  std::string path = pathArg(info);
  int backlog = info.Length() > 1 && info[1].IsNumber() ? info[1].As<Napi::Number>().Int32Value() : 16;
  sockaddr_un sa;
  unixAddr(path, sa);
  int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) throw sysError(info.Env(), errno, "socket");
  unlink(path.c_str());
  if (bind(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0 || listen(fd, backlog) != 0) {
    int err = errno;
    close(fd);
    throw sysError(info.Env(), err, "listen " + path);
  }
  return Napi::Number::New(info.Env(), fd);
}

// seqpacketAccept(fd) → fd | null (nothing pending)
Napi::Value Accept(const Napi::CallbackInfo& info) {
  int fd = accept4(fdArg(info), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (fd < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK) return info.Env().Null();
    throw sysError(info.Env(), errno, "accept4");
  }
  return Napi::Number::New(info.Env(), fd);
}

// sendFds(fd, data: Buffer, fds?: number[]) → bytes sent | null (would block).
// The fds are duplicated into the message by the kernel; the caller still owns them.
Napi::Value SendFds(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = fdArg(info);
  if (info.Length() < 2 || !info[1].IsBuffer()) throw Napi::TypeError::New(env, "data must be a Buffer");
  Napi::Buffer<char> data = info[1].As<Napi::Buffer<char>>();
  std::vector<int> fds;
  if (info.Length() > 2 && info[2].IsArray()) {
    Napi::Array a = info[2].As<Napi::Array>();
    for (uint32_t i = 0; i < a.Length(); i++) fds.push_back(a.Get(i).As<Napi::Number>().Int32Value());
  }
  if (fds.size() > 16) throw Napi::RangeError::New(env, "at most 16 fds per message");
  iovec iov{data.Data(), data.Length()};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  alignas(cmsghdr) char cbuf[CMSG_SPACE(sizeof(int) * 16)];
  if (!fds.empty()) {
    std::memset(cbuf, 0, sizeof cbuf);
    msg.msg_control = cbuf;
    msg.msg_controllen = CMSG_SPACE(sizeof(int) * fds.size());
    cmsghdr* c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int) * fds.size());
    std::memcpy(CMSG_DATA(c), fds.data(), sizeof(int) * fds.size());
  }
  ssize_t n = sendmsg(fd, &msg, MSG_DONTWAIT | MSG_NOSIGNAL);
  if (n < 0) {
    if (errno == EAGAIN || errno == EWOULDBLOCK) return env.Null();
    throw sysError(env, errno, "sendmsg");
  }
  return Napi::Number::New(env, static_cast<double>(n));
}

// isNetnsFd(fd) → boolean: the kernel's own answer (NS_GET_NSTYPE), because a netns fd
// opened from a bind mount (/var/run/netns/X) reads back as that path, not "net:[…]".
Napi::Value IsNetnsFd(const Napi::CallbackInfo& info) {
  int type = ioctl(fdArg(info), NS_GET_NSTYPE);
  return Napi::Boolean::New(info.Env(), type == CLONE_NEWNET);
}

struct Watch {
  uv_poll_t poll;
  napi_env env;
  Napi::FunctionReference cb;
  Napi::ObjectReference resource;
  bool stopped = false;
};

void onClosed(uv_handle_t* h) { delete static_cast<Watch*>(h->data); }

void onPoll(uv_poll_t* p, int status, int events) {
  Watch* w = static_cast<Watch*>(p->data);
  if (w->stopped) return;
  Napi::Env env(w->env);
  Napi::HandleScope scope(env);
  try {
    w->cb.MakeCallback(w->resource.Value(),
                       {Napi::Number::New(env, status), Napi::Boolean::New(env, (events & UV_READABLE) != 0),
                        Napi::Boolean::New(env, (events & UV_DISCONNECT) != 0)});
  } catch (const Napi::Error& e) {
    napi_fatal_exception(w->env, e.Value());
  }
}

// watchFd(fd, cb(status, readable, hangup)) → stop(): calls cb on the thread's loop
// whenever fd is readable (level-triggered); stop() before closing the fd.
Napi::Value WatchFd(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int fd = fdArg(info);
  if (info.Length() < 2 || !info[1].IsFunction()) throw Napi::TypeError::New(env, "callback must be a function");
  uv_loop_t* loop = nullptr;
  if (napi_get_uv_event_loop(env, &loop) != napi_ok || loop == nullptr) throw Napi::Error::New(env, "no event loop");
  Watch* w = new Watch();
  w->env = env;
  int rc = uv_poll_init(loop, &w->poll, fd);
  if (rc != 0) {
    delete w;
    throw sysError(env, -rc, "uv_poll_init");
  }
  w->poll.data = w;
  w->cb = Napi::Persistent(info[1].As<Napi::Function>());
  w->resource = Napi::Persistent(Napi::Object::New(env));
  rc = uv_poll_start(&w->poll, UV_READABLE | UV_DISCONNECT, onPoll);
  if (rc != 0) {
    uv_close(reinterpret_cast<uv_handle_t*>(&w->poll), onClosed);
    throw sysError(env, -rc, "uv_poll_start");
  }
  bool unref = info.Length() > 2 && info[2].IsBoolean() && info[2].As<Napi::Boolean>().Value();
  if (unref) uv_unref(reinterpret_cast<uv_handle_t*>(&w->poll));
  return Napi::Function::New(
      env,
      [w](const Napi::CallbackInfo& ci) {
        if (w->stopped) return ci.Env().Undefined();
        w->stopped = true;
        uv_poll_stop(&w->poll);
        w->cb.Reset();
        w->resource.Reset();
        uv_close(reinterpret_cast<uv_handle_t*>(&w->poll), onClosed);
        return ci.Env().Undefined();
      },
      "stop");
}

}  // namespace

void registerSeqpacket(Napi::Env env, Napi::Object exports) {
  exports.Set("seqpacketConnect", Napi::Function::New(env, Connect, "seqpacketConnect"));
  exports.Set("seqpacketListen", Napi::Function::New(env, Listen, "seqpacketListen"));
  exports.Set("seqpacketAccept", Napi::Function::New(env, Accept, "seqpacketAccept"));
  exports.Set("sendFds", Napi::Function::New(env, SendFds, "sendFds"));
  exports.Set("isNetnsFd", Napi::Function::New(env, IsNetnsFd, "isNetnsFd"));
  exports.Set("watchFd", Napi::Function::New(env, WatchFd, "watchFd"));
}

}  // namespace zts
