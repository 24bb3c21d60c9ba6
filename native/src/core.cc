// Worker slots, leases and the pending list: the bookkeeping every policy shares. The
// picks are the policies in policy/ (one interface, Balancer); this file owns what
// happens to credits and leases around them. See native/README.md for the lease states.
#include "core.h"

#include <unistd.h>

#include <chrono>

#include "policy/policy.h"

namespace zts {

WorkerSlot g_workers[kMaxWorkers];
std::atomic<int> g_workerBound{0};
std::atomic<int> g_policy{0};
std::atomic<int> g_creditLimit{0};
std::atomic<int64_t> g_stuckNs{0};
std::atomic<int> g_rotateTies{0};
std::mutex g_leaseMu;
std::unordered_map<uint64_t, Lease> g_leases;
std::deque<uint64_t> g_pending;

static uint64_t g_nextLease = 1;

static int64_t steadyNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}
int64_t (*g_now)() = steadyNs;

Policy policy() { return static_cast<Policy>(g_policy.load(std::memory_order_relaxed)); }

void configureBalance(const BalanceConfig& c) {
  g_policy = static_cast<int>(c.policy);
  g_creditLimit = c.credits;
  g_stuckNs = static_cast<int64_t>(c.stuckMs) * 1'000'000;
  g_rotateTies = c.rotateTies ? 1 : 0;
}

bool balanceConfigured() { return g_creditLimit.load() > 0; }

// One instance of each policy for the process. Never freed: the detached acceptor
// thread may still pick while the process exits.
static TieTurn g_tieTurn;
static Balancer& balancerFor(Policy p) {
  static Balancer* const dlb = makeDlb(g_tieTurn).release();
  static Balancer* const exact = makeExact(g_tieTurn).release();
  static Balancer* const rr = makeRr().release();
  switch (p) {
    case Policy::Exact:
      return *exact;
    case Policy::Rr:
      return *rr;
    default:
      return *dlb;  // kernel: the acceptor never picks (each worker accepts on its own socket)
  }
}

static const PickView kView{g_workers, &g_workerBound, &g_stuckNs, &g_rotateTies};

// The policy that made this thread's last pick: unreserve gives the turn back to it.
static thread_local Balancer* t_lastPicker = nullptr;

int pickWorker() {
  Balancer& b = balancerFor(policy());
  t_lastPicker = &b;
  return b.pick(kView);
}

void unreserve(int worker) {
  g_workers[worker].credits.fetch_add(1, std::memory_order_acq_rel);
  if (t_lastPicker != nullptr) t_lastPicker->giveBack();
}

bool anyEligible() {
  int n = g_workerBound.load();
  for (int i = 0; i < n; i++)
    if (eligible(g_workers[i])) return true;
  return false;
}

void activateWorker(int worker) {
  WorkerSlot& s = g_workers[worker];
  s.accepted = 0;
  s.credits = g_creditLimit.load();
  s.state = static_cast<int>(SlotState::Active);
  int bound = g_workerBound.load();
  while (bound < worker + 1 && !g_workerBound.compare_exchange_weak(bound, worker + 1)) {
  }
}

// Call with g_leaseMu held.
static void assignLocked(Lease& l, int worker) {
  WorkerSlot& s = g_workers[worker];
  l.worker = worker;
  l.gen = s.gen;
  l.state = LeaseState::Queued;
  s.queued.fetch_add(1, std::memory_order_acq_rel);
}

// Call with g_leaseMu held: the lease goes back to the pending list (front: it was
// accepted before anything still in the backlog).
static void unassignLocked(Lease& l) {
  if (l.state != LeaseState::Queued) return;
  WorkerSlot& s = g_workers[l.worker];
  s.queued.fetch_sub(1, std::memory_order_acq_rel);
  s.credits.fetch_add(1, std::memory_order_acq_rel);
  l.state = LeaseState::Pending;
  l.worker = -1;
  g_pending.push_front(l.id);
}

void sendQueued(uint64_t leaseId, int worker, uint32_t gen) {
  if (postHandoff(HandoffItem{leaseId, worker, gen})) return;
  {
    std::lock_guard<std::mutex> lock(g_leaseMu);
    auto it = g_leases.find(leaseId);
    if (it != g_leases.end() && it->second.worker == worker && it->second.gen == gen) unassignLocked(it->second);
  }
  wakeAcceptor();
}

// Caller holds g_leaseMu.
static Lease& newLeaseLocked(int fd, uint32_t listenerId, const std::string& kind, const Endpoint& peer,
                             const Endpoint& orig) {
  uint64_t id = g_nextLease++;
  Lease& l = g_leases[id];
  l.id = id;
  l.fd = fd;
  l.listenerId = listenerId;
  l.kind = kind;
  l.peer = peer;
  l.orig = orig;
  return l;
}

uint64_t handoffNew(int worker, int fd, uint32_t listenerId, const std::string& kind, const Endpoint& peer,
                    const Endpoint& orig) {
  uint64_t id;
  uint32_t gen;
  {
    std::lock_guard<std::mutex> lock(g_leaseMu);
    Lease& l = newLeaseLocked(fd, listenerId, kind, peer, orig);
    id = l.id;
    assignLocked(l, worker);
    gen = l.gen;
  }
  sendQueued(id, worker, gen);
  return id;
}

uint64_t leaseNew(int fd, uint32_t listenerId, const std::string& kind, const Endpoint& peer, const Endpoint& orig) {
  std::lock_guard<std::mutex> lock(g_leaseMu);
  return newLeaseLocked(fd, listenerId, kind, peer, orig).id;
}

Assign assignTo(uint64_t leaseId, int worker) {
  WorkerSlot& s = g_workers[worker];
  if (!isActive(s) || !reserve(s)) return Assign::NotEligible;
  uint32_t gen;
  {
    std::lock_guard<std::mutex> lock(g_leaseMu);
    auto it = g_leases.find(leaseId);
    if (it == g_leases.end() || it->second.state != LeaseState::Pending || it->second.worker >= 0) {
      s.credits.fetch_add(1, std::memory_order_acq_rel);
      return Assign::Gone;
    }
    assignLocked(it->second, worker);
    gen = it->second.gen;
  }
  sendQueued(leaseId, worker, gen);
  return Assign::Sent;
}

void toPending(uint64_t leaseId) {
  {
    std::lock_guard<std::mutex> lock(g_leaseMu);
    auto it = g_leases.find(leaseId);
    if (it == g_leases.end() || it->second.state != LeaseState::Pending || it->second.worker >= 0) return;
    g_pending.push_back(leaseId);
  }
  wakeAcceptor();
}

size_t flushPending() {
  for (;;) {
    uint64_t id;
    int w;
    uint32_t gen;
    {
      std::lock_guard<std::mutex> lock(g_leaseMu);
      while (!g_pending.empty() && g_leases.find(g_pending.front()) == g_leases.end()) g_pending.pop_front();
      if (g_pending.empty()) return 0;
      w = pickWorker();
      if (w < 0) return g_pending.size();
      id = g_pending.front();
      g_pending.pop_front();
      Lease& l = g_leases[id];
      assignLocked(l, w);
      gen = l.gen;
    }
    sendQueued(id, w, gen);
  }
}

bool deliver(const HandoffItem& item, Lease& out) {
  std::lock_guard<std::mutex> lock(g_leaseMu);
  auto it = g_leases.find(item.leaseId);
  if (it == g_leases.end()) return false;
  Lease& l = it->second;
  if (l.state != LeaseState::Queued || l.worker != item.worker || l.gen != item.gen) return false;
  WorkerSlot& s = g_workers[item.worker];
  l.state = LeaseState::Delivered;
  s.queued.fetch_sub(1, std::memory_order_acq_rel);
  s.open.fetch_add(1, std::memory_order_acq_rel);
  s.accepted.fetch_add(1, std::memory_order_relaxed);
  s.credits.fetch_add(1, std::memory_order_acq_rel);
  out = l;
  return true;
}

void requeueItem(const HandoffItem& item) {
  {
    std::lock_guard<std::mutex> lock(g_leaseMu);
    auto it = g_leases.find(item.leaseId);
    if (it == g_leases.end()) return;
    Lease& l = it->second;
    if (l.state != LeaseState::Queued || l.worker != item.worker || l.gen != item.gen) return;
    unassignLocked(l);
  }
  wakeAcceptor();
}

int requeueWorker(int worker) {
  int n = 0;
  {
    std::lock_guard<std::mutex> lock(g_leaseMu);
    for (auto& [id, l] : g_leases) {
      if (l.worker == worker && l.state == LeaseState::Queued) {
        unassignLocked(l);
        n++;
      }
    }
  }
  if (n > 0) wakeAcceptor();
  return n;
}

bool releaseLease(uint64_t id) {
  std::lock_guard<std::mutex> lock(g_leaseMu);
  auto it = g_leases.find(id);
  if (it == g_leases.end() || it->second.state != LeaseState::Delivered) return false;
  g_workers[it->second.worker].open.fetch_sub(1, std::memory_order_acq_rel);
  g_leases.erase(it);
  return true;
}

uint64_t trackLease(int worker, int fd) {
  std::lock_guard<std::mutex> lock(g_leaseMu);
  uint64_t id = g_nextLease++;
  Lease& l = g_leases[id];
  l.id = id;
  l.fd = fd;
  l.worker = worker;
  l.gen = g_workers[worker].gen;
  l.state = LeaseState::Delivered;
  g_workers[worker].open.fetch_add(1, std::memory_order_acq_rel);
  g_workers[worker].accepted.fetch_add(1, std::memory_order_relaxed);
  return id;
}

ReleaseCounts releaseWorker(int worker) {
  ReleaseCounts c;
  {
    std::lock_guard<std::mutex> lock(g_leaseMu);
    for (auto it = g_leases.begin(); it != g_leases.end();) {
      Lease& l = it->second;
      if (l.worker != worker) {
        ++it;
        continue;
      }
      if (l.state == LeaseState::Delivered) {
        // The fd belonged to the worker's event loop, which closed it when it went away.
        g_workers[worker].open.fetch_sub(1, std::memory_order_acq_rel);
        it = g_leases.erase(it);
        c.released++;
        continue;
      }
      if (l.state == LeaseState::Queued) {
        unassignLocked(l);
        c.requeued++;
      }
      ++it;
    }
  }
  if (c.requeued > 0) wakeAcceptor();
  return c;
}

}  // namespace zts
