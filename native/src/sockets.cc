#include "sockets.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/netfilter_ipv4.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sched.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#ifndef IP6T_SO_ORIGINAL_DST
#define IP6T_SO_ORIGINAL_DST 80
#endif
#ifndef IP_TRANSPARENT
#define IP_TRANSPARENT 19
#endif
#ifndef IPV6_TRANSPARENT
#define IPV6_TRANSPARENT 75
#endif

namespace zts {

bool parseAddr(const std::string& host, int port, sockaddr_storage& ss, socklen_t& len) {
  std::memset(&ss, 0, sizeof ss);
  auto* s4 = reinterpret_cast<sockaddr_in*>(&ss);
  if (inet_pton(AF_INET, host.c_str(), &s4->sin_addr) == 1) {
    s4->sin_family = AF_INET;
    s4->sin_port = htons(static_cast<uint16_t>(port));
    len = sizeof(sockaddr_in);
    return true;
  }
  auto* s6 = reinterpret_cast<sockaddr_in6*>(&ss);
  if (inet_pton(AF_INET6, host.c_str(), &s6->sin6_addr) == 1) {
    s6->sin6_family = AF_INET6;
    s6->sin6_port = htons(static_cast<uint16_t>(port));
    len = sizeof(sockaddr_in6);
    return true;
  }
  return false;
}

Endpoint toEndpoint(const sockaddr* sa) {
  Endpoint e;
  char buf[INET6_ADDRSTRLEN] = {0};
  if (sa->sa_family == AF_INET) {
    auto* s4 = reinterpret_cast<const sockaddr_in*>(sa);
    inet_ntop(AF_INET, &s4->sin_addr, buf, sizeof buf);
    e.port = ntohs(s4->sin_port);
    e.family = 4;
  } else if (sa->sa_family == AF_INET6) {
    auto* s6 = reinterpret_cast<const sockaddr_in6*>(sa);
    inet_ntop(AF_INET6, &s6->sin6_addr, buf, sizeof buf);
    e.port = ntohs(s6->sin6_port);
    e.family = 6;
  }
  e.address = buf;
  return e;
}

bool localEndpoint(int fd, Endpoint& out) {
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return false;
  out = toEndpoint(reinterpret_cast<sockaddr*>(&ss));
  return true;
}

bool peerEndpoint(int fd, Endpoint& out) {
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  if (getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return false;
  out = toEndpoint(reinterpret_cast<sockaddr*>(&ss));
  return true;
}

bool originalDst(int fd, Endpoint& out) {
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  std::memset(&ss, 0, sizeof ss);
  // A dual-stack listener ([::], IPV6_V6ONLY off) takes IPv4 connections as ::ffff:a.b.c.d,
  // whose conntrack entry is IPv4: ask SOL_IP first, then IPv6 (ztunnel's orig_dst_addr).
  int rc = getsockopt(fd, SOL_IP, SO_ORIGINAL_DST, &ss, &len);
  if (rc != 0) {
    std::memset(&ss, 0, sizeof ss);
    len = sizeof ss;
    rc = getsockopt(fd, SOL_IPV6, IP6T_SO_ORIGINAL_DST, &ss, &len);
  }
  if (rc != 0) return false;
  out = toEndpoint(reinterpret_cast<sockaddr*>(&ss));
  return out.family != 0;
}

Endpoint readOrig(int fd, OrigDstMode mode) {
  Endpoint e;
  // REDIRECT rewrites the destination, conntrack remembers it; TPROXY keeps it as the
  // socket's local address. Without a conntrack entry (direct connection) the local
  // address is the destination either way.
  if (mode == OrigDstMode::Redirect && originalDst(fd, e)) return e;
  localEndpoint(fd, e);
  return e;
}

static int soBool(int fd, int level, int opt, bool on) {
  int v = on ? 1 : 0;
  return setsockopt(fd, level, opt, &v, sizeof v) == 0 ? 0 : -errno;
}

int setMark(int fd, int mark) {
  uint32_t v = static_cast<uint32_t>(mark);
  return setsockopt(fd, SOL_SOCKET, SO_MARK, &v, sizeof v) == 0 ? 0 : -errno;
}

static int familyOf(int fd) {
  sockaddr_storage ss;
  socklen_t len = sizeof ss;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return AF_INET;
  return ss.ss_family;
}

int setTransparent(int fd, bool on) {
  if (familyOf(fd) == AF_INET6) return soBool(fd, SOL_IPV6, IPV6_TRANSPARENT, on);
  return soBool(fd, SOL_IP, IP_TRANSPARENT, on);
}

int setReusePort(int fd, bool on) { return soBool(fd, SOL_SOCKET, SO_REUSEPORT, on); }

int setKeepAlive(int fd, bool on, int idleSec, int intervalSec, int count) {
  int rc = soBool(fd, SOL_SOCKET, SO_KEEPALIVE, on);
  if (rc != 0 || !on) return rc;
  if (idleSec > 0 && setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idleSec, sizeof idleSec) != 0) return -errno;
  if (intervalSec > 0 && setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &intervalSec, sizeof intervalSec) != 0)
    return -errno;
  if (count > 0 && setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count) != 0) return -errno;
  return 0;
}

int setUserTimeout(int fd, int ms) {
  unsigned v = static_cast<unsigned>(ms);
  return setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &v, sizeof v) == 0 ? 0 : -errno;
}

int makeListenSocket(const ListenSpec& spec) {
  sockaddr_storage ss;
  socklen_t len;
  if (!parseAddr(spec.host, spec.port, ss, len)) return -EINVAL;
  int fd = socket(ss.ss_family, (spec.udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return -errno;
  int rc = soBool(fd, SOL_SOCKET, SO_REUSEADDR, true);
  if (rc == 0 && spec.mark >= 0) rc = setMark(fd, spec.mark);
  if (rc == 0 && spec.reusePort) rc = soBool(fd, SOL_SOCKET, SO_REUSEPORT, true);
  if (rc == 0 && spec.transparent)
    rc = ss.ss_family == AF_INET6 ? soBool(fd, SOL_IPV6, IPV6_TRANSPARENT, true)
                                  : soBool(fd, SOL_IP, IP_TRANSPARENT, true);
  if (rc == 0 && bind(fd, reinterpret_cast<sockaddr*>(&ss), len) != 0) rc = -errno;
  if (rc == 0 && spec.listen && !spec.udp && ::listen(fd, spec.backlog) != 0) rc = -errno;
  if (rc != 0) {
    close(fd);
    return rc;
  }
  return fd;
}

// setns changes only the calling thread's namespace, so a short-lived helper thread
// enters the pod's namespace, runs `make` (which creates the socket), and exits; the
// socket keeps the namespace it was created in for its whole life.
template <typename F>
static int inNetns(const std::string& netns, F make) {
  int result = -EINVAL;
  std::thread t([&] {
    int ns = open(netns.c_str(), O_RDONLY | O_CLOEXEC);
    if (ns < 0) {
      result = -errno;
      return;
    }
    if (setns(ns, CLONE_NEWNET) != 0) {
      result = -errno;
      close(ns);
      return;
    }
    close(ns);
    result = make();
  });
  t.join();
  return result;
}

int socketInNetns(const std::string& netns, int family, int type) {
  auto make = [&] {
    int fd = socket(family, type, 0);
    return fd < 0 ? -errno : fd;
  };
  return netns.empty() ? make() : inNetns(netns, make);
}

// /proc/sys/net shows the network namespace of the thread that opens the file, so the
// helper thread opens it after setns: that is how one process sets a sysctl in each pod.
int writeNetSysctlInNetns(const std::string& netns, const std::string& path, const std::string& value) {
  if (path.rfind("/proc/sys/net/", 0) != 0 || path.find("..") != std::string::npos) return -EINVAL;
  auto write_it = [&] {
    int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return -errno;
    ssize_t n = write(fd, value.data(), value.size());
    int rc = n < 0 ? -errno : 0;
    close(fd);
    return rc;
  };
  return netns.empty() ? write_it() : inNetns(netns, write_it);
}

int makeListenSocketInNetns(const ListenSpec& spec) {
  if (spec.netns.empty()) return makeListenSocket(spec);
  return inNetns(spec.netns, [&] { return makeListenSocket(spec); });
}

// The socket a connect needs, before the connect: in the pod's netns for in-pod mode (routes,
// source address and iptables rules are the pod's, exactly as if it had opened it), the mark
// (on the socket before the SYN leaves, or capture would redirect the proxy's own
// connection back to itself), IP_TRANSPARENT and the local address. Fills `ss`/`len` with
// the destination. fd or -errno.
int connectSocket(const ConnectSpec& spec, sockaddr_storage& ss, socklen_t& len) {
  if (!parseAddr(spec.host, spec.port, ss, len)) return -EINVAL;
  int fd = socketInNetns(spec.netns, ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (fd < 0) return fd;
  int rc = 0;
  if (spec.mark >= 0) rc = setMark(fd, spec.mark);
  if (rc == 0 && spec.transparent)
    rc = ss.ss_family == AF_INET6 ? soBool(fd, SOL_IPV6, IPV6_TRANSPARENT, true)
                                  : soBool(fd, SOL_IP, IP_TRANSPARENT, true);
  if (rc == 0 && !spec.localAddress.empty()) {
    sockaddr_storage ls;
    socklen_t llen;
    if (!parseAddr(spec.localAddress, spec.localPort, ls, llen) || ls.ss_family != ss.ss_family)
      rc = -EINVAL;
    else if (bind(fd, reinterpret_cast<sockaddr*>(&ls), llen) != 0)
      rc = -errno;
  }
  if (rc != 0) {
    close(fd);
    return rc;
  }
  return fd;
}

int connectMarked(const ConnectSpec& spec) {
  sockaddr_storage ss;
  socklen_t len;
  int fd = connectSocket(spec, ss, len);
  if (fd < 0) return fd;
  int rc = 0;
  if (connect(fd, reinterpret_cast<sockaddr*>(&ss), len) != 0) {
    if (errno != EINPROGRESS) {
      rc = -errno;
    } else {
      pollfd p{fd, POLLOUT, 0};
      int n;
      do n = poll(&p, 1, spec.timeoutMs);
      while (n < 0 && errno == EINTR);
      if (n == 0) {
        rc = -ETIMEDOUT;
      } else if (n < 0) {
        rc = -errno;
      } else {
        int err = 0;
        socklen_t elen = sizeof err;
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen);
        if (err != 0) rc = -err;
      }
    }
  }
  if (rc != 0) {
    close(fd);
    return rc;
  }
  return fd;
}

}  // namespace zts
