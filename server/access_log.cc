#include "server/access_log.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <memory>

#include <nlohmann/json.hpp>

namespace thidua::server {

StatusOr<std::unique_ptr<AccessLog>> AccessLog::Open(const std::string& target) {
  if (target.empty()) return std::unique_ptr<AccessLog>(new AccessLog(nullptr, false));
  if (target == "-") return std::unique_ptr<AccessLog>(new AccessLog(stdout, false));
  std::FILE* file = std::fopen(target.c_str(), "a");
  if (file == nullptr) return Status::NotFound("cannot open access log " + target);
  return std::unique_ptr<AccessLog>(new AccessLog(file, true));
}

AccessLog::~AccessLog() {
  if (owned_ && file_ != nullptr) std::fclose(file_);
}

std::string AccessLog::FormatLine(std::string_view timestamp, std::string_view remote,
                                  std::string_view method, std::string_view path, int status,
                                  std::uint64_t bytes, double ms) {
  nlohmann::ordered_json line = {{"ts", timestamp},
                                 {"remote", remote},
                                 {"method", method},
                                 {"path", path},
                                 {"status", status},
                                 {"bytes", bytes},
                                 {"ms", std::round(ms * 1000.0) / 1000.0}};
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void AccessLog::Write(std::string_view remote, std::string_view method, std::string_view path,
                      int status, std::uint64_t bytes, double ms) {
  if (file_ == nullptr) return;
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char stamp[40];
  const std::size_t n = std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &utc);
  std::snprintf(stamp + n, sizeof stamp - n, ".%03dZ", static_cast<int>(millis));
  const std::string line = FormatLine(stamp, remote, method, path, status, bytes, ms) + "\n";
  std::lock_guard<std::mutex> lock(mutex_);
  std::fwrite(line.data(), 1, line.size(), file_);
  std::fflush(file_);
}

}  // namespace thidua::server
