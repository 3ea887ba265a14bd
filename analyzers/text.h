// Text preparation and term normalisation for Vietnamese.
//
// Pipeline: raw bytes -> PrepareText (valid UTF-8, legacy encodings
// converted, NFC, U+00D0 as U+0110) -> the text that is stored, shown and
// tokenised; byte offsets everywhere refer to this prepared text.
// Terms: NormalizeTerm (ICU lower-case, unified tone placement) and Fold
// (no diacritics, đ -> d).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace thidua {

enum class SourceEncoding {
  kUtf8,     // valid UTF-8 (possibly with repaired bytes, see invalid_bytes)
  kTcvn3,    // TCVN3 (ABC) 8-bit legacy text, converted to Unicode
  kVni,      // VNI (Windows) legacy text, converted to Unicode
};

struct PreparedText {
  std::string text;            // valid UTF-8, NFC
  std::size_t invalid_bytes = 0;  // bytes replaced by U+FFFD
  SourceEncoding source_encoding = SourceEncoding::kUtf8;
};

// Never throws. Invalid UTF-8 sequences become U+FFFD and are counted;
// TCVN3/VNI text (detected by its characteristic byte or letter patterns) is
// converted and reported in source_encoding; the result is NFC and "Ð"
// (U+00D0, Icelandic eth, common in Vietnamese typing) becomes "Đ" (U+0110).
PreparedText PrepareText(std::string_view raw);

// One token or a short text: ICU lower-case, NFC, and one tone placement for
// old and new styles ("hoà"/"hòa" -> "hòa", "thuỷ" -> "thủy", "khoẻ" -> "khỏe",
// "uỷ" -> "ủy"). Input should already be prepared (valid UTF-8); NFD input is
// accepted.
std::string NormalizeTerm(std::string_view token);

// Removes every diacritic and maps đ -> d, using a lookup table (no ICU
// Transliterator: ~40x slower). Input is expected normalised (lower-case);
// other characters pass through unchanged.
std::string Fold(std::string_view normalized);

// Appends the UTF-8 encoding of one code point (which must be a Unicode
// scalar value: not a surrogate, at most U+10FFFF).
void AppendUtf8(std::string& out, char32_t code_point);

// True when the normalised syllable carries any diacritic, i.e. Fold changes it.
bool HasDiacritics(std::string_view normalized);

// The other spelling of a syllable that Vietnamese writes with either i or y
// after h, k, l, m, s, t or qu ("kỹ"/"kĩ", "lý"/"lí", "sĩ"/"sỹ", "quý"/"quí",
// "ty"/"ti"): both spellings are in print and readers take them for one word.
// Works on normalised and folded syllables alike; "" when there is none.
// Search matches both (the index keeps each as written).
std::string IyVariant(std::string_view syllable);

}  // namespace thidua
