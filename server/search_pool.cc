#include "server/search_pool.h"

#include <utility>

namespace thidua::server {
namespace {

// One slot per OS thread. `owner` guards against a slot left over from
// another SearchPool (only possible in tests that build several pools).
struct ThreadSlot {
  const SearchPool* owner = nullptr;
  std::unique_ptr<Searcher> searcher;
  std::chrono::steady_clock::time_point last_attempt{};
  bool attempted = false;
};

thread_local ThreadSlot tls_slot;

}  // namespace

SearchPool::SearchPool(std::string index_dir, std::shared_ptr<const SearchResources> resources,
                       int threads)
    : index_dir_(std::move(index_dir)),
      resources_(std::move(resources)),
      pool_(static_cast<std::size_t>(threads < 1 ? 1 : threads)) {
  // Report readiness at start-up rather than on the first request.
  auto probe = Searcher::Open(index_dir_, resources_);
  index_ready_.store(probe.ok());
  if (!probe.ok()) {
    std::lock_guard<std::mutex> lock(error_mutex_);
    last_error_ = probe.status().message();
  }
}

SearchPool::~SearchPool() { Join(); }

void SearchPool::Join() {
  // Each thread's Searcher dies with its thread_local slot at thread exit.
  pool_.join();
}

std::string SearchPool::last_error() const {
  std::lock_guard<std::mutex> lock(error_mutex_);
  return last_error_;
}

Searcher* SearchPool::AcquireSearcher() {
  ThreadSlot& slot = tls_slot;
  if (slot.owner != this) {
    slot = ThreadSlot{};
    slot.owner = this;
  }
  if (slot.searcher != nullptr) {
    slot.searcher->Reopen();
    return slot.searcher.get();
  }
  const auto now = std::chrono::steady_clock::now();
  if (slot.attempted && now - slot.last_attempt < kRetryInterval) return nullptr;
  slot.attempted = true;
  slot.last_attempt = now;
  auto opened = Searcher::Open(index_dir_, resources_);
  if (!opened.ok()) {
    index_ready_.store(false, std::memory_order_relaxed);
    std::lock_guard<std::mutex> lock(error_mutex_);
    last_error_ = opened.status().message();
    return nullptr;
  }
  index_ready_.store(true, std::memory_order_relaxed);
  slot.searcher = std::move(*opened);
  return slot.searcher.get();
}

}  // namespace thidua::server
