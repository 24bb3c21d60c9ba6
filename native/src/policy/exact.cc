// exact: the least-loaded pick under a mutex per pick, as Envoy's exact balancer does,
// so two picks never both see the same worker as least loaded. A scan that found no
// worker, or whose worker lost its credit meanwhile, is retried (kPickAttempts).
#include <mutex>

#include "least.h"

namespace zts {
namespace {

class Exact final : public LeastLoaded {
 public:
  using LeastLoaded::LeastLoaded;

  int pick(const PickView& v) override {
    beginPick();
    for (int attempt = 0; attempt < kPickAttempts; attempt++) {
      std::lock_guard<std::mutex> lock(mu_);
      int w = scan(v);
      if (w >= 0 && reserve(v.slots[w])) return w;
    }
    return -1;
  }

 private:
  std::mutex mu_;
};

}  // namespace

std::unique_ptr<Balancer> makeExact(TieTurn& turn) { return std::make_unique<Exact>(turn); }

}  // namespace zts
