// The indexing pipeline: one reader thread, N analysis workers, and the
// caller's thread consuming results in input order (so the index, or the
// --extract-only output, is the same whatever N is). Queues are bounded:
// at most max_in_flight articles are between the reader and the consumer.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/article.h"
#include "indexer/readers.h"

namespace thidua::indexer {

struct WorkResult {
  std::uint64_t seq = 0;          // input order
  std::string id;
  std::string origin;
  std::uint64_t input_bytes = 0;
  Xapian::Document doc;           // index mode
  std::string output_line;        // --extract-only mode
  std::string error;              // non-empty when analysis failed (the article is skipped)
  bool unchanged = false;         // --resume: already indexed with the same content hash
};

// Analysis on one worker thread; each worker gets its own (Tokenizer state).
class Worker {
 public:
  virtual ~Worker() = default;
  virtual void Process(Article&& article, WorkResult& result) = 0;
};
using WorkerFactory = std::function<std::unique_ptr<Worker>()>;

// Called on the RunPipeline caller's thread, in input order. Returning false
// stops the run (what is in flight is drained, not consumed).
using ResultConsumer = std::function<bool(WorkResult&&)>;

struct PipelineOptions {
  int threads = 2;
  std::size_t max_in_flight = 64;
  ReaderOptions reader;
};

struct PipelineStats {
  std::uint64_t records = 0;   // records seen by the readers (articles + skipped)
  std::uint64_t articles = 0;  // handed to the workers
  std::uint64_t consumed = 0;  // handed to the consumer
};

// Reads `files` in order. on_problem is called from the reader thread (and
// for worker failures, from the caller's thread): make it thread-safe.
// `stop` (Ctrl-C) ends reading early; articles already read are still
// analysed and consumed.
PipelineStats RunPipeline(const std::vector<std::string>& files, const PipelineOptions& options,
                          const WorkerFactory& make_worker, const ResultConsumer& consume,
                          const ProblemCallback& on_problem, std::atomic<bool>& stop);

}  // namespace thidua::indexer
