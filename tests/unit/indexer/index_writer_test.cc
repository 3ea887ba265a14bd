#include "indexer/index_writer.h"

#include <gtest/gtest.h>

#include "indexer/document_builder.h"
#include "test_util.h"

namespace thidua::indexer {
namespace {

Xapian::Document Doc(const std::string& id, const std::string& word) {
  return testing::WriterTestDoc(id, word, id + ":" + word);
}

TEST(IndexWriter, SameIdReplaces) {
  testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.Path("db"), {});
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  ASSERT_TRUE((*writer)->Put("a", Doc("a", "one"), 10).ok());
  ASSERT_TRUE((*writer)->Put("b", Doc("b", "two"), 10).ok());
  ASSERT_TRUE((*writer)->Put("a", Doc("a", "three"), 10).ok());  // same batch
  ASSERT_TRUE((*writer)->Commit().ok());
  ASSERT_TRUE((*writer)->Put("b", Doc("b", "four"), 10).ok());  // next batch
  ASSERT_TRUE((*writer)->Commit().ok());
  EXPECT_EQ((*writer)->counts().added, 2u);
  EXPECT_EQ((*writer)->counts().replaced, 2u);
  writer->reset();

  Xapian::Database db(dir.Path("db"));
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_EQ(db.get_termfreq("three"), 1u);
  EXPECT_EQ(db.get_termfreq("one"), 0u);
  EXPECT_EQ(db.get_termfreq("four"), 1u);
  EXPECT_EQ(db.get_termfreq("two"), 0u);
}

// A fresh index adds new ids without looking them up; an index that already
// held documents must still find and replace them.
TEST(IndexWriter, ReopenedIndexReplacesEarlierRunsDocuments) {
  testing::TempDir dir;
  {
    auto writer = IndexWriter::Open(dir.Path("db"), {});
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->Put("a", Doc("a", "one"), 1).ok());
    ASSERT_TRUE((*writer)->Delete("a").ok());  // then written again: added once more
    ASSERT_TRUE((*writer)->Put("a", Doc("a", "two"), 1).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
    EXPECT_EQ((*writer)->counts().added, 2u);
    EXPECT_EQ((*writer)->counts().deleted, 1u);
  }
  auto writer = IndexWriter::Open(dir.Path("db"), {});
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Put("a", Doc("a", "three"), 1).ok());
  ASSERT_TRUE((*writer)->Put("b", Doc("b", "four"), 1).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  EXPECT_EQ((*writer)->counts().added, 1u);
  EXPECT_EQ((*writer)->counts().replaced, 1u);
  writer->reset();
  Xapian::Database db(dir.Path("db"));
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_EQ(db.get_termfreq(IdTerm("a")), 1u);
  EXPECT_EQ(db.get_termfreq("three"), 1u);
  EXPECT_EQ(db.get_termfreq("two"), 0u);
}

TEST(IndexWriter, DeleteRemovesAndCountsMissing) {
  testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.Path("db"), {});
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Put("a", Doc("a", "x"), 1).ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  ASSERT_TRUE((*writer)->Delete("a").ok());
  ASSERT_TRUE((*writer)->Delete("nope").ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  EXPECT_EQ((*writer)->counts().deleted, 1u);
  EXPECT_EQ((*writer)->counts().not_found, 1u);
  EXPECT_EQ((*writer)->doc_count(), 0u);
}

TEST(IndexWriter, CommitsFullBatchesOnly) {
  testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.Path("db"), WriterOptions{3, 1u << 30});
  ASSERT_TRUE(writer.ok());
  for (int i = 0; i < 7; ++i) ASSERT_TRUE((*writer)->Put("d" + std::to_string(i), Doc("d" + std::to_string(i), "w"), 1).ok());
  // A reader sees the two committed batches, not the pending seventh document.
  Xapian::Database reader(dir.Path("db"));
  EXPECT_EQ(reader.get_doccount(), 6u);
  EXPECT_EQ((*writer)->counts().commits, 2u);
  ASSERT_TRUE((*writer)->Commit().ok());
  reader.reopen();
  EXPECT_EQ(reader.get_doccount(), 7u);
}

TEST(IndexWriter, CommitsByInputBytesToo) {
  testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.Path("db"), WriterOptions{1000, 100});
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Put("a", Doc("a", "w"), 60).ok());
  EXPECT_EQ((*writer)->counts().commits, 0u);
  ASSERT_TRUE((*writer)->Put("b", Doc("b", "w"), 60).ok());
  EXPECT_EQ((*writer)->counts().commits, 1u);
}

TEST(CommittedIndex, StoredHashSeesCommittedDocumentsOnly) {
  testing::TempDir dir;
  auto writer = IndexWriter::Open(dir.Path("db"), {});
  ASSERT_TRUE(writer.ok());
  Xapian::Document doc = Doc("a", "w");
  doc.set_data(R"({"content_hash":"0123456789abcdef","id":"a"})");
  ASSERT_TRUE((*writer)->Put("a", doc, 1).ok());
  CommittedIndex committed(dir.Path("db"));
  EXPECT_EQ(committed.StoredHash("a"), "");  // not committed yet
  ASSERT_TRUE((*writer)->Commit().ok());
  CommittedIndex reopened(dir.Path("db"));
  EXPECT_EQ(reopened.StoredHash("a"), "0123456789abcdef");
  EXPECT_EQ(reopened.StoredHash("b"), "");
  EXPECT_EQ(CommittedIndex(dir.Path("nowhere")).StoredHash("a"), "");
}

TEST(CompactIndex, KeepsDocumentsAndIdsAndLeavesNoTemporaries) {
  testing::TempDir dir;
  {
    auto writer = IndexWriter::Open(dir.Path("db"), WriterOptions{10, 1u << 30});
    ASSERT_TRUE(writer.ok());
    for (int i = 0; i < 50; ++i) ASSERT_TRUE((*writer)->Put("d" + std::to_string(i), Doc("d" + std::to_string(i), "w"), 1).ok());
    ASSERT_TRUE((*writer)->Delete("d3").ok());
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  ASSERT_TRUE(CompactIndex(dir.Path("db")).ok());
  Xapian::Database db(dir.Path("db"));
  EXPECT_EQ(db.get_doccount(), 49u);
  EXPECT_EQ(*db.postlist_begin("Qd7"), 8u);  // document ids are kept
  EXPECT_FALSE(std::filesystem::exists(dir.Path("db.compact-tmp")));
  EXPECT_FALSE(std::filesystem::exists(dir.Path("db.old-tmp")));
  EXPECT_FALSE(CompactIndex(dir.Path("missing")).ok());
}

TEST(IndexWriter, SecondWriterIsRefused) {
  testing::TempDir dir;
  auto first = IndexWriter::Open(dir.Path("db"), {});
  ASSERT_TRUE(first.ok());
  auto second = IndexWriter::Open(dir.Path("db"), {});
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace thidua::indexer
