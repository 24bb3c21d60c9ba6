// dlb: the least-loaded pick as a lock-free scan over the slots' atomics. Two picks
// racing for one worker's last credit: the loser scans again (kPickAttempts).
#include "least.h"

namespace zts {
namespace {

thread_local uint32_t t_turns = 0;  // idle-tie turns this thread's last pick took

class Dlb final : public Balancer {
 public:
  explicit Dlb(TieTurn& turn) : turn_(turn) {}

  int pick(const PickView& v) override {
    t_turns = 0;
    for (int attempt = 0; attempt < kPickAttempts; attempt++) {
      int w = pickLeast(v, turn_, t_turns);
      if (w < 0) return -1;
      if (reserve(v.slots[w])) return w;
    }
    return -1;
  }

  void giveBack() override {
    turn_.start.fetch_sub(t_turns, std::memory_order_relaxed);
    t_turns = 0;
  }

 private:
  TieTurn& turn_;
};

}  // namespace

std::unique_ptr<Balancer> makeDlb(TieTurn& turn) { return std::make_unique<Dlb>(turn); }

}  // namespace zts
