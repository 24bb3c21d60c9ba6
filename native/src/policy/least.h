// The least-loaded pick dlb and exact share (least.cc): the base of both.
#pragma once
#include <cstdint>

#include "policy.h"

namespace zts {

class LeastLoaded : public Balancer {
 public:
  explicit LeastLoaded(TieTurn& turn) : turn_(turn) {}
  // Gives back the idle-tie turns this thread's last pick took.
  void giveBack() override;

 protected:
  // Starts a pick: no turns taken yet.
  void beginPick();
  // Least loaded (open + queued) among candidates: active, and either with credits or dry
  // for less than *v.stuckNs. -1 if none, or if the least loaded is dry but not stuck (the
  // acceptor pauses briefly and retries when that worker returns a credit). Reserves
  // nothing; counts the idle-tie turns it takes.
  int scan(const PickView& v);

 private:
  TieTurn& turn_;
};

}  // namespace zts
