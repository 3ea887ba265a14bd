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

}  // namespace
}  // namespace thidua
