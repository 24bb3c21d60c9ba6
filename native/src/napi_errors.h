// One shape for a failed syscall thrown into JavaScript, as Node's own errors: message
// "<what>: <strerror>", errno (negative, as libuv), code (EADDRINUSE, …) and syscall.
#pragma once

#include <napi.h>
#include <uv.h>

#include <cstring>
#include <string>

namespace zts {

/** `err` is a positive errno. */
inline Napi::Error sysError(Napi::Env env, int err, const std::string& what) {
  Napi::Error e = Napi::Error::New(env, what + ": " + std::strerror(err));
  e.Set("errno", Napi::Number::New(env, -err));
  e.Set("code", Napi::String::New(env, uv_err_name(-err)));
  e.Set("syscall", Napi::String::New(env, what));
  return e;
}

}  // namespace zts
