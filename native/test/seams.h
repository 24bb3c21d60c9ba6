// What the unit tests link in place of the addon's I/O: the acceptor's wake-up and the
// N-API handoff (core.h's wakeAcceptor / postHandoff), plus a fake clock and a reset of
// core.cc's process-wide state between tests.
#pragma once
#include <cstdint>
#include <vector>

#include "../src/core.h"

namespace zts::test {

struct Seams {
  int wakes = 0;                     // wakeAcceptor() calls
  std::vector<HandoffItem> posted;   // items postHandoff() accepted
  bool refuse = false;               // postHandoff() fails (the worker's channel is closed)
};
extern Seams g_seams;
extern int64_t g_fakeNs;  // what g_now() returns once useFakeClock() ran

void useFakeClock();
// Back to "no worker ever registered, configure() never called": slots, leases, pending, seams.
void resetCore();

// What addon.cc does around core.cc for a worker's life (without the thread-safe function).
void registerWorker(int id);  // registerWorker(id, cb): new gen, full credits
int closeWorker(int id);      // closeWorker(id): no more picks, queued leases back to pending
ReleaseCounts removeWorker(int id);  // releaseWorker(id) once the worker is gone

}  // namespace zts::test
