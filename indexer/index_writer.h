// The single writer of one glass database (a shard of an index, see
// index_layout.h and sharded_writer.h, or a plain index): documents replace
// any earlier one with the same Q<id> term, and changes are committed in
// batches (every N documents or M input bytes) inside a Xapian transaction,
// so an interrupted run (Ctrl-C, kill -9) leaves the database openable with
// every committed batch intact, and a second run finishes the job. Not
// thread-safe: one writer.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include <xapian.h>

#include "analyzers/status.h"

namespace thidua::indexer {

struct WriterOptions {
  std::uint64_t batch_docs = 100;             // commit after this many changes
  std::uint64_t batch_bytes = 32ull << 20;    // ... or this many input bytes
};

struct WriterCounts {
  std::uint64_t added = 0;      // ids not in the index before
  std::uint64_t replaced = 0;   // ids that were (or came earlier in this run)
  std::uint64_t deleted = 0;
  std::uint64_t not_found = 0;  // --delete of an id that is not there
  std::uint64_t commits = 0;
};

class IndexWriter {
 public:
  // Creates the directory and the index when missing. Unavailable when the
  // index is locked by another writer or cannot be opened.
  static StatusOr<std::unique_ptr<IndexWriter>> Open(const std::string& dir, WriterOptions options);
  ~IndexWriter();  // commits pending changes (best effort)

  // Adds or replaces the document of `id`; doc must carry the term IdTerm(id)
  // (DocumentBuilder adds it). input_bytes counts towards the
  // byte threshold of a batch. Commits when a batch is full.
  Status Put(const std::string& id, const Xapian::Document& doc, std::uint64_t input_bytes);
  // Removes the document of `id`; a missing id is counted, not an error.
  Status Delete(const std::string& id);
  // Commits the pending batch (no-op when nothing is pending).
  Status Commit();

  const WriterCounts& counts() const { return counts_; }
  Xapian::doccount doc_count() const { return db_.get_doccount(); }

 private:
  IndexWriter(Xapian::WritableDatabase db, WriterOptions options, bool started_empty)
      : db_(std::move(db)), options_(options), started_empty_(started_empty) {}
  Status BeginIfNeeded();
  Status AfterChange(std::uint64_t input_bytes);

  Xapian::WritableDatabase db_;
  WriterOptions options_;
  WriterCounts counts_;
  // An index that was empty when opened holds only this run's ids: they are
  // tracked here so new ids take add_document, sparing replace_document's
  // look-up of the id term (and term_exists) on every bulk-load document.
  bool started_empty_ = false;
  std::unordered_set<std::string> written_ids_;
  bool in_transaction_ = false;
  std::uint64_t pending_docs_ = 0, pending_bytes_ = 0;
};

// Rewrites the index at `dir` compactly (Xapian::Database::compact: full
// B-tree blocks; about half the size after a bulk load) and swaps the new
// directory in by renaming. A sharded index comes out as one plain database
// (the shards merged, docids renumbered): later runs write it as one shard.
// No writer may be open on it. Readers that have the old one open keep
// reading it until they reopen.
Status CompactIndex(const std::string& dir);

// The read side of --resume: what the committed index holds for an id, in
// any shard (Xapian opens a sharded index's directory as one database).
// One per thread (a Xapian::Database is not thread-safe).
class CommittedIndex {
 public:
  explicit CommittedIndex(std::string dir) : dir_(std::move(dir)) {}
  // The "content_hash" stored in the document data of `id`; empty when the
  // id is not in the committed index or the index cannot be read.
  std::string StoredHash(const std::string& id);

 private:
  std::string dir_;
  std::optional<Xapian::Database> db_;
};

}  // namespace thidua::indexer
