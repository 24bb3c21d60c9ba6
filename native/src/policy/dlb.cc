// dlb: the least-loaded pick as a lock-free scan over the slots' atomics. Two picks
// racing for one worker's last credit: the loser scans again (kPickAttempts).
#include "least.h"

namespace zts {
namespace {

class Dlb final : public LeastLoaded {
 public:
  using LeastLoaded::LeastLoaded;

  int pick(const PickView& v) override {
    beginPick();
    for (int attempt = 0; attempt < kPickAttempts; attempt++) {
      int w = scan(v);
      if (w < 0) return -1;
      if (reserve(v.slots[w])) return w;
    }
    return -1;
  }
};

}  // namespace

std::unique_ptr<Balancer> makeDlb(TieTurn& turn) { return std::make_unique<Dlb>(turn); }

}  // namespace zts
