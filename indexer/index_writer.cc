#include "indexer/index_writer.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

#include "indexer/document_builder.h"
#include "indexer/index_layout.h"

namespace thidua::indexer {

StatusOr<std::unique_ptr<IndexWriter>> IndexWriter::Open(const std::string& dir, WriterOptions options) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return Status::Unavailable(dir + ": " + error.message());
  try {
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OPEN);
    if (options.batch_docs == 0) options.batch_docs = 1;
    const bool started_empty = db.get_doccount() == 0;
    return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(db), options, started_empty));
  } catch (const Xapian::DatabaseLockError& e) {
    return Status::Unavailable(dir + ": locked by another writer (" + e.get_msg() + ")");
  } catch (const Xapian::Error& e) {
    return Status::Unavailable(dir + ": " + e.get_description());
  }
}

IndexWriter::~IndexWriter() {
  if (Status status = Commit(); !status.ok()) {
    // Destructors cannot report; callers that care call Commit() themselves.
  }
}

Status IndexWriter::BeginIfNeeded() {
  if (in_transaction_) return Status::Ok();
  // A flushed transaction: nothing is written until commit_transaction, and
  // Xapian's own auto-flush (every 10,000 changes) cannot split a batch.
  db_.begin_transaction(true);
  in_transaction_ = true;
  return Status::Ok();
}

Status IndexWriter::AfterChange(std::uint64_t input_bytes) {
  ++pending_docs_;
  pending_bytes_ += input_bytes;
  if (pending_docs_ >= options_.batch_docs || pending_bytes_ >= options_.batch_bytes) return Commit();
  return Status::Ok();
}

Status IndexWriter::Put(const std::string& id, const Xapian::Document& doc, std::uint64_t input_bytes) {
  try {
    if (Status status = BeginIfNeeded(); !status.ok()) return status;
    const std::string term = IdTerm(id);
    if (started_empty_) {
      // doc carries the Q<id> term (DocumentBuilder), so add_document keeps
      // the id unique as long as this id was not written before in this run.
      if (written_ids_.insert(id).second) {
        db_.add_document(doc);
        ++counts_.added;
      } else {
        db_.replace_document(term, doc);
        ++counts_.replaced;
      }
      return AfterChange(input_bytes);
    }
    // The writer sees its own uncommitted changes, so an id repeated within
    // a batch counts as replaced too.
    if (db_.term_exists(term)) {
      ++counts_.replaced;
    } else {
      ++counts_.added;
    }
    db_.replace_document(term, doc);
  } catch (const Xapian::Error& e) {
    return Status::Internal("writing " + id + ": " + e.get_description());
  }
  return AfterChange(input_bytes);
}

Status IndexWriter::Delete(const std::string& id) {
  try {
    if (Status status = BeginIfNeeded(); !status.ok()) return status;
    const std::string term = IdTerm(id);
    if (started_empty_ ? written_ids_.erase(id) == 0 : !db_.term_exists(term)) {
      ++counts_.not_found;
      return Status::Ok();
    }
    db_.delete_document(term);
    ++counts_.deleted;
  } catch (const Xapian::Error& e) {
    return Status::Internal("deleting " + id + ": " + e.get_description());
  }
  return AfterChange(0);
}

Status IndexWriter::Commit() {
  if (!in_transaction_) return Status::Ok();
  try {
    db_.commit_transaction();
    in_transaction_ = false;
    pending_docs_ = pending_bytes_ = 0;
    ++counts_.commits;
  } catch (const Xapian::Error& e) {
    in_transaction_ = false;
    return Status::Internal("commit: " + e.get_description());
  }
  return Status::Ok();
}

Status CompactIndex(const std::string& dir) {
  namespace fs = std::filesystem;
  StatusOr<IndexLayout> layout = ReadIndexLayout(dir);
  if (!layout.ok()) return Status::Internal("compacting " + dir + ": " + layout.status().message());
  const std::string fresh = dir + ".compact-tmp", old = dir + ".old-tmp";
  std::error_code error;
  fs::remove_all(fresh, error);
  fs::remove_all(old, error);
  // The whole directory is built aside and swapped in, sharded or not: a
  // crash leaves either the old index or the new one at dir (or, between
  // the two renames, the old one at dir.old-tmp).
  // A sharded index is merged into one database: the shards exist so that a
  // bulk load writes on every core, but the searcher is faster on one
  // compacted database (one count pass, one set of facet columns, fewer
  // B-tree levels to read). Shards overlap in docids, so they are
  // renumbered (appended in shard order); a plain index keeps its docids.
  try {
    if (layout->sharded()) {
      Xapian::Database combined;
      for (const std::string& shard : layout->shard_paths) combined.add_database(Xapian::Database(shard));
      combined.compact(fresh);
    } else {
      Xapian::Database(dir).compact(fresh, Xapian::DBCOMPACT_NO_RENUMBER);
    }
  } catch (const Xapian::Error& e) {
    fs::remove_all(fresh, error);
    return Status::Internal("compacting " + dir + ": " + e.get_description());
  }
  fs::rename(dir, old, error);
  if (error) return Status::Internal("compacting " + dir + ": " + error.message());
  fs::rename(fresh, dir, error);
  if (error) {
    fs::rename(old, dir, error);  // put the original back
    return Status::Internal("compacting " + dir + ": cannot move the compact copy in");
  }
  fs::remove_all(old, error);
  return Status::Ok();
}

std::string CommittedIndex::StoredHash(const std::string& id) {
  constexpr std::string_view kKey = "\"content_hash\":\"";
  for (int attempt = 0; attempt < 3; ++attempt) {
    try {
      if (!db_) {
        db_.emplace(dir_);
      } else if (attempt > 0) {
        db_->reopen();
      }
      const std::string term = IdTerm(id);
      Xapian::PostingIterator posting = db_->postlist_begin(term);
      if (posting == db_->postlist_end(term)) return {};
      const std::string data = db_->get_document(*posting).get_data();
      const std::size_t at = data.find(kKey);
      if (at == std::string::npos || at + kKey.size() + 16 > data.size()) return {};
      return data.substr(at + kKey.size(), 16);
    } catch (const Xapian::DatabaseModifiedError&) {
      continue;  // the writer committed meanwhile: reopen and retry
    } catch (const Xapian::Error&) {
      db_.reset();
      return {};
    }
  }
  return {};
}

}  // namespace thidua::indexer
