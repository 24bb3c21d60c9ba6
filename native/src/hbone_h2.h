// The HTTP/2 half of a native HBONE server session (no TLS, no N-API, no epoll): one
// nghttp2 server session fed with the peer's decrypted bytes, producing the bytes to
// encrypt, and moving each accepted CONNECT stream's DATA to and from its upstream socket.
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
};

// One stream the peer opened (HEADERS seen).
struct H2Stream {
  int32_t id = 0;
  int upstream = -1;      // the accepted upstream socket (owned), -1 before accept
  bool requested = false;  // onRequest was called (so onStreamEnd will be)
  bool accepted = false;
  bool answered = false;  // a response (200 or refusal) was submitted
  std::string toUp;       // client → upstream bytes not yet written (consumed once written)
  std::string fromUp;     // bytes read from the upstream before the hand-over, sent first
  size_t toUpOff = 0;
  bool clientEnded = false;  // END_STREAM from the client seen
  bool upShut = false;       // shutdown(upstream, SHUT_WR) done
  bool upEof = false;        // upstream EOF read (END_STREAM sent or queued)
  bool deferred = false;     // the data provider is waiting for the upstream to be readable
  bool upError = false;      // the upstream failed: reset it at the end
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
  ssize_t readUpstream(int32_t id, uint8_t* buf, size_t len, uint32_t* flags);

 private:
  void flushUp(H2Stream& s);
  void closeUpstream(H2Stream& s, bool resetIt);
  void endStream(H2Stream& s, uint32_t code, bool resetUpstream);

  H2Config cfg_;
  H2Hooks* hooks_;
  nghttp2_session* session_ = nullptr;
  std::unordered_map<int32_t, H2Stream*> streams_;
  const char* lastError_ = nullptr;
};

// The file the running nghttp2 comes from (the node executable when built without -lnghttp2).
std::string h2RuntimeHome();

}  // namespace zts
