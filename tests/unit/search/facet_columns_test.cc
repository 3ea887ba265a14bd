// Facet columns (in-memory copies of a facet slot per index snapshot): the
// column holds each document's values; counts from a column equal counts
// from the value streams; a search after a writer's commit counts the new
// snapshot (plain and sharded indexes, fresh or stale column).
#include <filesystem>
#include <fstream>
#include <map>

#include <gtest/gtest.h>

#include "analyzers/schema.h"
#include "search/internal.h"
#include "tests/unit/search/fixture.h"

namespace thidua {
namespace {

using search_internal::FacetColumn;
using search_internal::IndexSnapshotKey;
using search_internal::SlotCountSpy;

std::map<std::string, int> Sorted(const SlotCountSpy::Counts& counts) {
  std::map<std::string, int> out;
  for (const auto& [value, count] : counts) out[value] = static_cast<int>(count);
  return out;
}

// Counts of every value of `slot` over all documents, one document at a time.
std::map<std::string, int> BruteCounts(const Xapian::Database& db, Xapian::valueno slot, bool list) {
  std::map<std::string, int> out;
  for (Xapian::PostingIterator it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const std::string value = db.get_document(*it).get_value(slot);
    if (list) {
      for (const std::string& item : schema::DecodeList(value)) ++out[item];
    } else if (!value.empty()) {
      ++out[value];
    }
  }
  return out;
}

std::map<std::string, int> FacetCounts(const nlohmann::json& facet) {
  std::map<std::string, int> counts;
  for (const auto& v : facet) counts[v["value"].get<std::string>()] = v["count"].get<int>();
  return counts;
}

TEST(FacetColumnTest, HoldsEveryDocumentsValues) {
  Xapian::Database db(testing::FixtureIndex::Get().path());
  for (const bool list : {true, false}) {
    const Xapian::valueno slot = list ? schema::kSlotProvinces : schema::kSlotYear;
    const auto column = FacetColumn::Build(db, slot, list, {1});
    ASSERT_NE(column, nullptr);
    EXPECT_EQ(column->covered_docids(), db.get_lastdocid() + 1);
    int with_values = 0;
    for (Xapian::docid did = 1; did <= db.get_lastdocid(); ++did) {
      const std::string value = db.get_document(did).get_value(slot);
      std::vector<std::string> want = list ? schema::DecodeList(value) : std::vector<std::string>{value};
      if (!list && value.empty()) want.clear();
      std::vector<std::string> got;
      const auto [begin, end] = column->Range(did);
      for (std::uint32_t i = begin; i < end; ++i) got.push_back(column->names()[column->ids()[i]]);
      EXPECT_EQ(got, want) << did;
      with_values += !want.empty();
    }
    EXPECT_GT(with_values, 3);  // the fixture has provinces and years to count
    EXPECT_EQ(column->Range(db.get_lastdocid() + 1), (std::pair<std::uint32_t, std::uint32_t>{0, 0}));
  }
}

TEST(FacetColumnTest, ColumnAndValueStreamCountsAgree) {
  Xapian::Database db(testing::FixtureIndex::Get().path());
  const auto column = FacetColumn::Build(db, schema::kSlotProvinces, true, {1});
  for (const char* term : {"", "XFthi", "XFnong"}) {
    SlotCountSpy from_column(schema::kSlotProvinces, true, column);
    SlotCountSpy from_stream(schema::kSlotProvinces, true);
    Xapian::Enquire enquire(db);
    enquire.set_query(*term ? Xapian::Query(term) : Xapian::Query::MatchAll);
    enquire.add_matchspy(&from_column);
    enquire.add_matchspy(&from_stream);
    (void)enquire.get_mset(0, 0, db.get_doccount());
    EXPECT_EQ(Sorted(from_column.counts()), Sorted(from_stream.counts())) << term;
    EXPECT_FALSE(from_stream.counts().empty()) << term;
  }
}

// A small index of documents with a province list and a year, plain or in
// two shards behind a XAPIANDB stub, written through per-shard handles.
class FacetSnapshotTest : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override {
    char pattern[] = "/tmp/thidua-facet-columns-XXXXXX";
    dir_ = mkdtemp(pattern);
    const int shards = GetParam();
    if (shards == 1) {
      writers_.emplace_back(dir_, Xapian::DB_CREATE_OR_OVERWRITE);
    } else {
      std::ofstream stub(dir_ + "/XAPIANDB");
      for (int s = 0; s < shards; ++s) {
        const std::string name = "shard-0" + std::to_string(s);
        stub << "auto " << name << "\n";
        writers_.emplace_back(dir_ + "/" + name, Xapian::DB_CREATE_OR_OVERWRITE);
      }
    }
    for (int i = 0; i < 9; ++i) Put(i, {i % 2 ? "Hà Nội" : "Cần Thơ", "Huế"}, i % 3 ? "2021" : "2020");
    Commit();
  }
  void TearDown() override {
    writers_.clear();
    std::filesystem::remove_all(dir_);
  }
  void Put(int i, const std::vector<std::string>& provinces, const std::string& year) {
    Xapian::Document doc;
    doc.set_data("{\"id\":\"d" + std::to_string(i) + "\"}");
    doc.add_boolean_term("Qd" + std::to_string(i));
    doc.add_value(schema::kSlotProvinces, schema::EncodeList(provinces));
    doc.add_value(schema::kSlotYear, year);
    writers_[i % writers_.size()].replace_document("Qd" + std::to_string(i), doc);
  }
  void Commit() {
    for (auto& w : writers_) w.commit();
  }
  void ExpectExactCounts(Searcher& searcher) {
    const nlohmann::json response =
        testing::MustSearch(searcher, {{"facets", "province,year"}, {"facet_limit", "100"}});
    Xapian::Database db(dir_);
    EXPECT_EQ(response["found"].get<Xapian::doccount>(), db.get_doccount());
    EXPECT_EQ(FacetCounts(response["facets"]["province"]), BruteCounts(db, schema::kSlotProvinces, true));
    EXPECT_EQ(FacetCounts(response["facets"]["year"]), BruteCounts(db, schema::kSlotYear, false));
  }

  std::string dir_;
  std::vector<Xapian::WritableDatabase> writers_;
};

TEST_P(FacetSnapshotTest, CountsFollowEachCommit) {
  auto searcher = Searcher::Open(dir_, testing::FixtureIndex::Get().resources());
  ASSERT_TRUE(searcher.ok()) << searcher.status().message();
  ExpectExactCounts(**searcher);  // first search: the column is built
  // New documents, and old ones whose values change under the same docid.
  Put(2, {"Đà Nẵng"}, "2019");
  Put(3, {}, "2019");
  for (int i = 9; i < 14; ++i) Put(i, {"Đà Nẵng", "Huế"}, "2022");
  Commit();
  ExpectExactCounts(**searcher);  // the column is stale: counted from the value streams
  ExpectExactCounts(**searcher);
  // A new process-wide cache user sees the same numbers.
  auto other = Searcher::Open(dir_, testing::FixtureIndex::Get().resources());
  ASSERT_TRUE(other.ok());
  ExpectExactCounts(**other);
}

TEST_P(FacetSnapshotTest, SnapshotKeyHasOneRevisionPerShardAndChangesOnCommit) {
  std::vector<Xapian::Database> shards;
  if (GetParam() == 1) {
    shards.emplace_back(dir_);
  } else {
    for (int s = 0; s < GetParam(); ++s) shards.emplace_back(dir_ + "/shard-0" + std::to_string(s));
  }
  const auto before = IndexSnapshotKey(shards);
  EXPECT_EQ(before.size(), static_cast<std::size_t>(GetParam()));  // one column set per shard
  Put(1, {"Huế"}, "2018");
  Commit();
  for (auto& s : shards) s.reopen();
  EXPECT_NE(IndexSnapshotKey(shards), before);
  Xapian::Database combined(dir_);
  if (GetParam() > 1) {
    EXPECT_TRUE(IndexSnapshotKey({combined}).empty());  // several shards in one handle
  }
}

INSTANTIATE_TEST_SUITE_P(PlainAndSharded, FacetSnapshotTest, ::testing::Values(1, 2));

}  // namespace
}  // namespace thidua
