// AccentRestorationBoost (search/accent_restoration.h): which parts of a
// reading are boosted, over a small in-memory index of the tests' own
// sentences, and what the boost does to the order of matches.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "analyzers/text.h"
#include "analyzers/tokenizer.h"
#include "search/accent_restoration.h"

namespace thidua::search_internal {
namespace {

Xapian::Database MakeIndex(const std::vector<std::string>& bodies) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Tokenizer tokenizer;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    Xapian::Document doc;
    std::vector<IndexTerm> terms;
    AppendIndexTerms(tokenizer.Tokenize(PrepareText(bodies[i]).text), Field::kBody, terms);
    for (const IndexTerm& t : terms) {
      if (t.positional) {
        doc.add_posting(t.term, t.position + 1);
      } else {
        doc.add_term(t.term);
      }
    }
    doc.set_data("d" + std::to_string(i));
    db.add_document(doc);
  }
  return db;
}

// Terms of a query tree, as Xapian lists them.
std::vector<std::string> TermsOf(const Xapian::Query& q) {
  return std::vector<std::string>(q.get_unique_terms_begin(), q.get_unique_terms_end());
}

bool Has(const std::vector<std::string>& terms, const std::string& term) {
  return std::find(terms.begin(), terms.end(), term) != terms.end();
}

class AccentRestorationTest : public ::testing::Test {
 protected:
  // "đoàn kết" dominates "doan ket"; "biến chứng" and "biến chủng" split "bien chung".
  AccentRestorationTest()
      : db_(MakeIndex({"đoàn kết là sức mạnh", "tinh thần đoàn kết toàn dân", "khối đoàn kết dân tộc",
                       "đoàn kết sáng tạo", "phần đoạn kết của bộ phim đoạn kết hay, đoạn kết buồn",
                       "nguy cơ biến chứng nặng", "biến chứng sau mổ", "biến chủng mới của virus",
                       "biến chủng Delta lây nhanh"})) {}

  Xapian::Query Boost(std::string_view typed, std::string_view restored) {
    return AccentRestorationBoost(ParseQueryText(typed, tokenizer_), restored, tokenizer_, db_);
  }
  std::vector<std::string> Ranked(const Xapian::Query& query) {
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    std::vector<std::string> ids;
    const Xapian::MSet mset = enquire.get_mset(0, 20);
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_data());
    return ids;
  }

  Xapian::Database db_;
  Tokenizer tokenizer_;
};

TEST_F(AccentRestorationTest, DominantReadingIsBoosted) {
  const std::vector<std::string> terms = TermsOf(Boost("doan ket", "đoàn kết"));
  EXPECT_TRUE(Has(terms, "XJđoàn kết"));
  EXPECT_TRUE(Has(terms, "đoàn"));
  EXPECT_TRUE(Has(terms, "kết"));
  EXPECT_FALSE(Has(terms, "đoạn"));
}

TEST_F(AccentRestorationTest, EvenlySplitReadingIsLeftAlone) {
  EXPECT_TRUE(Boost("bien chung", "biến chứng").empty());
  EXPECT_TRUE(Boost("bien chung", "biến chủng").empty());
}

TEST_F(AccentRestorationTest, QueriesWithAnyDiacriticsAreLeftAlone) {
  EXPECT_TRUE(Boost("đoan ket", "đoàn kết").empty());
  EXPECT_TRUE(Boost("doan kết", "đoàn kết").empty());
  EXPECT_TRUE(Boost("doan ket", "").empty());
}

TEST_F(AccentRestorationTest, BoostPutsTheReadingFirstWithoutDroppingOthers) {
  const Xapian::Query folded(Xapian::Query::OP_AND, Xapian::Query("XFdoan"), Xapian::Query("XFket"));
  // Without the boost the film review, with "doan ket" three times, is first.
  ASSERT_EQ(Ranked(folded).front(), "d4");
  const std::vector<std::string> boosted =
      Ranked(Xapian::Query(Xapian::Query::OP_AND_MAYBE, folded, Boost("doan ket", "đoàn kết")));
  EXPECT_EQ(Ranked(folded).size(), boosted.size());
  EXPECT_NE(boosted.front(), "d4");
  EXPECT_EQ(boosted.back(), "d4");
}

}  // namespace
}  // namespace thidua::search_internal
