// Snippets (<mark> for exact, folded and phrase matches; HTML escaping;
// bounded scan) and did_you_mean over the fixture index's vocabulary.
#include <gtest/gtest.h>

#include "search/internal.h"
#include "tests/unit/search/fixture.h"

namespace thidua {
namespace {

using search_internal::HighlightTerms;
using search_internal::MakeSnippets;
using testing::FixtureIndex;
using testing::MustSearch;

TEST(SnippetsTest, MarksFoldedMatchesAndEscapesHtml) {
  Tokenizer tokenizer;
  HighlightTerms terms;
  terms.folded = {"an", "sinh"};
  const auto fragments = MakeSnippets("Chương trình <An sinh> & \"Vì người nghèo\".", terms, tokenizer);
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_EQ(fragments[0], "Chương trình &lt;<mark>An sinh</mark>&gt; &amp; &quot;Vì người nghèo&quot;.");
}

TEST(SnippetsTest, PhraseMarksWholeSequenceOnly) {
  Tokenizer tokenizer;
  HighlightTerms terms;
  terms.phrases = {{"nong", "thon", "moi"}};
  const auto fragments = MakeSnippets("Nông dân ở thôn. Xây dựng nông thôn mới.", terms, tokenizer);
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_NE(fragments[0].find("<mark>nông thôn mới</mark>"), std::string::npos) << fragments[0];
  EXPECT_EQ(fragments[0].find("<mark>Nông</mark>"), std::string::npos) << fragments[0];
}

TEST(SnippetsTest, TypedDiacriticsMarkOnlyThatForm) {
  Tokenizer tokenizer;
  const std::string text = "Ở nhiều nơi, ô nhiễm nặng; nhiệm vụ ở đó.";
  HighlightTerms terms;
  terms.folded = {"o", "nhiem"};
  terms.exact = {"ô", "nhiễm"};
  terms.typed = {"ô", "nhiễm"};
  terms.exact_only = true;
  auto fragments = MakeSnippets(text, terms, tokenizer);
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_EQ(fragments[0], "Ở nhiều nơi, <mark>ô nhiễm</mark> nặng; nhiệm vụ ở đó.");
  // Matched on the folded reading (the fallback), every form is marked.
  terms.exact_only = false;
  fragments = MakeSnippets(text, terms, tokenizer);
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_NE(fragments[0].find("<mark>nhiệm</mark>"), std::string::npos) << fragments[0];
  // A quoted phrase typed with diacritics marks only sequences of those forms.
  HighlightTerms phrase;
  phrase.phrases = {{"the", "gioi"}};
  phrase.phrase_typed = {{"thế", "giới"}};
  fragments = MakeSnippets("Thể giới trẻ và thế giới.", phrase, tokenizer);
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_EQ(fragments[0], "Thể giới trẻ và <mark>thế giới</mark>.");
}

TEST(SnippetsTest, ExactFormsChooseTheFragment) {
  // An accentless "doan" restored to "đoàn" (searcher: the restored reading's
  // forms join `exact`): the fragment with "đoàn" wins over one with "đoạn".
  Tokenizer tokenizer;
  const std::string text =
      "Giai đoạn một có nhiều việc. Một hai ba bốn năm sáu bảy tám chín mười. Đoàn viên thanh niên tham gia.";
  HighlightTerms terms;
  terms.folded = {"doan"};
  search_internal::SnippetOptions options;
  options.max_fragments = 1;
  options.fragment_tokens = 6;
  terms.exact = {"đoàn"};
  auto fragments = MakeSnippets(text, terms, tokenizer, options);
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_NE(fragments[0].find("<mark>Đoàn</mark>"), std::string::npos) << fragments[0];
  terms.exact = {"đoạn"};
  fragments = MakeSnippets(text, terms, tokenizer, options);
  ASSERT_EQ(fragments.size(), 1u);
  EXPECT_NE(fragments[0].find("<mark>đoạn</mark>"), std::string::npos) << fragments[0];
}

TEST(SnippetsTest, SeveralFragmentsCutOnSyllablesAndBoundedScan) {
  Tokenizer tokenizer;
  HighlightTerms terms;
  terms.folded = {"khen"};
  std::string text;
  for (int i = 0; i < 60; ++i) text += "Một câu bình thường không có gì đặc biệt. ";
  text += "Tỉnh khen thưởng tập thể. ";
  for (int i = 0; i < 60; ++i) text += "Một câu bình thường không có gì đặc biệt. ";
  text += "Huyện khen thưởng cá nhân.";
  const auto fragments = MakeSnippets(text, terms, tokenizer);
  ASSERT_EQ(fragments.size(), 2u);
  for (const auto& f : fragments) {
    EXPECT_NE(f.find("<mark>khen</mark>"), std::string::npos) << f;
    EXPECT_EQ(f.rfind("\xE2\x80\xA6", 0), 0u) << f;  // starts with an ellipsis: cut inside the text
  }
  // Past the scan limit nothing is found: the opening words are shown instead.
  search_internal::SnippetOptions small;
  small.max_scan_bytes = 200;
  const auto bounded = MakeSnippets(text, terms, tokenizer, small);
  ASSERT_EQ(bounded.size(), 1u);
  EXPECT_EQ(bounded[0].find("<mark>"), std::string::npos);
  EXPECT_EQ(bounded[0].rfind("Một câu", 0), 0u);
}

TEST(SnippetsTest, SearchHitsMarkAccentlessQueries) {
  auto searcher = FixtureIndex::Get().OpenSearcher();
  const auto response = MustSearch(*searcher, {{"q", "doan ket sang tao"}});
  ASSERT_FALSE(response["hits"].empty());
  const std::string snippet = response["hits"][0]["snippets"][0];
  EXPECT_NE(snippet.find("<mark>"), std::string::npos) << snippet;
  const auto plain = MustSearch(*searcher, {{"q", "doan ket"}, {"highlight", "false"}});
  EXPECT_TRUE(plain["hits"][0]["snippets"].empty());
}

struct SpellingCase {
  std::string q;
  std::optional<std::string> want;
};

TEST(DidYouMeanTest, RestoresDiacriticsAndFixesOneSyllable) {
  auto searcher = FixtureIndex::Get().OpenSearcher();
  const std::vector<SpellingCase> cases = {
      {"doan ket sang tao", "đoàn kết sáng tạo"},
      {"thi dua yeu nuoc", "thi đua yêu nước"},
      {"đoàn kết sang tạo", "đoàn kết sáng tạo"},
      {"nông thông mới", "nông thôn mới"},
      {"đoàn kết sáng tạo", std::nullopt},
      {"nông thôn mới", std::nullopt},
      {"thông tin", std::nullopt},
      // The typo in the middle, typed without diacritics: its neighbours are
      // read in the forms that pair with the fix ("nông", not "nóng").
      {"nong thong moi", "nông thôn mới"},
      // A stop word has no pair terms, yet it is read too ("ở", not "o").
      {"nong dan o thon dong", "nông dân ở thôn đông"},
      // Two correct words meet without a pair between them: no suggestion.
      {"nông thôn mới Hà Nội", std::nullopt},
      {"hộ nghèo Thanh Hóa", std::nullopt},
      // A restored syllable keeps the case it was typed in.
      {"Doan ket sang tao", "Đoàn kết sáng tạo"},
      {"DOAN KET SANG TAO", "ĐOÀN KẾT SÁNG TẠO"},
      {"nong thon moi Ha Noi", "nông thôn mới Hà Nội"},
  };
  for (const SpellingCase& c : cases) {
    const auto response = MustSearch(*searcher, {{"q", c.q}});
    if (c.want) {
      EXPECT_EQ(response["did_you_mean"], *c.want) << c.q;
    } else {
      EXPECT_TRUE(response["did_you_mean"].is_null()) << c.q << " -> " << response["did_you_mean"];
    }
  }
}

// Where two correct words meet there is no pair term, which is no sign of a
// typo; a frequent syllable that completes both pairs ("bão từ" | "từ miền")
// must not replace the collocation "bão lũ". A real typo is still fixed.
TEST(DidYouMeanTest, WordBoundaryIsNoTypo) {
  char pattern[] = "/tmp/thidua-spelling-test-XXXXXX";
  const std::string dir = mkdtemp(pattern);
  std::vector<testing::FixtureArticle> articles;
  const char* bodies[] = {
      "Bão lũ gây thiệt hại lớn cho bà con.", "Sau bão lũ, người dân dọn dẹp nhà cửa.", "Mùa bão lũ năm nay đến sớm.",
      "Hàng cứu trợ từ miền Bắc gửi vào.", "Đoàn xe từ miền Nam ra thăm.", "Khách từ miền Tây đến thăm.",
      "Hàng hóa từ miền xuôi lên bản.", "Bão từ mạnh ảnh hưởng vệ tinh.", "Các nhà khoa học theo dõi bão từ và gió mặt trời.",
      "Người dân miền Trung chuẩn bị ứng phó.", "Miền Trung nắng nóng kéo dài.", "Xây dựng nông thôn mới ở miền Trung.",
      "Nông thôn mới đổi thay.", "Trời nóng bức, thông gió kém.",
      "Công tác dân vận được chú trọng.", "Người dân cần được hỗ trợ.", "Người dân cần nước sạch.",
      "Việc này cần khéo léo.", "Vận động quyên góp.", "Chiến dịch vận động hiến máu.", "Vận tải hàng hóa."};
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < std::size(bodies); ++i) ids.push_back("b" + std::to_string(i));
  for (std::size_t i = 0; i < std::size(bodies); ++i) articles.push_back({ids[i].c_str(), "", bodies[i], "2021-01-01", "x"});
  testing::WriteArticles(dir, articles);
  auto searcher = Searcher::Open(dir, FixtureIndex::Get().resources());
  ASSERT_TRUE(searcher.ok()) << searcher.status().message();
  const std::vector<SpellingCase> cases = {
      {"bao lu mien trung", "bão lũ miền trung"},
      {"bão lũ miền Trung", std::nullopt},
      {"nong thong moi", "nông thôn mới"},
      // Both pairs of "dân cần khéo" exist, but only across word
      // boundaries: no document holds the three together.
      {"dân vận khéo", std::nullopt},
  };
  for (const SpellingCase& c : cases) {
    const auto response = MustSearch(**searcher, {{"q", c.q}});
    if (c.want) {
      EXPECT_EQ(response["did_you_mean"], *c.want) << c.q;
    } else {
      EXPECT_TRUE(response["did_you_mean"].is_null()) << c.q << " -> " << response["did_you_mean"];
    }
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace thidua
