// The HTTP/2 half of a native HBONE session (no TLS, no N-API, no epoll): one nghttp2
// session fed with the peer's decrypted bytes, producing the bytes to encrypt, and moving
// each CONNECT stream's DATA to and from its local socket. Two roles, one data phase:
// - server: the peer opens CONNECT streams (onRequest); accept() answers 200 and binds the
//   upstream socket;
// - client: request() opens a CONNECT stream (the caller's tag names it); onResponse reports
//   the answer; bind() then joins the stream to the local socket (the proxied client).
// In both, "upstream" below is that local socket, and the "peer" the other HBONE end.
// Decisions (accept, refuse, reset, drain) come from outside (TypeScript, through
// hbone.cc; the fuzzer in fuzz/native/); this file only frames and moves bytes.
//
// Flow control (SPEC.md §3): nghttp2's automatic WINDOW_UPDATE is off; a DATA chunk is
// consumed (nghttp2_session_consume → WINDOW_UPDATE once half a window is consumed) only
// when it was written to the upstream socket, so a slow upstream closes the client's
// stream window and then the connection window. Upstream → client: the data provider
// reads the upstream socket straight into nghttp2's frame buffer (up to the peer's max
// frame size and the windows), deferring on EAGAIN until the socket is readable again.
// Half-close: the client's END_STREAM becomes shutdown(upstream, SHUT_WR) once its bytes
// are written; upstream EOF becomes END_STREAM. An upstream error resets the stream
// (RST_STREAM), a stream reset by the peer resets the upstream (SO_LINGER 0).
#pragma once
#include <nghttp2/nghttp2.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace zts {

struct H2Config {
  uint32_t maxConcurrentStreams = 200;
  uint32_t streamWindow = 4 << 20;
  uint32_t connectionWindow = 16 << 20;
  uint32_t frameSize = 1 << 20;
  bool client = false;
};

// One stream the peer opened (HEADERS seen).
struct H2Stream {
  int32_t id = 0;
  uint32_t tag = 0;       // the owner's name for it: the stream id (server), the caller's tag (client)
  int status = 0;         // client: the response's :status (0 before it)
  bool responded = false;  // client: onResponse was called
  int upstream = -1;      // the local socket (owned), -1 before accept/bind
  bool requested = false;  // onRequest was called (so onStreamEnd will be)
  bool accepted = false;
  bool answered = false;  // a response (200 or refusal) was submitted
  std::string toUp;       // client → upstream bytes not yet written (consumed once written)
  std::string fromUp;     // bytes read from the upstream before the hand-over, sent first
  size_t toUpOff = 0;
  bool clientEnded = false;  // END_STREAM from the peer seen (the HBONE client, or the server in the client role)
  bool upShut = false;       // shutdown(upstream, SHUT_WR) done
  bool upEof = false;        // upstream EOF read (END_STREAM sent or queued)
  bool deferred = false;     // the data provider is waiting for the upstream to be readable
  bool upError = false;      // the upstream failed: reset it at the end
  bool h2Closed = false;     // nghttp2 closed it cleanly while bytes still wait for the upstream
  int upErrno = 0;
  uint64_t up = 0;    // bytes written to upstream
  uint64_t down = 0;  // bytes read from upstream into DATA frames
  uint64_t postedUp = 0;
  uint64_t postedDown = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  size_t headerBytes = 0;
};

// What the session tells its owner. Called from inside recv()/send()/the command methods.
class H2Hooks {
 public:
  virtual ~H2Hooks() = default;
  // A complete request header block (the stream waits for accept/respond/reset).
  virtual void onRequest(H2Stream& s) = 0;
  // The stream is gone (nghttp2 closed it): code is the RST_STREAM/GOAWAY error code or 0.
  // Called once for every stream onRequest was called for, before its upstream fd is closed.
  virtual void onStreamEnd(H2Stream& s, uint32_t code) = 0;
  // nghttp2 refused a stream past SETTINGS_MAX_CONCURRENT_STREAMS itself (REFUSED_STREAM, or
  // the connection error it becomes once the client acknowledged the setting).
  virtual void onLimitRefused(int32_t id) = 0;
  // Client role: the response HEADERS of a request (final status in s.status).
  virtual void onResponse(H2Stream&) {}
  // The peer's first SETTINGS frame (client role: the server accepted our certificate).
  virtual void onSettings() {}
  // The peer's GOAWAY.
  virtual void onGoaway(int32_t /*lastStream*/, uint32_t /*code*/) {}
};

class H2Server {
 public:
  H2Server(const H2Config& cfg, H2Hooks* hooks);
  ~H2Server();
  H2Server(const H2Server&) = delete;
  H2Server& operator=(const H2Server&) = delete;

  bool ok() const { return session_ != nullptr; }
  // Peer bytes (decrypted). False: a fatal error, the session must end (after send()).
  bool recv(const uint8_t* data, size_t len);
  // Appends frames to `out` while it holds less than `limit`. False: fatal.
  bool send(std::string& out, size_t limit);
  // Neither more to read nor to write (GOAWAY exchanged and streams done, or fatal).
  bool finished() const;

  // Answers. Each returns false when the stream is unknown or already answered (an
  // `upstream` handed in is then closed here).
  bool accept(int32_t id, int upstream, std::string initial = std::string());
  bool respond(int32_t id, int status);
  bool reset(int32_t id, uint32_t code);
  // Client role. request(): a CONNECT with these fields (pseudo-headers first), named `tag`;
  // false when it cannot be submitted. bind(): after a response, the stream's bytes flow to
  // and from `upstream` (owned from here on, closed here on false); `initial` goes first.
  bool request(uint32_t tag, const std::vector<std::pair<std::string, std::string>>& headers);
  bool bind(uint32_t tag, int upstream, std::string initial = std::string());
  // The stream id a tag names (the tag itself on a server), 0 when unknown.
  int32_t idOf(uint32_t tag) const;
  // Graceful drain: GOAWAY(last stream seen, NO_ERROR); open streams run to their end.
  void goaway();
  // The upstream socket of a stream became readable / writable.
  void upstreamReadable(int32_t id);
  void upstreamWritable(int32_t id);
  // Ends every stream (their upstreams reset) without frames: the session is going away.
  void abortAll();

  H2Stream* find(int32_t id);
  std::unordered_map<int32_t, H2Stream*>& streams() { return streams_; }
  const char* lastError() const { return lastError_; }

  // nghttp2 callbacks (public for the C trampolines in hbone_h2.cc).
  int onBeginHeaders(const nghttp2_frame* f);
  int onHeader(const nghttp2_frame* f, const uint8_t* name, size_t namelen, const uint8_t* value, size_t valuelen);
  int onFrameRecv(const nghttp2_frame* f);
  int onDataChunk(uint8_t flags, int32_t id, const uint8_t* data, size_t len);
  int onStreamClose(int32_t id, uint32_t code);
  int onInvalidFrame(const nghttp2_frame* f, int libError);
  int onFrameNotSent(const nghttp2_frame* f, int libError);
  ssize_t readUpstream(int32_t id, uint8_t* buf, size_t len, uint32_t* flags);

 private:
  void flushUp(H2Stream& s);
  void closeUpstream(H2Stream& s, bool resetIt);
  void endStream(H2Stream& s, uint32_t code, bool resetUpstream);
  void lingerEnd(H2Stream& s);

  H2Config cfg_;
  H2Hooks* hooks_;
  nghttp2_session* session_ = nullptr;
  std::unordered_map<int32_t, H2Stream*> streams_;
  std::unordered_map<uint32_t, int32_t> tags_;  // client role: tag → stream id
  bool settingsSeen_ = false;
  size_t lingering_ = 0;  // streams with h2Closed
  const char* lastError_ = nullptr;
};

// The file the running nghttp2 comes from (the node executable when built without -lnghttp2).
std::string h2RuntimeHome();

}  // namespace zts
