#include "indexer/sharded_writer.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace thidua::indexer {

struct ShardedWriter::Op {
  enum Kind { kPut, kDelete, kCommit, kSkip } kind = kPut;
  std::string id;
  Xapian::Document doc;
  std::uint64_t input_bytes = 0;
};

// One shard: its writer, used only by its thread while the thread runs, and
// the queue the caller fills. `done` counts processed ops, so the caller can
// wait for everything it queued (Commit).
struct ShardedWriter::Shard {
  std::unique_ptr<IndexWriter> writer;
  std::size_t capacity = 64;
  std::mutex mutex;
  std::condition_variable work, room, progress;
  std::deque<Op> queue;
  std::uint64_t queued = 0, done = 0;
  bool closing = false;
  Status error;  // the first failure; later ops are dropped
  std::thread thread;

  void Run(std::atomic<bool>& failed) {
    for (;;) {
      Op op;
      bool skip = false;
      {
        std::unique_lock lock(mutex);
        work.wait(lock, [&] { return !queue.empty() || closing; });
        if (queue.empty()) return;
        op = std::move(queue.front());
        queue.pop_front();
        room.notify_one();
        skip = !error.ok();
      }
      Status status;
      try {
        if (skip) op.kind = Op::kSkip;
        switch (op.kind) {
          case Op::kPut:
            status = writer->Put(op.id, op.doc, op.input_bytes);
            break;
          case Op::kDelete:
            status = writer->Delete(op.id);
            break;
          case Op::kCommit:
            status = writer->Commit();
            break;
          case Op::kSkip:
            break;
        }
      } catch (const std::exception& e) {  // bad_alloc and the like: report, do not terminate
        status = Status::Internal("writing " + op.id + ": " + e.what());
      }
      op = Op();  // the document is freed on this thread, before the caller is told
      std::lock_guard lock(mutex);
      if (!status.ok() && error.ok()) {
        error = status;
        failed.store(true);
      }
      ++done;
      progress.notify_all();
    }
  }
};

StatusOr<std::unique_ptr<ShardedWriter>> ShardedWriter::Open(const std::string& dir, ShardedWriterOptions options) {
  StatusOr<IndexLayout> layout = OpenOrCreateLayout(dir, options.new_shards);
  if (!layout.ok()) return layout.status();
  std::vector<std::unique_ptr<Shard>> shards;
  for (const std::string& path : layout->shard_paths) {
    StatusOr<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(path, options.writer);
    if (!writer.ok()) return writer.status();
    auto shard = std::make_unique<Shard>();
    shard->writer = std::move(*writer);
    shard->capacity = options.queue_docs == 0 ? 1 : options.queue_docs;
    shards.push_back(std::move(shard));
  }
  auto sharded = std::unique_ptr<ShardedWriter>(new ShardedWriter(std::move(*layout), std::move(shards)));
  for (const auto& shard : sharded->shards_) {
    shard->thread = std::thread([&failed = sharded->failed_, raw = shard.get()] { raw->Run(failed); });
  }
  return sharded;
}

ShardedWriter::ShardedWriter(IndexLayout layout, std::vector<std::unique_ptr<Shard>> shards)
    : layout_(std::move(layout)), shards_(std::move(shards)) {}

ShardedWriter::~ShardedWriter() {
  if (Status status = Close(); !status.ok()) {
    // Destructors cannot report; callers that care call Close() themselves.
  }
}

Status ShardedWriter::FirstError() const {
  for (const auto& shard : shards_) {
    std::lock_guard lock(shard->mutex);
    if (!shard->error.ok()) return shard->error;
  }
  return Status::Ok();
}

Status ShardedWriter::Enqueue(std::size_t index, Op&& op) {
  if (closed_) return Status::Internal("index writer already closed");
  if (failed_.load()) return FirstError();
  Shard& shard = *shards_[index];
  std::unique_lock lock(shard.mutex);
  shard.room.wait(lock, [&] { return shard.queue.size() < shard.capacity || !shard.error.ok(); });
  if (!shard.error.ok()) return shard.error;
  shard.queue.push_back(std::move(op));
  ++shard.queued;
  shard.work.notify_one();
  return Status::Ok();
}

Status ShardedWriter::Put(const std::string& id, Xapian::Document doc, std::uint64_t input_bytes) {
  Op op;
  op.kind = Op::kPut;
  op.id = id;
  op.doc = std::move(doc);
  op.input_bytes = input_bytes;
  return Enqueue(ShardOf(id, shards_.size()), std::move(op));
}

Status ShardedWriter::Delete(const std::string& id) {
  Op op;
  op.kind = Op::kDelete;
  op.id = id;
  return Enqueue(ShardOf(id, shards_.size()), std::move(op));
}

Status ShardedWriter::Commit() {
  if (closed_) return FirstError();
  // Every shard commits at once; then wait for all of them.
  for (std::size_t s = 0; s < shards_.size(); ++s) {
    Op op;
    op.kind = Op::kCommit;
    if (Status status = Enqueue(s, std::move(op)); !status.ok() && !failed_.load()) return status;
  }
  for (const auto& shard : shards_) {
    std::unique_lock lock(shard->mutex);
    shard->progress.wait(lock, [&] { return shard->done == shard->queued; });
  }
  return FirstError();
}

Status ShardedWriter::Close() {
  if (closed_) return FirstError();
  Status status = Commit();
  for (const auto& shard : shards_) {
    {
      std::lock_guard lock(shard->mutex);
      shard->closing = true;
      shard->work.notify_all();
    }
    if (shard->thread.joinable()) shard->thread.join();
  }
  closed_ = true;
  return status;
}

WriterCounts ShardedWriter::counts() const {
  WriterCounts sum;
  for (const auto& shard : shards_) {
    std::lock_guard lock(shard->mutex);  // orders the reads after Commit's wait
    const WriterCounts& counts = shard->writer->counts();
    sum.added += counts.added;
    sum.replaced += counts.replaced;
    sum.deleted += counts.deleted;
    sum.not_found += counts.not_found;
    sum.commits += counts.commits;
  }
  return sum;
}

Xapian::doccount ShardedWriter::doc_count() const {
  Xapian::doccount total = 0;
  for (const auto& shard : shards_) total += shard->writer->doc_count();
  return total;
}

}  // namespace thidua::indexer
