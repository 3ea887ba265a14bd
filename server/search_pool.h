// The thread pool that runs all request handlers, with one thidua::Searcher
// per pool thread (a Searcher owns its Xapian::Database and is not
// thread-safe, so threads never share one).
//
// Each thread opens its Searcher lazily; while the index cannot be opened the
// thread retries at most once per second and handlers get a null Searcher
// (API routes answer 503). Before each use the Searcher is reopened, which
// costs one small file read and makes commits of a running indexer visible
// without a restart.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

#include "search/engine.h"

namespace thidua::server {

class SearchPool {
 public:
  SearchPool(std::string index_dir, std::shared_ptr<const SearchResources> resources,
             int threads);
  ~SearchPool();  // waits for queued work
  SearchPool(const SearchPool&) = delete;
  SearchPool& operator=(const SearchPool&) = delete;

  // Runs `work` on a pool thread.
  template <typename Work>
  void Post(Work&& work) {
    boost::asio::post(pool_, std::forward<Work>(work));
  }

  // Call only from a pool thread (inside Post): this thread's Searcher,
  // reopened to the latest commit, or null while the index is unavailable.
  Searcher* AcquireSearcher();

  // Waits for all queued work to finish and stops the threads.
  void Join();

  // Readiness as last observed by any thread (for /healthz and /metrics).
  bool index_ready() const { return index_ready_.load(std::memory_order_relaxed); }
  // Why the index could not be opened the last time it failed.
  std::string last_error() const;

  static constexpr std::chrono::seconds kRetryInterval{1};

 private:
  std::string index_dir_;
  std::shared_ptr<const SearchResources> resources_;
  std::atomic<bool> index_ready_{false};
  mutable std::mutex error_mutex_;
  std::string last_error_;
  boost::asio::thread_pool pool_;
};

}  // namespace thidua::server
