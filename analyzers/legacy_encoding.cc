// TCVN3 / VNI detection and conversion (legacy_encoding_internal.h).
//
// Legacy text arrives either as raw 8-bit bytes (not valid UTF-8) or as
// "mojibake": the bytes were once read as Windows-1252 and saved as UTF-8
// ("Vieät Nam", "ViÖt Nam"). Both become a sequence of 8-bit code units,
// which is decoded as TCVN3 and as VNI; a decoding is accepted only when it
// turns clearly more words into valid Vietnamese syllables than the text as
// it stands (so French or German Latin-1 text is left alone).
#include <array>
#include <optional>

#include <unicode/uchar.h>

#include "analyzers/fold_table_internal.h"
#include "analyzers/legacy_encoding_internal.h"

namespace thidua::internal {
namespace {

// Windows-1252 bytes 0x80..0x9F (0 = undefined). Both legacy encodings were
// used in Windows fonts, so quotes and dashes in this range are cp1252's.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// TCVN 5712:1993 bytes 0xA0..0xFF (as glibc's TCVN5712-1 decodes them; the
// ABC "TCVN3" fonts use the same lower-case and base upper-case positions).
constexpr std::array<char32_t, 96> kTcvn3High = {
    0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4,
    0x01a1, 0x01b0, 0x0111, 0x1eb0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3,
    0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4, 0x1eae, 0x1ea6, 0x1ea8, 0x1eaa,
    0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
    0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2,
    0x0129, 0x00ed, 0x1ecb, 0x00f2, 0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7,
    0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9, 0x1ed6, 0x1ee7, 0x0169, 0x00fa,
    0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0};

char32_t Cp1252(unsigned char byte) {
  if (byte >= 0x80 && byte < 0xA0) return kCp1252High[byte - 0x80] ? kCp1252High[byte - 0x80] : byte;
  return byte;
}

// The cp1252 byte a code point came from, or -1.
int Cp1252Byte(char32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<int>(cp);
  for (std::size_t k = 0; k < kCp1252High.size(); ++k) {
    if (kCp1252High[k] == cp && cp != 0) return static_cast<int>(0x80 + k);
  }
  return -1;
}

// VNI (Windows) modifier bytes follow the base letter. Lower-case form; the
// upper-case byte is 0x20 less. quality: 0 none, 1 circumflex (a e o),
// 2 breve (a).
struct VniModifier {
  unsigned char byte;
  int quality;
  int tone;  // 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng
};
constexpr std::array<VniModifier, 17> kVniModifiers = {{
    {0xF8, 0, 1}, {0xF9, 0, 2}, {0xFB, 0, 3}, {0xF5, 0, 4}, {0xEF, 0, 5},
    {0xE2, 1, 0}, {0xE0, 1, 1}, {0xE1, 1, 2}, {0xE5, 1, 3}, {0xE3, 1, 4}, {0xE4, 1, 5},
    {0xEA, 2, 0}, {0xE8, 2, 1}, {0xE9, 2, 2}, {0xFA, 2, 3}, {0xFC, 2, 4}, {0xEB, 2, 5},
}};

// VNI single bytes that are letters by themselves (lower-case; upper-case is 0x20 less).
struct VniLetter {
  unsigned char byte;
  char32_t letter;
};
constexpr std::array<VniLetter, 9> kVniLetters = {{
    {0xF4, 0x01A1}, {0xF6, 0x01B0}, {0xF1, 0x0111},                  // ơ ư đ
    {0xED, 0x00ED}, {0xEC, 0x00EC}, {0xE6, 0x1EC9}, {0xF3, 0x0129},  // í ì ỉ ĩ
    {0xF2, 0x1ECB}, {0xEE, 0x1EF5},                                  // ị ỵ
}};

char32_t Upper(char32_t cp) { return static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp))); }

std::u32string DecodeTcvn3(const std::string& units) {
  std::u32string out;
  out.reserve(units.size());
  for (char c : units) {
    const auto byte = static_cast<unsigned char>(c);
    out.push_back(byte >= 0xA0 ? kTcvn3High[byte - 0xA0] : Cp1252(byte));
  }
  return out;
}

std::u32string DecodeVni(const std::string& units) {
  std::u32string out;
  out.reserve(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    const auto byte = static_cast<unsigned char>(units[i]);
    const bool upper_single = byte >= 0xC0 && byte < 0xE0;
    const unsigned char lower_byte = upper_single ? byte + 0x20 : byte;
    // The base: an ASCII vowel, or ơ / ư written as one byte.
    char32_t base = 0;
    int vowel = kNotVowel;
    bool upper = false;
    const char lower_ascii = static_cast<char>(byte | 0x20);
    if (byte < 0x80 && std::string_view("aeiouy").find(lower_ascii) != std::string_view::npos) {
      upper = byte < 'a';
      vowel = LookupLetter(static_cast<unsigned char>(lower_ascii))->vowel;
    } else if (lower_byte == 0xF4 || lower_byte == 0xF6) {
      upper = upper_single;
      vowel = lower_byte == 0xF4 ? kOw : kUw;
    }
    if (vowel != kNotVowel && i + 1 < units.size()) {
      const auto next = static_cast<unsigned char>(units[i + 1]);
      const unsigned char next_lower = next >= 0xC0 && next < 0xE0 ? next + 0x20 : next;
      for (const VniModifier& modifier : kVniModifiers) {
        if (modifier.byte != next_lower) continue;
        int quality_vowel = vowel;
        if (modifier.quality == 1) {
          quality_vowel = vowel == kA ? kAa : vowel == kE ? kEe : vowel == kO ? kOo : kNotVowel;
        } else if (modifier.quality == 2) {
          quality_vowel = vowel == kA ? kAw : kNotVowel;
        }
        if (quality_vowel == kNotVowel) break;
        base = ComposeVowel(static_cast<Vowel>(quality_vowel), modifier.tone);
        break;
      }
      if (base != 0) {
        out.push_back(upper ? Upper(base) : base);
        ++i;
        continue;
      }
    }
    bool single = false;
    for (const VniLetter& letter : kVniLetters) {
      if (letter.byte == lower_byte && byte >= 0xC0) {
        out.push_back(upper_single ? Upper(letter.letter) : letter.letter);
        single = true;
        break;
      }
    }
    if (!single) out.push_back(Cp1252(byte));
  }
  return out;
}

struct Score {
  int words = 0;  // letter runs with a non-ASCII letter
  int valid = 0;  // ... that are valid Vietnamese syllables
};

// Counts, over letter runs holding a non-ASCII letter, how many are valid
// Vietnamese syllables.
Score ScoreText(const std::u32string& text) {
  Score score;
  std::u32string run;
  bool non_ascii = false;
  auto finish = [&] {
    if (!run.empty() && non_ascii) {
      ++score.words;
      if (IsVietnameseSyllable(run)) ++score.valid;
    }
    run.clear();
    non_ascii = false;
  };
  for (char32_t cp : text) {
    const LetterInfo* info = LookupLetter(cp);
    const bool letter = info ? info->is_letter : u_isalpha(static_cast<UChar32>(cp)) != 0;
    if (!letter) {
      finish();
      continue;
    }
    non_ascii = non_ascii || cp >= 0x80;
    run.push_back(info && info->lower != 0 ? info->lower : cp);
  }
  finish();
  return score;
}

bool IsVietnameseOnlyLetter(char32_t cp) {
  return cp == 0x102 || cp == 0x103 || cp == 0x110 || cp == 0x111 || cp == 0x128 ||
         cp == 0x129 || cp == 0x168 || cp == 0x169 || cp == 0x1A0 || cp == 0x1A1 ||
         cp == 0x1AF || cp == 0x1B0 || (cp >= 0x1EA0 && cp <= 0x1EF9);
}

// The 8-bit code units behind raw: its bytes when it is not valid UTF-8
// (unless it is UTF-8 Vietnamese with a few damaged bytes); the cp1252 bytes
// of its code points when it is valid UTF-8 made only of such code points
// (mojibake); nullopt for pure ASCII, real Unicode Vietnamese (a
// Vietnamese-only letter such as ơ, đ, ạ) and other scripts.
std::optional<std::string> LegacyCodeUnits(std::string_view raw) {
  std::string units;
  units.reserve(raw.size());
  bool non_ascii = false;
  bool mojibake_possible = true;
  std::size_t invalid_sequences = 0;
  std::size_t vietnamese_letters = 0;
  for (std::size_t i = 0; i < raw.size();) {
    const auto byte = static_cast<unsigned char>(raw[i]);
    if (byte < 0x80) {
      units.push_back(static_cast<char>(byte));
      ++i;
      continue;
    }
    non_ascii = true;
    const std::size_t start = i;
    const char32_t cp = DecodeUtf8(raw, i);
    if (cp == 0xFFFD && i - start == 1) {
      ++invalid_sequences;
      continue;
    }
    if (IsVietnameseOnlyLetter(cp)) {
      if (invalid_sequences == 0) return std::nullopt;  // the common case: stop early
      ++vietnamese_letters;
    }
    const int unit = Cp1252Byte(cp);
    if (unit < 0) {
      // Valid UTF-8 beyond Windows-1252 (another script, symbols): real Unicode.
      if (invalid_sequences == 0) return std::nullopt;
      mojibake_possible = false;
    }
    units.push_back(static_cast<char>(unit));
  }
  if (invalid_sequences > 0) {
    if (vietnamese_letters >= invalid_sequences) return std::nullopt;  // damaged UTF-8
    return std::string(raw);
  }
  if (!non_ascii || !mojibake_possible) return std::nullopt;
  return units;
}

}  // namespace

std::optional<LegacyDecoded> DetectAndDecodeLegacy(std::string_view raw) {
  const std::optional<std::string> units = LegacyCodeUnits(raw);
  if (!units) return std::nullopt;
  std::u32string as_is;
  as_is.reserve(units->size());
  for (char c : *units) as_is.push_back(Cp1252(static_cast<unsigned char>(c)));
  const Score original = ScoreText(as_is);
  std::u32string tcvn3 = DecodeTcvn3(*units);
  std::u32string vni = DecodeVni(*units);
  const Score tcvn3_score = ScoreText(tcvn3);
  const Score vni_score = ScoreText(vni);
  const bool vni_better = vni_score.valid > tcvn3_score.valid;
  const Score& best = vni_better ? vni_score : tcvn3_score;
  // Clearly Vietnamese: enough valid syllables, most words valid, and far
  // more than the text read as Windows-1252 gives.
  if (best.valid < 2 || best.valid * 2 < best.words || best.valid <= 2 * original.valid) {
    return std::nullopt;
  }
  LegacyDecoded decoded;
  decoded.encoding = vni_better ? SourceEncoding::kVni : SourceEncoding::kTcvn3;
  for (char32_t cp : vni_better ? vni : tcvn3) {
    AppendUtf8(decoded.text, cp);
  }
  return decoded;
}

}  // namespace thidua::internal
