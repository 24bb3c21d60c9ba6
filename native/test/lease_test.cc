// The lease state machine of native/README.md, driven through core.cc's functions as the
// acceptor (pick, handoffNew, flushPending) and addon.cc (deliver, release, closeWorker,
// releaseWorker) call them, over the process-wide state (reset before each test).
#include <gtest/gtest.h>

#include <random>

#include "seams.h"

namespace zts {
namespace {

using test::g_seams;

class LeaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test::useFakeClock();
    test::resetCore();
    configureBalance(BalanceConfig{Policy::Dlb, 4, 100, false});
  }
  void TearDown() override { test::resetCore(); }

  // What the acceptor does for one accepted connection (fd is a plain number here).
  uint64_t accept(int fd = 100) {
    int w = pickWorker();
    EXPECT_GE(w, 0);
    return handoffNew(w, fd, 1, "outbound", Endpoint{}, Endpoint{});
  }
  // What the worker's thread-safe function callback does with the last item posted.
  bool deliverLast(Lease* out = nullptr) {
    Lease l;
    bool ok = deliver(g_seams.posted.back(), l);
    if (out != nullptr) *out = l;
    return ok;
  }
  static const Lease* lease(uint64_t id) {
    auto it = g_leases.find(id);
    return it == g_leases.end() ? nullptr : &it->second;
  }
  static WorkerSlot& slot(int i) { return g_workers[i]; }
};

TEST_F(LeaseTest, RegisteringGivesTheConfiguredCredits) {
  EXPECT_TRUE(balanceConfigured());
  test::registerWorker(0);
  EXPECT_EQ(slot(0).credits.load(), 4);
  EXPECT_EQ(slot(0).state.load(), static_cast<int>(SlotState::Active));
  EXPECT_EQ(g_workerBound.load(), 1);
  test::registerWorker(3);
  EXPECT_EQ(g_workerBound.load(), 4);
}

TEST_F(LeaseTest, UnconfiguredMeansNoCredits) {
  test::resetCore();
  EXPECT_FALSE(balanceConfigured());
}

TEST_F(LeaseTest, TakeQueuesTheLeaseWithItsCreditReserved) {
  test::registerWorker(0);
  uint64_t id = accept();
  ASSERT_NE(lease(id), nullptr);
  EXPECT_EQ(lease(id)->state, LeaseState::Queued);
  EXPECT_EQ(lease(id)->worker, 0);
  EXPECT_EQ(slot(0).queued.load(), 1);
  EXPECT_EQ(slot(0).credits.load(), 3);
  ASSERT_EQ(g_seams.posted.size(), 1u);
  EXPECT_EQ(g_seams.posted[0].leaseId, id);
  EXPECT_EQ(g_seams.posted[0].gen, slot(0).gen);
}

TEST_F(LeaseTest, DeliveryOpensTheLeaseAndReturnsTheCredit) {
  test::registerWorker(0);
  uint64_t id = accept(42);
  Lease out;
  ASSERT_TRUE(deliverLast(&out));
  EXPECT_EQ(out.fd, 42);
  EXPECT_EQ(lease(id)->state, LeaseState::Delivered);
  EXPECT_EQ(slot(0).queued.load(), 0);
  EXPECT_EQ(slot(0).open.load(), 1);
  EXPECT_EQ(slot(0).credits.load(), 4);
  EXPECT_EQ(slot(0).accepted.load(), 1u);
  EXPECT_FALSE(deliverLast());  // the same item twice: no second delivery
  EXPECT_EQ(slot(0).open.load(), 1);
}

TEST_F(LeaseTest, ReleaseClosesTheLeaseExactlyOnce) {
  test::registerWorker(0);
  uint64_t id = accept();
  ASSERT_TRUE(deliverLast());
  EXPECT_TRUE(releaseLease(id));
  EXPECT_EQ(lease(id), nullptr);
  EXPECT_EQ(slot(0).open.load(), 0);
  EXPECT_FALSE(releaseLease(id));  // double release ignored
  EXPECT_EQ(slot(0).open.load(), 0);
}

TEST_F(LeaseTest, AQueuedLeaseCannotBeReleased) {
  test::registerWorker(0);
  uint64_t id = accept();
  EXPECT_FALSE(releaseLease(id));
  EXPECT_EQ(lease(id)->state, LeaseState::Queued);
  EXPECT_EQ(slot(0).queued.load(), 1);
}

TEST_F(LeaseTest, AnUnknownLeaseIdIsIgnored) { EXPECT_FALSE(releaseLease(999'999)); }

TEST_F(LeaseTest, ARefusedHandoffGoesBackToPendingWithItsCredit) {
  test::registerWorker(0);
  g_seams.refuse = true;
  uint64_t id = accept();
  EXPECT_EQ(lease(id)->state, LeaseState::Pending);
  EXPECT_EQ(lease(id)->worker, -1);
  ASSERT_EQ(g_pending.size(), 1u);
  EXPECT_EQ(g_pending.front(), id);
  EXPECT_EQ(slot(0).queued.load(), 0);
  EXPECT_EQ(slot(0).credits.load(), 4);
  EXPECT_GE(g_seams.wakes, 1);
}

TEST_F(LeaseTest, FlushPendingPlacesPendingLeasesOnWorkersWithCredits) {
  test::registerWorker(0);
  g_seams.refuse = true;
  uint64_t id = accept();
  g_seams.refuse = false;
  EXPECT_EQ(flushPending(), 0u);
  EXPECT_EQ(lease(id)->state, LeaseState::Queued);
  EXPECT_TRUE(g_pending.empty());
  ASSERT_EQ(g_seams.posted.size(), 1u);
  EXPECT_TRUE(deliverLast());
}

TEST_F(LeaseTest, FlushPendingKeepsLeasesWhenNoWorkerTakesWork) {
  test::registerWorker(0);
  g_seams.refuse = true;
  accept();
  test::closeWorker(0);
  g_seams.refuse = false;
  EXPECT_EQ(flushPending(), 1u);
  EXPECT_TRUE(g_seams.posted.empty());
}

TEST_F(LeaseTest, FlushPendingDropsIdsOfLeasesAlreadyGone) {
  test::registerWorker(0);
  g_pending.push_back(123'456);  // e.g. closed by shutdown meanwhile
  EXPECT_EQ(flushPending(), 0u);
  EXPECT_TRUE(g_pending.empty());
}

TEST_F(LeaseTest, ClosingAWorkerRequeuesItsQueuedLeasesToAnother) {
  test::registerWorker(0);
  uint64_t id = accept();  // ties go to the lowest: worker 0
  test::registerWorker(1);
  EXPECT_EQ(test::closeWorker(0), 1);
  EXPECT_EQ(lease(id)->state, LeaseState::Pending);
  EXPECT_EQ(slot(0).queued.load(), 0);
  EXPECT_EQ(slot(0).credits.load(), 4);
  EXPECT_EQ(flushPending(), 0u);
  EXPECT_EQ(lease(id)->worker, 1);
  HandoffItem stale = g_seams.posted.front();
  Lease l;
  EXPECT_FALSE(deliver(stale, l));  // the closed worker's item arrives late: ignored
  EXPECT_TRUE(deliverLast());
  EXPECT_EQ(slot(1).open.load(), 1);
  EXPECT_EQ(slot(0).open.load(), 0);
}

TEST_F(LeaseTest, ClosingKeepsDeliveredLeases) {
  test::registerWorker(0);
  uint64_t id = accept();
  ASSERT_TRUE(deliverLast());
  EXPECT_EQ(test::closeWorker(0), 0);
  EXPECT_EQ(lease(id)->state, LeaseState::Delivered);
  EXPECT_TRUE(releaseLease(id));  // the worker still closes its socket
}

TEST_F(LeaseTest, WorkerDeathReleasesDeliveredAndRequeuesQueued) {
  test::registerWorker(0);
  uint64_t delivered = accept();
  ASSERT_TRUE(deliverLast());
  uint64_t queued = accept();
  ReleaseCounts c = test::removeWorker(0);
  EXPECT_EQ(c.released, 1);
  EXPECT_EQ(c.requeued, 1);
  EXPECT_EQ(lease(delivered), nullptr);
  EXPECT_EQ(lease(queued)->state, LeaseState::Pending);
  EXPECT_EQ(slot(0).open.load(), 0);
  EXPECT_EQ(slot(0).queued.load(), 0);
}

TEST_F(LeaseTest, ReleaseAfterTheWorkerWasRemovedIsIgnored) {
  test::registerWorker(0);
  uint64_t id = accept();
  ASSERT_TRUE(deliverLast());
  test::removeWorker(0);
  EXPECT_FALSE(releaseLease(id));
  EXPECT_EQ(slot(0).open.load(), 0);
  ReleaseCounts again = test::removeWorker(0);
  EXPECT_EQ(again.released, 0);
  EXPECT_EQ(again.requeued, 0);
}

TEST_F(LeaseTest, ReclaimedItemGoesBackToPendingAndIsNotDelivered) {
  test::registerWorker(0);
  uint64_t id = accept();
  HandoffItem item = g_seams.posted.back();
  requeueItem(item);  // the worker's function was torn down with the item inside
  EXPECT_EQ(lease(id)->state, LeaseState::Pending);
  EXPECT_EQ(g_pending.front(), id);
  EXPECT_EQ(slot(0).credits.load(), 4);
  Lease l;
  EXPECT_FALSE(deliver(item, l));
  requeueItem(item);  // twice: nothing more
  EXPECT_EQ(g_pending.size(), 1u);
  EXPECT_EQ(slot(0).credits.load(), 4);
}

TEST_F(LeaseTest, AReRegisteredWorkerDoesNotTakeItsPredecessorsItems) {
  test::registerWorker(0);
  accept();
  HandoffItem old = g_seams.posted.back();
  test::removeWorker(0);
  test::registerWorker(0);  // same id, next gen
  EXPECT_EQ(flushPending(), 0u);
  Lease l;
  EXPECT_FALSE(deliver(old, l));
  EXPECT_NE(g_seams.posted.back().gen, old.gen);
  EXPECT_TRUE(deliverLast());
}

TEST_F(LeaseTest, TrackedLeasesAreDeliveredAndReleasedOnce) {
  test::registerWorker(0);
  uint64_t id = trackLease(0, 7);
  EXPECT_EQ(lease(id)->state, LeaseState::Delivered);
  EXPECT_EQ(slot(0).open.load(), 1);
  EXPECT_EQ(slot(0).credits.load(), 4);  // kernel mode: no credit involved
  EXPECT_TRUE(releaseLease(id));
  EXPECT_FALSE(releaseLease(id));
  EXPECT_EQ(slot(0).open.load(), 0);
}

TEST_F(LeaseTest, UnreserveReturnsTheCreditAndTheTurn) {
  configureBalance(BalanceConfig{Policy::Rr, 4, 100, true});
  test::registerWorker(0);
  test::registerWorker(1);
  int w = pickWorker();
  unreserve(w);
  EXPECT_EQ(slot(w).credits.load(), 4);
  EXPECT_EQ(pickWorker(), w);  // same turn again
}

TEST_F(LeaseTest, PickingStopsWhenEveryCreditIsQueued) {
  test::registerWorker(0);
  for (int i = 0; i < 4; i++) accept();
  EXPECT_EQ(slot(0).credits.load(), 0);
  EXPECT_EQ(pickWorker(), -1);
  Lease l;
  ASSERT_TRUE(deliver(g_seams.posted.front(), l));  // one comes back
  EXPECT_EQ(pickWorker(), 0);
}

TEST_F(LeaseTest, EventdevLeasesStartUnassigned) {
  test::registerWorker(0);
  uint64_t id = leaseNew(5, 1, "inbound", Endpoint{}, Endpoint{});
  EXPECT_EQ(lease(id)->state, LeaseState::Pending);
  EXPECT_TRUE(g_pending.empty());  // the device has it, not the pending list
  EXPECT_EQ(assignTo(id, 1), Assign::NotEligible);
  EXPECT_EQ(assignTo(id, 0), Assign::Sent);
  EXPECT_EQ(slot(0).credits.load(), 3);
  EXPECT_EQ(assignTo(id, 0), Assign::Gone);  // already placed: the credit comes back
  EXPECT_EQ(slot(0).credits.load(), 3);
  toPending(id);  // not pending any more: ignored
  EXPECT_TRUE(g_pending.empty());
  uint64_t other = leaseNew(6, 1, "inbound", Endpoint{}, Endpoint{});
  toPending(other);
  EXPECT_EQ(g_pending.back(), other);
}

// The invariants, after every step of a long random walk over the transitions: per
// worker, credits + queued == the limit (no pick in flight), queued and open equal the
// leases in those states, every pending id names a pending lease, nothing negative.
TEST_F(LeaseTest, InvariantsHoldOverARandomWalk) {
  std::mt19937 rng(18);
  constexpr int kWorkers = 3;
  for (int i = 0; i < kWorkers; i++) test::registerWorker(i);
  std::vector<uint64_t> ids;
  auto check = [&](int step) {
    for (int i = 0; i < kWorkers; i++) {
      int queued = 0;
      int open = 0;
      for (auto& [id, l] : g_leases) {
        if (l.worker != i) continue;
        if (l.state == LeaseState::Queued) queued++;
        if (l.state == LeaseState::Delivered) open++;
      }
      ASSERT_EQ(slot(i).queued.load(), queued) << "step " << step;
      ASSERT_EQ(slot(i).open.load(), open) << "step " << step;
      ASSERT_EQ(slot(i).credits.load() + queued, 4) << "step " << step;
    }
    for (uint64_t id : g_pending) {
      const Lease* l = lease(id);
      ASSERT_TRUE(l == nullptr || (l->state == LeaseState::Pending && l->worker == -1)) << "step " << step;
    }
  };
  // refuse stays off around flushPending: a refused post of a lease to a worker that is
  // still active would be placed on it again and again (see native/README.md).
  for (int step = 0; step < 5000; step++) {
    int w = static_cast<int>(rng() % kWorkers);
    switch (rng() % 8) {
      case 0:
      case 1: {
        int p = pickWorker();
        // Now and then the handoff is refused as if the channel closed at that moment.
        g_seams.refuse = rng() % 8 == 0;
        if (p >= 0) ids.push_back(handoffNew(p, 100 + step, 1, "outbound", Endpoint{}, Endpoint{}));
        g_seams.refuse = false;
        break;
      }
      case 2:
      case 3:
        if (!g_seams.posted.empty()) {
          HandoffItem it = g_seams.posted[rng() % g_seams.posted.size()];
          Lease l;
          deliver(it, l);
        }
        break;
      case 4:
        if (!ids.empty()) releaseLease(ids[rng() % ids.size()]);
        break;
      case 5:
        flushPending();
        break;
      case 6:
        if (rng() % 4 == 0) {  // a worker dies and is replaced
          test::closeWorker(w);
          test::removeWorker(w);
          test::registerWorker(w);
        } else if (!g_seams.posted.empty()) {
          requeueItem(g_seams.posted[rng() % g_seams.posted.size()]);
        }
        break;
      case 7:
        if (!ids.empty()) {
          uint64_t id = ids[rng() % ids.size()];
          releaseLease(id);
          releaseLease(id);  // released exactly once, however often asked
        }
        break;
    }
    check(step);
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace zts
