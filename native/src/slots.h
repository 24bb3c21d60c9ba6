// One worker's slot and the credit primitives that the balancing policies (policy/) and
// the lease bookkeeping (core.cc) share. Plain atomics and no N-API, so both compile into
// the googletest binary (native/test/, scripts/native-unit.mjs) exactly as into the addon.
#pragma once
#include <atomic>
#include <cstdint>

namespace zts {

constexpr int kMaxWorkers = 1024;

enum class SlotState : int { Free = 0, Active = 1, Closing = 2 };

struct WorkerSlot {
  std::atomic<int> state{0};
  std::atomic<int> credits{0};
  std::atomic<int> open{0};
  std::atomic<int> queued{0};
  std::atomic<uint64_t> accepted{0};
  // When its credits last ran out (steady clock ns; 0 = has credits). A worker dry for
  // longer than g_stuckNs is stuck: others take its share. Dry for less, it is merely
  // busy with a burst, and the acceptor waits for it rather than unbalance the counts.
  std::atomic<int64_t> dryNs{0};
  // The registration (incarnation) leases and handoff items are meant for; bumped by
  // registerWorker (addon.cc) under that worker's channel mutex.
  uint32_t gen = 0;
};

// Steady clock, ns. A pointer so the unit tests can run the stuck rule on a fake clock.
extern int64_t (*g_now)();

inline bool isActive(const WorkerSlot& s) {
  return s.state.load(std::memory_order_acquire) == static_cast<int>(SlotState::Active);
}

// Takes work now: active with a credit to spend.
inline bool eligible(const WorkerSlot& s) { return isActive(s) && s.credits.load(std::memory_order_acquire) > 0; }

inline int loadOf(const WorkerSlot& s) {
  return s.open.load(std::memory_order_relaxed) + s.queued.load(std::memory_order_relaxed);
}

// Takes one credit of `s`; false (and nothing taken) when it had none. Taking the last
// one starts its dry clock.
inline bool reserve(WorkerSlot& s) {
  int prev = s.credits.fetch_sub(1, std::memory_order_acq_rel);
  if (prev == 1) s.dryNs.store(g_now(), std::memory_order_relaxed);
  if (prev > 0) return true;
  s.credits.fetch_add(1, std::memory_order_acq_rel);
  return false;
}

}  // namespace zts
