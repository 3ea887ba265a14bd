// Legacy encodings through PrepareText: seed sentences encoded here as TCVN3
// (glibc iconv's TCVN5712-1 tables, an independent implementation) and as
// VNI (an encoder written from the VNI key layout below) come back as the
// original Unicode; Latin-1 text in other languages is not mistaken for them.
#include <iconv.h>

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "analyzers/text.h"
#include "seed_text.h"

namespace thidua {
namespace {

std::string Iconv(const std::string& from, const std::string& to, const std::string& text) {
  iconv_t cd = iconv_open(to.c_str(), from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return {};
  std::string in = text;
  std::string out(text.size() * 4 + 16, '\0');
  char* in_ptr = in.data();
  char* out_ptr = out.data();
  std::size_t in_left = in.size(), out_left = out.size();
  const std::size_t result = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  if (result == static_cast<std::size_t>(-1)) return {};
  out.resize(out.size() - out_left);
  return out;
}

std::u32string CodePoints(const std::string& utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(utf8);
  std::u32string out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) out.push_back(s.char32At(i));
  return out;
}

std::string Utf8(char32_t cp) {
  std::string out;
  icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(out);
  return out;
}

bool IsBaseCapital(char32_t cp) {  // capitals TCVN3 (ABC) has a byte for
  return std::u32string_view(U"ĂÂÊÔƠƯĐ").find(cp) != std::u32string_view::npos;
}

// TCVN3 as ABC fonts write it: toned capitals use the lower-case byte (the
// upper-case font draws it as a capital). Returns the bytes and the text
// the decoder should give back.
std::pair<std::string, std::string> EncodeTcvn3(const std::string& text) {
  std::string bytes, expected;
  for (char32_t cp : CodePoints(text)) {
    if (cp >= 0x80 && u_isupper(static_cast<UChar32>(cp)) && !IsBaseCapital(cp)) {
      cp = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    }
    const std::string utf8 = Utf8(cp);
    std::string encoded = cp < 0x80 ? utf8 : Iconv("UTF-8", "TCVN5712-1", utf8);
    if (encoded.empty() || (static_cast<unsigned char>(encoded[0]) < 0x80 && cp >= 0x80)) {
      encoded = Iconv("UTF-8", "CP1252", utf8);  // quotes, dashes
    }
    if (encoded.empty()) continue;
    bytes += encoded;
    expected += utf8;
  }
  return {bytes, expected};
}

// VNI (Windows): base letter, then one byte for the mark(s); i/y-dot and ơ/ư/đ
// have single bytes. Lower-case bytes shown; capitals use the byte - 0x20.
std::string EncodeVni(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  // Marks by tone: none, grave, acute, hook, tilde, dot.
  const char32_t tone_bytes[] = {0, U'ø', U'ù', U'û', U'õ', U'ï'};
  const char32_t circumflex[] = {U'â', U'à', U'á', U'å', U'ã', U'ä'};
  const char32_t breve[] = {U'ê', U'è', U'é', U'ú', U'ü', U'ë'};
  const char32_t i_bytes[] = {U'i', U'ì', U'í', U'æ', U'ó', U'ò'};
  std::u32string out;
  for (char32_t cp : CodePoints(text)) {
    icu::UnicodeString decomposition;
    if (cp == U'đ' || cp == U'Đ') {
      out.push_back(cp == U'đ' ? U'ñ' : U'Ñ');
      continue;
    }
    if (!nfd->getDecomposition(static_cast<UChar32>(cp), decomposition)) {
      out.push_back(cp);
      continue;
    }
    const char32_t base = static_cast<char32_t>(decomposition.char32At(0));
    const bool upper = u_isupper(static_cast<UChar32>(base));
    const char32_t lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(base)));
    int tone = 0;
    bool hat = false, cup = false, horn = false;
    for (int32_t k = 1; k < decomposition.length(); ++k) {
      switch (decomposition.charAt(k)) {
        case 0x300: tone = 1; break;
        case 0x301: tone = 2; break;
        case 0x309: tone = 3; break;
        case 0x303: tone = 4; break;
        case 0x323: tone = 5; break;
        case 0x302: hat = true; break;
        case 0x306: cup = true; break;
        case 0x31B: horn = true; break;
        default: break;
      }
    }
    auto add = [&](char32_t c) {
      out.push_back(upper ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))) : c);
    };
    if (lower == U'i') {
      add(i_bytes[tone]);
    } else if (lower == U'y' && tone == 5) {
      add(U'î');
    } else if (horn) {
      add(lower == U'o' ? U'ô' : U'ö');
      if (tone) add(tone_bytes[tone]);
    } else {
      add(lower);
      if (hat) {
        add(circumflex[tone]);
      } else if (cup) {
        add(breve[tone]);
      } else if (tone) {
        add(tone_bytes[tone]);
      }
    }
  }
  std::string utf8;
  for (char32_t cp : out) utf8 += Utf8(cp);
  return Iconv("UTF-8", "CP1252", utf8);  // the bytes of a VNI-Windows document
}

struct SentenceCase {
  std::string seed;
  std::string needle;
};

class LegacyEncodingTest : public ::testing::TestWithParam<SentenceCase> {
 protected:
  std::string Sentence() const {
    const std::string sentence = testing::SentenceWith(GetParam().seed, GetParam().needle);
    EXPECT_FALSE(sentence.empty()) << GetParam().needle;
    return sentence;
  }
};

TEST_P(LegacyEncodingTest, Tcvn3BytesAreConverted) {
  const auto [bytes, expected] = EncodeTcvn3(Sentence());
  ASSERT_FALSE(bytes.empty());
  ASSERT_NE(bytes, expected);
  const PreparedText prepared = PrepareText(bytes);
  EXPECT_EQ(prepared.source_encoding, SourceEncoding::kTcvn3);
  EXPECT_EQ(prepared.text, expected);
  EXPECT_EQ(prepared.invalid_bytes, 0u);
}

TEST_P(LegacyEncodingTest, Tcvn3MojibakeIsConverted) {
  const auto [bytes, expected] = EncodeTcvn3(Sentence());
  const PreparedText prepared = PrepareText(Iconv("CP1252", "UTF-8", bytes));
  EXPECT_EQ(prepared.source_encoding, SourceEncoding::kTcvn3);
  EXPECT_EQ(prepared.text, expected);
}

TEST_P(LegacyEncodingTest, VniBytesAreConverted) {
  const std::string sentence = Sentence();
  const std::string bytes = EncodeVni(sentence);
  ASSERT_FALSE(bytes.empty());
  const PreparedText prepared = PrepareText(bytes);
  EXPECT_EQ(prepared.source_encoding, SourceEncoding::kVni);
  EXPECT_EQ(prepared.text, sentence);
}

TEST_P(LegacyEncodingTest, VniMojibakeIsConverted) {
  const std::string sentence = Sentence();
  const PreparedText prepared = PrepareText(Iconv("CP1252", "UTF-8", EncodeVni(sentence)));
  EXPECT_EQ(prepared.source_encoding, SourceEncoding::kVni);
  EXPECT_EQ(prepared.text, sentence);
}

TEST_P(LegacyEncodingTest, UnicodeSentenceIsLeftAlone) {
  const std::string sentence = Sentence();
  const PreparedText prepared = PrepareText(sentence);
  EXPECT_EQ(prepared.source_encoding, SourceEncoding::kUtf8);
  EXPECT_EQ(prepared.text, sentence);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, LegacyEncodingTest,
    ::testing::Values(SentenceCase{"000_47d23a2cca7c6a69.txt", "Quảng Ninh phát động"},
                      SentenceCase{"001_faf71a337576cf26.txt", "62.887"},
                      SentenceCase{"002_28258ec4c37a6285.txt", "34-CT/TW"},
                      SentenceCase{"003_bbe129546662a061.txt", "40,73"},
                      SentenceCase{"004_5aab7b56290a6685.txt", "CCHC&CĐS"},
                      SentenceCase{"003_bbe129546662a061.txt", "Trà Vinh"}));

// Latin-1 text in other languages (as UTF-8 and as raw Latin-1 bytes) and
// Vietnamese without any mark in the Latin-1 range must not be "converted".
struct ForeignCase {
  std::string utf8;
};

class NotLegacyTest : public ::testing::TestWithParam<ForeignCase> {};

TEST_P(NotLegacyTest, StaysUtf8) {
  const std::string& text = GetParam().utf8;
  const PreparedText as_utf8 = PrepareText(text);
  EXPECT_EQ(as_utf8.source_encoding, SourceEncoding::kUtf8);
  EXPECT_EQ(as_utf8.text, text);
  const std::string latin1 = Iconv("UTF-8", "CP1252", text);
  if (!latin1.empty() && latin1 != text) {
    const PreparedText as_bytes = PrepareText(latin1);
    EXPECT_EQ(as_bytes.source_encoding, SourceEncoding::kUtf8) << as_bytes.text;
    EXPECT_GT(as_bytes.invalid_bytes, 0u);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Languages, NotLegacyTest,
    ::testing::Values(ForeignCase{"Le café est très bon à Paris, près de la forêt."},
                      ForeignCase{"Grüße aus München, schöne Äpfel für Jürgen."},
                      ForeignCase{"El niño comió piñas en España; ¿qué más?"},
                      ForeignCase{"A educação é o caminho: informação, ação, razão."},
                      ForeignCase{"Cà Mau, Tây Ninh, Lào Cai, Yên Bái"},
                      ForeignCase{"“Đoàn kết sáng tạo” – phong trào thi đua"},
                      ForeignCase{"naïve façade résumé déjà vu"}));

TEST(LegacyEncoding, DamagedUtf8VietnameseIsRepairedNotConverted) {
  std::string text = testing::SentenceWith("003_bbe129546662a061.txt", "Trà Vinh");
  ASSERT_GT(text.size(), 40u);
  text[10] = '\xFF';
  text[30] = '\xFE';
  const PreparedText prepared = PrepareText(text);
  EXPECT_EQ(prepared.source_encoding, SourceEncoding::kUtf8);
  EXPECT_GT(prepared.invalid_bytes, 0u);
}

}  // namespace
}  // namespace thidua
