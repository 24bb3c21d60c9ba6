// rr: the next eligible worker (active, with a credit) after a cursor that every pick
// advances, whatever the loads.
#include "policy.h"

namespace zts {
namespace {

thread_local uint32_t t_advance = 0;  // how far this thread's last pick moved the cursor

class Rr final : public Balancer {
 public:
  int pick(const PickView& v) override {
    for (int attempt = 0; attempt < kPickAttempts; attempt++) {
      int w = -1;
      int n = v.bound->load();
      t_advance = 0;
      for (int k = 0; k < n; k++) {
        t_advance++;
        int i = static_cast<int>(cursor_.fetch_add(1, std::memory_order_relaxed) % n);
        if (eligible(v.slots[i])) {
          w = i;
          break;
        }
      }
      if (w < 0) return -1;
      if (reserve(v.slots[w])) return w;
    }
    return -1;
  }

  void giveBack() override {
    cursor_.fetch_sub(t_advance, std::memory_order_relaxed);
    t_advance = 0;
  }

 private:
  std::atomic<uint32_t> cursor_{0};
};

}  // namespace

std::unique_ptr<Balancer> makeRr() { return std::make_unique<Rr>(); }

}  // namespace zts
