// See hbone_h2.h.
#include "hbone_h2.h"

#include <dlfcn.h>
#include <errno.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace zts {

namespace {

// A request's header block: at most this many bytes (names + values) and fields; past that the
// stream is reset (nghttp2's own limit, 64 KiB of HPACK state, bounds the connection).
constexpr size_t kMaxHeaderBytes = 16 << 10;
constexpr size_t kMaxHeaders = 64;
// Upper bound of one DATA frame's payload read from an upstream (the peer's max frame
// size and the windows bound it further).
constexpr size_t kMaxDataFrame = 128 << 10;

H2Server* self(void* user) { return static_cast<H2Server*>(user); }

int cbBeginHeaders(nghttp2_session*, const nghttp2_frame* f, void* u) { return self(u)->onBeginHeaders(f); }
int cbHeader(nghttp2_session*, const nghttp2_frame* f, const uint8_t* name, size_t namelen, const uint8_t* value,
             size_t valuelen, uint8_t, void* u) {
  return self(u)->onHeader(f, name, namelen, value, valuelen);
}
int cbFrameRecv(nghttp2_session*, const nghttp2_frame* f, void* u) { return self(u)->onFrameRecv(f); }
int cbDataChunk(nghttp2_session*, uint8_t flags, int32_t id, const uint8_t* data, size_t len, void* u) {
  return self(u)->onDataChunk(flags, id, data, len);
}
int cbInvalidFrame(nghttp2_session*, const nghttp2_frame* f, int libError, void* u) {
  return self(u)->onInvalidFrame(f, libError);
}
int cbStreamClose(nghttp2_session*, int32_t id, uint32_t code, void* u) { return self(u)->onStreamClose(id, code); }
int cbFrameNotSent(nghttp2_session*, const nghttp2_frame* f, int libError, void* u) {
  return self(u)->onFrameNotSent(f, libError);
}
ssize_t cbReadLength(nghttp2_session*, uint8_t, int32_t, int32_t sessionWindow, int32_t streamWindow,
                     uint32_t maxFrame, void*) {
  int64_t n = std::min<int64_t>({static_cast<int64_t>(kMaxDataFrame), sessionWindow, streamWindow, maxFrame});
  return static_cast<ssize_t>(std::max<int64_t>(n, 1));
}
ssize_t cbRead(nghttp2_session*, int32_t id, uint8_t* buf, size_t len, uint32_t* flags, nghttp2_data_source*,
               void* u) {
  return self(u)->readUpstream(id, buf, len, flags);
}

bool isResetErr(int e) { return e == ECONNRESET || e == EPIPE || e == ECONNABORTED || e == ENOTCONN; }

}  // namespace

std::string h2RuntimeHome() {
  // Node exports nghttp2's session API but not nghttp2_version(): where the symbol lives
  // tells which copy runs (the node executable, not a libnghttp2.so).
  Dl_info di;
  if (dladdr(reinterpret_cast<void*>(&nghttp2_session_server_new2), &di) == 0 || di.dli_fname == nullptr) return "";
  return di.dli_fname;
}

H2Server::H2Server(const H2Config& cfg, H2Hooks* hooks) : cfg_(cfg), hooks_(hooks) {
  nghttp2_session_callbacks* cbs = nullptr;
  nghttp2_option* opt = nullptr;
  if (nghttp2_session_callbacks_new(&cbs) != 0) return;
  if (nghttp2_option_new(&opt) != 0) {
    nghttp2_session_callbacks_del(cbs);
    return;
  }
  nghttp2_session_callbacks_set_on_begin_headers_callback(cbs, cbBeginHeaders);
  nghttp2_session_callbacks_set_on_header_callback(cbs, cbHeader);
  nghttp2_session_callbacks_set_on_frame_recv_callback(cbs, cbFrameRecv);
  nghttp2_session_callbacks_set_on_data_chunk_recv_callback(cbs, cbDataChunk);
  nghttp2_session_callbacks_set_on_stream_close_callback(cbs, cbStreamClose);
  nghttp2_session_callbacks_set_data_source_read_length_callback(cbs, cbReadLength);
  nghttp2_session_callbacks_set_on_invalid_frame_recv_callback(cbs, cbInvalidFrame);
  nghttp2_session_callbacks_set_on_frame_not_send_callback(cbs, cbFrameNotSent);
  // Windows open as bytes reach the upstream (onDataChunk / flushUp), not as they arrive.
  nghttp2_option_set_no_auto_window_update(opt, 1);
  int rv = cfg_.client ? nghttp2_session_client_new2(&session_, cbs, this, opt)
                       : nghttp2_session_server_new2(&session_, cbs, this, opt);
  nghttp2_session_callbacks_del(cbs);
  nghttp2_option_del(opt);
  if (rv != 0) {
    session_ = nullptr;
    return;
  }
  uint32_t frame = std::min<uint32_t>(std::max<uint32_t>(cfg_.frameSize, 16384), 16777215);
  uint32_t window = std::min<uint32_t>(cfg_.streamWindow, 0x7fffffff);
  nghttp2_settings_entry iv[] = {
      {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, cfg_.maxConcurrentStreams},
      {NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, window},
      {NGHTTP2_SETTINGS_MAX_FRAME_SIZE, frame},
      {NGHTTP2_SETTINGS_ENABLE_PUSH, 0},
  };
  // ENABLE_PUSH=0 only from a client (a server has no business sending it).
  size_t n = sizeof iv / sizeof iv[0] - (cfg_.client ? 0 : 1);
  nghttp2_submit_settings(session_, NGHTTP2_FLAG_NONE, iv, n);
  int32_t conn = static_cast<int32_t>(std::min<uint32_t>(cfg_.connectionWindow, 0x7fffffff));
  nghttp2_session_set_local_window_size(session_, NGHTTP2_FLAG_NONE, 0, conn);
}

H2Server::~H2Server() {
  abortAll();
  if (session_ != nullptr) nghttp2_session_del(session_);
}

H2Stream* H2Server::find(int32_t id) {
  auto it = streams_.find(id);
  return it == streams_.end() ? nullptr : it->second;
}

bool H2Server::recv(const uint8_t* data, size_t len) {
  if (session_ == nullptr) return false;
  ssize_t n = nghttp2_session_mem_recv(session_, data, len);
  if (n < 0) {
    lastError_ = nghttp2_strerror(static_cast<int>(n));
    return false;
  }
  return true;
}

bool H2Server::send(std::string& out, size_t limit) {
  if (session_ == nullptr) return false;
  while (out.size() < limit) {
    const uint8_t* p = nullptr;
    ssize_t n = nghttp2_session_mem_send(session_, &p);
    if (n < 0) {
      lastError_ = nghttp2_strerror(static_cast<int>(n));
      return false;
    }
    if (n == 0) break;
    out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
  }
  return true;
}

bool H2Server::finished() const {
  return session_ == nullptr || (lingering_ == 0 && nghttp2_session_want_read(session_) == 0 &&
                                 nghttp2_session_want_write(session_) == 0);
}

int H2Server::onBeginHeaders(const nghttp2_frame* f) {
  if (f->hd.type != NGHTTP2_HEADERS || f->headers.cat != NGHTTP2_HCAT_REQUEST) return 0;
  if (find(f->hd.stream_id) != nullptr) return 0;
  if (cfg_.client) return 0;  // a server cannot open streams toward us (push is off)
  auto* s = new H2Stream();
  s->id = f->hd.stream_id;
  s->tag = static_cast<uint32_t>(s->id);
  streams_[s->id] = s;
  return 0;
}

int H2Server::onHeader(const nghttp2_frame* f, const uint8_t* name, size_t namelen, const uint8_t* value,
                       size_t valuelen) {
  if (cfg_.client) {
    // Only the response's :status matters to a CONNECT client (nghttp2 validated the block).
    // After a 1xx, nghttp2 files the final response under HCAT_HEADERS.
    if (f->hd.type != NGHTTP2_HEADERS || f->headers.cat == NGHTTP2_HCAT_REQUEST) return 0;
    H2Stream* s = find(f->hd.stream_id);
    if (s == nullptr || s->responded || namelen != 7 || std::memcmp(name, ":status", 7) != 0 || valuelen != 3) return 0;
    s->status = (value[0] - '0') * 100 + (value[1] - '0') * 10 + (value[2] - '0');
    return 0;
  }
  if (f->hd.type != NGHTTP2_HEADERS || f->headers.cat != NGHTTP2_HCAT_REQUEST) return 0;
  H2Stream* s = find(f->hd.stream_id);
  if (s == nullptr) return 0;
  s->headerBytes += namelen + valuelen;
  if (s->headerBytes > kMaxHeaderBytes || s->headers.size() >= kMaxHeaders) {
    // Resets this stream (RST_STREAM INTERNAL_ERROR); the connection goes on.
    return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
  }
  s->headers.emplace_back(std::string(reinterpret_cast<const char*>(name), namelen),
                          std::string(reinterpret_cast<const char*>(value), valuelen));
  return 0;
}

int H2Server::onFrameRecv(const nghttp2_frame* f) {
  if (f->hd.type == NGHTTP2_SETTINGS && (f->hd.flags & NGHTTP2_FLAG_ACK) == 0 && !settingsSeen_) {
    settingsSeen_ = true;
    hooks_->onSettings();
    return 0;
  }
  if (f->hd.type == NGHTTP2_GOAWAY) {
    hooks_->onGoaway(f->goaway.last_stream_id, f->goaway.error_code);
    return 0;
  }
  H2Stream* s = find(f->hd.stream_id);
  if (s == nullptr) return 0;
  bool endStream = (f->hd.flags & NGHTTP2_FLAG_END_STREAM) != 0;
  if (cfg_.client && f->hd.type == NGHTTP2_HEADERS) {
    if (endStream) s->clientEnded = true;
    // Informational (1xx) answers are skipped; the final one is reported once (trailers are not).
    if (!s->responded && s->status >= 200) {
      s->responded = true;
      hooks_->onResponse(*s);
    } else if (!s->responded) {
      s->status = 0;
    }
    if (endStream && s->accepted) flushUp(*s);
    return 0;
  }
  if (f->hd.type == NGHTTP2_HEADERS && f->headers.cat == NGHTTP2_HCAT_REQUEST) {
    if (endStream) s->clientEnded = true;
    if (!s->requested) {
      s->requested = true;
      hooks_->onRequest(*s);
    }
    return 0;
  }
  if (f->hd.type == NGHTTP2_DATA && endStream) {
    s->clientEnded = true;
    if (s->accepted) flushUp(*s);
  }
  return 0;
}

int H2Server::onDataChunk(uint8_t, int32_t id, const uint8_t* data, size_t len) {
  H2Stream* s = find(id);
  if (s == nullptr) {
    nghttp2_session_consume_connection(session_, len);
    return 0;
  }
  if (s->answered && !s->accepted) {
    // Refused or reset: the bytes go nowhere, the windows stay open.
    nghttp2_session_consume(session_, id, len);
    return 0;
  }
  s->toUp.append(reinterpret_cast<const char*>(data), len);
  if (s->accepted) flushUp(*s);
  return 0;
}

void H2Server::flushUp(H2Stream& s) {
  if (s.upstream < 0 || s.upError) return;
  while (s.toUpOff < s.toUp.size()) {
    ssize_t n = ::send(s.upstream, s.toUp.data() + s.toUpOff, s.toUp.size() - s.toUpOff, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n > 0) {
      s.toUpOff += static_cast<size_t>(n);
      s.up += static_cast<uint64_t>(n);
      nghttp2_session_consume(session_, s.id, static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;  // back-pressure: the window stays closed
    s.upError = true;
    s.upErrno = n < 0 ? errno : EPIPE;
    if (s.h2Closed) {
      lingerEnd(s);
      return;
    }
    nghttp2_submit_rst_stream(session_, NGHTTP2_FLAG_NONE, s.id, NGHTTP2_CANCEL);
    return;
  }
  // Drained: give the buffer back unless it is small.
  if (s.toUp.capacity() > (256 << 10)) std::string().swap(s.toUp);
  else s.toUp.clear();
  s.toUpOff = 0;
  if (s.clientEnded && !s.upShut) {
    s.upShut = true;
    if (shutdown(s.upstream, SHUT_WR) != 0 && !isResetErr(errno)) {
      s.upError = true;
      s.upErrno = errno;
      if (!s.h2Closed) nghttp2_submit_rst_stream(session_, NGHTTP2_FLAG_NONE, s.id, NGHTTP2_CANCEL);
    }
  }
  if (s.h2Closed) lingerEnd(s);
}

void H2Server::lingerEnd(H2Stream& s) {
  // nghttp2 closed it already (onStreamClose): its end is ours to make.
  lingering_--;
  bool clean = !s.upError && s.upEof && s.upShut;
  endStream(s, NGHTTP2_NO_ERROR, !clean);
}

ssize_t H2Server::readUpstream(int32_t id, uint8_t* buf, size_t len, uint32_t* flags) {
  H2Stream* s = find(id);
  if (s == nullptr) return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
  if (s->upstream < 0) {
    // Client role before bind(): nothing to send until the answer came and the socket is here.
    if (cfg_.client && !s->accepted && !s->answered) {
      s->deferred = true;
      return NGHTTP2_ERR_DEFERRED;
    }
    return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
  }
  if (!s->fromUp.empty()) {
    size_t n = std::min(len, s->fromUp.size());
    std::memcpy(buf, s->fromUp.data(), n);
    s->fromUp.erase(0, n);
    s->down += n;
    return static_cast<ssize_t>(n);
  }
  for (;;) {
    ssize_t n = ::recv(s->upstream, buf, len, MSG_DONTWAIT);
    if (n > 0) {
      s->down += static_cast<uint64_t>(n);
      return n;
    }
    if (n == 0) {
      s->upEof = true;
      *flags |= NGHTTP2_DATA_FLAG_EOF;
      return 0;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      s->deferred = true;
      return NGHTTP2_ERR_DEFERRED;
    }
    s->upError = true;
    s->upErrno = errno;
    return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;  // nghttp2 resets the stream (INTERNAL_ERROR)
  }
}

void H2Server::upstreamReadable(int32_t id) {
  H2Stream* s = find(id);
  if (s == nullptr || !s->deferred) return;
  s->deferred = false;
  nghttp2_session_resume_data(session_, id);
}

void H2Server::upstreamWritable(int32_t id) {
  H2Stream* s = find(id);
  if (s != nullptr && s->accepted) flushUp(*s);  // may end a lingering stream (s is gone then)
}

bool H2Server::accept(int32_t id, int upstream, std::string initial) {
  H2Stream* s = find(id);
  if (s == nullptr || s->answered || session_ == nullptr) {
    if (upstream >= 0) close(upstream);
    return false;
  }
  s->upstream = upstream;
  s->accepted = s->answered = true;
  s->fromUp = std::move(initial);
  nghttp2_nv nv[] = {{(uint8_t*)":status", (uint8_t*)"200", 7, 3, NGHTTP2_NV_FLAG_NONE}};
  nghttp2_data_provider prd;
  prd.source.ptr = nullptr;
  prd.read_callback = cbRead;
  if (nghttp2_submit_response(session_, id, nv, 1, &prd) != 0) {
    nghttp2_submit_rst_stream(session_, NGHTTP2_FLAG_NONE, id, NGHTTP2_INTERNAL_ERROR);
    return true;  // the fd is the stream's now; it closes with the stream
  }
  flushUp(*s);  // bytes the client sent before the answer, and an early END_STREAM
  return true;
}

bool H2Server::respond(int32_t id, int status) {
  H2Stream* s = find(id);
  if (s == nullptr || s->answered || session_ == nullptr || status < 100 || status > 999) return false;
  s->answered = true;
  char code[4];
  code[0] = static_cast<char>('0' + status / 100);
  code[1] = static_cast<char>('0' + (status / 10) % 10);
  code[2] = static_cast<char>('0' + status % 10);
  code[3] = 0;
  nghttp2_nv nv[] = {{(uint8_t*)":status", (uint8_t*)code, 7, 3, NGHTTP2_NV_FLAG_NO_COPY_NAME}};
  // No data provider: HEADERS with END_STREAM. Bytes the client already sent are dropped.
  nghttp2_session_consume(session_, id, s->toUp.size() - s->toUpOff);
  s->toUp.clear();
  s->toUpOff = 0;
  return nghttp2_submit_response(session_, id, nv, 1, nullptr) == 0;
}

bool H2Server::reset(int32_t id, uint32_t code) {
  H2Stream* s = find(id);
  if (s == nullptr || session_ == nullptr) return false;
  s->answered = true;
  bool ok = nghttp2_submit_rst_stream(session_, NGHTTP2_FLAG_NONE, id, code) == 0;
  // A client request whose HEADERS never left: nghttp2 drops it without a close callback.
  if (cfg_.client && nghttp2_session_find_stream(session_, id) == nullptr) endStream(*s, code, true);
  return ok;
}

int32_t H2Server::idOf(uint32_t tag) const {
  if (!cfg_.client) return static_cast<int32_t>(tag);
  auto it = tags_.find(tag);
  return it == tags_.end() ? 0 : it->second;
}

bool H2Server::request(uint32_t tag, const std::vector<std::pair<std::string, std::string>>& headers) {
  if (!cfg_.client || session_ == nullptr || tag == 0 || tags_.count(tag) != 0) return false;
  std::vector<nghttp2_nv> nv;
  nv.reserve(headers.size());
  for (const auto& h : headers) {
    nv.push_back({reinterpret_cast<uint8_t*>(const_cast<char*>(h.first.data())),
                  reinterpret_cast<uint8_t*>(const_cast<char*>(h.second.data())), h.first.size(), h.second.size(),
                  NGHTTP2_NV_FLAG_NONE});
  }
  nghttp2_data_provider prd;
  prd.source.ptr = nullptr;
  prd.read_callback = cbRead;
  // nghttp2 copies the fields; DATA waits (deferred) until bind().
  int32_t id = nghttp2_submit_request(session_, nullptr, nv.data(), nv.size(), &prd, nullptr);
  if (id <= 0) {
    lastError_ = nghttp2_strerror(id);
    return false;
  }
  auto* s = new H2Stream();
  s->id = id;
  s->tag = tag;
  s->requested = true;
  streams_[id] = s;
  tags_[tag] = id;
  return true;
}

bool H2Server::bind(uint32_t tag, int upstream, std::string initial) {
  H2Stream* s = find(idOf(tag));
  if (!cfg_.client || s == nullptr || s->accepted || s->answered || session_ == nullptr) {
    if (upstream >= 0) close(upstream);
    return false;
  }
  s->upstream = upstream;
  s->accepted = s->answered = true;
  s->fromUp = std::move(initial);
  flushUp(*s);  // what the server sent before the bind, and an early END_STREAM
  if (s->deferred) {
    s->deferred = false;
    nghttp2_session_resume_data(session_, s->id);
  }
  return true;
}

int H2Server::onFrameNotSent(const nghttp2_frame* f, int) {
  // A request that could not leave (the server's GOAWAY came first, stream ids ran out): it was
  // never processed, so it ends as REFUSED_STREAM and the owner may retry it elsewhere.
  if (!cfg_.client || f->hd.type != NGHTTP2_HEADERS) return 0;
  H2Stream* s = find(f->hd.stream_id);
  if (s != nullptr && nghttp2_session_find_stream(session_, f->hd.stream_id) == nullptr)
    endStream(*s, NGHTTP2_REFUSED_STREAM, true);
  return 0;
}

void H2Server::goaway() {
  if (session_ == nullptr) return;
  nghttp2_submit_goaway(session_, NGHTTP2_FLAG_NONE, nghttp2_session_get_last_proc_stream_id(session_),
                        NGHTTP2_NO_ERROR, nullptr, 0);
}

int H2Server::onInvalidFrame(const nghttp2_frame* f, int libError) {
  if (f->hd.type != NGHTTP2_HEADERS) return 0;
  // The stream nghttp2 refuses for the limit never reached onBeginHeaders; a protocol error on
  // a new stream while the limit is reached is the same refusal after the SETTINGS ack.
  bool refused = libError == NGHTTP2_ERR_REFUSED_STREAM ||
                 (libError == NGHTTP2_ERR_PROTO && find(f->hd.stream_id) == nullptr &&
                  streams_.size() >= cfg_.maxConcurrentStreams);
  if (refused) hooks_->onLimitRefused(f->hd.stream_id);
  return 0;
}

int H2Server::onStreamClose(int32_t id, uint32_t code) {
  H2Stream* s = find(id);
  if (s == nullptr) return 0;
  // A clean end: both directions finished (END_STREAM each way, the upstream shut for
  // writing). Anything else resets the upstream.
  // Both END_STREAMs are in, but the peer's last bytes may still wait for the local socket to
  // take them (it was slower than the peer): the stream lingers here until they are written,
  // then ends cleanly (flushUp). Ending it now would cut the tail off.
  if (code == NGHTTP2_NO_ERROR && !s->upError && s->upstream >= 0 && s->toUpOff < s->toUp.size()) {
    s->h2Closed = true;
    lingering_++;
    return 0;
  }
  bool clean = code == NGHTTP2_NO_ERROR && s->clientEnded && s->upEof && s->upShut && !s->upError;
  endStream(*s, code, !clean);
  return 0;
}

void H2Server::endStream(H2Stream& s, uint32_t code, bool resetUpstream) {
  size_t undelivered = s.toUp.size() - s.toUpOff;
  if (undelivered > 0 && session_ != nullptr) nghttp2_session_consume_connection(session_, undelivered);
  if (s.requested) hooks_->onStreamEnd(s, code);
  closeUpstream(s, resetUpstream);
  if (cfg_.client) tags_.erase(s.tag);
  streams_.erase(s.id);
  delete &s;
}

void H2Server::closeUpstream(H2Stream& s, bool resetIt) {
  if (s.upstream < 0) return;
  if (resetIt) {
    linger l{1, 0};
    setsockopt(s.upstream, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  }
  close(s.upstream);
  s.upstream = -1;
}

void H2Server::abortAll() {
  std::vector<H2Stream*> all;
  all.reserve(streams_.size());
  for (auto& kv : streams_) all.push_back(kv.second);
  for (H2Stream* s : all) {
    if (s->h2Closed) lingering_--;
    endStream(*s, NGHTTP2_CANCEL, true);
  }
}

}  // namespace zts
