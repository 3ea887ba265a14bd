#include "indexer/pipeline.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace thidua::indexer {
namespace {

struct WorkItem {
  std::uint64_t seq;
  Article article;
};

class Channel {
 public:
  explicit Channel(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Reader side: blocks while max_in_flight articles are unconsumed.
  void Push(WorkItem item) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return in_flight_ < capacity_; });
    ++in_flight_;
    input_.push_back(std::move(item));
    work_.notify_one();
  }
  void CloseInput(std::uint64_t total) {
    std::lock_guard lock(mutex_);
    closed_ = true;
    total_ = total;
    work_.notify_all();
    results_ready_.notify_all();
  }
  // Worker side: false when the input is closed and empty.
  bool Pop(WorkItem& item) {
    std::unique_lock lock(mutex_);
    work_.wait(lock, [&] { return !input_.empty() || closed_; });
    if (input_.empty()) return false;
    item = std::move(input_.front());
    input_.pop_front();
    return true;
  }
  void PutResult(WorkResult result) {
    std::lock_guard lock(mutex_);
    const std::uint64_t seq = result.seq;
    results_.emplace(seq, std::move(result));
    if (seq == next_) results_ready_.notify_all();
  }
  // Consumer side: the next result in order, or false when all are done.
  bool Next(WorkResult& result) {
    std::unique_lock lock(mutex_);
    results_ready_.wait(lock, [&] { return results_.count(next_) > 0 || (closed_ && next_ == total_); });
    const auto it = results_.find(next_);
    if (it == results_.end()) return false;
    result = std::move(it->second);
    results_.erase(it);
    ++next_;
    --in_flight_;
    room_.notify_one();
    return true;
  }

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable room_, work_, results_ready_;
  std::deque<WorkItem> input_;
  std::map<std::uint64_t, WorkResult> results_;
  std::size_t in_flight_ = 0;
  std::uint64_t next_ = 0, total_ = 0;
  bool closed_ = false;
};

}  // namespace

PipelineStats RunPipeline(const std::vector<std::string>& files, const PipelineOptions& options,
                          const WorkerFactory& make_worker, const ResultConsumer& consume,
                          const ProblemCallback& on_problem, std::atomic<bool>& stop) {
  PipelineStats stats;
  Channel channel(options.max_in_flight);
  std::uint64_t records = 0, articles = 0;

  std::thread reader([&] {
    std::uint64_t seq = 0;
    for (const std::string& file : files) {
      if (stop.load()) break;
      records += ReadFile(
          file, options.reader,
          [&](Article&& article) { channel.Push({seq++, std::move(article)}); }, on_problem,
          [&] { return stop.load(); });
    }
    articles = seq;
    channel.CloseInput(seq);
  });

  const int thread_count = options.threads < 1 ? 1 : options.threads;
  std::vector<std::thread> workers;
  workers.reserve(static_cast<std::size_t>(thread_count));
  for (int t = 0; t < thread_count; ++t) {
    workers.emplace_back([&] {
      std::unique_ptr<Worker> worker = make_worker();
      WorkItem item;
      while (channel.Pop(item)) {
        WorkResult result;
        result.seq = item.seq;
        result.id = item.article.id;
        result.origin = item.article.origin;
        result.input_bytes = item.article.input_bytes;
        try {
          worker->Process(std::move(item.article), result);
        } catch (const Xapian::Error& e) {
          result.error = e.get_description();
        } catch (const std::exception& e) {
          result.error = e.what();
        }
        channel.PutResult(std::move(result));
      }
    });
  }

  bool consuming = true;
  WorkResult result;
  while (channel.Next(result)) {
    if (!result.error.empty()) {
      on_problem({ProblemKind::kSkipped, result.origin, "analysis failed: " + result.error});
      continue;
    }
    if (consuming) {
      ++stats.consumed;
      if (!consume(std::move(result))) {
        consuming = false;
        stop.store(true);
      }
    }
  }
  reader.join();
  for (std::thread& worker : workers) worker.join();
  stats.records = records;
  stats.articles = articles;
  return stats;
}

}  // namespace thidua::indexer
