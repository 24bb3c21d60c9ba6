// Process-wide state shared by every JS thread that loads the addon: worker slots,
// leases and the pending (re-queue) list; the picks themselves are the policies in
// policy/. Everything here is plain data guarded by atomics or a mutex, with no N-API:
// the JS bindings (addon.cc) and the acceptor thread (acceptor.cc) only call these
// functions, and the unit tests (native/test/) call them directly. The lease state
// machine is written down in native/README.md.
#pragma once
#include <atomic>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "slots.h"

namespace zts {

enum class Policy : int { Dlb = 0, Exact = 1, Rr = 2, Kernel = 3 };
enum class LeaseState : int { Pending = 0, Queued = 1, Delivered = 2 };

struct Endpoint {
  std::string address;
  int port = 0;
  int family = 0;  // 4 or 6, 0 = unknown
};

struct Lease {
  uint64_t id = 0;
  int fd = -1;
  int worker = -1;
  uint32_t gen = 0;
  LeaseState state = LeaseState::Pending;
  uint32_t listenerId = 0;
  std::string kind;
  Endpoint peer;
  Endpoint orig;
};

// What the thread-safe function carries: which lease, meant for which worker incarnation.
struct HandoffItem {
  uint64_t leaseId;
  int worker;
  uint32_t gen;
};

extern WorkerSlot g_workers[kMaxWorkers];
extern std::atomic<int> g_workerBound;  // highest registered id + 1 (scan bound)
// Set by configureBalance (configure() in addon.cc), whose every value comes from
// src/config.ts: until then g_creditLimit is 0 and registerWorker refuses.
extern std::atomic<int> g_policy;
extern std::atomic<int> g_creditLimit;
extern std::atomic<int64_t> g_stuckNs;
// dlb/exact ties between idle workers: 1 = go round them, 0 = always the lowest index
// (configure's `ties`). Ties between busy workers always go to the lowest index.
extern std::atomic<int> g_rotateTies;

// configure()'s values; all required (src/config.ts owns the defaults).
struct BalanceConfig {
  Policy policy;
  int credits;  // >= 1
  int stuckMs;  // >= 1
  bool rotateTies;
};
void configureBalance(const BalanceConfig& c);
bool balanceConfigured();

extern std::mutex g_leaseMu;
extern std::unordered_map<uint64_t, Lease> g_leases;
extern std::deque<uint64_t> g_pending;

Policy policy();
// Picks a worker with the configured policy (policy/) and reserves one of its credits;
// -1 when every worker is saturated.
int pickWorker();
// The credit of this thread's last pick comes back unused (accept4 found nothing).
void unreserve(int worker);
bool anyEligible();

// A registered worker takes work from now on: a full set of credits, counters from zero.
// addon.cc calls it with the worker's channel mutex held, after bumping its gen.
void activateWorker(int worker);

// eventdev backend: a lease with no worker yet (the device picks one).
uint64_t leaseNew(int fd, uint32_t listenerId, const std::string& kind, const Endpoint& peer, const Endpoint& orig);
enum class Assign : int { Sent = 0, NotEligible = 1, Gone = 2 };
// Gives an unassigned lease to `worker` if it takes work (active, a credit to spend),
// then sends it as handoffNew does.
Assign assignTo(uint64_t leaseId, int worker);
// An unassigned lease goes to the pending list (the software pick places it).
void toPending(uint64_t leaseId);

// Creates a lease queued to `worker` (credit already reserved) and sends it.
uint64_t handoffNew(int worker, int fd, uint32_t listenerId, const std::string& kind, const Endpoint& peer,
                    const Endpoint& orig);
// Re-dispatches pending leases; returns how many are still pending (no worker free).
size_t flushPending();
// Sends a queued lease to its worker; on failure moves it back to pending.
void sendQueued(uint64_t leaseId, int worker, uint32_t gen);

// For the thread-safe function's callback: marks the lease delivered (counters move
// from queued to open, the credit comes back) and copies it out; false if the lease was
// re-queued or released meanwhile.
bool deliver(const HandoffItem& item, Lease& out);
// The worker's function is being torn down with this item still queued: back to pending.
void requeueItem(const HandoffItem& item);
// Every lease queued to `worker` but not yet delivered goes back to pending.
int requeueWorker(int worker);

bool releaseLease(uint64_t id);
uint64_t trackLease(int worker, int fd);
struct ReleaseCounts {
  int released = 0;
  int requeued = 0;
};
ReleaseCounts releaseWorker(int worker);

// Wakes the acceptor thread (pending work or credits came back). acceptor.cc.
void wakeAcceptor();
extern std::atomic<bool> g_acceptorPaused;

// Sends a queued lease's item through the worker's thread-safe function; false when
// that worker's channel is closing, gone or of another registration (addon.cc; the
// unit tests link a stub that records the items).
bool postHandoff(const HandoffItem& item);

}  // namespace zts
