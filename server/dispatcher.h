// Routes a parsed Request to its handler on the search pool and hands the
// Response back through a callback (called on a pool thread; the session
// posts it to its own strand). Also answers 404/405 and static files.
#pragma once

#include <atomic>
#include <functional>
#include <string>

#include "server/metrics.h"
#include "server/router.h"
#include "server/search_pool.h"
#include "server/static_files.h"

namespace thidua::server {

class Dispatcher {
 public:
  // `route_label` is the metrics label: the matched route pattern, "static",
  // "method_not_allowed" or "unmatched" (a bounded set).
  using Done = std::function<void(Response response, std::string route_label)>;

  Dispatcher(SearchPool& pool, StaticFiles static_files);

  void Handle(Request request, Done done);

  Metrics& metrics() { return metrics_; }
  int in_flight() const { return in_flight_.load(std::memory_order_relaxed); }
  const Router& router() const { return router_; }

 private:
  SearchPool& pool_;
  StaticFiles static_files_;
  Metrics metrics_;
  std::atomic<int> in_flight_{0};
  Router router_;  // built last: its handlers refer to the members above
};

}  // namespace thidua::server
