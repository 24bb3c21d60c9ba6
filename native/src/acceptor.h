#pragma once
#include <string>
#include <vector>

#include "sockets.h"

namespace zts {

struct ListenerInfo {
  uint32_t id = 0;
  int fd = -1;
  std::string kind;
  OrigDstMode mode = OrigDstMode::Local;
  Endpoint local;
};

// Registers a listening fd (owned from now on) with the acceptor thread; starts the
// thread on first use. Returns the listener id.
uint32_t addListener(int fd, const std::string& kind, OrigDstMode mode);
bool removeListener(uint32_t id);
std::vector<ListenerInfo> listListeners();
void ensureAcceptor();
// Stops the thread, closes listeners and any pending fds (tests, process shutdown).
void shutdownAcceptor();

}  // namespace zts
