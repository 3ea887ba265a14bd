#include "indexer/progress.h"

#include <algorithm>
#include <cstdio>

namespace thidua::indexer {

Progress::Progress(bool terminal, std::uint64_t total_bytes)
    : terminal_(terminal), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Update(std::uint64_t docs, std::uint64_t bytes) {
  std::lock_guard lock(mutex_);
  docs_ = docs;
  bytes_ = bytes;
  const auto now = std::chrono::steady_clock::now();
  const auto interval = terminal_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(10000);
  if (now - last_draw_ < interval) return;
  last_draw_ = now;
  Draw(docs, bytes);
}

void Progress::Draw(std::uint64_t docs, std::uint64_t bytes) {
  const double seconds = Seconds();
  const double mb = static_cast<double>(bytes) / 1e6;
  const double mb_per_s = seconds > 0 ? mb / seconds : 0;
  const double docs_per_s = seconds > 0 ? static_cast<double>(docs) / seconds : 0;
  if (!terminal_) {
    std::fprintf(stderr, "thidua-index: %llu docs, %.1f MB, %.0f docs/s, %.2f MB/s\n",
                 static_cast<unsigned long long>(docs), mb, docs_per_s, mb_per_s);
    return;
  }
  char bar[64] = "";
  char eta[32] = "";
  if (total_bytes_ > 0) {
    const double fraction = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes_));
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(fraction * kWidth);
    std::string cells(static_cast<std::size_t>(filled), '=');
    if (filled < kWidth) cells += '>' + std::string(static_cast<std::size_t>(kWidth - filled - 1), ' ');
    std::snprintf(bar, sizeof bar, "[%s] %3d%% ", cells.c_str(), static_cast<int>(fraction * 100));
    if (mb_per_s > 0 && fraction < 1.0) {
      const int left = static_cast<int>((static_cast<double>(total_bytes_) / 1e6 - mb) / mb_per_s);
      std::snprintf(eta, sizeof eta, " ETA %d:%02d", left / 60, left % 60);
    }
  }
  std::fprintf(stderr, "\r%s%llu docs  %.0f docs/s  %.2f MB/s%s\x1b[K", bar, static_cast<unsigned long long>(docs),
               docs_per_s, mb_per_s, eta);
  std::fflush(stderr);
  bar_shown_ = true;
}

void Progress::Message(const std::string& line) {
  std::lock_guard lock(mutex_);
  if (bar_shown_) std::fputs("\r\x1b[K", stderr);
  std::fprintf(stderr, "%s\n", line.c_str());
  if (bar_shown_) Draw(docs_, bytes_);
}

void Progress::Finish() {
  std::lock_guard lock(mutex_);
  if (bar_shown_) {
    Draw(docs_, bytes_);
    std::fputs("\n", stderr);
    bar_shown_ = false;
  }
}

}  // namespace thidua::indexer
