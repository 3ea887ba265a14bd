// Filters (incl. a post-2025 province including its old parts) and exact,
// disjunctive facet counts checked against a brute-force count over the
// documents' own posting lists and values.
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "analyzers/schema.h"
#include "search/internal.h"
#include "tests/unit/search/fixture.h"

namespace thidua {
namespace {

using testing::FixtureIndex;
using testing::HitIds;
using testing::MustSearch;

std::set<std::string> IdSet(const nlohmann::json& response) {
  const auto ids = HitIds(response);
  return {ids.begin(), ids.end()};
}

class FiltersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    searcher_ = FixtureIndex::Get().OpenSearcher();
    db_ = Xapian::Database(FixtureIndex::Get().path());
  }
  // Brute force: ids of documents holding every given term.
  std::set<Xapian::docid> DocsWithAll(const std::vector<std::string>& terms) {
    std::set<Xapian::docid> out;
    for (Xapian::docid id = 1; id <= db_.get_lastdocid(); ++id) {
      bool all = true;
      for (const std::string& t : terms) {
        Xapian::PostingIterator p = db_.postlist_begin(t);
        p.skip_to(id);
        all = all && p != db_.postlist_end(t) && *p == id;
      }
      if (all) out.insert(id);
    }
    return out;
  }
  std::map<std::string, int> BruteFacet(const std::set<Xapian::docid>& docs, Xapian::valueno slot, bool list) {
    std::map<std::string, int> counts;
    for (Xapian::docid id : docs) {
      const std::string value = db_.get_document(id).get_value(slot);
      if (list) {
        for (const std::string& item : schema::DecodeList(value)) ++counts[item];
      } else if (!value.empty()) {
        ++counts[value];
      }
    }
    return counts;
  }
  static std::map<std::string, int> FacetCounts(const nlohmann::json& facet) {
    std::map<std::string, int> counts;
    for (const auto& v : facet) counts[v["value"].get<std::string>()] = v["count"].get<int>();
    return counts;
  }
  std::unique_ptr<Searcher> searcher_;
  Xapian::Database db_;
};

TEST_F(FiltersTest, NewProvinceIncludesItsOldPartsAnyOldNameOnlyItself) {
  const Params base = {{"per_page", "100"}};
  auto with = [&](std::initializer_list<std::pair<const std::string, std::string>> extra) {
    Params p = base;
    p.insert(extra);
    return IdSet(MustSearch(*searcher_, p));
  };
  const auto vinh_long = with({{"province", "Vĩnh Long"}});
  EXPECT_TRUE(vinh_long.count("dkst"));   // Trà Vinh, now part of Vĩnh Long
  EXPECT_TRUE(vinh_long.count("escape")); // Bến Tre, now part of Vĩnh Long
  EXPECT_FALSE(vinh_long.count("ntm"));
  const auto tra_vinh = with({{"province", "tra vinh"}});
  EXPECT_TRUE(tra_vinh.count("dkst"));
  EXPECT_FALSE(tra_vinh.count("escape"));
  EXPECT_EQ(with({{"province_2025", "vinh long"}}), vinh_long);
  // OR within a field, AND across fields.
  const auto either = with({{"province", "Trà Vinh"}, {"province", "Quảng Ninh"}});
  EXPECT_TRUE(either.count("dkst") && either.count("ntm"));
  const auto both = with({{"province", "Trà Vinh"}, {"year", "2020"}});
  EXPECT_TRUE(both.empty());
}

TEST_F(FiltersTest, DatesSourceCampaignHasAndFigures) {
  auto ids = [&](Params p) {
    p.emplace("per_page", "100");
    return IdSet(MustSearch(*searcher_, p));
  };
  EXPECT_EQ(ids({{"from", "2021-04-10"}, {"to", "2021-04-11"}}), (std::set<std::string>{"dkst", "dkst2"}));
  EXPECT_EQ(ids({{"source", "baotravinh.vn"}}), (std::set<std::string>{"dkst"}));
  EXPECT_TRUE(ids({{"campaign", "Đoàn kết sáng tạo"}}).count("dkst"));
  EXPECT_TRUE(ids({{"campaign", "doan ket sang tao"}}).count("dkst"));
  EXPECT_TRUE(ids({{"figure_unit", "đồng"}, {"figure_min", "1e9"}}).count("ntm"));    // 2 tỷ đồng
  EXPECT_FALSE(ids({{"figure_unit", "đồng"}, {"figure_min", "1e9"}}).count("escape"));  // 500 triệu
  EXPECT_TRUE(ids({{"figure_unit", "dong"}, {"figure_max", "1e9"}}).count("escape"));
  EXPECT_TRUE(ids({{"has", "figures"}}).count("ntm"));
}

TEST_F(FiltersTest, UnknownFilterValuesAreInvalidArguments) {
  for (const Params& p : std::vector<Params>{{{"province", "Atlantis"}},
                                             {{"province_2025", "Trà Vinh"}},
                                             {{"region", "Nam Cực"}},
                                             {{"figure_min", "5"}}}) {
    auto request = ParseSearchRequest(p);
    ASSERT_TRUE(request.ok());
    auto response = searcher_->Search(*request);
    ASSERT_FALSE(response.ok()) << p.begin()->first;
    EXPECT_EQ(response.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(response.status().message().rfind(p.begin()->first + ":", 0), 0u) << response.status().message();
  }
}

TEST_F(FiltersTest, FacetCountsEqualBruteForce) {
  struct Case {
    std::string q;
    std::vector<std::string> terms;  // the query as terms, for the brute force
  };
  for (const Case& c : std::vector<Case>{{"", {}}, {"thi dua", {"XFthi", "XFdua"}}, {"nong", {"XFnong"}}}) {
    const auto response = MustSearch(*searcher_, {{"q", c.q}, {"facets", "province,province_2025,year,source,month"},
                                                  {"facet_limit", "100"}});
    const auto docs = DocsWithAll(c.terms);
    EXPECT_EQ(response["found"].get<std::size_t>(), docs.size()) << c.q;
    EXPECT_EQ(FacetCounts(response["facets"]["province"]), BruteFacet(docs, schema::kSlotProvinces, true)) << c.q;
    EXPECT_EQ(FacetCounts(response["facets"]["province_2025"]), BruteFacet(docs, schema::kSlotProvinces2025, true));
    EXPECT_EQ(FacetCounts(response["facets"]["year"]), BruteFacet(docs, schema::kSlotYear, false));
    EXPECT_EQ(FacetCounts(response["facets"]["source"]), BruteFacet(docs, schema::kSlotSource, false));
    EXPECT_EQ(FacetCounts(response["facets"]["month"]), BruteFacet(docs, schema::kSlotMonth, false));
  }
}

TEST_F(FiltersTest, SelectedFacetValueKeepsSiblingCounts) {
  const auto response = MustSearch(
      *searcher_, {{"year", "2020"}, {"facets", "year,province"}, {"facet_limit", "100"}});
  // The year facet ignores the year filter: counts over all documents.
  EXPECT_EQ(FacetCounts(response["facets"]["year"]), BruteFacet(DocsWithAll({}), schema::kSlotYear, false));
  // The province facet honours the year filter.
  EXPECT_EQ(FacetCounts(response["facets"]["province"]),
            BruteFacet(DocsWithAll({"Y2020"}), schema::kSlotProvinces, true));
  int selected = 0;
  for (const auto& v : response["facets"]["year"]) {
    if (v["selected"].get<bool>()) {
      ++selected;
      EXPECT_EQ(v["value"], "2020");
    }
  }
  EXPECT_EQ(selected, 1);
  EXPECT_EQ(response["found"].get<std::size_t>(), DocsWithAll({"Y2020"}).size());
}

TEST_F(FiltersTest, FacetLimitAndFacetValueSearch) {
  const auto response = MustSearch(*searcher_, {{"facets", "province"}, {"facet_limit", "1"}});
  EXPECT_EQ(response["facets"]["province"].size(), 1u);
  auto values = searcher_->FacetValues("province", {{"q", "tra"}});
  ASSERT_TRUE(values.ok()) << values.status().message();
  bool tra_vinh = false;
  for (const auto& v : (*values)["values"]) {
    EXPECT_EQ(schema::Key(v["value"].get<std::string>()).find("tra"), 0u);
    tra_vinh = tra_vinh || v["value"] == "Trà Vinh";
  }
  EXPECT_TRUE(tra_vinh);
  EXPECT_FALSE(searcher_->FacetValues("colour", {}).ok());
  // With a query, the values count the documents the search itself matches,
  // diacritics as typed ("thế" is not "thể") or the folded fallback ("thẻ").
  for (const std::string q : {"thế", "thẻ", "the"}) {
    auto year = searcher_->FacetValues("year", {{"query", q}, {"limit", "100"}});
    ASSERT_TRUE(year.ok()) << year.status().message();
    std::map<std::string, std::size_t> got;
    for (const auto& v : (*year)["values"]) got[v["value"]] = v["count"];
    std::map<std::string, std::size_t> want;
    const auto response = MustSearch(*searcher_, {{"q", q}, {"facets", "year"}});
    for (const auto& v : response["facets"]["year"]) want[v["value"]] = v["count"];
    ASSERT_FALSE(want.empty()) << q;
    EXPECT_EQ(got, want) << q;
  }
}

TEST_F(FiltersTest, SuggestCompletesProvincesCampaignsAndTitles) {
  auto suggest = searcher_->Suggest({{"q", "quang ni"}});
  ASSERT_TRUE(suggest.ok()) << suggest.status().message();
  std::set<std::string> kinds;
  bool province = false;
  for (const auto& s : (*suggest)["suggestions"]) {
    kinds.insert(s["kind"].get<std::string>());
    province = province || s["text"] == "Quảng Ninh";
  }
  EXPECT_TRUE(province);
  auto titles = searcher_->Suggest({{"q", "phong trao the d"}});
  ASSERT_TRUE(titles.ok());
  bool sport = false;
  for (const auto& s : (*titles)["suggestions"]) sport = sport || s["text"] == "Phong trào thể dục thể thao";
  EXPECT_TRUE(sport);
}

}  // namespace
}  // namespace thidua
