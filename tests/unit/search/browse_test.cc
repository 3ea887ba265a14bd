// /models and /figures over the fixture, and the CSV export.
#include <gtest/gtest.h>

#include "tests/unit/search/fixture.h"

namespace thidua {
namespace {

using testing::FixtureIndex;

TEST(BrowseTest, FiguresFilteredByUnitAndRangeSortedByValue) {
  auto searcher = FixtureIndex::Get().OpenSearcher();
  auto all = searcher->Figures({{"unit", "đồng"}, {"sort", "-value"}});
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_GE((*all)["figures"].size(), 2u);
  double previous = 1e300;
  for (const auto& f : (*all)["figures"]) {
    EXPECT_EQ(f["unit"], "đồng");
    EXPECT_LE(f["value"].get<double>(), previous);
    previous = f["value"].get<double>();
    EXPECT_FALSE(f["sentence"].get<std::string>().empty());
    EXPECT_TRUE(f["article"].contains("id"));
  }
  auto big = searcher->Figures({{"unit", "dong"}, {"min", "1e9"}});
  ASSERT_TRUE(big.ok());
  for (const auto& f : (*big)["figures"]) EXPECT_GE(f["value"].get<double>(), 1e9);
  EXPECT_LT((*big)["figures"].size(), (*all)["figures"].size());
  const std::string csv = FiguresToCsv(*all);
  EXPECT_EQ(csv.rfind("value,unit,text,counts,sentence,article_id,title,url,published\r\n", 0), 0u);
  std::size_t lines = 0;
  for (char c : csv) lines += c == '\n';
  EXPECT_EQ(lines, (*all)["figures"].size() + 1);
  EXPECT_FALSE(searcher->Figures({{"sort", "size"}}).ok());
}

TEST(BrowseTest, ModelsWithTheirArticlesAndProvinceFilter) {
  auto searcher = FixtureIndex::Get().OpenSearcher();
  auto models = searcher->Models({});
  ASSERT_TRUE(models.ok()) << models.status().message();
  for (const auto& m : (*models)["models"]) {
    EXPECT_FALSE(m["name"].get<std::string>().empty());
    EXPECT_FALSE(m["articles"].empty());
  }
  auto elsewhere = searcher->Models({{"province", "Cà Mau"}});
  ASSERT_TRUE(elsewhere.ok());
  EXPECT_EQ((*elsewhere)["found"], 0);
  EXPECT_FALSE(searcher->Models({{"colour", "red"}}).ok());
}

}  // namespace
}  // namespace thidua
