// Tokenizer (analyzers/tokenizer.h): units kept whole, offsets, positions,
// and where syllable pairs may form.
#include "analyzers/tokenizer.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analyzers/text.h"
#include "seed_text.h"

namespace thidua {
namespace {

std::string Surface(std::string_view text, const Token& token) {
  return std::string(text.substr(token.begin, token.end - token.begin));
}

// ---- Units in real seed sentences: the whole, its kind and its parts.
struct UnitCase {
  std::string seed;                // seed file
  std::string surface;             // the unit as written (also the needle)
  TokenKind kind;
  std::vector<std::string> parts;  // surfaces of the parts, empty for none
};

class SeedUnitTest : public ::testing::TestWithParam<UnitCase> {};

TEST_P(SeedUnitTest, KeptWholeWithParts) {
  const UnitCase& unit = GetParam();
  const std::string sentence = testing::SentenceWith(unit.seed, unit.surface);
  ASSERT_FALSE(sentence.empty()) << unit.surface << " not in " << unit.seed;
  const PreparedText prepared = PrepareText(sentence);
  Tokenizer tokenizer;
  const std::vector<Token> tokens = tokenizer.Tokenize(prepared.text);
  std::size_t k = 0;
  while (k < tokens.size() && Surface(prepared.text, tokens[k]) != unit.surface) ++k;
  ASSERT_LT(k, tokens.size()) << "no whole token " << unit.surface << " in: " << sentence;
  const Token& whole = tokens[k];
  EXPECT_EQ(whole.kind, unit.kind) << unit.surface;
  EXPECT_FALSE(whole.is_part);
  EXPECT_EQ(whole.norm, NormalizeTerm(unit.surface));
  for (std::size_t p = 0; p < unit.parts.size(); ++p) {
    ASSERT_LT(k + 1 + p, tokens.size());
    const Token& part = tokens[k + 1 + p];
    EXPECT_TRUE(part.is_part) << unit.parts[p];
    EXPECT_EQ(Surface(prepared.text, part), unit.parts[p]);
    EXPECT_EQ(part.position, whole.position + p) << unit.parts[p];
  }
  const std::size_t after = k + 1 + unit.parts.size();
  if (after < tokens.size()) {
    EXPECT_FALSE(tokens[after].is_part) << "extra part after " << unit.surface;
    EXPECT_EQ(tokens[after].position,
              whole.position + std::max<std::size_t>(1, unit.parts.size()));
  }
}

const char* const k000 = "000_47d23a2cca7c6a69.txt";
const char* const k001 = "001_faf71a337576cf26.txt";
const char* const k002 = "002_28258ec4c37a6285.txt";
const char* const k003 = "003_bbe129546662a061.txt";
const char* const k004 = "004_5aab7b56290a6685.txt";

INSTANTIATE_TEST_SUITE_P(
    Seeds, SeedUnitTest,
    ::testing::Values(
        UnitCase{k000, "09-NQ/TU", TokenKind::kCode, {"09", "NQ", "TU"}},
        UnitCase{k000, "5-2-2022", TokenKind::kDate, {}},
        UnitCase{k000, "10.000", TokenKind::kNumber, {}},
        UnitCase{k001, "62.887", TokenKind::kNumber, {}},
        UnitCase{k001, "2.905", TokenKind::kNumber, {}},
        UnitCase{k001, "XDNTM", TokenKind::kAbbreviation, {}},
        UnitCase{k002, "4.0", TokenKind::kNumber, {}},
        UnitCase{k002, "34-CT/TW", TokenKind::kCode, {"34", "CT", "TW"}},
        UnitCase{k002, "01-NQ/TU", TokenKind::kCode, {"01", "NQ", "TU"}},
        UnitCase{k003, "17/KH-MTTQ-BTT", TokenKind::kCode, {"17", "KH", "MTTQ", "BTT"}},
        UnitCase{k003, "23/8", TokenKind::kDate, {}},
        UnitCase{k003, "40,73", TokenKind::kNumber, {}},
        UnitCase{k003, "81,93", TokenKind::kNumber, {}},
        UnitCase{k003, "107,8", TokenKind::kNumber, {}},
        UnitCase{k003, "UBMTTQ", TokenKind::kAbbreviation, {}},
        UnitCase{k004, "25-09-2023", TokenKind::kDate, {}},
        UnitCase{k004, "CCHC&CĐS", TokenKind::kAbbreviation, {"CCHC", "CĐS"}}));

// ---- Short constructed inputs: the token surfaces in order (non-part only).
struct SurfaceCase {
  std::string text;
  std::vector<std::string> surfaces;
};

class SurfaceTest : public ::testing::TestWithParam<SurfaceCase> {};

TEST_P(SurfaceTest, Tokens) {
  const PreparedText prepared = PrepareText(GetParam().text);
  Tokenizer tokenizer;
  std::vector<std::string> surfaces;
  for (const Token& token : tokenizer.Tokenize(prepared.text)) {
    if (!token.is_part) surfaces.push_back(Surface(prepared.text, token));
  }
  EXPECT_EQ(surfaces, GetParam().surfaces);
}

INSTANTIATE_TEST_SUITE_P(
    Constructed, SurfaceTest,
    ::testing::Values(
        SurfaceCase{"ngày 23/8/2024 tại", {"ngày", "23/8/2024", "tại"}},
        SurfaceCase{"từ 25.09.2023", {"từ", "25.09.2023"}},
        SurfaceCase{"tháng 8/2024", {"tháng", "8/2024"}},
        SurfaceCase{"đứng thứ 19/63 tỉnh", {"đứng", "thứ", "19", "63", "tỉnh"}},
        SurfaceCase{"giai đoạn 2020-2025", {"giai", "đoạn", "2020", "2025"}},
        SurfaceCase{"Số 12/2021/NĐ-CP", {"Số", "12/2021/NĐ-CP"}},
        SurfaceCase{"Quyết định 123/QĐ-UBND", {"Quyết", "định", "123/QĐ-UBND"}},
        SurfaceCase{"tại TP.HCM.", {"tại", "TP.HCM"}},
        SurfaceCase{"gắn kết với nhau.Trong đó", {"gắn", "kết", "với", "nhau", "Trong", "đó"}},
        SurfaceCase{"Nông nghiệp&PTNT", {"Nông", "nghiệp", "PTNT"}},
        SurfaceCase{"R&D", {"R&D"}},
        SurfaceCase{"Covid-19", {"Covid", "19"}},
        SurfaceCase{"tăng 1.000.000 đồng", {"tăng", "1.000.000", "đồng"}},
        SurfaceCase{"  \n ", {}}));

// ---- Pairs must not span punctuation, sentence or line breaks.
struct JoinCase {
  std::string text;
  std::vector<bool> joins;  // joins_previous of each non-part token
};

class JoinTest : public ::testing::TestWithParam<JoinCase> {};

TEST_P(JoinTest, JoinsPreviousOnlyAcrossSpaces) {
  const PreparedText prepared = PrepareText(GetParam().text);
  Tokenizer tokenizer;
  std::vector<bool> joins;
  for (const Token& token : tokenizer.Tokenize(prepared.text)) {
    if (!token.is_part) joins.push_back(token.joins_previous);
  }
  EXPECT_EQ(joins, GetParam().joins);
}

INSTANTIATE_TEST_SUITE_P(
    Breaks, JoinTest,
    ::testing::Values(
        JoinCase{"kinh tế - xã hội", {false, true, false, true}},
        JoinCase{"nông thôn. Sáng tạo", {false, true, false, true}},
        JoinCase{"nông thôn\nsáng tạo", {false, true, false, true}},
        JoinCase{"nông, thôn", {false, false}},
        JoinCase{"“Đoàn kết sáng tạo”", {false, true, true, true}},
        JoinCase{"thi\xC2\xA0" "đua", {false, true}},  // no-break space joins
        JoinCase{"(Mặt trận) -Sáng", {false, true, false}},
        JoinCase{"Nghị quyết 09-NQ/TU, ngày", {false, true, true, false}}));

TEST(TokenizerSeeds, OffsetsPositionsAndBreaksHoldOnEverySeed) {
  Tokenizer tokenizer;
  for (std::string_view file : testing::kSeedFiles) {
    const PreparedText prepared = PrepareText(testing::ReadSeed(file));
    const std::vector<Token> tokens = tokenizer.Tokenize(prepared.text, 100);
    ASSERT_GT(tokens.size(), 100u) << file;
    EXPECT_EQ(tokens.front().position, 100u);
    const Token* previous = nullptr;
    for (const Token& token : tokens) {
      ASSERT_LT(token.begin, token.end);
      ASSERT_LE(token.end, prepared.text.size());
      const std::string surface = Surface(prepared.text, token);
      EXPECT_EQ(token.norm, NormalizeTerm(surface)) << surface;
      EXPECT_EQ(token.folded, Fold(token.norm)) << surface;
      if (token.is_part) continue;
      if (previous != nullptr) {
        EXPECT_GT(token.position, previous->position);
        const std::string gap(prepared.text.substr(previous->end, token.begin - previous->end));
        if (token.joins_previous) {
          EXPECT_EQ(gap.find_first_not_of(" \t\xC2\xA0"), std::string::npos)
              << "pair spans '" << gap << "' before " << surface << " in " << file;
        } else {
          EXPECT_NE(gap.find_first_not_of(" \t\xC2\xA0"), std::string::npos)
              << "no pair across plain space before " << surface << " in " << file;
        }
      }
      previous = &token;
    }
  }
}

TEST(TokenizerSeeds, DecomposedTextGivesTheSameTerms) {
  Tokenizer tokenizer;
  const std::string raw = testing::ReadSeed(testing::kSeedFiles[1]);
  std::string decomposed;
  // Re-encode "hòa"-style letters as base + combining marks by hand for a few letters.
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw.compare(i, 2, "à") == 0) {
      decomposed += "a\xCC\x80";
      ++i;
    } else if (raw.compare(i, 2, "á") == 0) {
      decomposed += "a\xCC\x81";
      ++i;
    } else {
      decomposed += raw[i];
    }
  }
  ASSERT_NE(decomposed, raw);
  std::vector<std::string> expected, actual;
  for (const Token& t : tokenizer.Tokenize(PrepareText(raw).text)) expected.push_back(t.norm);
  for (const Token& t : tokenizer.Tokenize(PrepareText(decomposed).text)) actual.push_back(t.norm);
  EXPECT_EQ(actual, expected);
}

}  // namespace
}  // namespace thidua
