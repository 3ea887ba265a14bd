// Accentless queries must rank about as well as the same queries typed with
// diacritics (nDCG@10 on the fixture, with the fixture's own judgments).
#include <gtest/gtest.h>

#include "tests/relevance/ndcg.h"
#include "tests/unit/search/fixture.h"

namespace thidua {
namespace {

using testing::FixtureIndex;
using testing::HitIds;
using testing::MustSearch;

TEST(NdcgTest, PerfectPartialAndEmptyRankings) {
  const std::map<std::string, int> grades = {{"a", 3}, {"b", 1}};
  EXPECT_DOUBLE_EQ(relevance::NdcgAtK({"a", "b"}, grades), 1.0);
  EXPECT_LT(relevance::NdcgAtK({"b", "a"}, grades), 1.0);
  EXPECT_GT(relevance::NdcgAtK({"b", "a"}, grades), 0.0);
  EXPECT_DOUBLE_EQ(relevance::NdcgAtK({"x"}, grades), 0.0);
}

TEST(AccentlessRelevanceTest, WithinAFewPercentOfDiacritics) {
  struct Judged {
    std::string with, without;
    std::map<std::string, int> grades;
  };
  const std::vector<Judged> judged = {
      {"đoàn kết sáng tạo", "doan ket sang tao", {{"dkst", 3}, {"dkst2", 3}}},
      {"nông thôn mới", "nong thon moi", {{"ntm", 3}, {"tin", 3}}},
      {"thi đua yêu nước", "thi dua yeu nuoc", {{"yeunuoc", 3}, {"mttq", 2}}},
      {"hòa bình", "hoa binh", {{"peace", 3}}},
      {"thể thao", "the thao", {{"sport", 3}}},
  };
  auto searcher = FixtureIndex::Get().OpenSearcher();
  double with = 0, without = 0;
  for (const Judged& j : judged) {
    with += relevance::NdcgAtK(HitIds(MustSearch(*searcher, {{"q", j.with}})), j.grades);
    without += relevance::NdcgAtK(HitIds(MustSearch(*searcher, {{"q", j.without}})), j.grades);
  }
  with /= judged.size();
  without /= judged.size();
  EXPECT_GT(with, 0.8);
  EXPECT_GE(without, with - 0.05) << "diacritics " << with << ", accentless " << without;
}

}  // namespace
}  // namespace thidua
