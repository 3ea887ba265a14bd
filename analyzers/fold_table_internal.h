// Internal: per-code-point tables for the Latin letters Vietnamese uses
// (U+0000..U+024F and Latin Extended Additional U+1E00..U+1EFF). They give
// lower-casing, folding and tone decomposition without an ICU call per token;
// code points outside the covered ranges take the ICU path in text.cc.
// Built once (thread-safe static init) from ICU's own case and decomposition
// data, so they agree with ICU wherever they answer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace thidua::internal {

// Vietnamese vowel qualities (base letter with its quality mark, no tone).
enum Vowel : std::int8_t {
  kNotVowel = -1, kA, kAw, kAa, kE, kEe, kI, kO, kOo, kOw, kU, kUw, kY, kVowelCount
};
// Tones in the usual order: ngang (none), huyền, sắc, hỏi, ngã, nặng.
inline constexpr int kToneCount = 6;

struct LetterInfo {
  char32_t lower = 0;       // simple lower-case; 0 when ICU's full mapping differs (U+0130)
  char32_t folded = 0;      // without diacritics (đ -> d), same case; itself when none
  std::int8_t vowel = kNotVowel;  // for lower-case Vietnamese vowels only
  std::uint8_t tone = 0;
  bool is_letter = false;   // ICU u_isalpha
};

inline constexpr char32_t kCoveredLow = 0x250;
inline constexpr char32_t kExtendedBegin = 0x1E00;
inline constexpr char32_t kExtendedEnd = 0x1F00;

// The table, indexed by cp for cp < kCoveredLow and by
// kCoveredLow + (cp - kExtendedBegin) for Latin Extended Additional.
const LetterInfo* LetterTable();

// The entry of cp, or nullptr when cp is outside the covered ranges.
inline const LetterInfo* LookupLetter(char32_t cp) {
  static const LetterInfo* const table = LetterTable();
  if (cp < kCoveredLow) return &table[cp];
  if (cp >= kExtendedBegin && cp < kExtendedEnd) return &table[kCoveredLow + (cp - kExtendedBegin)];
  return nullptr;
}

// The lower-case precomposed letter for a vowel quality and tone.
char32_t ComposeVowel(Vowel vowel, int tone);

// True for a lower-case quality-marked vowel (ă â ê ô ơ ư).
inline bool HasQualityMark(int vowel) {
  return vowel == kAw || vowel == kAa || vowel == kEe || vowel == kOo || vowel == kOw ||
         vowel == kUw;
}

// Decodes one code point of valid UTF-8 at s[i], advancing i; malformed bytes
// give U+FFFD and advance by one (callers pass prepared text).
inline char32_t DecodeUtf8(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { ++i; return b0; }
  auto cont = [&](std::size_t k) -> int {
    if (i + k >= s.size()) return -1;
    const auto b = static_cast<unsigned char>(s[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 < 0xE0) {
    const int c1 = cont(1);
    if (c1 >= 0) { i += 2; return (char32_t(b0 & 0x1F) << 6) | char32_t(c1); }
  } else if (b0 >= 0xE0 && b0 < 0xF0) {
    const int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      const char32_t cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(c1) << 6) | char32_t(c2);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) { i += 3; return cp; }
    }
  } else if (b0 >= 0xF0 && b0 < 0xF5) {
    const int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      const char32_t cp = (char32_t(b0 & 0x07) << 18) | (char32_t(c1) << 12) |
                          (char32_t(c2) << 6) | char32_t(c3);
      if (cp >= 0x10000 && cp <= 0x10FFFF) { i += 4; return cp; }
    }
  }
  ++i;
  return 0xFFFD;
}

inline void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Tone unification of one run of lower-case letters (a would-be syllable):
// rewrites the run in place when it parses as a Vietnamese syllable with one
// tone mark; leaves foreign words and non-syllables alone.
void UnifyToneInPlace(char32_t* letters, std::size_t begin, std::size_t end);

// True when lower-case letters form one valid Vietnamese syllable (initial,
// vowel nucleus, final consonant, at most one tone mark).
bool IsVietnameseSyllable(std::u32string_view lower_letters);

}  // namespace thidua::internal
