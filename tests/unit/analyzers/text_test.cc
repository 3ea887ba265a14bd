// PrepareText, NormalizeTerm, Fold, HasDiacritics (analyzers/text.h).
#include "analyzers/text.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "seed_text.h"

namespace thidua {
namespace {

std::string ToNfd(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size())), status);
  std::string out;
  decomposed.toUTF8String(out);
  EXPECT_TRUE(U_SUCCESS(status));
  return out;
}

struct NormalizeCase {
  std::string input;
  std::string expected;
};

class NormalizeTermTest : public ::testing::TestWithParam<NormalizeCase> {};

TEST_P(NormalizeTermTest, UnifiesCaseAndTonePlacement) {
  EXPECT_EQ(NormalizeTerm(GetParam().input), GetParam().expected);
}

TEST_P(NormalizeTermTest, DecomposedInputGivesTheSameTerm) {
  EXPECT_EQ(NormalizeTerm(ToNfd(GetParam().input)), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    ToneStyles, NormalizeTermTest,
    ::testing::Values(
        // Old and new tone placement meet on one form.
        NormalizeCase{"hoà", "hòa"}, NormalizeCase{"hòa", "hòa"}, NormalizeCase{"thuỷ", "thủy"},
        NormalizeCase{"thủy", "thủy"}, NormalizeCase{"khoẻ", "khỏe"}, NormalizeCase{"khỏe", "khỏe"},
        NormalizeCase{"uỷ ban", "ủy ban"}, NormalizeCase{"Ủy ban", "ủy ban"},
        NormalizeCase{"Thanh Hoá", "thanh hóa"}, NormalizeCase{"Thanh Hóa", "thanh hóa"},
        NormalizeCase{"hiện thực hoá", "hiện thực hóa"}, NormalizeCase{"toà", "tòa"},
        NormalizeCase{"Tuỳ", "tùy"}, NormalizeCase{"hoè", "hòe"},
        // Closed syllables put the tone on the last vowel; wrong placements move there.
        NormalizeCase{"hòang", "hoàng"}, NormalizeCase{"tóan", "toán"},
        NormalizeCase{"HOÀNG", "hoàng"}, NormalizeCase{"huỳnh", "huỳnh"},
        // Quality-marked vowel wins, ươ -> ơ.
        NormalizeCase{"người", "người"}, NormalizeCase{"ngừơi", "người"},
        NormalizeCase{"Tuấn", "tuấn"}, NormalizeCase{"thuở", "thuở"}, NormalizeCase{"quyết", "quyết"},
        NormalizeCase{"mưa", "mưa"}, NormalizeCase{"cửa", "cửa"},
        // Three vowels: the middle one.
        NormalizeCase{"ngoài", "ngoài"}, NormalizeCase{"ngoaì", "ngoài"},
        NormalizeCase{"khuỷu", "khuỷu"}, NormalizeCase{"khuyủ", "khuỷu"},
        // qu / gi are initials.
        NormalizeCase{"quý", "quý"}, NormalizeCase{"qúy", "quý"}, NormalizeCase{"quà", "quà"},
        NormalizeCase{"giữ", "giữ"}, NormalizeCase{"gìn", "gìn"}, NormalizeCase{"gía", "giá"},
        NormalizeCase{"của", "của"}, NormalizeCase{"mía", "mía"},
        // Upper case, Ð (U+00D0) and Đ.
        NormalizeCase{"ĐOÀN KẾT", "đoàn kết"}, NormalizeCase{"ÐOÀN", "đoàn"},
        NormalizeCase{"ðoàn", "đoàn"},
        // Foreign words and non-syllables are left alone (only lower-cased).
        NormalizeCase{"Café", "café"}, NormalizeCase{"Müller", "müller"},
        NormalizeCase{"Facebook", "facebook"}, NormalizeCase{"làung", "làung"},  // no "aung"
        NormalizeCase{"sóong", "soóng"}, NormalizeCase{"ngòeo", "ngoèo"}, NormalizeCase{"09-NQ/TU", "09-nq/tu"},
        NormalizeCase{"ΑΘΗΝΑ", "αθηνα"}, NormalizeCase{"İstanbul", "i\xCC\x87stanbul"}));

struct FoldCase {
  std::string normalized;
  std::string folded;
};

class FoldTest : public ::testing::TestWithParam<FoldCase> {};

TEST_P(FoldTest, RemovesDiacriticsAndMapsDStroke) {
  EXPECT_EQ(Fold(GetParam().normalized), GetParam().folded);
  EXPECT_EQ(HasDiacritics(GetParam().normalized), GetParam().normalized != GetParam().folded);
}

INSTANTIATE_TEST_SUITE_P(
    Letters, FoldTest,
    ::testing::Values(FoldCase{"đoàn kết", "doan ket"}, FoldCase{"người", "nguoi"},
                      FoldCase{"ủy ban", "uy ban"}, FoldCase{"khuỷu", "khuyu"},
                      FoldCase{"ĐẠI HỘI", "DAI HOI"}, FoldCase{"ăn ở", "an o"},
                      FoldCase{"ưu tiên", "uu tien"}, FoldCase{"café", "cafe"},
                      FoldCase{"thi đua", "thi dua"}, FoldCase{"09-nq/tu", "09-nq/tu"},
                      FoldCase{"cchc&cđs", "cchc&cds"}, FoldCase{"phong trào", "phong trao"},
                      FoldCase{"αθηνα", "αθηνα"}, FoldCase{"москва", "москва"},
                      FoldCase{"a\xCC\x80", "a"}, FoldCase{"", ""}));

struct IyCase {
  std::string syllable;
  std::string variant;  // "" when the syllable has no other spelling
};

class IyVariantTest : public ::testing::TestWithParam<IyCase> {};

TEST_P(IyVariantTest, SwapsFinalIAndYAfterTheConsonantsThatAllowBoth) {
  EXPECT_EQ(IyVariant(GetParam().syllable), GetParam().variant);
  if (!GetParam().variant.empty()) EXPECT_EQ(IyVariant(GetParam().variant), GetParam().syllable);
}

INSTANTIATE_TEST_SUITE_P(
    Spellings, IyVariantTest,
    ::testing::Values(IyCase{"kỹ", "kĩ"}, IyCase{"lý", "lí"}, IyCase{"sĩ", "sỹ"}, IyCase{"mỹ", "mĩ"},
                      IyCase{"kỳ", "kì"}, IyCase{"tỷ", "tỉ"}, IyCase{"ty", "ti"}, IyCase{"hy", "hi"},
                      IyCase{"quý", "quí"}, IyCase{"quy", "qui"}, IyCase{"lỵ", "lị"},
                      // Folded forms too.
                      IyCase{"ky", "ki"}, IyCase{"qui", "quy"},
                      // Only a lone i/y after those consonants: not diphthongs,
                      // other initials, longer rhymes or bare vowels.
                      IyCase{"thủy", ""}, IyCase{"huy", ""}, IyCase{"khi", ""}, IyCase{"thi", ""},
                      IyCase{"chị", ""}, IyCase{"đi", ""}, IyCase{"vì", ""}, IyCase{"kính", ""},
                      IyCase{"tiến", ""}, IyCase{"yêu", ""}, IyCase{"y", ""}, IyCase{"qu", ""},
                      IyCase{"q", ""}, IyCase{"", ""}));

struct PrepareCase {
  std::string raw;
  std::string text;
  std::size_t invalid_bytes;
};

class PrepareTextTest : public ::testing::TestWithParam<PrepareCase> {};

TEST_P(PrepareTextTest, RepairsNormalisesAndCounts) {
  const PreparedText prepared = PrepareText(GetParam().raw);
  EXPECT_EQ(prepared.text, GetParam().text);
  EXPECT_EQ(prepared.invalid_bytes, GetParam().invalid_bytes);
  EXPECT_EQ(prepared.source_encoding, SourceEncoding::kUtf8);
}

INSTANTIATE_TEST_SUITE_P(
    Bytes, PrepareTextTest,
    ::testing::Values(
        PrepareCase{"thi đua", "thi đua", 0},
        PrepareCase{"Ho\xCC\x80" "a Bi\xCC\x80nh", "Hòa Bình", 0},     // NFD -> NFC
        PrepareCase{"\xC3\x90" "oa\xCC\x80n ke\xCC\x82\xCC\x81t", "Đoàn kết", 0},  // Ð -> Đ
        PrepareCase{"thi \xFF" "đua", "thi \xEF\xBF\xBD" "đua", 1},      // stray byte
        PrepareCase{"a\xE1\xBA" "b", "a\xEF\xBF\xBD" "b", 2},            // truncated sequence
        PrepareCase{"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD", 2},          // overlong
        PrepareCase{"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 3},  // surrogate
        PrepareCase{"\xEF\xBB\xBF" "Trà Vinh", "Trà Vinh", 0},          // BOM dropped
        PrepareCase{"", "", 0}, PrepareCase{"a\xE1\xBA", "a\xEF\xBF\xBD", 2}));

TEST(PrepareTextSeeds, SeedArticlesPassThroughUnchanged) {
  for (std::string_view file : testing::kSeedFiles) {
    const std::string raw = testing::ReadSeed(file);
    ASSERT_FALSE(raw.empty()) << file;
    const PreparedText prepared = PrepareText(raw);
    EXPECT_EQ(prepared.text, raw) << file;
    EXPECT_EQ(prepared.invalid_bytes, 0u) << file;
    EXPECT_EQ(prepared.source_encoding, SourceEncoding::kUtf8) << file;
  }
}

TEST(PrepareTextSeeds, DecomposedSeedsBecomeComposed) {
  for (std::string_view file : testing::kSeedFiles) {
    const std::string raw = testing::ReadSeed(file);
    const std::string decomposed = ToNfd(raw);
    ASSERT_NE(decomposed, raw) << file;
    EXPECT_EQ(PrepareText(decomposed).text, raw) << file;
  }
}

TEST(PrepareTextSeeds, RandomDamageNeverThrowsAndIsCounted) {
  const std::string raw = testing::ReadSeed(testing::kSeedFiles[3]);
  std::mt19937 random(20240823);
  for (int round = 0; round < 50; ++round) {
    std::string damaged = raw;
    const int flips = 1 + round % 5;
    for (int k = 0; k < flips; ++k) {
      damaged[random() % damaged.size()] = static_cast<char>(0xF8 + random() % 8);  // never UTF-8
    }
    PreparedText prepared;
    ASSERT_NO_THROW(prepared = PrepareText(damaged));
    EXPECT_GT(prepared.invalid_bytes, 0u);
    EXPECT_EQ(PrepareText(prepared.text).text, prepared.text);  // output is valid UTF-8, NFC
    EXPECT_EQ(PrepareText(prepared.text).invalid_bytes, 0u);
  }
}

TEST(NormalizeTermSeeds, OldStyleWordsInSeedsMatchNewStyle) {
  // A seed writes "hàng hoá" (tone on the second vowel); the normalised term is "hóa".
  const std::string sentence = testing::SentenceWith(testing::kSeedFiles[1], "hàng hoá");
  ASSERT_FALSE(sentence.empty());
  const std::string normalized = NormalizeTerm(sentence);
  EXPECT_EQ(normalized.find("hoá"), std::string::npos);
  EXPECT_NE(normalized.find("hàng hóa"), std::string::npos);
}

}  // namespace
}  // namespace thidua
