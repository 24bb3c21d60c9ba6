#include "seams.h"

namespace zts {

void wakeAcceptor() { test::g_seams.wakes++; }

bool postHandoff(const HandoffItem& item) {
  // As addon.cc's: a worker that is not active has no open channel.
  if (test::g_seams.refuse || !isActive(g_workers[item.worker])) return false;
  test::g_seams.posted.push_back(item);
  return true;
}

namespace test {

Seams g_seams;
int64_t g_fakeNs = 1'000'000'000'000;

void useFakeClock() {
  g_now = [] { return g_fakeNs; };
}

void resetCore() {
  std::lock_guard<std::mutex> lock(g_leaseMu);
  g_leases.clear();
  g_pending.clear();
  for (WorkerSlot& s : g_workers) {
    s.state = 0;
    s.credits = 0;
    s.open = 0;
    s.queued = 0;
    s.accepted = 0;
    s.dryNs = 0;
    s.gen = 0;
  }
  g_workerBound = 0;
  g_creditLimit = 0;
  g_seams = Seams{};
}

void registerWorker(int id) {
  g_workers[id].gen++;
  activateWorker(id);
}

int closeWorker(int id) {
  g_workers[id].state = static_cast<int>(SlotState::Closing);
  return requeueWorker(id);
}

ReleaseCounts removeWorker(int id) {
  g_workers[id].state = static_cast<int>(SlotState::Free);
  return releaseWorker(id);
}

}  // namespace test
}  // namespace zts
