// Request/response values independent of Beast, and the route matcher.
//
// A Router is a table of {method, path pattern, handler} (Typesense style).
// Patterns are literal segments and "{name}" placeholders that match one
// non-empty segment: "/api/v1/documents/{id}". Matching is exact per
// segment (no prefixes, a trailing '/' is a different path). Match() tells
// apart "no such path" (404) from "path exists, wrong method" (405, with the
// methods that would have matched for the Allow header).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "server/query_string.h"

namespace thidua {
class Searcher;
}

namespace thidua::server {

enum class Method { kGet, kHead, kPost, kPut, kDelete, kPatch, kOptions, kOther };
std::string_view MethodName(Method m);

struct Request {
  Method method = Method::kGet;
  std::string path;                          // percent-decoded path
  QueryParams query;                         // decoded query-string parameters
  std::map<std::string, std::string> path_params;  // filled by the router
  std::string content_type;                  // Content-Type header, as sent
  std::string accept;                        // Accept header, as sent
  std::string body;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
};

// Per-request context handed to handlers by the server: the calling pool
// thread's Searcher (null when the index cannot be opened right now).
struct HandlerContext {
  Searcher* searcher = nullptr;
};

using Handler = std::function<Response(const Request&, HandlerContext&)>;

// Whether a route's handler needs the pool thread's Searcher.
enum class IndexUse {
  kNone,      // static content, openapi
  kOptional,  // /healthz, /metrics: report on the index, work without it
  kRequired,  // API routes: answered 503 while the index is unavailable
};

struct Route {
  Method method;
  std::string pattern;  // "/api/v1/documents/{id}"
  Handler handler;
  IndexUse index_use = IndexUse::kNone;
};

class Router {
 public:
  enum class Outcome { kFound, kMethodNotAllowed, kNotFound };
  struct Match {
    Outcome outcome = Outcome::kNotFound;
    const Route* route = nullptr;                  // set when kFound
    std::map<std::string, std::string> path_params;  // set when kFound
    std::vector<Method> allowed;                   // set when kMethodNotAllowed
  };

  void Add(Route route);
  // `path` is the decoded path without the query string. HEAD matches a GET
  // route when no HEAD route exists (the body is dropped by the server).
  Match Find(Method method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

  // "GET, POST" for an Allow header.
  static std::string AllowHeader(const std::vector<Method>& methods);

 private:
  std::vector<Route> routes_;
};

// True when `path` matches `pattern`; fills `params` with the placeholders.
bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>* params);

}  // namespace thidua::server
