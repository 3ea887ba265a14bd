// Request metrics in Prometheus text format (version 0.0.4).
//
// Memory is bounded: series are keyed by route *pattern* (a fixed set plus
// "static" and "unmatched"), method and status code (a small set the server
// emits), never by raw path or query, so nothing grows per request.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace thidua::server {

class Metrics {
 public:
  // Latency histogram upper bounds, in seconds.
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,   2.5};

  void RecordRequest(std::string_view route, std::string_view method, int status,
                     double seconds, std::uint64_t response_bytes);
  // A connection-level failure that produced no routed request (bad HTTP,
  // header too large, timeout): counted by kind ("header_limit", ...).
  void RecordConnectionError(std::string_view kind);

  struct IndexState {
    bool ready = false;
    std::uint64_t documents = 0;
  };
  std::string Render(const IndexState& index, int in_flight) const;

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};  // non-cumulative
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Histogram> latency_;  // by route
  std::map<std::string, std::uint64_t> connection_errors_;
  std::uint64_t response_bytes_ = 0;
};

// Escapes a Prometheus label value (\, ", newline).
std::string EscapeLabel(std::string_view value);

}  // namespace thidua::server
