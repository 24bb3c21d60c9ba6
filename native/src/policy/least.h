// The least-loaded scan dlb and exact share (least.cc).
#pragma once
#include <cstdint>

#include "policy.h"

namespace zts {

// Least loaded (open + queued) among candidates: active, and either with credits or dry
// for less than *v.stuckNs. -1 if none, or if the least loaded is dry but not stuck (the
// acceptor pauses briefly and retries when that worker returns a credit). Reserves
// nothing. Each idle-tie turn it takes from `turn` is counted in `turnsTaken` (giveBack).
int pickLeast(const PickView& v, TieTurn& turn, uint32_t& turnsTaken);

}  // namespace zts
