// The accept-balancing policies, each a small unit behind one interface. A policy only
// chooses: it reads the slots' counters and reserves one credit of the worker it picks
// (reserve()); what becomes of the connection afterwards (lease, handoff, re-queue) is
// core.cc's. Every policy skips a worker without credits, so a stuck or dead worker runs
// dry and gets nothing more, and when all are dry nothing is accepted (back-pressure to
// the kernel backlog).
//
//   dlb.cc    least loaded (open + queued), a lock-free scan over the atomics
//   exact.cc  the same scan under a mutex per pick, as Envoy's exact balancer does
//   rr.cc     the next eligible worker after a rotating cursor
//   least.cc  the least-loaded scan dlb and exact share, with its tie rule (rotate|lowest)
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>

#include "../slots.h"

namespace zts {

// What a pick reads. Pointers to the live values: configure() may change the settings
// while the acceptor runs, and each pick reads them where it uses them.
struct PickView {
  WorkerSlot* slots;                    // slots[0, *bound)
  const std::atomic<int>* bound;        // highest registered worker id + 1
  const std::atomic<int64_t>* stuckNs;  // dlb, exact: dry this long = stuck, passed over
  const std::atomic<int>* rotateTies;   // dlb, exact: 1 = ties between idle workers go round, 0 = lowest index
};

class Balancer {
 public:
  virtual ~Balancer() = default;
  // A worker one of whose credits this call reserved, or -1 when none takes work now.
  virtual int pick(const PickView& v) = 0;
  // This thread's last pick went unused (accept4 found nothing to accept; the caller has
  // returned the credit): undo the turn it took, so no worker loses its turn.
  virtual void giveBack() = 0;
};

// Picks retried when another thread took the chosen worker's last credit in between.
constexpr int kPickAttempts = 4;

// The worker the next tie among idle workers starts from. dlb and exact share one, so
// switching between them keeps the turn.
struct TieTurn {
  std::atomic<uint32_t> start{0};
};

std::unique_ptr<Balancer> makeDlb(TieTurn& turn);
std::unique_ptr<Balancer> makeExact(TieTurn& turn);
std::unique_ptr<Balancer> makeRr();

}  // namespace zts
