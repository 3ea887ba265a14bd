#include "indexer/index_layout.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <xapian.h>

#include "test_util.h"

namespace thidua::indexer {
namespace {

// Published FNV-1a 64-bit test vectors (Fowler/Noll/Vo): the routing must be
// this exact function, or an index written by one build would be updated in
// the wrong shards by another.
TEST(StableIdHash, IsFnv1a64) {
  struct Case {
    std::string input;
    std::uint64_t hash;
  };
  const std::vector<Case> cases = {
      {"", 0xcbf29ce484222325ull},
      {"a", 0xaf63dc4c8601ec8cull},
      {"foobar", 0x85944171f73967e8ull},
  };
  for (const Case& c : cases) EXPECT_EQ(StableIdHash(c.input), c.hash) << '"' << c.input << '"';
}

TEST(ShardOf, IsInRangeAndSpreadsIds) {
  for (const std::size_t shards : {1u, 2u, 3u, 7u}) {
    std::vector<int> per_shard(shards, 0);
    for (int i = 0; i < 2000; ++i) {
      const std::string id = "article-" + std::to_string(i);
      const std::size_t shard = ShardOf(id, shards);
      ASSERT_LT(shard, shards);
      EXPECT_EQ(shard, StableIdHash(id) % shards);
      ++per_shard[shard];
    }
    // Sequential ids must not pile up in one shard (each writer thread
    // should get its share): within ±25% of an even split.
    for (std::size_t s = 0; s < shards; ++s) {
      EXPECT_GT(per_shard[s], 2000 / static_cast<int>(shards) * 3 / 4) << shards << " shards, shard " << s;
      EXPECT_LT(per_shard[s], 2000 / static_cast<int>(shards) * 5 / 4) << shards << " shards, shard " << s;
    }
  }
  EXPECT_EQ(ShardOf("anything", 0), 0u);
}

TEST(ShardName, IsZeroPadded) {
  EXPECT_EQ(ShardName(0), "shard-00");
  EXPECT_EQ(ShardName(7), "shard-07");
  EXPECT_EQ(ShardName(42), "shard-42");
  EXPECT_EQ(ShardName(123), "shard-123");
}

TEST(ReadIndexLayout, ParsesStubs) {
  struct Case {
    std::string name;
    std::string stub;
    std::vector<std::string> shards;  // empty: InvalidArgument expected
  };
  const std::vector<Case> cases = {
      {"two", "auto shard-00\nauto shard-01\n", {"shard-00", "shard-01"}},
      {"comments, blanks, CRLF, glass", "# note\r\n\r\nglass  shard-00 \r\n\tauto sub/x\r\n", {"shard-00", "sub/x"}},
      {"no trailing newline", "auto a", {"a"}},
      {"no shards", "# nothing\n", {}},
      {"empty", "", {}},
      {"remote backend", "remote localhost:1234\n", {}},
      {"inmemory backend", "inmemory\n", {}},
      {"missing name", "auto\n", {}},
      {"leaves the directory", "auto ../other\n", {}},
      {"absolute path", "auto /tmp/other\n", {}},
  };
  for (const Case& c : cases) {
    testing::TempDir dir;
    testing::WriteFile(dir.Path("XAPIANDB"), c.stub);
    StatusOr<IndexLayout> layout = ReadIndexLayout(dir.path().string());
    if (c.shards.empty()) {
      ASSERT_FALSE(layout.ok()) << c.name;
      EXPECT_EQ(layout.status().code(), StatusCode::kInvalidArgument) << c.name;
      continue;
    }
    ASSERT_TRUE(layout.ok()) << c.name << ": " << layout.status().ToString();
    EXPECT_TRUE(layout->sharded()) << c.name;
    EXPECT_EQ(layout->shard_names, c.shards) << c.name;
    ASSERT_EQ(layout->shard_count(), c.shards.size()) << c.name;
    for (std::size_t s = 0; s < c.shards.size(); ++s) {
      EXPECT_EQ(std::filesystem::path(layout->shard_paths[s]), dir.path() / c.shards[s]) << c.name;
    }
  }
}

TEST(ReadIndexLayout, PlainDatabaseIsOneShardAndNoIndexIsNotFound) {
  testing::TempDir dir;
  { Xapian::WritableDatabase db(dir.Path("plain"), Xapian::DB_CREATE_OR_OPEN); }
  StatusOr<IndexLayout> plain = ReadIndexLayout(dir.Path("plain"));
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  EXPECT_FALSE(plain->sharded());
  EXPECT_EQ(plain->shard_paths, std::vector<std::string>{dir.Path("plain")});

  std::filesystem::create_directories(dir.Path("empty"));
  for (const std::string& path : {dir.Path("missing"), dir.Path("empty")}) {
    StatusOr<IndexLayout> none = ReadIndexLayout(path);
    ASSERT_FALSE(none.ok()) << path;
    EXPECT_EQ(none.status().code(), StatusCode::kNotFound) << path;
  }
}

TEST(OpenOrCreateLayout, CreatesOnceAndThenKeepsTheShardCount) {
  testing::TempDir dir;
  const std::string index = dir.Path("a/b/index");
  StatusOr<IndexLayout> created = OpenOrCreateLayout(index, 3);
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_EQ(created->shard_names, (std::vector<std::string>{"shard-00", "shard-01", "shard-02"}));
  EXPECT_TRUE(std::filesystem::exists(dir.Path("a/b/index/XAPIANDB")));

  StatusOr<IndexLayout> again = OpenOrCreateLayout(index, 5);  // the stub is the record
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->shard_count(), 3u);
  // Only the stub is left: no temporary file.
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(index)) files.push_back(entry.path().filename());
  EXPECT_EQ(files, std::vector<std::string>{"XAPIANDB"});

  StatusOr<IndexLayout> one = OpenOrCreateLayout(dir.Path("one"), 0);  // at least one shard
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->shard_count(), 1u);
  EXPECT_TRUE(one->sharded());
}

// A stub that cannot be written is reported, not silently replaced.
TEST(OpenOrCreateLayout, RefusesABadStub) {
  testing::TempDir dir;
  testing::WriteFile(dir.Path("index/XAPIANDB"), "remote 10.0.0.1:8000\n");
  StatusOr<IndexLayout> layout = OpenOrCreateLayout(dir.Path("index"), 2);
  ASSERT_FALSE(layout.ok());
  EXPECT_EQ(layout.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(testing::ReadFileText(dir.Path("index/XAPIANDB")), "remote 10.0.0.1:8000\n");
}

}  // namespace
}  // namespace thidua::indexer
