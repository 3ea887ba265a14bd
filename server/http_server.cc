#include "server/http_server.h"

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "server/http_status.h"
#include "server/query_string.h"
#include "server/routes.h"

namespace thidua::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session;

struct Server::Impl {
  Impl(ServerOptions o, Dispatcher& d, AccessLog& log)
      : options(std::move(o)), dispatcher(d), access_log(log) {}

  void DoAccept();
  void OnAccept(beast::error_code ec, tcp::socket socket);
  void Stop();
  void Unregister(std::uint64_t id) {
    std::lock_guard<std::mutex> lock(sessions_mutex);
    sessions.erase(id);
  }

  ServerOptions options;
  Dispatcher& dispatcher;
  AccessLog& access_log;
  std::atomic<bool> stopping{false};
  // Declared before the io_context: handlers destroyed with it may still
  // unregister their sessions.
  std::mutex sessions_mutex;
  std::unordered_map<std::uint64_t, std::weak_ptr<Session>> sessions;
  std::uint64_t next_session_id = 0;
  std::mutex stop_mutex;
  std::condition_variable stop_cv;
  bool stop_requested = false;
  bool finished = false;

  net::io_context ioc;
  net::strand<net::io_context::executor_type> accept_strand{net::make_strand(ioc)};
  tcp::acceptor acceptor{accept_strand};
  net::steady_timer accept_retry{accept_strand};
  net::signal_set signals{ioc, SIGINT, SIGTERM};
};

namespace {

Method ToMethod(http::verb verb) {
  switch (verb) {
    case http::verb::get: return Method::kGet;
    case http::verb::head: return Method::kHead;
    case http::verb::post: return Method::kPost;
    case http::verb::put: return Method::kPut;
    case http::verb::delete_: return Method::kDelete;
    case http::verb::patch: return Method::kPatch;
    case http::verb::options: return Method::kOptions;
    default: return Method::kOther;
  }
}

bool IsHttpParseError(const beast::error_code& ec) {
  return ec.category() == beast::error_code(http::error::bad_target).category();
}

}  // namespace

// One connection. All members are touched only on the session's strand.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, Server::Impl& server)
      : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = endpoint.address().to_string();
  }
  ~Session() { server_.Unregister(id_); }

  void Start(std::uint64_t id) {
    id_ = id;
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::DoRead, shared_from_this()));
  }

  // Graceful shutdown: an idle connection closes now, a busy one after its
  // response.
  void Shutdown() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      self->closing_ = true;
      if (!self->busy_) self->Close();
    });
  }

 private:
  const ServerOptions& options() const { return server_.options; }

  void DoRead() {
    if (closing_ || server_.stopping.load()) return Close();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(options().header_limit));
    parser_->body_limit(options().body_limit);
    stream_.expires_after(options().read_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::OnHeader, shared_from_this()));
  }

  // Headers are in: honour "Expect: 100-continue" (curl sends it for larger
  // POST bodies and would otherwise wait a second), then read the body.
  void OnHeader(beast::error_code ec, std::size_t) {
    if (ec || parser_->is_done()) return OnRead(ec, 0);
    if (beast::iequals(parser_->get()[http::field::expect], "100-continue")) {
      auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_,
                                                                          parser_->get().version());
      http::async_write(stream_, *interim,
                        [self = shared_from_this(), interim](beast::error_code write_ec, std::size_t) {
                          if (write_ec) return self->Close();
                          self->ReadBody();
                        });
      return;
    }
    ReadBody();
  }

  void ReadBody() {
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::OnRead, shared_from_this()));
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (ec == http::error::end_of_stream || ec == net::error::operation_aborted) return Close();
    started_ = std::chrono::steady_clock::now();
    method_ = "-";
    log_path_ = "-";
    if (ec == beast::error::timeout) {
      server_.dispatcher.metrics().RecordConnectionError("read_timeout");
      return Close();
    }
    if (ec == http::error::header_limit) {
      return Reject(431, "request line and headers exceed " +
                             std::to_string(options().header_limit) + " bytes", "header_limit");
    }
    if (ec == http::error::body_limit) {
      return Reject(413, "request body exceeds " + std::to_string(options().body_limit) + " bytes",
                    "body_limit");
    }
    if (IsHttpParseError(ec)) return Reject(400, "malformed HTTP request: " + ec.message(), "bad_request");
    if (ec) return Close();  // reset by peer etc.

    busy_ = true;
    http::request<http::string_body>& req = parser_->get();
    keep_alive_ = req.keep_alive();
    version_ = req.version();
    // The bounded name (unknown verbs are "OTHER"): it is a metrics label.
    method_ = std::string(MethodName(ToMethod(req.method())));
    head_ = req.method() == http::verb::head;
    const std::string_view target(req.target().data(), req.target().size());
    const SplitTarget split = SplitRequestTarget(target);
    log_path_ = std::string(split.path.substr(0, 2048));
    if (target.size() > options().max_target) {
      return WriteResponse(ErrorResponse(414, "request target exceeds " +
                                                  std::to_string(options().max_target) + " bytes"),
                           "rejected");
    }
    Request request;
    request.method = ToMethod(req.method());
    if (split.path.empty() || split.path.front() != '/') {
      return WriteResponse(ErrorResponse(400, "request target must be an absolute path"), "rejected");
    }
    auto path = PercentDecode(split.path, /*plus_as_space=*/false);
    if (!path.ok()) return WriteResponse(ErrorResponse(400, "path: " + path.status().message()), "rejected");
    request.path = std::move(*path);
    auto query = ParseQueryString(split.query);
    if (!query.ok()) return WriteResponse(ErrorResponse(query.status()), "rejected");
    request.query = std::move(*query);
    request.content_type = std::string(req[http::field::content_type]);
    request.accept = std::string(req[http::field::accept]);
    request.body = std::move(req.body());

    // The work guard keeps the io_context running while the pool computes,
    // so a draining server still delivers this response.
    auto work = net::make_work_guard(server_.ioc);
    server_.dispatcher.Handle(
        std::move(request), [self = shared_from_this(), work](Response response, std::string label) {
          net::post(self->stream_.get_executor(),
                    [self, response = std::move(response), label = std::move(label)]() mutable {
                      self->WriteResponse(std::move(response), std::move(label));
                    });
        });
  }

  // An error found before the request was fully read: answer, then close
  // (the rest of the request cannot be parsed).
  void Reject(int status, const std::string& message, const char* kind) {
    server_.dispatcher.metrics().RecordConnectionError(kind);
    busy_ = true;
    version_ = 11;
    keep_alive_ = false;
    head_ = false;
    if (parser_ && parser_->is_header_done()) {
      method_ = std::string(MethodName(ToMethod(parser_->get().method())));
      const std::string_view target(parser_->get().target().data(), parser_->get().target().size());
      log_path_ = std::string(SplitRequestTarget(target).path.substr(0, 2048));
    }
    linger_after_write_ = true;
    WriteResponse(ErrorResponse(status, message), "rejected");
  }

  void WriteResponse(Response response, std::string label) {
    auto res = std::make_shared<http::response<http::string_body>>(
        static_cast<http::status>(response.status), version_);
    res->set(http::field::server, "thidua-serve");
    res->set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) res->set(name, value);
    status_ = response.status;
    bytes_ = response.body.size();
    label_ = std::move(label);
    res->body() = std::move(response.body);
    res->keep_alive(keep_alive_ && !closing_ && !server_.stopping.load() && !linger_after_write_);
    res->prepare_payload();
    if (head_) res->body().clear();  // Content-Length stays that of the GET body
    stream_.expires_after(options().write_timeout);
    http::async_write(stream_, *res,
                      [self = shared_from_this(), res](beast::error_code ec, std::size_t) {
                        self->OnWrite(ec, res->need_eof());
                      });
  }

  void OnWrite(beast::error_code ec, bool close) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    server_.dispatcher.metrics().RecordRequest(label_, method_, status_, seconds, bytes_);
    server_.access_log.Write(remote_, method_, log_path_, status_, bytes_, seconds * 1000.0);
    busy_ = false;
    if (ec) return Close();
    if (linger_after_write_) return LingerAndClose();
    if (close || closing_) return Close();
    DoRead();
  }

  // After an early error the client may still be sending (a 100 MB body):
  // stop sending, read and discard for a bounded time and size, then close.
  // Closing with unread data would reset the connection and the client
  // might never see the error response.
  void LingerAndClose() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(2));
    DiscardSome();
  }

  void DiscardSome() {
    stream_.async_read_some(net::buffer(discard_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->discarded_ += n;
                              if (ec || self->discarded_ > kMaxDiscard) return self->Close();
                              self->DiscardSome();
                            });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
  }

  static constexpr std::size_t kMaxDiscard = 128u << 20;

  beast::tcp_stream stream_;
  Server::Impl& server_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::uint64_t id_ = 0;
  std::string remote_ = "-";
  std::string method_ = "-";
  std::string log_path_ = "-";
  std::string label_;
  unsigned version_ = 11;
  bool keep_alive_ = true;
  bool head_ = false;
  bool busy_ = false;
  bool closing_ = false;
  bool linger_after_write_ = false;
  int status_ = 0;
  std::uint64_t bytes_ = 0;
  std::size_t discarded_ = 0;
  std::array<char, 16384> discard_{};
  std::chrono::steady_clock::time_point started_;
};

void Server::Impl::DoAccept() {
  acceptor.async_accept(net::make_strand(ioc),
                        beast::bind_front_handler(&Server::Impl::OnAccept, this));
}

void Server::Impl::OnAccept(beast::error_code ec, tcp::socket socket) {
  if (stopping.load()) return;
  if (ec) {
    if (ec == net::error::operation_aborted) return;
    // Out of file descriptors and the like: back off instead of spinning.
    std::fprintf(stderr, "thidua-serve: accept: %s\n", ec.message().c_str());
    accept_retry.expires_after(std::chrono::milliseconds(50));
    accept_retry.async_wait([this](beast::error_code wait_ec) {
      if (!wait_ec && !stopping.load()) DoAccept();
    });
    return;
  }
  auto session = std::make_shared<Session>(std::move(socket), *this);
  std::uint64_t id;
  {
    std::lock_guard<std::mutex> lock(sessions_mutex);
    id = ++next_session_id;
    sessions.emplace(id, session);
  }
  session->Start(id);
  DoAccept();
}

void Server::Impl::Stop() {
  net::post(accept_strand, [this] {
    if (stopping.exchange(true)) return;
    beast::error_code ec;
    acceptor.close(ec);
    accept_retry.cancel();
    signals.cancel(ec);
    std::vector<std::shared_ptr<Session>> live;
    {
      std::lock_guard<std::mutex> lock(sessions_mutex);
      for (auto& [id, weak] : sessions) {
        if (auto session = weak.lock()) live.push_back(std::move(session));
      }
    }
    for (auto& session : live) session->Shutdown();
    std::lock_guard<std::mutex> lock(stop_mutex);
    stop_requested = true;
    stop_cv.notify_all();
  });
}

Server::Server(ServerOptions options, Dispatcher& dispatcher, AccessLog& access_log)
    : impl_(std::make_unique<Impl>(std::move(options), dispatcher, access_log)) {}

Server::~Server() = default;

Status Server::Listen() {
  beast::error_code ec;
  const auto address = net::ip::make_address(impl_->options.address, ec);
  if (ec) return Status::InvalidArgument("listen: bad address '" + impl_->options.address + "'");
  const tcp::endpoint endpoint(address, impl_->options.port);
  tcp::acceptor& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    return Status::Unavailable("listen on " + impl_->options.address + ":" +
                               std::to_string(impl_->options.port) + ": " + ec.message());
  }
  return Status::Ok();
}

unsigned short Server::port() const {
  beast::error_code ec;
  return impl_->acceptor.local_endpoint(ec).port();
}

void Server::Stop() { impl_->Stop(); }

void Server::Run() {
  Impl& impl = *impl_;
  impl.signals.async_wait([&impl](beast::error_code ec, int) {
    if (!ec) impl.Stop();
  });
  net::post(impl.accept_strand, [&impl] { impl.DoAccept(); });

  // Forces the end if draining takes longer than drain_timeout.
  std::thread watchdog([&impl] {
    std::unique_lock<std::mutex> lock(impl.stop_mutex);
    impl.stop_cv.wait(lock, [&impl] { return impl.stop_requested || impl.finished; });
    if (impl.finished) return;
    if (!impl.stop_cv.wait_for(lock, impl.options.drain_timeout, [&impl] { return impl.finished; })) {
      std::fprintf(stderr, "thidua-serve: drain timed out; closing remaining connections\n");
      impl.ioc.stop();
    }
  });
  std::vector<std::thread> io_threads;
  for (int i = 1; i < impl.options.io_threads; ++i) io_threads.emplace_back([&impl] { impl.ioc.run(); });
  impl.ioc.run();
  for (auto& t : io_threads) t.join();
  {
    std::lock_guard<std::mutex> lock(impl.stop_mutex);
    impl.finished = true;
    impl.stop_cv.notify_all();
  }
  watchdog.join();
}

}  // namespace thidua::server
