#include "server/metrics.h"

#include <cstdio>

namespace thidua::server {
namespace {

std::string FormatDouble(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

}  // namespace

std::string EscapeLabel(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') out += "\\\\";
    else if (c == '"') out += "\\\"";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

void Metrics::RecordRequest(std::string_view route, std::string_view method, int status,
                            double seconds, std::uint64_t response_bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++requests_[{std::string(route), std::string(method), status}];
  Histogram& h = latency_[std::string(route)];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++h.buckets[i];
      break;
    }
  }
  ++h.count;
  h.sum += seconds;
  response_bytes_ += response_bytes;
}

void Metrics::RecordConnectionError(std::string_view kind) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++connection_errors_[std::string(kind)];
}

std::string Metrics::Render(const IndexState& index, int in_flight) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::string out;
  out += "# HELP thidua_http_requests_total HTTP requests answered, by route pattern, method and status.\n";
  out += "# TYPE thidua_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [route, method, status] = key;
    out += "thidua_http_requests_total{route=\"" + EscapeLabel(route) + "\",method=\"" +
           EscapeLabel(method) + "\",status=\"" + std::to_string(status) + "\"} " +
           std::to_string(count) + "\n";
  }
  out += "# HELP thidua_http_request_errors_total HTTP requests answered with a 4xx or 5xx status, by class.\n";
  out += "# TYPE thidua_http_request_errors_total counter\n";
  std::uint64_t client_errors = 0, server_errors = 0;
  for (const auto& [key, count] : requests_) {
    const int status = std::get<2>(key);
    if (status >= 500) server_errors += count;
    else if (status >= 400) client_errors += count;
  }
  out += "thidua_http_request_errors_total{class=\"4xx\"} " + std::to_string(client_errors) + "\n";
  out += "thidua_http_request_errors_total{class=\"5xx\"} " + std::to_string(server_errors) + "\n";
  out += "# HELP thidua_http_connection_errors_total Connections closed on a protocol error or timeout.\n";
  out += "# TYPE thidua_http_connection_errors_total counter\n";
  for (const auto& [kind, count] : connection_errors_) {
    out += "thidua_http_connection_errors_total{kind=\"" + EscapeLabel(kind) + "\"} " +
           std::to_string(count) + "\n";
  }
  out += "# HELP thidua_http_request_duration_seconds Time from a complete request to the end of its response.\n";
  out += "# TYPE thidua_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    const std::string label = "route=\"" + EscapeLabel(route) + "\"";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += h.buckets[i];
      out += "thidua_http_request_duration_seconds_bucket{" + label + ",le=\"" +
             FormatDouble(kBuckets[i]) + "\"} " + std::to_string(cumulative) + "\n";
    }
    out += "thidua_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " +
           std::to_string(h.count) + "\n";
    out += "thidua_http_request_duration_seconds_sum{" + label + "} " + FormatDouble(h.sum) + "\n";
    out += "thidua_http_request_duration_seconds_count{" + label + "} " + std::to_string(h.count) + "\n";
  }
  out += "# HELP thidua_http_response_bytes_total Bytes of response bodies sent.\n";
  out += "# TYPE thidua_http_response_bytes_total counter\n";
  out += "thidua_http_response_bytes_total " + std::to_string(response_bytes_) + "\n";
  out += "# HELP thidua_http_requests_in_flight Requests being handled now.\n";
  out += "# TYPE thidua_http_requests_in_flight gauge\n";
  out += "thidua_http_requests_in_flight " + std::to_string(in_flight) + "\n";
  out += "# HELP thidua_index_ready 1 when the index is open, 0 while it cannot be opened.\n";
  out += "# TYPE thidua_index_ready gauge\n";
  out += std::string("thidua_index_ready ") + (index.ready ? "1" : "0") + "\n";
  out += "# HELP thidua_index_documents Documents in the index.\n";
  out += "# TYPE thidua_index_documents gauge\n";
  out += "thidua_index_documents " + std::to_string(index.documents) + "\n";
  return out;
}

}  // namespace thidua::server
