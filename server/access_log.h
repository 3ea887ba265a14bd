// One JSON line per answered request:
//   {"ts":"2026-11-24T16:40:01.123Z","remote":"127.0.0.1","method":"GET",
//    "path":"/api/v1/search","status":200,"bytes":5120,"ms":3.21}
// The query string is left out (it may hold what people searched for).
// Thread-safe; every line is flushed.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "analyzers/status.h"

namespace thidua::server {

class AccessLog {
 public:
  // `target` is a file path (appended to), "-" for stdout, or "" for off.
  static StatusOr<std::unique_ptr<AccessLog>> Open(const std::string& target);
  ~AccessLog();

  void Write(std::string_view remote, std::string_view method, std::string_view path, int status,
             std::uint64_t bytes, double ms);

  // The line Write() would log (for tests).
  static std::string FormatLine(std::string_view timestamp, std::string_view remote,
                                std::string_view method, std::string_view path, int status,
                                std::uint64_t bytes, double ms);

 private:
  AccessLog(std::FILE* file, bool owned) : file_(file), owned_(owned) {}
  std::mutex mutex_;
  std::FILE* file_;
  bool owned_;
};

}  // namespace thidua::server
