// AppendIndexTerms, FormsPair, IsPairStopword (analyzers/tokenizer.h) and
// phrase search over the terms with a real (in-memory) Xapian database.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "analyzers/schema.h"
#include "analyzers/text.h"
#include "analyzers/tokenizer.h"
#include "seed_text.h"

namespace thidua {
namespace {

std::vector<IndexTerm> TermsOf(std::string_view text, Field field) {
  Tokenizer tokenizer;
  const PreparedText prepared = PrepareText(text);
  std::vector<IndexTerm> terms;
  AppendIndexTerms(tokenizer.Tokenize(prepared.text), field, terms);
  return terms;
}

bool HasTerm(const std::vector<IndexTerm>& terms, std::string_view term, std::uint32_t position) {
  return std::any_of(terms.begin(), terms.end(), [&](const IndexTerm& t) {
    return t.term == term && t.position == position;
  });
}

bool HasTermAnywhere(const std::vector<IndexTerm>& terms, std::string_view term) {
  return std::any_of(terms.begin(), terms.end(), [&](const IndexTerm& t) { return t.term == term; });
}

struct TermCase {
  std::string text;
  Field field;
  std::vector<std::pair<std::string, std::uint32_t>> present;
  std::vector<std::string> absent;
};

class IndexTermsTest : public ::testing::TestWithParam<TermCase> {};

TEST_P(IndexTermsTest, WritesExpectedTerms) {
  const std::vector<IndexTerm> terms = TermsOf(GetParam().text, GetParam().field);
  for (const auto& [term, position] : GetParam().present) {
    EXPECT_TRUE(HasTerm(terms, term, position)) << term << "@" << position;
  }
  for (const std::string& term : GetParam().absent) {
    EXPECT_FALSE(HasTermAnywhere(terms, term)) << term;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Terms, IndexTermsTest,
    ::testing::Values(
        // Exact and folded singles, and pairs in both forms at the first position.
        TermCase{"Nông thôn mới", Field::kBody,
                 {{"nông", 0}, {"XFnong", 0}, {"XJnông thôn", 0}, {"XKnong thon", 0},
                  {"thôn", 1}, {"XJthôn mới", 1}, {"XKthon moi", 1}, {"XFmoi", 2}},
                 {}},
        // The folded term is written even when it equals the exact one.
        TermCase{"Ban thi", Field::kBody, {{"ban", 0}, {"XFban", 0}, {"XFthi", 1}, {"XKban thi", 0}}, {}},
        // Title prefixes.
        TermCase{"Đoàn kết", Field::kTitle,
                 {{"Sđoàn", 0}, {"XSFdoan", 0}, {"XSJđoàn kết", 0}, {"XSKdoan ket", 0}},
                 {"đoàn", "XFdoan", "XJđoàn kết"}},
        // Tone placement unified in every form.
        TermCase{"Thanh Hoá", Field::kBody, {{"hóa", 1}, {"XJthanh hóa", 0}, {"XKthanh hoa", 0}}, {"hoá"}},
        // Stop words keep their single terms but form no pairs.
        TermCase{"phong trào của tỉnh", Field::kBody,
                 {{"của", 2}, {"XFcua", 2}, {"XJphong trào", 0}},
                 {"XJtrào của", "XJcủa tỉnh", "XKtrao cua"}},
        TermCase{"thành tích được những người khen", Field::kBody,
                 {{"được", 2}, {"những", 3}, {"XJthành tích", 0}, {"XJngười khen", 4}},
                 {"XJtích được", "XJđược những", "XJnhững người", "XKduoc nhung"}},
        // No pair across punctuation.
        TermCase{"kinh tế - xã hội", Field::kBody, {{"XJkinh tế", 0}, {"XJxã hội", 2}}, {"XJtế xã"}},
        // Codes: whole and parts; no pair with numbers or codes.
        TermCase{"Nghị quyết 09-NQ/TU", Field::kBody,
                 {{"09-nq/tu", 2}, {"XF09-nq/tu", 2}, {"09", 2}, {"nq", 3}, {"tu", 4}, {"XFnq", 3}},
                 {"XJquyết 09-nq/tu", "XJnq tu"}},
        TermCase{"công tác CCHC&CĐS", Field::kBody,
                 {{"cchc&cđs", 2}, {"XFcchc&cds", 2}, {"cchc", 2}, {"cđs", 3}, {"XFcds", 3},
                  {"XJcông tác", 0}, {"XJtác cchc&cđs", 1}},
                 {}},
        TermCase{"62.887 sáng kiến", Field::kBody,
                 {{"62.887", 0}, {"XJsáng kiến", 1}},
                 {"XJ62.887 sáng"}},
        // A number or date ends a pair after a word (it names the thing),
        // never after a pair stop word.
        TermCase{"học sinh lớp 10 dịp 30/4 tại 75", Field::kBody,
                 {{"XJlớp 10", 2}, {"XKlop 10", 2}, {"XJdịp 30/4", 4}, {"XKdip 30/4", 4}},
                 {"XJ10 dịp", "XJtại 75"}}));

TEST(IndexTerms, OverlongTermsAreSkipped) {
  const std::string long_word(300, 'a');
  const std::vector<IndexTerm> terms = TermsOf("xin " + long_word + " chào", Field::kBody);
  for (const IndexTerm& term : terms) EXPECT_LE(term.term.size(), 245u) << term.term.substr(0, 20);
  EXPECT_TRUE(HasTerm(terms, "xin", 0));
  EXPECT_TRUE(HasTerm(terms, "chào", 2));
}

TEST(IndexTerms, OnlyFoldedSinglesArePositional) {
  const std::vector<IndexTerm> terms = TermsOf("phong trào thi đua", Field::kBody);
  std::size_t pairs = 0, folded = 0, exact = 0;
  for (const IndexTerm& term : terms) {
    const bool is_pair = term.term.find(' ') != std::string::npos;
    const bool is_folded = term.term.rfind(schema::kBodyFolded, 0) == 0;
    (is_pair ? pairs : is_folded ? folded : exact) += 1;
    EXPECT_EQ(term.positional, !is_pair && is_folded) << term.term;
  }
  EXPECT_EQ(exact, 4u);   // 4 syllables, exact (wdf only) ...
  EXPECT_EQ(folded, 4u);  // ... and folded (positional)
  EXPECT_EQ(pairs, 6u);   // 3 pairs, exact and folded
}

TEST(IndexTerms, PairStopwordsAreTiny) {
  EXPECT_TRUE(IsPairStopword("và"));
  EXPECT_TRUE(IsPairStopword("của"));
  EXPECT_TRUE(IsPairStopword("là"));
  EXPECT_FALSE(IsPairStopword("thi"));
  EXPECT_FALSE(IsPairStopword("đua"));
  EXPECT_FALSE(IsPairStopword("va"));  // folded forms are not stop words
}

// Index each seed into an in-memory database and run phrase queries on the
// exact and on the folded terms: both must find the article.
struct PhraseCase {
  std::string seed;
  std::string phrase;  // as a user types it (exact) - folded variant derived
};

class SeedPhraseTest : public ::testing::TestWithParam<PhraseCase> {};

TEST_P(SeedPhraseTest, PhraseFindsSeedInBothForms) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Tokenizer tokenizer;
  for (std::string_view file : testing::kSeedFiles) {
    Xapian::Document document;
    const PreparedText prepared = PrepareText(testing::ReadSeed(file));
    std::vector<IndexTerm> terms;
    AppendIndexTerms(tokenizer.Tokenize(prepared.text), Field::kBody, terms);
    for (const IndexTerm& term : terms) {
      if (term.positional) {
        document.add_posting(term.term, term.position + 1);
      } else {
        document.add_term(term.term);
      }
    }
    document.set_data(std::string(file));
    db.add_document(document);
  }
  const PreparedText query = PrepareText(GetParam().phrase);
  const std::vector<Token> tokens = tokenizer.Tokenize(query.text);
  ASSERT_GE(tokens.size(), 2u);
  std::vector<std::string> exact, folded;
  for (const Token& token : tokens) {
    if (token.is_part) continue;
    exact.push_back(token.norm);
    folded.push_back(std::string(schema::kBodyFolded) + token.folded);
  }
  // The folded phrase alone, and (as search/query.cc does for a phrase typed
  // with diacritics) the folded phrase ANDed with the exact terms.
  const Xapian::Query folded_phrase(Xapian::Query::OP_PHRASE, folded.begin(), folded.end());
  std::vector<Xapian::Query> exact_and_phrase(exact.begin(), exact.end());
  exact_and_phrase.push_back(folded_phrase);
  for (const auto* words : {&exact, &folded}) {
    Xapian::Enquire enquire(db);
    enquire.set_query(words == &folded ? folded_phrase
                                       : Xapian::Query(Xapian::Query::OP_AND, exact_and_phrase.begin(),
                                                       exact_and_phrase.end()));
    const Xapian::MSet matches = enquire.get_mset(0, 10);
    bool found = false;
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      found = found || it.get_document().get_data() == GetParam().seed;
    }
    EXPECT_TRUE(found) << GetParam().phrase << " (" << (words == &exact ? "exact" : "folded") << ")";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, SeedPhraseTest,
    ::testing::Values(PhraseCase{"000_47d23a2cca7c6a69.txt", "Đoàn kết sáng tạo"},
                      PhraseCase{"001_faf71a337576cf26.txt", "hàng hóa"},  // the seed writes "hoá"
                      PhraseCase{"001_faf71a337576cf26.txt", "62.887 sáng kiến"},
                      PhraseCase{"003_bbe129546662a061.txt", "Ủy ban MTTQ"},
                      PhraseCase{"004_5aab7b56290a6685.txt", "công tác CCHC&CĐS"}));

}  // namespace
}  // namespace thidua
