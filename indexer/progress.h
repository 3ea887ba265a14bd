// Progress of a run on standard error: a redrawn one-line bar on a terminal
// (docs/s, MB/s, ETA when the input size is known), plain log lines every
// few seconds otherwise. Also serialises problem messages with the bar, as
// they come from the reader thread. Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>

namespace thidua::indexer {

class Progress {
 public:
  // total_bytes 0 = unknown (stdin, gzip): no percentage, no ETA.
  Progress(bool terminal, std::uint64_t total_bytes);

  // A document was consumed; redraws at most every 200 ms (terminal) or
  // logs every 10 s (otherwise).
  void Update(std::uint64_t docs, std::uint64_t bytes);
  // A message line ("file:3: skipped: malformed JSON ..."), printed above the bar.
  void Message(const std::string& line);
  // Clears the bar before the summary.
  void Finish();

  double Seconds() const;

 private:
  void Draw(std::uint64_t docs, std::uint64_t bytes);  // mutex held

  const bool terminal_;
  const std::uint64_t total_bytes_;
  const std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  std::uint64_t docs_ = 0, bytes_ = 0;
  bool bar_shown_ = false;
  std::mutex mutex_;
};

}  // namespace thidua::indexer
