// Plain POSIX socket helpers (no N-API): address parsing, listening sockets (optionally
// inside a network namespace), original destination, socket options, marked connect.
#pragma once
#include <sys/socket.h>

#include <string>

#include "core.h"

namespace zts {

enum class OrigDstMode : int { Local = 0, Redirect = 1, Tproxy = 2 };

struct ListenSpec {
  std::string host = "0.0.0.0";
  int port = 0;
  int backlog = 511;
  bool reusePort = true;
  bool transparent = false;
  bool listen = true;
  bool udp = false;   // SOCK_DGRAM (bound only, never listen)
  int mark = -1;      // SO_MARK before bind (>= 0)
  std::string netns;  // path such as /var/run/netns/NAME; empty = current
};

// All return -errno on failure.
int makeListenSocket(const ListenSpec& spec);
int makeListenSocketInNetns(const ListenSpec& spec);
bool parseAddr(const std::string& host, int port, sockaddr_storage& ss, socklen_t& len);
Endpoint toEndpoint(const sockaddr* sa);
bool localEndpoint(int fd, Endpoint& out);
bool peerEndpoint(int fd, Endpoint& out);
bool originalDst(int fd, Endpoint& out);
Endpoint readOrig(int fd, OrigDstMode mode);
int setMark(int fd, int mark);
int setTransparent(int fd, bool on);
int setReusePort(int fd, bool on);
int setKeepAlive(int fd, bool on, int idleSec, int intervalSec, int count);
int setUserTimeout(int fd, int ms);

struct ConnectSpec {
  std::string host;
  int port = 0;
  int mark = -1;
  std::string localAddress;
  int localPort = 0;
  bool transparent = false;
  int timeoutMs = 10000;
  std::string netns;  // create the socket in this network namespace (path); empty = current
};
// Blocking from the caller's point of view (runs on a libuv pool thread): returns the
// connected nonblocking fd or -errno.
int connectMarked(const ConnectSpec& spec);
// The prepared, unconnected nonblocking socket for `spec` (netns, mark, transparent, local
// address); `ss`/`len` receive the destination. fd or -errno. The caller connects.
int connectSocket(const ConnectSpec& spec, sockaddr_storage& ss, socklen_t& len);
// socket(2) inside the namespace at `netns` (helper thread + setns); empty = current. fd or -errno.
int socketInNetns(const std::string& netns, int family, int type);
// Writes `value` to the sysctl file `path` (under /proc/sys/net/) as seen from inside the
// namespace at `netns`; empty = current. 0 or -errno.
int writeNetSysctlInNetns(const std::string& netns, const std::string& path, const std::string& value);

}  // namespace zts
