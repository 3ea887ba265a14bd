// Reads a file, a gzip file or standard input line by line (or whole), with a
// cap on line length so that a 50 MB line costs a bounded amount of memory.
// zlib's gz* functions read plain files transparently, so one code path
// serves .jsonl and .jsonl.gz alike.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "analyzers/status.h"

namespace thidua::indexer {

class LineSource {
 public:
  // path "-" is standard input. NotFound / Unavailable when it cannot be opened.
  static StatusOr<std::unique_ptr<LineSource>> Open(const std::string& path);
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  struct Line {
    std::string text;             // without the '\n' (and without a trailing '\r')
    std::uint64_t number = 0;     // 1-based
    std::uint64_t bytes = 0;      // bytes in the input, newline included
    bool too_long = false;        // longer than max_bytes: text is empty, the rest was skipped
  };
  // Fills line and returns true, or returns false at the end of input (then
  // status() tells whether the input ended cleanly).
  bool Next(std::size_t max_bytes, Line& line);

  // Reads everything that is left; DataLoss when longer than max_bytes.
  StatusOr<std::string> ReadAll(std::size_t max_bytes);

  // OK, or DataLoss for a truncated/corrupt gzip stream or a read error.
  const Status& status() const { return status_; }

 private:
  explicit LineSource(void* gz_file) : gz_(gz_file) {}
  bool Fill();  // refills buf_; false at the end or on error

  void* gz_;  // gzFile, kept opaque so zlib.h stays out of the header
  std::string buf_;
  std::size_t pos_ = 0, end_ = 0;
  std::uint64_t line_number_ = 0;
  bool eof_ = false;
  Status status_;
};

}  // namespace thidua::indexer
