// Letter tables (see fold_table_internal.h) and Vietnamese tone placement.
#include <array>
#include <string_view>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "analyzers/fold_table_internal.h"

namespace thidua::internal {
namespace {

constexpr std::size_t kTableSize = kCoveredLow + (kExtendedEnd - kExtendedBegin);

// Each row: one vowel quality with the tones ngang, huyền, sắc, hỏi, ngã, nặng.
constexpr std::array<std::u32string_view, kVowelCount> kLowerVowels = {
    U"aàáảãạ", U"ăằắẳẵặ", U"âầấẩẫậ", U"eèéẻẽẹ", U"êềếểễệ", U"iìíỉĩị",
    U"oòóỏõọ", U"ôồốổỗộ", U"ơờớởỡợ", U"uùúủũụ", U"ưừứửữự", U"yỳýỷỹỵ",
};

std::size_t IndexOf(char32_t cp) {
  return cp < kCoveredLow ? cp : kCoveredLow + (cp - kExtendedBegin);
}

struct Tables {
  std::array<LetterInfo, kTableSize> letters{};

  Tables() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    auto fill = [&](char32_t cp) {
      LetterInfo& info = letters[IndexOf(cp)];
      info.is_letter = u_isalpha(static_cast<UChar32>(cp));
      // U+0130 lower-cases to "i̇" (two code points) in ICU's full mapping.
      info.lower = cp == 0x130 ? 0 : static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
      info.folded = cp;
      icu::UnicodeString decomposition;
      if (U_SUCCESS(status) && nfd->getDecomposition(static_cast<UChar32>(cp), decomposition)) {
        const UChar32 base = decomposition.char32At(0);
        if (base < 0x80) info.folded = static_cast<char32_t>(base);
      }
    };
    for (char32_t cp = 0; cp < kCoveredLow; ++cp) fill(cp);
    for (char32_t cp = kExtendedBegin; cp < kExtendedEnd; ++cp) fill(cp);
    // No decomposition for these: đ/Đ (U+0111/U+0110) and eth (often typed for Đ).
    letters[0x110].folded = U'D';
    letters[0x111].folded = U'd';
    letters[0xD0].folded = U'D';
    letters[0xF0].folded = U'd';
    for (int v = 0; v < kVowelCount; ++v) {
      for (int t = 0; t < kToneCount; ++t) {
        LetterInfo& info = letters[IndexOf(kLowerVowels[v][t])];
        info.vowel = static_cast<std::int8_t>(v);
        info.tone = static_cast<std::uint8_t>(t);
      }
    }
  }
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

int VowelOf(char32_t cp) {
  const LetterInfo* info = LookupLetter(cp);
  return info ? static_cast<int>(info->vowel) : static_cast<int>(kNotVowel);
}

// Valid Vietnamese initial consonants ("" for a vowel-initial syllable).
bool IsInitial(std::u32string_view s) {
  static constexpr std::u32string_view kInitials[] = {
      U"",   U"b",  U"c",  U"ch", U"d",  U"đ",  U"g",  U"gh",  U"gi", U"h",  U"k",  U"kh",
      U"l",  U"m",  U"n",  U"ng", U"ngh", U"nh", U"p", U"ph",  U"q",  U"r",  U"s",  U"t",
      U"th", U"tr", U"v",  U"x"};
  for (std::u32string_view initial : kInitials) {
    if (s == initial) return true;
  }
  return false;
}

bool IsFinal(std::u32string_view s) {
  static constexpr std::u32string_view kFinals[] = {U"",  U"c",  U"ch", U"m", U"n",
                                                    U"ng", U"nh", U"p",  U"t"};
  for (std::u32string_view final_consonant : kFinals) {
    if (s == final_consonant) return true;
  }
  return false;
}

}  // namespace

const LetterInfo* LetterTable() { return GetTables().letters.data(); }

char32_t ComposeVowel(Vowel vowel, int tone) { return kLowerVowels[vowel][tone]; }

namespace {

// Valid Vietnamese vowel nuclei (tones removed; after "qu"/"gi" are split off).
bool IsNucleus(std::u32string_view s) {
  static constexpr std::u32string_view kNuclei[] = {
      U"a",   U"ă",   U"â",   U"e",   U"ê",   U"i",   U"o",   U"ô",   U"ơ",   U"u",   U"ư",
      U"y",   U"ai",  U"ao",  U"au",  U"ay",  U"âu",  U"ây",  U"eo",  U"êu",  U"ia",  U"iê",
      U"iu",  U"oa",  U"oă",  U"oe",  U"oi",  U"ôi",  U"ơi",  U"oo",  U"ua",  U"uâ",  U"uê",
      U"ui",  U"uô",  U"uơ",  U"uy",  U"ưa",  U"ưi",  U"ươ",  U"ưu",  U"yê",  U"iêu", U"yêu",
      U"oai", U"oay", U"oao", U"oeo", U"uây", U"uôi", U"uya", U"uyê", U"uyu", U"ươi", U"ươu",
      U"ôô"};
  for (std::u32string_view nucleus : kNuclei) {
    if (s == nucleus) return true;
  }
  return false;
}

// Nuclei that may be followed by a final consonant; the others end in a
// glide (ai, ao, êu, uôi, ...) or are open-only (ia, ua, ưa, uơ, uya).
bool AllowsFinal(std::u32string_view nucleus) {
  static constexpr std::u32string_view kClosable[] = {
      U"a",  U"ă",  U"â",  U"e",  U"ê",  U"i",  U"o",  U"ô",  U"ơ",   U"u",  U"ư", U"y",
      U"iê", U"yê", U"oa", U"oă", U"oe", U"uâ", U"uê", U"uô", U"ươ", U"uy", U"uyê", U"oo",
      U"ôô"};
  for (std::u32string_view closable : kClosable) {
    if (nucleus == closable) return true;
  }
  return false;
}

struct Syllable {
  std::size_t nucleus_begin = 0;
  std::size_t nucleus_end = 0;
  int tone = 0;
};

// Parses lower-case letters as one Vietnamese syllable: initial consonant,
// vowel nucleus ("qu" and "gi" + vowel count as initials), final consonant,
// at most one tone mark.
bool ParseSyllable(std::u32string_view word, Syllable& syllable) {
  const std::size_t n = word.size();
  if (n == 0 || n > 7) return false;
  int tone_marks = 0;
  char32_t toneless_letters[8];
  std::size_t toneless_size = 0;
  for (char32_t cp : word) {
    const LetterInfo* info = LookupLetter(cp);
    if (info && info->vowel != kNotVowel) {
      if (info->tone != 0) {
        syllable.tone = info->tone;
        ++tone_marks;
      }
      toneless_letters[toneless_size++] = ComposeVowel(static_cast<Vowel>(info->vowel), 0);
    } else {
      toneless_letters[toneless_size++] = cp;
    }
  }
  if (tone_marks > 1) return false;
  std::size_t i = 0;
  while (i < n && VowelOf(word[i]) == kNotVowel) ++i;
  const std::u32string_view initial = word.substr(0, i);
  if (!IsInitial(initial)) return false;
  if (initial == U"q") {
    if (i >= n || VowelOf(word[i]) != kU) return false;
    ++i;
  } else if (initial == U"g" && i + 1 < n && VowelOf(word[i]) == kI &&
             VowelOf(word[i + 1]) != kNotVowel) {
    ++i;
  }
  std::size_t j = i;
  while (j < n && VowelOf(word[j]) != kNotVowel) ++j;
  const std::u32string_view toneless(toneless_letters, toneless_size);
  if (!IsNucleus(toneless.substr(i, j - i))) return false;
  if (!IsFinal(word.substr(j))) return false;
  if (j < n && !AllowsFinal(toneless.substr(i, j - i))) return false;
  syllable.nucleus_begin = i;
  syllable.nucleus_end = j;
  return true;
}

}  // namespace

bool IsVietnameseSyllable(std::u32string_view lower_letters) {
  Syllable syllable;
  return ParseSyllable(lower_letters, syllable);
}

void UnifyToneInPlace(char32_t* letters, std::size_t begin, std::size_t end) {
  const std::u32string_view word(letters + begin, end - begin);
  // Fast exit: the tone can only be misplaced with a toned vowel among two or more.
  int vowels = 0;
  bool toned = false;
  for (char32_t cp : word) {
    const LetterInfo* info = LookupLetter(cp);
    if (info != nullptr && info->vowel != kNotVowel) {
      ++vowels;
      toned = toned || info->tone != 0;
    }
  }
  if (!toned || vowels < 2) return;
  Syllable syllable;
  if (!ParseSyllable(word, syllable) || syllable.tone == 0) return;
  const std::size_t i = syllable.nucleus_begin;
  const std::size_t j = syllable.nucleus_end;
  const std::size_t nucleus_length = j - i;
  std::size_t target = std::u32string_view::npos;
  for (std::size_t k = i; k < j; ++k) {
    if (HasQualityMark(VowelOf(word[k]))) target = k;  // the last one: ươ -> ơ
  }
  if (target == std::u32string_view::npos) {
    if (nucleus_length == 1) {
      target = i;
    } else if (j < word.size()) {
      target = j - 1;  // closed syllable: hoàng, toán
    } else if (nucleus_length == 2) {
      target = i;      // open: hòa, thủy, của, mía
    } else {
      target = i + 1;  // ngoài, khuỷu
    }
  }
  for (std::size_t k = 0; k < j; ++k) {
    const int vowel = VowelOf(word[k]);
    if (vowel == kNotVowel) continue;
    letters[begin + k] =
        ComposeVowel(static_cast<Vowel>(vowel), k == target ? syllable.tone : 0);
  }
}

}  // namespace thidua::internal
