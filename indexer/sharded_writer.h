// The writer of a sharded index (index_layout.h): one IndexWriter per shard,
// each on its own thread, so Xapian's inverter and commits (most of the
// indexing CPU) run on every core. The caller feeds documents in input
// order; each goes to its shard's bounded queue, so every shard sees its
// documents in input order (its docids do not depend on the analysis thread
// count) and commits its own batches in transactions: an interrupted run
// (kill -9) leaves every shard openable with each committed batch intact.
//
// Not thread-safe: one caller thread (the pipeline's consumer).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/status.h"
#include "indexer/index_layout.h"
#include "indexer/index_writer.h"

namespace thidua::indexer {

struct ShardedWriterOptions {
  WriterOptions writer;         // batch thresholds, per shard
  std::size_t new_shards = 1;   // shard count when the index does not exist yet
  std::size_t queue_docs = 64;  // per shard; Put blocks while the queue is full
};

class ShardedWriter {
 public:
  // Opens (or creates, with options.new_shards shards) the index at dir and
  // starts one writer thread per shard. Unavailable when a shard is locked by
  // another writer or cannot be opened; InvalidArgument for a stub it cannot
  // write.
  static StatusOr<std::unique_ptr<ShardedWriter>> Open(const std::string& dir, ShardedWriterOptions options);
  ~ShardedWriter();  // Close(), best effort

  // Queues the document of `id` for its shard (see IndexWriter::Put). Returns
  // the first error any shard has met so far: the caller should stop.
  Status Put(const std::string& id, Xapian::Document doc, std::uint64_t input_bytes);
  // Queues the removal of `id` from its shard (see IndexWriter::Delete).
  Status Delete(const std::string& id);
  // Every shard writes what is queued and commits; waits for all of them.
  Status Commit();
  // Commit, then ends the threads. Further Put/Delete/Commit fail.
  Status Close();

  // Summed over the shards; exact after Commit() or Close().
  WriterCounts counts() const;
  // Documents in all shards; after Close().
  Xapian::doccount doc_count() const;
  const IndexLayout& layout() const { return layout_; }

 private:
  struct Op;
  struct Shard;
  ShardedWriter(IndexLayout layout, std::vector<std::unique_ptr<Shard>> shards);
  Status Enqueue(std::size_t shard, Op&& op);
  Status FirstError() const;

  IndexLayout layout_;
  std::vector<std::unique_ptr<Shard>> shards_;
  std::atomic<bool> failed_{false};
  bool closed_ = false;
};

}  // namespace thidua::indexer
