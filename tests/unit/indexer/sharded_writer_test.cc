#include "indexer/sharded_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "indexer/document_builder.h"
#include "indexer/index_layout.h"
#include "test_util.h"

namespace thidua::indexer {
namespace {

// Data with a content_hash (the --resume look-up reads it): the id, zero-padded.
Xapian::Document Doc(const std::string& id, const std::string& word) {
  return testing::WriterTestDoc(id, word,
                                R"({"content_hash":")" + std::string(16 - std::min<std::size_t>(16, id.size()), '0') +
                                    id + R"(","id":")" + id + "\"}");
}

std::string Id(int i) { return "doc-" + std::to_string(i); }

ShardedWriterOptions Options(std::size_t shards, std::uint64_t batch = 250) {
  ShardedWriterOptions options;
  options.new_shards = shards;
  options.writer = WriterOptions{batch, 1ull << 30};
  options.queue_docs = 4;  // small: Put must block and resume correctly
  return options;
}

// Ids stored in one shard database, in docid order.
std::vector<std::string> IdsIn(const std::string& shard_path) {
  Xapian::Database db(shard_path);
  std::map<Xapian::docid, std::string> by_docid;
  for (auto term = db.allterms_begin("Q"); term != db.allterms_end("Q"); ++term) {
    by_docid[*db.postlist_begin(*term)] = (*term).substr(1);
  }
  std::vector<std::string> ids;
  for (const auto& [docid, id] : by_docid) ids.push_back(id);
  return ids;
}

TEST(ShardedWriter, RoutesEachIdToItsShardInInputOrder) {
  for (const std::size_t shards : {1u, 2u, 3u}) {
    testing::TempDir dir;
    const std::string index = dir.Path("index");
    auto writer = ShardedWriter::Open(index, Options(shards, 7));
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    for (int i = 0; i < 100; ++i) ASSERT_TRUE((*writer)->Put(Id(i), Doc(Id(i), "w"), 10).ok());
    ASSERT_TRUE((*writer)->Close().ok());
    EXPECT_EQ((*writer)->counts().added, 100u);
    EXPECT_EQ((*writer)->doc_count(), 100u);

    // What each shard should hold: its ids, in input order (so docids do not
    // depend on how many analysis threads produced the documents).
    std::vector<std::vector<std::string>> expected(shards);
    for (int i = 0; i < 100; ++i) expected[ShardOf(Id(i), shards)].push_back(Id(i));
    ASSERT_EQ((*writer)->layout().shard_count(), shards);
    for (std::size_t s = 0; s < shards; ++s) {
      EXPECT_EQ(IdsIn((*writer)->layout().shard_paths[s]), expected[s]) << shards << " shards, shard " << s;
    }
    writer->reset();

    // The directory opens as one database holding every id once.
    Xapian::Database combined(index);
    EXPECT_EQ(combined.get_doccount(), 100u);
    EXPECT_EQ(combined.get_termfreq("w"), 100u);
    for (int i = 0; i < 100; ++i) EXPECT_EQ(combined.get_termfreq(IdTerm(Id(i))), 1u) << Id(i);
  }
}

TEST(ShardedWriter, ReplacesAndDeletesAcrossRuns) {
  testing::TempDir dir;
  const std::string index = dir.Path("index");
  {
    auto writer = ShardedWriter::Open(index, Options(3));
    ASSERT_TRUE(writer.ok());
    for (int i = 0; i < 30; ++i) ASSERT_TRUE((*writer)->Put(Id(i), Doc(Id(i), "old"), 1).ok());
    ASSERT_TRUE((*writer)->Put(Id(0), Doc(Id(0), "twice"), 1).ok());  // same run
    ASSERT_TRUE((*writer)->Close().ok());
    EXPECT_EQ((*writer)->counts().added, 30u);
    EXPECT_EQ((*writer)->counts().replaced, 1u);
  }
  {
    // A later run asks for 2 shards: the index keeps its 3.
    auto writer = ShardedWriter::Open(index, Options(2));
    ASSERT_TRUE(writer.ok());
    EXPECT_EQ((*writer)->layout().shard_count(), 3u);
    for (int i = 20; i < 40; ++i) ASSERT_TRUE((*writer)->Put(Id(i), Doc(Id(i), "new"), 1).ok());
    for (const int i : {1, 2, 3, 35}) ASSERT_TRUE((*writer)->Delete(Id(i)).ok());
    ASSERT_TRUE((*writer)->Delete("never-there").ok());
    ASSERT_TRUE((*writer)->Close().ok());
    const WriterCounts counts = (*writer)->counts();
    EXPECT_EQ(counts.added, 10u);
    EXPECT_EQ(counts.replaced, 10u);
    EXPECT_EQ(counts.deleted, 4u);
    EXPECT_EQ(counts.not_found, 1u);
    EXPECT_EQ((*writer)->doc_count(), 36u);
  }
  Xapian::Database db(index);
  EXPECT_EQ(db.get_doccount(), 36u);
  EXPECT_EQ(db.get_termfreq("old"), 16u);  // 4..19 (0 was replaced, 1..3 deleted)
  EXPECT_EQ(db.get_termfreq("new"), 19u);  // 20..39 but 35
  EXPECT_EQ(db.get_termfreq("twice"), 1u);
  for (int i = 0; i < 40; ++i) {
    const bool deleted = i == 1 || i == 2 || i == 3 || i == 35;
    EXPECT_EQ(db.get_termfreq(IdTerm(Id(i))), deleted ? 0u : 1u) << Id(i);
  }
}

// Each shard commits its own batches; a reader of the directory sees exactly
// the committed ones while the writer still holds the rest.
TEST(ShardedWriter, ShardsCommitTheirOwnBatches) {
  testing::TempDir dir;
  const std::string index = dir.Path("index");
  auto writer = ShardedWriter::Open(index, Options(2, 5));
  ASSERT_TRUE(writer.ok());
  std::vector<int> per_shard(2, 0);
  for (int i = 0; i < 37; ++i) {
    ASSERT_TRUE((*writer)->Put(Id(i), Doc(Id(i), "w"), 1).ok());
    ++per_shard[ShardOf(Id(i), 2)];
  }
  // Wait for the shard threads: Commit() would commit the partial batches,
  // so poll the readers instead until the full batches are in.
  const unsigned full = (per_shard[0] / 5 + per_shard[1] / 5) * 5;
  Xapian::Database reader(index);
  for (int attempt = 0; attempt < 500 && reader.get_doccount() < full; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    reader.reopen();
  }
  EXPECT_EQ(reader.get_doccount(), full);
  ASSERT_TRUE((*writer)->Close().ok());
  reader.reopen();
  EXPECT_EQ(reader.get_doccount(), 37u);
  const auto batches = [](int n) { return static_cast<std::uint64_t>((n + 4) / 5); };
  EXPECT_EQ((*writer)->counts().commits, batches(per_shard[0]) + batches(per_shard[1]));
}

// An index written before shards (a glass database at DIR) is one shard.
TEST(ShardedWriter, PlainIndexStaysOneShard) {
  testing::TempDir dir;
  const std::string index = dir.Path("plain");
  {
    auto plain = IndexWriter::Open(index, {});
    ASSERT_TRUE(plain.ok());
    ASSERT_TRUE((*plain)->Put("old", Doc("old", "w"), 1).ok());
  }
  auto writer = ShardedWriter::Open(index, Options(4));
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  EXPECT_FALSE((*writer)->layout().sharded());
  for (int i = 0; i < 10; ++i) ASSERT_TRUE((*writer)->Put(Id(i), Doc(Id(i), "w"), 1).ok());
  ASSERT_TRUE((*writer)->Put("old", Doc("old", "again"), 1).ok());
  ASSERT_TRUE((*writer)->Close().ok());
  EXPECT_EQ((*writer)->counts().replaced, 1u);
  writer->reset();
  EXPECT_FALSE(std::filesystem::exists(dir.Path("plain/XAPIANDB")));
  EXPECT_EQ(Xapian::Database(index).get_doccount(), 11u);
}

TEST(ShardedWriter, SecondWriterIsRefused) {
  testing::TempDir dir;
  auto first = ShardedWriter::Open(dir.Path("index"), Options(2));
  ASSERT_TRUE(first.ok());
  auto second = ShardedWriter::Open(dir.Path("index"), Options(2));
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kUnavailable);
}

TEST(ShardedWriter, ClosedWriterRefusesWrites) {
  testing::TempDir dir;
  auto writer = ShardedWriter::Open(dir.Path("index"), Options(2));
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Close().ok());
  EXPECT_FALSE((*writer)->Put("a", Doc("a", "w"), 1).ok());
  EXPECT_FALSE((*writer)->Delete("a").ok());
}

// --resume reads content hashes from whichever shard holds the id.
TEST(CommittedIndex, FindsIdsInEveryShard) {
  testing::TempDir dir;
  const std::string index = dir.Path("index");
  auto writer = ShardedWriter::Open(index, Options(3));
  ASSERT_TRUE(writer.ok());
  std::vector<bool> seen(3, false);
  for (int i = 0; i < 12; ++i) {
    ASSERT_TRUE((*writer)->Put(Id(i), Doc(Id(i), "w"), 1).ok());
    seen[ShardOf(Id(i), 3)] = true;
  }
  ASSERT_EQ(seen, std::vector<bool>(3, true));  // the ids cover all shards
  ASSERT_TRUE((*writer)->Commit().ok());
  CommittedIndex committed(index);
  for (int i = 0; i < 12; ++i) EXPECT_EQ(committed.StoredHash(Id(i)), std::string(16 - Id(i).size(), '0') + Id(i));
  EXPECT_EQ(committed.StoredHash("absent"), "");
}

TEST(CompactIndex, MergesTheShardsIntoOneDatabase) {
  testing::TempDir dir;
  const std::string index = dir.Path("index");
  std::set<std::string> before;
  {
    auto writer = ShardedWriter::Open(index, Options(3, 4));
    ASSERT_TRUE(writer.ok());
    for (int i = 0; i < 60; ++i) ASSERT_TRUE((*writer)->Put(Id(i), Doc(Id(i), "w"), 1).ok());
    ASSERT_TRUE((*writer)->Delete(Id(5)).ok());
    ASSERT_TRUE((*writer)->Close().ok());
    for (const std::string& shard : (*writer)->layout().shard_paths) {
      for (const std::string& id : IdsIn(shard)) before.insert(id);
    }
  }
  ASSERT_EQ(before.size(), 59u);
  ASSERT_TRUE(CompactIndex(index).ok());
  StatusOr<IndexLayout> layout = ReadIndexLayout(index);
  ASSERT_TRUE(layout.ok());
  EXPECT_FALSE(layout->sharded());
  EXPECT_FALSE(std::filesystem::exists(dir.Path("index/XAPIANDB")));
  const std::vector<std::string> after = IdsIn(index);
  EXPECT_EQ(std::set<std::string>(after.begin(), after.end()), before);
  Xapian::Database db(index);
  EXPECT_EQ(db.size(), 1u);
  EXPECT_EQ(db.get_doccount(), 59u);
  EXPECT_LE(db.get_lastdocid(), 60u);  // shard after shard: docids no longer overlap
  EXPECT_FALSE(std::filesystem::exists(dir.Path("index.compact-tmp")));
  EXPECT_FALSE(std::filesystem::exists(dir.Path("index.old-tmp")));
  // The merged index is written again like any other, as one shard; ids stay unique.
  auto writer = ShardedWriter::Open(index, Options(3));
  ASSERT_TRUE(writer.ok());
  EXPECT_EQ((*writer)->layout().shard_count(), 1u);
  ASSERT_TRUE((*writer)->Put(Id(5), Doc(Id(5), "back"), 1).ok());
  ASSERT_TRUE((*writer)->Put(Id(7), Doc(Id(7), "again"), 1).ok());
  ASSERT_TRUE((*writer)->Close().ok());
  EXPECT_EQ((*writer)->doc_count(), 60u);
}

}  // namespace
}  // namespace thidua::indexer
