// Query parsing (table-driven) and matching/ranking over the fixture index:
// exact above folded, accentless/case/tone/NFD forms, phrases in both forms,
// exclusion, OR, field scopes, abbreviations, relaxed fallback.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "analyzers/schema.h"
#include "search/internal.h"
#include "tests/unit/search/fixture.h"

namespace thidua {
namespace {

using search_internal::FieldScope;
using search_internal::ParsedQuery;
using search_internal::ParseQueryText;
using testing::FixtureIndex;
using testing::HitIds;
using testing::MustSearch;

// A compact description of a parsed query: groups joined by " & ", clauses
// in a group by " | "; a clause is its folded syllables, "-" when negated,
// quotes when a phrase, "t:"/"b:" for scopes, "!" for diacritics typed.
std::string Describe(const ParsedQuery& parsed) {
  std::string out;
  for (const auto& group : parsed.groups) {
    if (!out.empty()) out += " & ";
    std::string g;
    for (const auto& c : group) {
      if (!g.empty()) g += " | ";
      if (c.negated) g += "-";
      if (c.scope == FieldScope::kTitle) g += "t:";
      if (c.scope == FieldScope::kBody) g += "b:";
      std::string words;
      for (const auto& s : c.syllables) {
        if (!words.empty()) words += " ";
        words += s.folded + (s.has_diacritics ? "!" : "");
      }
      g += c.phrase ? "\"" + words + "\"" : words;
    }
    out += g;
  }
  return out;
}

TEST(ParseQueryTextTest, Table) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"đoàn kết", "doan! & ket!"},
      {"doan ket", "doan & ket"},
      {"ĐOÀN KẾT", "doan! & ket!"},
      {"\"nông thôn mới\"", "\"nong! thon! moi!\""},
      {"“nong thon moi” huế", "\"nong thon moi\" & hue!"},
      {"nông -dân", "nong! & -dan!"},
      {"thể OR thế", "the! | the!"},
      {"a OR b OR c d", "a | b | c & d"},
      {"title:khen body:thưởng", "t:khen & b:thuong!"},
      {"title:\"thi đua\"", "t:\"thi dua!\""},
      {"-\"nông thôn\" xã", "-\"nong! thon!\" & xa!"},
      {"OR thể", "the!"},
      {"   ", ""},
      {"\"unterminated phrase", "\"unterminated phrase\""},
  };
  Tokenizer tokenizer;
  for (const auto& [query, want] : cases) {
    EXPECT_EQ(Describe(ParseQueryText(query, tokenizer)), want) << query;
  }
}

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override { searcher_ = FixtureIndex::Get().OpenSearcher(); }
  std::vector<std::string> Ids(const std::string& q, Params extra = {}) {
    extra.emplace("q", q);
    return HitIds(MustSearch(*searcher_, extra));
  }
  std::unique_ptr<Searcher> searcher_;
};

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST_F(SearchTest, DiacriticsMatchAsTypedAndFallBackToFolded) {
  // Typed with diacritics, a syllable means that word: "thể" is not "thế".
  const auto the_sport = Ids("thể");
  const auto the_world = Ids("thế");
  ASSERT_FALSE(the_sport.empty());
  ASSERT_FALSE(the_world.empty());
  EXPECT_EQ(the_sport.front(), "sport");
  EXPECT_EQ(the_world.front(), "world");
  EXPECT_FALSE(Contains(the_sport, "world"));
  EXPECT_FALSE(Contains(the_world, "sport"));
  // Accentless finds both forms.
  const auto the_any = Ids("the");
  EXPECT_TRUE(Contains(the_any, "sport"));
  EXPECT_TRUE(Contains(the_any, "world"));
  // A form no document has (a wrong mark typed) falls back to the folded
  // reading, exact forms first as before.
  const auto the_card = Ids("thẻ");
  EXPECT_TRUE(Contains(the_card, "sport"));
  EXPECT_TRUE(Contains(the_card, "world"));
  // Counts follow the same match set as the hits.
  EXPECT_EQ(MustSearch(*searcher_, {{"q", "thế"}})["found"].get<std::size_t>(), the_world.size());
}

TEST_F(SearchTest, AccentlessUpperCaseToneVariantAndNfdAgree) {
  const auto full = Ids("Đoàn kết sáng tạo");
  ASSERT_FALSE(full.empty());
  EXPECT_EQ(Ids("doan ket sang tao").front(), full.front());
  EXPECT_EQ(Ids("ĐOÀN KẾT SÁNG TẠO"), full);
  EXPECT_EQ(Ids("Đoa\xCC\x80n kê\xCC\x81t sa\xCC\x81ng ta\xCC\xA3o"), full);  // NFD
  EXPECT_EQ(Ids("hoà bình"), Ids("hòa bình"));
  EXPECT_TRUE(Contains(Ids("hoà bình"), "peace"));
}

TEST_F(SearchTest, PhraseMatchesSequenceInExactOrFoldedForm) {
  for (const std::string q : {"\"nông thôn mới\"", "\"nong thon moi\""}) {
    const auto ids = Ids(q);
    EXPECT_TRUE(Contains(ids, "ntm")) << q;
    EXPECT_TRUE(Contains(ids, "tin")) << q;
    EXPECT_FALSE(Contains(ids, "scatter")) << q;
  }
  // Without quotes all words must occur anywhere; the compound ranks first.
  const auto loose = Ids("nông thôn mới");
  EXPECT_TRUE(Contains(loose, "scatter"));
  EXPECT_NE(loose.front(), "scatter");
}

TEST_F(SearchTest, ExclusionOrAndFieldScopes) {
  EXPECT_FALSE(Contains(Ids("nông -dân"), "scatter"));
  EXPECT_TRUE(Contains(Ids("nông"), "scatter"));
  const auto either = Ids("dục OR giới");
  EXPECT_TRUE(Contains(either, "sport"));
  EXPECT_TRUE(Contains(either, "world"));
  const auto title_only = Ids("title:quảng ninh");
  EXPECT_EQ(title_only, std::vector<std::string>{"ntm"});
  EXPECT_TRUE(Contains(Ids("body:\"yêu nước\""), "mttq"));
  EXPECT_FALSE(Contains(Ids("title:\"yêu nước\""), "mttq"));
}

TEST_F(SearchTest, AbbreviationMatchesExpansionAndBack) {
  const auto abbr = Ids("MTTQ");
  EXPECT_TRUE(Contains(abbr, "dkst"));  // writes "MTTQ"
  EXPECT_TRUE(Contains(abbr, "mttq"));  // writes "Mặt trận Tổ quốc"
  const auto expansion = Ids("mặt trận tổ quốc");
  EXPECT_TRUE(Contains(expansion, "dkst"));
  EXPECT_TRUE(Contains(expansion, "mttq"));
}

TEST_F(SearchTest, RelaxedFallbackWhenAllWordsFindNothing) {
  const auto response = MustSearch(*searcher_, {{"q", "đoàn kết sáng tạo zyxwv"}});
  EXPECT_GT(response["found"].get<int>(), 0);
  EXPECT_TRUE(Contains(HitIds(response), "dkst"));
  EXPECT_EQ(response["relaxed"], "words");  // the response says what it gave up
}

TEST_F(SearchTest, ResponseSaysWhenDiacriticsOrWordsWereRelaxed) {
  const struct {
    const char* q;
    nlohmann::json relaxed;
  } cases[] = {
      {"thể", nullptr},                      // as typed
      {"the", nullptr},                      // typed without diacritics: every form is a match
      {"thẻ", "diacritics"},                 // no "thẻ" anywhere: any form of "the"
      {"đoàn kết sáng tạo", nullptr},
      {"đoàn kết sáng tạo zyxwv", "words"},
      {"zyxwv", nullptr},                    // nothing found: nothing relaxed
  };
  for (const auto& c : cases) {
    // relax_below=0: every word or nothing (the fill has its own test below).
    EXPECT_EQ(MustSearch(*searcher_, {{"q", c.q}, {"relax_below", "0"}})["relaxed"], c.relaxed) << c.q;
  }
}

// Fewer documents than relax_below hold every word: the results go on with
// those missing one word, after all of them, and the response says how many
// hold every word. Sorted by date, or with relax_below=0, there is no fill.
TEST(RelaxBelowTest, FewMatchesOfEveryWordGoOnWithAllButOne) {
  char pattern[] = "/tmp/thidua-fill-test-XXXXXX";
  const std::string dir = mkdtemp(pattern);
  testing::WriteArticles(dir, {
      {"all", "", "Giá Bitcoin giảm mạnh trong tuần.", "2021-05-01", "x"},
      {"three", "", "Giá Bitcoin giảm sâu sau tin đồn.", "2021-05-02", "x"},
      {"two", "", "Bitcoin tăng giá trở lại.", "2021-05-03", "x"},
      {"none", "", "Thời tiết hôm nay đẹp.", "2021-05-04", "x"},
  });
  auto opened = Searcher::Open(dir, FixtureIndex::Get().resources());
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  Searcher& searcher = **opened;
  const std::string q = "giá Bitcoin giảm mạnh";
  const auto strict = MustSearch(searcher, {{"q", q}, {"relax_below", "0"}});
  const auto filled = MustSearch(searcher, {{"q", q}});
  EXPECT_EQ(HitIds(strict), std::vector<std::string>{"all"});
  EXPECT_TRUE(strict["relaxed"].is_null());
  EXPECT_TRUE(strict["found_all_words"].is_null());
  EXPECT_EQ(HitIds(filled), (std::vector<std::string>{"all", "three"}));  // "two" lacks two words
  EXPECT_EQ(filled["found"], 2);
  EXPECT_EQ(filled["found_all_words"], 1);
  EXPECT_EQ(filled["relaxed"], "words");
  for (const auto& hit : filled["hits"]) EXPECT_LT(hit["score"].get<double>(), 1e5) << hit.dump();
  EXPECT_EQ(MustSearch(searcher, {{"q", q}, {"sort", "newest"}})["found"], 1);
  EXPECT_FALSE(ParseSearchRequest({{"q", q}, {"relax_below", "101"}}).ok());
  std::filesystem::remove_all(dir);
}

TEST_F(SearchTest, SortNewestAndOldestPutUndatedLast) {
  const auto newest = Ids("", {{"sort", "newest"}, {"per_page", "100"}});
  const auto oldest = Ids("", {{"sort", "oldest"}, {"per_page", "100"}});
  ASSERT_EQ(newest.size(), testing::FixtureArticles().size());
  EXPECT_EQ(newest.front(), "tin");
  EXPECT_EQ(newest.back(), "nodate");
  EXPECT_EQ(oldest.front(), "scatter");
  EXPECT_EQ(oldest.back(), "nodate");
}

TEST_F(SearchTest, ResponseShapeAndPaging) {
  const auto response = MustSearch(*searcher_, {{"q", "thi đua"}, {"per_page", "1"}, {"page", "2"}});
  for (const char* key : {"found", "page", "per_page", "took_ms", "hits", "facets", "did_you_mean"}) {
    EXPECT_TRUE(response.contains(key)) << key;
  }
  ASSERT_EQ(response["hits"].size(), 1u);
  const auto& hit = response["hits"][0];
  for (const char* key : {"id", "title", "url", "source", "published", "score", "snippets", "provinces",
                          "provinces_2025", "campaigns", "figures"}) {
    EXPECT_TRUE(hit.contains(key)) << key;
  }
  EXPECT_GE(response["found"].get<int>(), 3);
  const auto first = MustSearch(*searcher_, {{"q", "thi đua"}, {"per_page", "1"}});
  EXPECT_NE(HitIds(first), HitIds(response));
}

TEST_F(SearchTest, DocumentById) {
  auto doc = searcher_->GetDocument("dkst", false);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ((*doc)["id"], "dkst");
  EXPECT_NE((*doc)["text"].get<std::string>().find("Trà Vinh"), std::string::npos);
  EXPECT_TRUE((*doc).contains("entities"));
  EXPECT_FALSE((*doc).contains("raw"));
  auto raw = searcher_->GetDocument("dkst", true);
  ASSERT_TRUE(raw.ok());
  EXPECT_TRUE((*raw).contains("raw"));
  auto missing = searcher_->GetDocument("no-such-id", false);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST(SearcherOpenTest, MissingIndexIsUnavailable) {
  auto searcher = Searcher::Open("/nonexistent/index", FixtureIndex::Get().resources());
  ASSERT_FALSE(searcher.ok());
  EXPECT_EQ(searcher.status().code(), StatusCode::kUnavailable);
}

}  // namespace
}  // namespace thidua

namespace thidua {
namespace {

// "kỹ"/"kĩ", "sĩ"/"sỹ": both spellings are in print; a query in either (with
// diacritics, without, or as a phrase) finds both and marks both.
TEST(IySpellingTest, EitherSpellingFindsBoth) {
  char pattern[] = "/tmp/thidua-iy-test-XXXXXX";
  const std::string dir = mkdtemp(pattern);
  testing::WriteArticles(dir, {{"new", "", "Đội ngũ kỹ thuật và bác sĩ trực suốt đêm.", "2021-01-01", "x"},
                               {"old", "", "Các kĩ thuật viên cùng bác sỹ trực suốt đêm.", "2021-01-02", "x"},
                               {"other", "", "Hội thi kể chuyện của thiếu nhi.", "2021-01-03", "x"}});
  auto searcher = Searcher::Open(dir, testing::FixtureIndex::Get().resources());
  ASSERT_TRUE(searcher.ok()) << searcher.status().message();
  for (const std::string q : {"kỹ thuật", "kĩ thuật", "ky thuat", "ki thuat", "\"kĩ thuật\"", "bác sỹ", "bác sĩ"}) {
    const auto response = testing::MustSearch(**searcher, {{"q", q}});
    auto ids = testing::HitIds(response);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"new", "old"})) << q;
    for (const auto& hit : response["hits"]) {
      bool marked = false;
      for (const auto& s : hit["snippets"]) marked = marked || s.get<std::string>().find("<mark>") != std::string::npos;
      EXPECT_TRUE(marked) << q << " " << hit.dump();
    }
  }
  std::filesystem::remove_all(dir);
}

// Adjacent syllables are a collocation when their pair is far more frequent
// than their own frequencies predict: "nông thôn" is, "độ thiếu" (a word
// boundary met once, "Ấn Độ | thiếu") is not, and a pair never seen is not.
TEST(PairBoostTest, CollocationsByLift) {
  char pattern[] = "/tmp/thidua-lift-test-XXXXXX";
  const std::string dir = mkdtemp(pattern);
  std::vector<std::string> ids, bodies;
  for (int i = 0; i < 12; ++i) {
    bodies.push_back("Ấn Độ ghi nhận nhiều ca bệnh, mức độ lây lan cao. Xây dựng nông thôn mới ở thôn " +
                     std::to_string(i) + ". Nhiều nơi còn thiếu thuốc, thiếu giường bệnh.");
  }
  bodies.push_back("Ấn Độ thiếu vắc xin trầm trọng.");
  std::vector<testing::FixtureArticle> articles;
  for (std::size_t i = 0; i < bodies.size(); ++i) ids.push_back("d" + std::to_string(i));
  for (std::size_t i = 0; i < bodies.size(); ++i) articles.push_back({ids[i].c_str(), "", bodies[i].c_str(), "2021-01-01", "x"});
  testing::WriteArticles(dir, articles);
  const Xapian::Database db(dir);
  using search_internal::IsCollocation;
  EXPECT_TRUE(IsCollocation(db, schema::kBodyPair, schema::kBodyExact, "nông", "thôn"));
  EXPECT_TRUE(IsCollocation(db, schema::kBodyPair, schema::kBodyExact, "ấn", "độ"));
  EXPECT_FALSE(IsCollocation(db, schema::kBodyPair, schema::kBodyExact, "độ", "thiếu"));
  EXPECT_FALSE(IsCollocation(db, schema::kBodyPair, schema::kBodyExact, "thôn", "ấn"));  // never adjacent
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace thidua
