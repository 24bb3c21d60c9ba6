// Unix SOCK_SEQPACKET helpers for ZDS (istio-cni ↔ node proxy, in-pod mode): Node's
// `net` speaks only SOCK_STREAM unix sockets and drops SCM_RIGHTS, so the ZDS client
// and the cni-stub test server use these. Kept apart from the DLB code on purpose.
#pragma once
#include <napi.h>

namespace zts {
void registerSeqpacket(Napi::Env env, Napi::Object exports);
}
