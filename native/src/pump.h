// The splice(2) pump: moves bytes between two connected TCP sockets kernel to kernel
// (socket → pipe → socket, one pipe per direction) on the addon's own epoll thread.
// Byte moving and syscalls only: when to start, stop or reset is decided in TypeScript.
#pragma once
#include <napi.h>

namespace zts {

// pumpStart, pumpStop, dupFd on `exports`.
void registerPump(Napi::Env env, Napi::Object exports);

}  // namespace zts
