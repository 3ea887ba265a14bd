// The word segmenter's fast path must give exactly ICU's word segments
// (boundaries and word/number status) on real text and on edge cases.
#include "analyzers/word_segmenter_internal.h"

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "analyzers/text.h"
#include "seed_text.h"

namespace thidua::internal {
namespace {

class WordSegmenterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    UErrorCode status = U_ZERO_ERROR;
    iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale("vi"), status));
    ASSERT_TRUE(U_SUCCESS(status));
  }

  // Fast-path segments equal ICU-only segments.
  void ExpectSameAsIcu(std::string_view text) {
    WordSegmenter segmenter(iterator_.get());
    std::vector<WordSegment> fast, icu;
    segmenter.Segment(text, fast, true);
    segmenter.Segment(text, icu, false);
    ASSERT_EQ(fast.size(), icu.size()) << text.substr(0, 200);
    for (std::size_t k = 0; k < fast.size(); ++k) {
      ASSERT_EQ(fast[k].begin, icu[k].begin) << text.substr(icu[k].begin, 40);
      ASSERT_EQ(fast[k].end, icu[k].end) << text.substr(icu[k].begin, 40);
      ASSERT_EQ(fast[k].has_letter, icu[k].has_letter) << text.substr(icu[k].begin, 40);
    }
  }

  std::unique_ptr<icu::BreakIterator> iterator_;
};

class WordSegmenterEdgeTest : public WordSegmenterTest,
                              public ::testing::WithParamInterface<std::string> {};

TEST_P(WordSegmenterEdgeTest, MatchesIcu) { ExpectSameAsIcu(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Edges, WordSegmenterEdgeTest,
    ::testing::Values("a:b a.b 1,2 a'b 1'2 a_b _ __a 10km km10 a1.2 1.a a.1 1;2 a;b",
                      "a..b 1.2.3 1..2 a.b.c a_ 1_ _1 a.:b x×y ª aª a·b 1:2 x–y",
                      "lienhe@dantri.com.vn @a a@ a@.b 1@2 Nam’s ‘quote’ l’été",
                      "62.887 sáng kiến, 40,73% và 2.905 tỷ; 09-NQ/TU 23/8/2024",
                      "“Đoàn kết sáng tạo” – phong trào… (Mặt trận) -Sáng",
                      "thi\xC2\xA0" "đua soft\xC2\xAD" "hyphen e\xCC\x81 東京 😀 Ðà",
                      "lao động_Nguồn: baoquangninh.com.vn https://baoquangtri.vn/",
                      "\n\r\n\t  ", ""));

TEST_F(WordSegmenterTest, SeedsMatchIcu) {
  for (std::string_view file : thidua::testing::kSeedFiles) {
    ExpectSameAsIcu(PrepareText(thidua::testing::ReadSeed(file)).text);
  }
}

TEST_F(WordSegmenterTest, CorpusSampleMatchesIcu) {
  std::ifstream in(std::string(THIDUA_SHARED_DATA) + "/corpus/unc.jsonl");
  ASSERT_TRUE(in) << "shared corpus missing";
  int records = 0;
  for (std::string line; records < 200 && std::getline(in, line); ++records) {
    const nlohmann::json record = nlohmann::json::parse(line);
    ExpectSameAsIcu(PrepareText(record.value("title", "") + "\n" + record.value("body", "")).text);
  }
  EXPECT_EQ(records, 200);
}

}  // namespace
}  // namespace thidua::internal
