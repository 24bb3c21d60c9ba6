// The native HBONE server data phase (docs/NATIVE-HBONE.md): TLS through OpenSSL (Node's own
// copy, resolved at load time) and HTTP/2 through nghttp2 (Node's copy, built against Debian's
// header) on the addon's HBONE thread. Every decision — which certificate, who the peer is,
// which CONNECT is allowed and where it goes, limits, drain — is made in TypeScript
// (src/tunnel/native-server.ts); this moves bytes and reports.
#pragma once
#include <napi.h>

namespace zts {

// hboneTlsContext, hboneStart, hboneAccept, hboneRespond, hboneReset, hboneGoaway, hboneClose,
// hboneCount, hboneVersions on `exports`.
void registerHbone(Napi::Env env, Napi::Object exports);

}  // namespace zts
