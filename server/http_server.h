// The Boost.Beast HTTP/1.1 server (after Beast's advanced_server example):
// an acceptor, one async session per connection on its own strand,
// keep-alive, read/write timeouts, header/body/URL limits, and graceful
// shutdown on SIGTERM/SIGINT (stop accepting, finish in-flight requests,
// close idle connections, return).
//
// Limits and the status they produce (always with a JSON error body and
// "Connection: close" when the rest of the request cannot be read):
//   request line + headers > header_limit  -> 431
//   request target > max_target            -> 414
//   body (declared or sent) > body_limit    -> 413
//   malformed HTTP                          -> 400
//   no complete request within read_timeout -> connection closed
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "analyzers/status.h"
#include "server/access_log.h"
#include "server/dispatcher.h"

namespace thidua::server {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (see Server::port())
  int io_threads = 1;
  std::size_t header_limit = 64 * 1024;
  std::size_t max_target = 8 * 1024;
  std::size_t body_limit = 1024 * 1024;
  std::chrono::seconds read_timeout{30};
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds drain_timeout{20};
};

class Server {
 public:
  Server(ServerOptions options, Dispatcher& dispatcher, AccessLog& access_log);
  ~Server();

  // Binds and listens; InvalidArgument/Unavailable on a bad address or a
  // port in use.
  Status Listen();
  unsigned short port() const;

  // Serves until SIGTERM or SIGINT (or Stop()), drains, and returns.
  void Run();
  // Starts the graceful shutdown (thread-safe).
  void Stop();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace thidua::server
