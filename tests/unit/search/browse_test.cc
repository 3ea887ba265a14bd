// /models and /figures over the fixture, and the CSV export.
#include <algorithm>
#include <filesystem>

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

// A model without a province of its own (no province in its sentence, no
// primary province) is not listed under a province its article only names in
// passing; a model placed in the filtered province is.
TEST(BrowseTest, ModelWithoutProvinceIsNotListedUnderAProvinceNamedInPassing) {
  char pattern[] = "/tmp/thidua-models-test-XXXXXX";
  const std::string dir = mkdtemp(pattern);
  testing::WriteArticles(dir, {
      {"passing", "Những món quà quê được ưa chuộng",
       "Khách có thể mua bưởi Vĩnh Long, bánh cốm Hà Nội và nhiều đặc sản khác. "
       "Người bán hàng cho biết mô hình “Bữa cơm nghĩa tình” được nhiều người hưởng ứng.",
       "2021-05-01", "x"},
      {"placed", "Tỉnh Trà Vinh nhân rộng mô hình “Tổ tự quản”",
       "Tỉnh Trà Vinh nhân rộng mô hình “Tổ tự quản” ở các ấp. Trà Vinh đã có 300 tổ.", "2021-05-02", "x"},
  });
  auto searcher = Searcher::Open(dir, FixtureIndex::Get().resources());
  ASSERT_TRUE(searcher.ok()) << searcher.status().message();
  auto names = [&](const Params& params) {
    std::vector<std::string> out;
    auto models = (*searcher)->Models(params);
    EXPECT_TRUE(models.ok()) << models.status().message();
    if (models.ok()) {
      for (const auto& m : (*models)["models"]) out.push_back(m["name"].get<std::string>());
    }
    return out;
  };
  EXPECT_EQ(names({}).size(), 2u);  // both are models, listed without a filter
  EXPECT_EQ(names({{"province", "Vĩnh Long"}}), std::vector<std::string>{"Tổ tự quản"});  // Trà Vinh is now Vĩnh Long
  EXPECT_TRUE(names({{"province", "Hà Nội"}}).empty());
  std::filesystem::remove_all(dir);
}

// A model name reported from two provinces is listed once per province, each
// with its own articles.
TEST(BrowseTest, SameModelNameInTwoProvincesIsTwoModels) {
  char pattern[] = "/tmp/thidua-models-test-XXXXXX";
  const std::string dir = mkdtemp(pattern);
  testing::WriteArticles(dir, {
      {"tn", "Thái Nguyên nhân rộng mô hình “Chợ 4.0”", "Tỉnh Thái Nguyên nhân rộng mô hình “Chợ 4.0” ở các chợ.",
       "2021-05-01", "x"},
      {"hcm", "TP.HCM làm mô hình “Chợ 4.0”", "TP.HCM triển khai mô hình “Chợ 4.0” tại các quận.", "2021-05-02", "x"},
  });
  auto searcher = Searcher::Open(dir, FixtureIndex::Get().resources());
  ASSERT_TRUE(searcher.ok()) << searcher.status().message();
  auto models = (*searcher)->Models({});
  ASSERT_TRUE(models.ok()) << models.status().message();
  std::vector<std::pair<std::string, std::string>> got;  // province, article
  for (const auto& m : (*models)["models"]) {
    ASSERT_EQ(m["articles"].size(), 1u) << m.dump();
    got.emplace_back(m["province"].is_null() ? "" : m["province"].get<std::string>(),
                     m["articles"][0]["id"].get<std::string>());
  }
  std::sort(got.begin(), got.end());
  const std::vector<std::pair<std::string, std::string>> want = {{"Hồ Chí Minh", "hcm"}, {"Thái Nguyên", "tn"}};
  EXPECT_EQ(got, want);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace thidua
