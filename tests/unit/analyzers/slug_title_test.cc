// Headlines from URL slugs, spelled as the article's own text spells them.
#include "analyzers/slug_title.h"

#include <gtest/gtest.h>

#include "analyzers/text.h"

namespace thidua {
namespace {

struct SlugWordsCase {
  const char* name;
  const char* url;
  std::vector<std::string> words;
};

class SlugWordsTest : public ::testing::TestWithParam<SlugWordsCase> {};

TEST_P(SlugWordsTest, SplitsTheLastSegment) { EXPECT_EQ(SlugWords(GetParam().url), GetParam().words); }

INSTANTIATE_TEST_SUITE_P(
    Urls, SlugWordsTest,
    ::testing::Values(
        SlugWordsCase{"DantriId", "https://dantri.com.vn/xa-hoi/ho-ngheo-thoat-ngheo-20210426093145334.htm",
                      {"ho", "ngheo", "thoat", "ngheo"}},
        SlugWordsCase{"HtmlAndQuery", "https://baomoi.vn/tin/ban-tin-sang-nay.html?utm=x", {"ban", "tin", "sang", "nay"}},
        SlugWordsCase{"TrailingSlash", "https://x.vn/tin-tuc/doan-ket-sang-tao/", {"doan", "ket", "sang", "tao"}},
        SlugWordsCase{"NumberInsideKept", "https://x.vn/a/top-1000-thuong-hieu-20201001.htm", {"top", "1000", "thuong", "hieu"}},
        SlugWordsCase{"NotASlug", "https://x.vn/news.php?id=5", {"news"}},
        SlugWordsCase{"NonAscii", "https://x.vn/a/tin-tức-mới", {}},
        SlugWordsCase{"NoPath", "not a url", {}}),
    [](const auto& info) { return std::string(info.param.name); });

struct SlugTitleCase {
  const char* name;
  const char* url;
  const char* body;
  const char* title;  // "" when none
  bool confident;
};

class SlugTitleTest : public ::testing::TestWithParam<SlugTitleCase> {};

TEST_P(SlugTitleTest, RestoresFromTheText) {
  const std::string body = PrepareText(GetParam().body).text;
  Tokenizer tokenizer;
  const SlugTitle got = TitleFromSlug(GetParam().url, body, tokenizer.Tokenize(body, 1));
  EXPECT_EQ(got.text, GetParam().title);
  EXPECT_EQ(got.confident, GetParam().confident) << got.text;
}

INSTANTIATE_TEST_SUITE_P(
    Articles, SlugTitleTest,
    ::testing::Values(
        SlugTitleCase{"PairsChooseTheTones", "https://x.vn/xa-hoi/ha-noi-ho-tro-ho-ngheo-20210101.htm",
                      "Năm nay Hà Nội hỗ trợ hộ nghèo 500 triệu đồng. Các hộ nghèo ở Hà Nội được hỗ trợ kịp thời.",
                      "Hà Nội hỗ trợ hộ nghèo", true},
        SlugTitleCase{"NumberAsWritten", "https://x.vn/a/ho-tro-1000-ho-ngheo-20210101.htm",
                      "Tỉnh đã hỗ trợ 1.000 hộ nghèo. Hộ nghèo được hỗ trợ vốn.", "Hỗ trợ 1.000 hộ nghèo", true},
        SlugTitleCase{"WordsNotInTheText", "https://x.vn/a/bong-da-viet-nam-thang-lon-20210101.htm",
                      "Hội nghị tổng kết phong trào thi đua diễn ra sáng nay.", "", false},
        // "ca" is "cá" once and "cả" once: the pair "cả nước" tells.
        SlugTitleCase{"PairDecidesBetweenEqualForms", "https://x.vn/a/ca-nuoc-chung-tay-20210101.htm",
                      "Cá bơi. Người dân cả nước chung tay. Nước mắm ngon.", "Cả nước chung tay", true},
        // "mua" is "mưa" once and "mua" once, and no pair of the text holds
        // either with "lớn": a guess, so the title is not to be shown.
        SlugTitleCase{"UncertainToneIsNotShown", "https://x.vn/a/mua-lon-keo-dai-20210101.htm",
                      "Trời mưa. Người dân mua sắm. Hàng hóa lớn. Thời gian kéo dài.", "Mua lớn kéo dài", false},
        // The headline's "dừng" is not in the body, whose only "dung" is
        // "dụng" (áp dụng), never next to "Nội" or "giao": not shown.
        SlugTitleCase{"OnlySpellingWithoutPairIsAGuess", "https://x.vn/a/ha-noi-dung-giao-dat-20210101.htm",
                      "Hà Nội thông báo. Quy định được áp dụng khi giao đất cho dân.", "Hà Nội dụng giao đất", false},
        SlugTitleCase{"TooShort", "https://x.vn/a/ha-noi-20210101.htm", "Hà Nội đẹp.", "", false}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace thidua
