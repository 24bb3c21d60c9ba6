// The one acceptor thread: epoll over every registered listener (level-triggered) plus
// an eventfd for wake-ups. Before each accept4 it reserves a worker's credit, so when no
// worker has credits it does not accept at all and connections wait in the kernel
// backlog; it then sleeps on the eventfd alone until credits come back.
#include "acceptor.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

#ifdef ZTS_EVENTDEV
#include "eventdev.h"
#endif

namespace zts {

static std::mutex g_lisMu;
static std::unordered_map<uint32_t, ListenerInfo> g_listeners;
static uint32_t g_nextListener = 1;
static int g_ep = -1;     // listeners + wake fd
static int g_ctlEp = -1;  // wake fd only (paused)
static int g_wakeFd = -1;
static std::once_flag g_startOnce;
static std::atomic<bool> g_stop{false};
std::atomic<bool> g_acceptorPaused{false};

constexpr uint64_t kWakeTag = ~0ULL;

void wakeAcceptor() {
  if (g_wakeFd < 0) return;
  uint64_t one = 1;
  ssize_t r = write(g_wakeFd, &one, sizeof one);
  (void)r;
}

#ifdef ZTS_EVENTDEV
// The eventdev backend: accept while any worker takes work, hand each lease to the event
// device, then run the device until each has reached the worker it picked.
static void acceptViaDevice(ListenerInfo& li) {
  for (int k = 0; k < 64; k++) {
    if (!anyEligible()) {
      g_acceptorPaused = true;
      break;
    }
    sockaddr_storage ss;
    socklen_t len = sizeof ss;
    int fd = accept4(li.fd, reinterpret_cast<sockaddr*>(&ss), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      break;
    }
    Endpoint peer = toEndpoint(reinterpret_cast<sockaddr*>(&ss));
    Endpoint orig = readOrig(fd, li.mode);
    uint64_t id = leaseNew(fd, li.id, li.kind, peer, orig);
    if (!evdev::submit(id)) toPending(id);
  }
  evdev::drain();
}
#endif

static void acceptFrom(uint32_t id) {
  std::lock_guard<std::mutex> lock(g_lisMu);
  auto it = g_listeners.find(id);
  if (it == g_listeners.end()) return;
  ListenerInfo& li = it->second;
#ifdef ZTS_EVENTDEV
  if (policy() == Policy::Dlb && evdev::active()) {
    acceptViaDevice(li);
    return;
  }
#endif
  for (int k = 0; k < 64; k++) {
    int w = pickWorker();
    if (w < 0) {
      g_acceptorPaused = true;
      return;
    }
    sockaddr_storage ss;
    socklen_t len = sizeof ss;
    int fd = accept4(li.fd, reinterpret_cast<sockaddr*>(&ss), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      unreserve(w);
      if (errno == EINTR || errno == ECONNABORTED) continue;
      if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
        // Out of fds: leave the connection queued rather than spin.
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
      return;
    }
    Endpoint peer = toEndpoint(reinterpret_cast<sockaddr*>(&ss));
    Endpoint orig = readOrig(fd, li.mode);
    handoffNew(w, fd, li.id, li.kind, peer, orig);
  }
}

static void loop() {
  epoll_event evs[64];
  while (!g_stop.load()) {
    bool paused = g_acceptorPaused.load();
    int timeout = paused ? 20 : -1;
#ifdef ZTS_EVENTDEV
    // Leases still inside the device (a drain that hit its spin limit): keep running it.
    if (evdev::busy()) {
      evdev::drain();
      if (evdev::busy()) timeout = 1;
    }
#endif
    int n = epoll_wait(paused ? g_ctlEp : g_ep, evs, 64, timeout);
    if (g_stop.load()) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      continue;
    }
    for (int i = 0; i < n; i++) {
      if (evs[i].data.u64 == kWakeTag) {
        uint64_t v;
        ssize_t r = read(g_wakeFd, &v, sizeof v);
        (void)r;
      }
    }
    if (flushPending() > 0) {
      g_acceptorPaused = true;
      continue;
    }
    g_acceptorPaused = false;
    if (paused) continue;  // the next epoll_wait on g_ep reports ready listeners
    for (int i = 0; i < n; i++) {
      if (evs[i].data.u64 != kWakeTag) acceptFrom(static_cast<uint32_t>(evs[i].data.u64));
    }
  }
}

void ensureAcceptor() {
  std::call_once(g_startOnce, [] {
    g_ep = epoll_create1(EPOLL_CLOEXEC);
    g_ctlEp = epoll_create1(EPOLL_CLOEXEC);
    g_wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = kWakeTag;
    epoll_ctl(g_ep, EPOLL_CTL_ADD, g_wakeFd, &ev);
    epoll_ctl(g_ctlEp, EPOLL_CTL_ADD, g_wakeFd, &ev);
    // Detached: the process may exit with it running; it holds no JS state.
    std::thread(loop).detach();
  });
}

uint32_t addListener(int fd, const std::string& kind, OrigDstMode mode) {
  ensureAcceptor();
  std::lock_guard<std::mutex> lock(g_lisMu);
  uint32_t id = g_nextListener++;
  ListenerInfo li;
  li.id = id;
  li.fd = fd;
  li.kind = kind;
  li.mode = mode;
  localEndpoint(fd, li.local);
  g_listeners[id] = li;
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.u64 = id;
  epoll_ctl(g_ep, EPOLL_CTL_ADD, fd, &ev);
  return id;
}

bool removeListener(uint32_t id) {
  std::lock_guard<std::mutex> lock(g_lisMu);
  auto it = g_listeners.find(id);
  if (it == g_listeners.end()) return false;
  epoll_ctl(g_ep, EPOLL_CTL_DEL, it->second.fd, nullptr);
  close(it->second.fd);
  g_listeners.erase(it);
  return true;
}

std::vector<ListenerInfo> listListeners() {
  std::lock_guard<std::mutex> lock(g_lisMu);
  std::vector<ListenerInfo> out;
  for (auto& [id, li] : g_listeners) out.push_back(li);
  return out;
}

void shutdownAcceptor() {
  std::vector<uint32_t> ids;
  for (auto& li : listListeners()) ids.push_back(li.id);
  for (uint32_t id : ids) removeListener(id);
  std::lock_guard<std::mutex> lock(g_leaseMu);
  for (uint64_t id : g_pending) {
    auto it = g_leases.find(id);
    if (it != g_leases.end()) {
      close(it->second.fd);
      g_leases.erase(it);
    }
  }
  g_pending.clear();
}

}  // namespace zts
