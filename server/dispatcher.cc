#include "server/dispatcher.h"

#include <exception>
#include <memory>

#include <xapian.h>

#include "server/routes.h"

namespace thidua::server {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

Dispatcher::Dispatcher(SearchPool& pool, StaticFiles static_files)
    : pool_(pool),
      static_files_(std::move(static_files)),
      router_(BuildRouter({&pool_, &metrics_, [this] { return in_flight(); }})) {}

void Dispatcher::Handle(Request request, Done done) {
  Router::Match match = router_.Find(request.method, request.path);
  if (match.outcome == Router::Outcome::kMethodNotAllowed) {
    Response response = ErrorResponse(
        405, std::string(MethodName(request.method)) + " is not allowed on " + request.path +
                 "; allowed: " + Router::AllowHeader(match.allowed));
    response.headers.emplace_back("Allow", Router::AllowHeader(match.allowed));
    done(std::move(response), "method_not_allowed");
    return;
  }
  if (match.outcome == Router::Outcome::kNotFound) {
    const bool is_read = request.method == Method::kGet || request.method == Method::kHead;
    if (!is_read || StartsWith(request.path, "/api/") || request.path == "/healthz" ||
        request.path == "/metrics") {
      if (!is_read && !StartsWith(request.path, "/api/") && static_files_.Serve(request.path)) {
        Response response = ErrorResponse(405, std::string(MethodName(request.method)) +
                                                   " is not allowed on a static file");
        response.headers.emplace_back("Allow", "GET, HEAD");
        done(std::move(response), "method_not_allowed");
        return;
      }
      done(ErrorResponse(404, "no such path: " + request.path), "unmatched");
      return;
    }
    // Static files: read on the pool, not on an I/O thread.
    in_flight_.fetch_add(1);
    pool_.Post([this, request = std::move(request), done = std::move(done)]() mutable {
      std::optional<Response> file = static_files_.Serve(request.path);
      in_flight_.fetch_sub(1);
      if (file) done(std::move(*file), "static");
      else done(ErrorResponse(404, "no such path: " + request.path), "unmatched");
    });
    return;
  }

  const Route* route = match.route;
  request.path_params = std::move(match.path_params);
  in_flight_.fetch_add(1);
  pool_.Post([this, route, request = std::move(request), done = std::move(done)]() mutable {
    HandlerContext context;
    if (route->index_use != IndexUse::kNone) context.searcher = pool_.AcquireSearcher();
    Response response;
    if (route->index_use == IndexUse::kRequired && context.searcher == nullptr) {
      response = ErrorResponse(503, "the index cannot be opened: " + pool_.last_error());
      response.headers.emplace_back("Retry-After", "1");
    } else {
      // Handlers return Status for expected errors; anything thrown is a bug
      // or a library failure and must not take the server down.
      try {
        response = route->handler(request, context);
      } catch (const Xapian::DatabaseError& e) {
        response = ErrorResponse(503, "index error: " + e.get_msg());
      } catch (const Xapian::Error& e) {
        response = ErrorResponse(500, "search error: " + e.get_description());
      } catch (const std::exception& e) {
        response = ErrorResponse(500, std::string("internal error: ") + e.what());
      }
    }
    in_flight_.fetch_sub(1);
    done(std::move(response), route->pattern);
  });
}

}  // namespace thidua::server
