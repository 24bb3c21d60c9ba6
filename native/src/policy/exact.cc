// exact: the least-loaded pick under a mutex per pick, as Envoy's exact balancer does,
// so two picks never both see the same worker as least loaded. A scan that found no
// worker, or whose worker lost its credit meanwhile, is retried (kPickAttempts).
#include <mutex>

#include "least.h"

namespace zts {
namespace {

thread_local uint32_t t_turns = 0;  // idle-tie turns this thread's last pick took

class Exact final : public Balancer {
 public:
  explicit Exact(TieTurn& turn) : turn_(turn) {}

  int pick(const PickView& v) override {
    t_turns = 0;
    for (int attempt = 0; attempt < kPickAttempts; attempt++) {
      std::lock_guard<std::mutex> lock(mu_);
      int w = pickLeast(v, turn_, t_turns);
      if (w >= 0 && reserve(v.slots[w])) return w;
    }
    return -1;
  }

  void giveBack() override {
    turn_.start.fetch_sub(t_turns, std::memory_order_relaxed);
    t_turns = 0;
  }

 private:
  TieTurn& turn_;
  std::mutex mu_;
};

}  // namespace

std::unique_ptr<Balancer> makeExact(TieTurn& turn) { return std::make_unique<Exact>(turn); }

}  // namespace zts
