// Optional DPDK eventdev backend of the dlb policy (compiled only when binding.gyp finds
// libdpdk, with -DZTS_EVENTDEV). The acceptor puts each accepted connection's lease id
// in an event on one unordered (RTE_SCHED_TYPE_PARALLEL) queue; the event device
// schedules it to one of the worker ports (port p = native worker id p); the acceptor
// dequeues every port on the workers' behalf and hands the lease to that worker through
// core.cc exactly as the software pick does (credit, queued → open, lease).
#pragma once
#include <string>

namespace zts::evdev {

struct Status {
  bool active = false;
  std::string device;  // e.g. "event_sw0"
  std::string error;   // why it is not active (empty when active)
};

// Brings up EAL (once per process, no hugepages, no PCI) and (re)configures `vdev` with
// `ports` worker ports plus one producer port. Any thread; the acceptor must be idle
// (the pool is starting). Returns the resulting status.
Status enable(const std::string& vdev, int ports);
// Back to the software pick (the device stays configured).
void disable();
Status status();
bool active();

// Acceptor thread only. Queues one lease to the device; false if the device took
// nothing (full, or no worker port linked): the caller uses the software pick.
bool submit(uint64_t leaseId);
// Acceptor thread only. Runs the device until everything submitted has come out of a
// worker port and was handed off (or, if no worker could take it, moved to pending).
void drain();
// Submitted leases not yet out of the device (the acceptor keeps running drain()).
bool busy();

}  // namespace zts::evdev
