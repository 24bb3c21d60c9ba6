// Each balancing policy's pick on crafted loads, through the one interface (Balancer).
// Local slots and settings: nothing here touches core.cc's process-wide state.
#include <gtest/gtest.h>

#include <initializer_list>
#include <vector>

#include "../src/policy/policy.h"
#include "seams.h"

namespace zts {
namespace {

constexpr int64_t kMs = 1'000'000;

class PolicyTest : public ::testing::Test {
 protected:
  void SetUp() override { test::useFakeClock(); }

  // Worker i: active with `load` open connections and `credits` credits.
  void worker(int i, int load, int credits = 8, SlotState st = SlotState::Active) {
    slots[i].state = static_cast<int>(st);
    slots[i].open = load;
    slots[i].queued = 0;
    slots[i].credits = credits;
    if (bound.load() < i + 1) bound = i + 1;
  }

  // Workers 0, 1, … active with these loads.
  void loads(std::initializer_list<int> l) {
    int i = 0;
    for (int load : l) worker(i++, load);
  }

  // Workers 0..n-1 active and idle.
  void idle(int n) {
    for (int i = 0; i < n; i++) worker(i, 0);
  }

  // `n` picks, each credit handed back at once (the loads stay as crafted).
  std::vector<int> picks(Balancer& b, int n) {
    std::vector<int> out;
    for (int k = 0; k < n; k++) {
      int w = b.pick(view);
      out.push_back(w);
      if (w >= 0) slots[w].credits++;
    }
    return out;
  }

  WorkerSlot slots[8];
  std::atomic<int> bound{0};
  std::atomic<int64_t> stuckNs{100 * kMs};
  std::atomic<int> rotate{1};
  PickView view{slots, &bound, &stuckNs, &rotate};
  TieTurn turn;
};

using V = std::vector<int>;

TEST_F(PolicyTest, DlbPicksTheLeastLoadedAndReservesOneOfItsCredits) {
  auto dlb = makeDlb(turn);
  loads({3, 1, 2});
  EXPECT_EQ(dlb->pick(view), 1);
  EXPECT_EQ(slots[1].credits.load(), 7);
  EXPECT_EQ(slots[0].credits.load(), 8);
}

TEST_F(PolicyTest, DlbCountsQueuedHandoffsAsLoad) {
  auto dlb = makeDlb(turn);
  loads({1, 0});
  slots[1].queued = 2;
  EXPECT_EQ(dlb->pick(view), 0);
}

TEST_F(PolicyTest, BusyTiesGoToTheLowestIndexEvenWhenIdleTiesRotate) {
  auto dlb = makeDlb(turn);
  loads({2, 1, 1});
  EXPECT_EQ(picks(*dlb, 4), (V{1, 1, 1, 1}));
}

TEST_F(PolicyTest, IdleTiesRotateRoundTheIdleWorkers) {
  auto dlb = makeDlb(turn);
  idle(3);
  EXPECT_EQ(picks(*dlb, 4), (V{0, 1, 2, 0}));
}

TEST_F(PolicyTest, IdleTiesWithLowestAlwaysGoToWorkerZero) {
  auto dlb = makeDlb(turn);
  rotate = 0;
  idle(3);
  EXPECT_EQ(picks(*dlb, 3), (V{0, 0, 0}));
}

TEST_F(PolicyTest, IdleTieTurnsSkipBusyWorkers) {
  auto dlb = makeDlb(turn);
  loads({0, 4, 0});
  // Turn 1 lands on the busy worker 1: the first idle one from there is 2.
  EXPECT_EQ(picks(*dlb, 3), (V{0, 2, 2}));
}

TEST_F(PolicyTest, IdleTieTurnsCountOnlyLiveWorkers) {
  auto dlb = makeDlb(turn);
  worker(0, 0);
  worker(1, 0, 8, SlotState::Free);  // exited: its slot stays in range
  worker(2, 0);
  EXPECT_EQ(picks(*dlb, 4), (V{0, 2, 0, 2}));
}

TEST_F(PolicyTest, AStuckWorkerIsPassedOver) {
  auto dlb = makeDlb(turn);
  worker(0, 0, 0);
  slots[0].dryNs = test::g_fakeNs - 200 * kMs;  // dry longer than stuckNs
  worker(1, 5);
  EXPECT_EQ(dlb->pick(view), 1);
}

TEST_F(PolicyTest, ABusyWorkerDryForMomentsIsWaitedFor) {
  auto dlb = makeDlb(turn);
  worker(0, 0, 0);
  slots[0].dryNs = test::g_fakeNs - 10 * kMs;
  worker(1, 5);
  EXPECT_EQ(dlb->pick(view), -1);
  EXPECT_EQ(slots[1].credits.load(), 8);
}

TEST_F(PolicyTest, TakingTheLastCreditStartsTheDryClock) {
  auto dlb = makeDlb(turn);
  worker(0, 0, 1);
  EXPECT_EQ(dlb->pick(view), 0);
  EXPECT_EQ(slots[0].credits.load(), 0);
  EXPECT_EQ(slots[0].dryNs.load(), test::g_fakeNs);
}

TEST_F(PolicyTest, NoActiveWorkerNoPick) {
  auto dlb = makeDlb(turn);
  auto exact = makeExact(turn);
  auto rr = makeRr();
  EXPECT_EQ(dlb->pick(view), -1);  // none registered
  EXPECT_EQ(rr->pick(view), -1);
  worker(0, 0, 8, SlotState::Closing);
  worker(1, 0, 8, SlotState::Free);
  EXPECT_EQ(dlb->pick(view), -1);
  EXPECT_EQ(exact->pick(view), -1);
  EXPECT_EQ(rr->pick(view), -1);
}

TEST_F(PolicyTest, CreditsBoundHowManyPicksAWorkerGets) {
  auto dlb = makeDlb(turn);
  auto rr = makeRr();
  worker(0, 0, 2);
  EXPECT_EQ(dlb->pick(view), 0);
  EXPECT_EQ(rr->pick(view), 0);
  EXPECT_EQ(slots[0].credits.load(), 0);
  EXPECT_EQ(rr->pick(view), -1);
  EXPECT_EQ(dlb->pick(view), -1);  // dry, not yet stuck: wait
  test::g_fakeNs += 200 * kMs;
  EXPECT_EQ(dlb->pick(view), -1);  // stuck, and nobody else
  EXPECT_EQ(slots[0].credits.load(), 0);
}

TEST_F(PolicyTest, DlbGiveBackReturnsTheIdleTieTurn) {
  auto dlb = makeDlb(turn);
  idle(2);
  EXPECT_EQ(dlb->pick(view), 0);
  slots[0].credits++;
  dlb->giveBack();
  EXPECT_EQ(dlb->pick(view), 0);
  slots[0].credits++;
  EXPECT_EQ(dlb->pick(view), 1);
}

TEST_F(PolicyTest, ExactPicksAsDlbDoes) {
  auto exact = makeExact(turn);
  loads({3, 1, 1});
  EXPECT_EQ(picks(*exact, 2), (V{1, 1}));
  slots[1].open = 0;
  slots[2].open = 0;
  slots[0].open = 0;
  EXPECT_EQ(picks(*exact, 3), (V{0, 1, 2}));
}

TEST_F(PolicyTest, DlbAndExactShareTheIdleTieTurn) {
  auto dlb = makeDlb(turn);
  auto exact = makeExact(turn);
  idle(3);
  EXPECT_EQ(picks(*dlb, 1), (V{0}));
  EXPECT_EQ(picks(*exact, 1), (V{1}));
  EXPECT_EQ(picks(*dlb, 1), (V{2}));
}

TEST_F(PolicyTest, ExactGiveBackReturnsTheIdleTieTurn) {
  auto exact = makeExact(turn);
  idle(2);
  EXPECT_EQ(exact->pick(view), 0);
  slots[0].credits++;
  exact->giveBack();
  EXPECT_EQ(picks(*exact, 2), (V{0, 1}));
}

TEST_F(PolicyTest, RrGoesRoundWhateverTheLoads) {
  auto rr = makeRr();
  loads({9, 0, 0});
  EXPECT_EQ(picks(*rr, 4), (V{0, 1, 2, 0}));
}

TEST_F(PolicyTest, RrSkipsWorkersThatTakeNoWork) {
  auto rr = makeRr();
  worker(0, 0);
  worker(1, 0, 0);                      // no credits
  worker(2, 0, 8, SlotState::Closing);  // closing
  worker(3, 0);
  EXPECT_EQ(picks(*rr, 3), (V{0, 3, 0}));
}

TEST_F(PolicyTest, RrIgnoresTheTieSetting) {
  auto rr = makeRr();
  rotate = 0;
  idle(2);
  EXPECT_EQ(picks(*rr, 3), (V{0, 1, 0}));
}

TEST_F(PolicyTest, RrGiveBackReturnsTheTurn) {
  auto rr = makeRr();
  worker(0, 0);
  worker(1, 0, 0);
  worker(2, 0);
  EXPECT_EQ(rr->pick(view), 0);
  slots[0].credits++;
  rr->giveBack();
  EXPECT_EQ(rr->pick(view), 0);
  slots[0].credits++;
  EXPECT_EQ(rr->pick(view), 2);  // the cursor walked past worker 1 in one pick
  slots[2].credits++;
  rr->giveBack();
  EXPECT_EQ(rr->pick(view), 2);
}

}  // namespace
}  // namespace zts
