#include "server/metrics.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "server/access_log.h"

namespace thidua::server {
namespace {

// Parses the sample lines of Prometheus text into name{labels} -> value and
// fails on any line that is neither a comment nor a valid sample.
std::map<std::string, double> ParseSamples(const std::string& text) {
  static const std::regex sample(
      R"(^([a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")*\})?) ([-+0-9.eE]+|\+Inf|NaN)$)");
  std::map<std::string, double> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("# HELP ", 0) == 0 || line.rfind("# TYPE ", 0) == 0) continue;
    std::smatch m;
    EXPECT_TRUE(std::regex_match(line, m, sample)) << "bad line: " << line;
    if (!m.empty()) out[m[1]] = std::stod(m[4]);
  }
  return out;
}

TEST(Metrics, CountsByRouteAndStatusWithCumulativeHistogram) {
  Metrics metrics;
  metrics.RecordRequest("/api/v1/search", "GET", 200, 0.003, 100);
  metrics.RecordRequest("/api/v1/search", "GET", 200, 0.2, 100);
  metrics.RecordRequest("/api/v1/search", "GET", 400, 0.0001, 50);
  metrics.RecordRequest("unmatched", "GET", 404, 0.0001, 10);
  metrics.RecordRequest("/api/v1/search", "GET", 503, 5.0, 10);
  metrics.RecordConnectionError("header_limit");
  const auto samples = ParseSamples(metrics.Render({true, 2661}, 3));
  EXPECT_EQ(samples.at(R"(thidua_http_requests_total{route="/api/v1/search",method="GET",status="200"})"), 2);
  EXPECT_EQ(samples.at(R"(thidua_http_requests_total{route="/api/v1/search",method="GET",status="400"})"), 1);
  EXPECT_EQ(samples.at(R"(thidua_http_requests_total{route="unmatched",method="GET",status="404"})"), 1);
  EXPECT_EQ(samples.at(R"(thidua_http_request_errors_total{class="4xx"})"), 2);
  EXPECT_EQ(samples.at(R"(thidua_http_request_errors_total{class="5xx"})"), 1);
  EXPECT_EQ(samples.at(R"(thidua_http_connection_errors_total{kind="header_limit"})"), 1);
  const std::string h = R"(thidua_http_request_duration_seconds_bucket{route="/api/v1/search",le=")";
  EXPECT_EQ(samples.at(h + R"(0.0005"})"), 1);
  EXPECT_EQ(samples.at(h + R"(0.005"})"), 2);
  EXPECT_EQ(samples.at(h + R"(0.25"})"), 3);
  EXPECT_EQ(samples.at(h + R"(2.5"})"), 3);
  EXPECT_EQ(samples.at(h + R"(+Inf"})"), 4);
  EXPECT_EQ(samples.at(R"(thidua_http_request_duration_seconds_count{route="/api/v1/search"})"), 4);
  EXPECT_NEAR(samples.at(R"(thidua_http_request_duration_seconds_sum{route="/api/v1/search"})"), 5.2031, 1e-6);
  EXPECT_EQ(samples.at("thidua_index_documents"), 2661);
  EXPECT_EQ(samples.at("thidua_index_ready"), 1);
  EXPECT_EQ(samples.at("thidua_http_requests_in_flight"), 3);
  EXPECT_EQ(samples.at("thidua_http_response_bytes_total"), 270);
}

TEST(Metrics, SeriesDoNotGrowWithRepeatedRequests) {
  Metrics metrics;
  metrics.RecordRequest("/api/v1/search", "GET", 200, 0.001, 1);
  const std::size_t size_after_one = metrics.Render({}, 0).size();
  for (int i = 0; i < 1000; ++i) metrics.RecordRequest("/api/v1/search", "GET", 200, 0.001, 1);
  // Only counter digits change: 1 -> 1001 in a handful of lines.
  EXPECT_LT(metrics.Render({}, 0).size(), size_after_one + 64);
}

TEST(EscapeLabel, EscapesQuotesBackslashesNewlines) {
  EXPECT_EQ(EscapeLabel("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
}

TEST(AccessLog, FormatsOneJsonLine) {
  const std::string line =
      AccessLog::FormatLine("2026-01-01T00:00:00.000Z", "127.0.0.1", "GET", "/api/v1/search", 200, 512, 1.23456);
  EXPECT_EQ(line,
            R"({"ts":"2026-01-01T00:00:00.000Z","remote":"127.0.0.1","method":"GET","path":"/api/v1/search","status":200,"bytes":512,"ms":1.235})");
}

}  // namespace
}  // namespace thidua::server
