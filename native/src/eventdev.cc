// DPDK eventdev backend (see eventdev.h). Every device call runs under g_evMu, and only
// the acceptor thread calls submit/drain, so each event port is used by one thread at a
// time as DPDK requires. The device never holds an event while the acceptor sleeps:
// drain() runs it (the event_sw scheduler is a DPDK service, iterated here on the
// acceptor thread; event_dsw schedules inside enqueue/dequeue) until every submitted
// lease has come out of a worker port.
#include "eventdev.h"

#include <pthread.h>
#include <rte_bus_vdev.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_eventdev.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_service.h>

#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

#include "core.h"

namespace zts::evdev {

constexpr int kMaxPorts = 63;  // + the producer port: 64, the most event_sw/event_dsw offer

static std::mutex g_evMu;
static bool g_ealTried = false;
static std::string g_ealError;
static std::atomic<bool> g_active{false};
static std::string g_device;
static std::string g_error = "not enabled";
static int g_dev = -1;
static int g_ports = 0;  // worker ports 0..g_ports-1; producer port g_ports
static uint64_t g_caps = 0;
static bool g_hasService = false;
static uint32_t g_serviceId = 0;
static std::vector<bool> g_linked;
static int g_inflight = 0;
static thread_local bool t_registered = false;

// EAL in-process: no hugepages (anonymous memory), no PCI scan, no shared config files
// (several processes may each run one), no telemetry socket, only lcore 0. Its logs go
// to a memory stream so a failure can say why.
static std::string startEal() {
  char* logBuf = nullptr;
  size_t logLen = 0;
  FILE* log = open_memstream(&logBuf, &logLen);
  if (log != nullptr) rte_openlog_stream(log);
  const char* argv[] = {"ztunnel-ts", "--no-huge", "--no-pci", "-m", "64", "--no-shconf", "--no-telemetry",
                        "--iova-mode=va", "-l", "0"};
  int rc = -1;
  int err = 0;
  // rte_eal_init pins its calling thread to lcore 0's CPU: call it from a throwaway
  // thread so no Node thread is pinned.
  std::thread([&] {
    rc = rte_eal_init(sizeof argv / sizeof *argv, const_cast<char**>(argv));
    err = rte_errno;
  }).join();
  rte_openlog_stream(nullptr);
  std::string text;
  if (log != nullptr) {
    fclose(log);
    text.assign(logBuf, logLen);
    free(logBuf);
  }
  if (rc >= 0) {
    rte_log_set_global_level(RTE_LOG_WARNING);
    return "";
  }
  // The last EAL line usually names the cause (no memory, a bad option, ...).
  while (!text.empty() && text.back() == '\n') text.pop_back();
  size_t nl = text.rfind('\n');
  std::string last = nl == std::string::npos ? text : text.substr(nl + 1);
  return std::string("rte_eal_init failed: ") + rte_strerror(err) + (last.empty() ? "" : " (" + last + ")");
}

static std::string fail(const char* what, int rc) {
  return std::string(what) + " failed: " + rte_strerror(rc < 0 ? -rc : rc);
}

// Call with g_evMu held.
static std::string setup(const std::string& vdev, int ports) {
  // One event device per process: EAL's 64 MB (no hugepages) holds one, and a driver
  // that cannot allocate its private data panics (aborts the process) instead of failing.
  if (!g_device.empty() && g_device != vdev)
    return "this process already uses event device " + g_device + " (one per process)";
  int dev = rte_event_dev_get_dev_id(vdev.c_str());
  if (dev < 0) {
    int rc = rte_vdev_init(vdev.c_str(), "");
    if (rc < 0) return fail(("rte_vdev_init(" + vdev + ")").c_str(), rc);
    dev = rte_event_dev_get_dev_id(vdev.c_str());
    if (dev < 0) return vdev + " is not an event device";
    g_device = vdev;
  } else {
    rte_event_dev_stop(dev);
  }
  rte_event_dev_info info;
  if (rte_event_dev_info_get(dev, &info) != 0) return "rte_event_dev_info_get failed";
  if (ports + 1 > static_cast<int>(info.max_event_ports)) ports = static_cast<int>(info.max_event_ports) - 1;
  rte_event_dev_config c{};
  c.nb_event_queues = 1;
  c.nb_event_ports = static_cast<uint8_t>(ports + 1);
  c.nb_events_limit = info.max_num_events < 4096 ? info.max_num_events : 4096;
  c.nb_event_queue_flows = info.max_event_queue_flows < 1024 ? info.max_event_queue_flows : 1024;
  c.nb_event_port_dequeue_depth = info.max_event_port_dequeue_depth < 32 ? info.max_event_port_dequeue_depth : 32;
  c.nb_event_port_enqueue_depth = info.max_event_port_enqueue_depth < 64 ? info.max_event_port_enqueue_depth : 64;
  c.dequeue_timeout_ns = info.min_dequeue_timeout_ns;
  int rc = rte_event_dev_configure(dev, &c);
  if (rc < 0) return fail("rte_event_dev_configure", rc);
  rte_event_queue_conf qc;
  rte_event_queue_default_conf_get(dev, 0, &qc);
  // Unordered: any worker may take any connection (Intel DLB's "unordered" queue type).
  qc.schedule_type = RTE_SCHED_TYPE_PARALLEL;
  qc.event_queue_cfg = 0;
  qc.nb_atomic_flows = c.nb_event_queue_flows;
  rc = rte_event_queue_setup(dev, 0, &qc);
  if (rc < 0) return fail("rte_event_queue_setup(parallel)", rc);
  for (int p = 0; p <= ports; p++) {
    rte_event_port_conf pc;
    rte_event_port_default_conf_get(dev, static_cast<uint8_t>(p), &pc);
    pc.new_event_threshold = static_cast<int32_t>(c.nb_events_limit);
    pc.dequeue_depth = c.nb_event_port_dequeue_depth;
    pc.enqueue_depth = c.nb_event_port_enqueue_depth;
    rc = rte_event_port_setup(dev, static_cast<uint8_t>(p), &pc);
    if (rc < 0) return fail("rte_event_port_setup", rc);
  }
  g_caps = info.event_dev_cap;
  g_linked.assign(static_cast<size_t>(ports), false);
  // Every worker port is linked to start with (event_sw will not start a queue no port
  // serves); where the device links at run time, syncLinks then unlinks the ports of
  // workers not taking work. Elsewhere a pick that lands on such a port is re-submitted
  // (see drain).
  for (int p = 0; p < ports; p++) {
    uint8_t q = 0;
    if (rte_event_port_link(dev, static_cast<uint8_t>(p), &q, nullptr, 1) != 1) return "rte_event_port_link failed";
    g_linked[static_cast<size_t>(p)] = true;
  }
  g_hasService = rte_event_dev_service_id_get(dev, &g_serviceId) == 0;
  if (g_hasService) {
    rte_service_runstate_set(g_serviceId, 1);
    // Run by the acceptor thread (rte_service_run_iter_on_app_lcore), not a service lcore.
    rte_service_set_runstate_mapped_check(g_serviceId, 0);
  }
  rc = rte_event_dev_start(dev);
  if (rc < 0) return fail("rte_event_dev_start", rc);
  g_dev = dev;
  g_ports = ports;
  g_inflight = 0;
  return "";
}

Status enable(const std::string& vdev, int ports) {
  std::lock_guard<std::mutex> lock(g_evMu);
  if (!g_ealTried) {
    g_ealTried = true;
    g_ealError = startEal();
  }
  g_active = false;
  if (!g_ealError.empty()) {
    g_error = g_ealError;
    return {false, vdev, g_error};
  }
  if (ports < 1) ports = 1;
  if (ports > kMaxPorts) ports = kMaxPorts;
  g_error = setup(vdev, ports);
  g_active = g_error.empty();
  return {g_active.load(), vdev, g_error};
}

void disable() {
  std::lock_guard<std::mutex> lock(g_evMu);
  g_active = false;
  g_error = "not enabled";
}

Status status() {
  std::lock_guard<std::mutex> lock(g_evMu);
  return {g_active.load(), g_device, g_active ? "" : g_error};
}

bool active() { return g_active.load(std::memory_order_relaxed); }

// Call with g_evMu held, on the acceptor thread: link the ports of workers that take
// work, unlink the others (only where the device links at run time).
static int syncLinks() {
  bool runtimeLink = (g_caps & RTE_EVENT_DEV_CAP_RUNTIME_PORT_LINK) != 0;
  int linked = 0;
  for (int p = 0; p < g_ports; p++) {
    bool want = g_workers[p].state.load(std::memory_order_acquire) == static_cast<int>(SlotState::Active);
    if (runtimeLink && want != g_linked[static_cast<size_t>(p)]) {
      uint8_t q = 0;
      int rc = want ? rte_event_port_link(g_dev, static_cast<uint8_t>(p), &q, nullptr, 1)
                    : rte_event_port_unlink(g_dev, static_cast<uint8_t>(p), &q, 1);
      if (rc == 1) g_linked[static_cast<size_t>(p)] = want;
    }
    if (g_linked[static_cast<size_t>(p)] && want) linked++;
  }
  return linked;
}

static bool enqueue(uint64_t leaseId, uint8_t tries) {
  rte_event ev{};
  ev.op = RTE_EVENT_OP_NEW;
  ev.queue_id = 0;
  ev.sched_type = RTE_SCHED_TYPE_PARALLEL;
  ev.event_type = RTE_EVENT_TYPE_CPU;
  ev.sub_event_type = tries;
  // A new flow id per try: a flow-hashing device (event_dsw) would otherwise send a
  // re-submitted lease back to the same port.
  ev.flow_id = static_cast<uint32_t>((leaseId * 2654435761u + tries * 40503u) & 0xFFFFF);
  ev.priority = RTE_EVENT_DEV_PRIORITY_NORMAL;
  ev.u64 = leaseId;
  if (rte_event_enqueue_burst(static_cast<uint8_t>(g_dev), static_cast<uint8_t>(g_ports), &ev, 1) != 1) return false;
  g_inflight++;
  return true;
}

static void ensureRegistered() {
  if (t_registered) return;
  // rte_service_run_iter_on_app_lcore indexes per-lcore state: the acceptor needs an
  // lcore id of its own.
  t_registered = rte_thread_register() == 0;
}

bool submit(uint64_t leaseId) {
  std::lock_guard<std::mutex> lock(g_evMu);
  if (!g_active.load() || g_dev < 0) return false;
  ensureRegistered();
  if (g_hasService && !t_registered) return false;
  if (syncLinks() == 0) return false;
  return enqueue(leaseId, 0);
}

void drain() {
  std::lock_guard<std::mutex> lock(g_evMu);
  if (g_dev < 0 || g_inflight == 0) return;
  ensureRegistered();
  const uint8_t dev = static_cast<uint8_t>(g_dev);
  const bool maintain = (g_caps & RTE_EVENT_DEV_CAP_MAINTENANCE_FREE) == 0;
  for (int spin = 0; g_inflight > 0 && spin < 100000; spin++) {
    if (g_hasService && t_registered) rte_service_run_iter_on_app_lcore(g_serviceId, 1);
    if (maintain) rte_event_maintain(dev, static_cast<uint8_t>(g_ports), 0);
    for (int p = 0; p < g_ports; p++) {
      rte_event evs[32];
      uint16_t n = rte_event_dequeue_burst(dev, static_cast<uint8_t>(p), evs, 32, 0);
      for (uint16_t i = 0; i < n; i++) {
        g_inflight--;
        uint64_t id = evs[i].u64;
        Assign r = assignTo(id, p);
        if (r != Assign::NotEligible) continue;
        // The device picked a worker that takes no work now (no credits, closing, not
        // registered): let the device pick again, then give up to the software pick.
        uint8_t tries = evs[i].sub_event_type;
        if (tries >= 2 * g_ports || !enqueue(id, static_cast<uint8_t>(tries + 1))) toPending(id);
      }
    }
  }
}

bool busy() {
  std::lock_guard<std::mutex> lock(g_evMu);
  return g_inflight > 0;
}

}  // namespace zts::evdev
