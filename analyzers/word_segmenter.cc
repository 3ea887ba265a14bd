// Word segments with a table-driven fast path (word_segmenter_internal.h).
#include "analyzers/word_segmenter_internal.h"

#include <cstdint>

#include "analyzers/fold_table_internal.h"

namespace thidua::internal {
namespace {

// UAX #29 Word_Break classes of the characters the fast path handles.
enum class WordClass : std::uint8_t {
  kOther,         // punctuation, symbols: a non-word segment
  kLetter,        // ALetter (and '@', as in ICU)
  kNumeric,       // Numeric
  kMidLetter,     // '·' (ICU root: not ':')
  kMidNumLet,     // '.', '\'', '‘', '’'
  kMidNum,        // ',', ';'
  kExtendNumLet,  // '_'
  kUnsupported,   // anything else: the chunk goes to ICU
};

WordClass ClassOf(char32_t cp) {
  if (cp < 0x80) {
    // ICU's root rules count '@' as a letter, so e-mail addresses stay whole.
    if (((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '@') return WordClass::kLetter;
    if (cp >= '0' && cp <= '9') return WordClass::kNumeric;
    switch (cp) {
      case '.': case '\'': return WordClass::kMidNumLet;
      case ',': case ';': return WordClass::kMidNum;
      case '_': return WordClass::kExtendNumLet;
      default: return WordClass::kOther;
    }
  }
  switch (cp) {
    case 0x2018: case 0x2019: return WordClass::kMidNumLet;
    case 0xB7: return WordClass::kMidLetter;
    case 0xA0: case 0x2013: case 0x2014: case 0x201C: case 0x201D: case 0x2026:
      return WordClass::kOther;
    case 0xAD: return WordClass::kUnsupported;  // soft hyphen: Format (WB4)
    default: break;
  }
  if (cp < 0xA0) return WordClass::kUnsupported;  // C1 controls (NEL is a Newline)
  const LetterInfo* info = LookupLetter(cp);
  if (info == nullptr) return WordClass::kUnsupported;
  return info->is_letter ? WordClass::kLetter : WordClass::kOther;
}

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsWordClass(WordClass c) {
  return c == WordClass::kLetter || c == WordClass::kNumeric || c == WordClass::kExtendNumLet;
}

// Segments one chunk of fast-path characters; false when the chunk holds a
// character the fast path does not cover (nothing is appended then).
bool SegmentFast(std::string_view text, std::size_t begin, std::size_t end,
                 std::vector<WordSegment>& out) {
  // Classify first so that an unsupported character leaves out untouched.
  WordClass classes[64];
  std::size_t offsets[65];
  std::size_t count = 0;
  for (std::size_t i = begin; i < end;) {
    if (count == 64) return false;  // very long chunk: ICU
    offsets[count] = i;
    const char32_t cp = DecodeUtf8(text, i);
    classes[count] = ClassOf(cp);
    if (classes[count] == WordClass::kUnsupported) return false;
    ++count;
  }
  offsets[count] = end;
  std::size_t k = 0;
  while (k < count) {
    if (!IsWordClass(classes[k])) {
      ++k;
      continue;
    }
    const std::size_t start = k;
    WordClass last = WordClass::kOther;  // last letter or digit seen (decides ICU's status)
    bool letter_or_digit = false;
    while (k < count) {
      const WordClass c = classes[k];
      if (IsWordClass(c)) {
        if (c != WordClass::kExtendNumLet) {
          last = c;
          letter_or_digit = true;
        }
        ++k;
        continue;
      }
      const WordClass previous = classes[k - 1];
      const WordClass next = k + 1 < count ? classes[k + 1] : WordClass::kOther;
      // WB6/7: ALetter × (MidLetter | MidNumLet) ALetter.
      if ((c == WordClass::kMidLetter || c == WordClass::kMidNumLet) &&
          previous == WordClass::kLetter && next == WordClass::kLetter) {
        k += 2;
        last = WordClass::kLetter;
        continue;
      }
      // WB11/12: Numeric × (MidNum | MidNumLet) Numeric.
      if ((c == WordClass::kMidNum || c == WordClass::kMidNumLet) &&
          previous == WordClass::kNumeric && next == WordClass::kNumeric) {
        k += 2;
        last = WordClass::kNumeric;
        continue;
      }
      break;
    }
    if (letter_or_digit) {
      // ICU's rule status follows the last letter or digit: "km10" is a number.
      out.push_back({offsets[start], offsets[k], last == WordClass::kLetter});
    }
  }
  return true;
}

}  // namespace

void WordSegmenter::Segment(std::string_view text, std::vector<WordSegment>& out,
                            bool use_fast_path) {
  if (!use_fast_path) {
    SegmentWithIcu(text, 0, out);
    return;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsAsciiSpace(text[i])) ++i;
    const std::size_t chunk_begin = i;
    while (i < text.size() && !IsAsciiSpace(text[i])) ++i;
    if (i == chunk_begin) break;
    if (!SegmentFast(text, chunk_begin, i, out)) {
      SegmentWithIcu(text.substr(chunk_begin, i - chunk_begin), chunk_begin, out);
    }
  }
}

void WordSegmenter::SegmentWithIcu(std::string_view text, std::size_t offset,
                                   std::vector<WordSegment>& out) {
  if (iterator_ == nullptr || text.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  iterator_->setText(&utext, status);
  if (U_SUCCESS(status)) {
    std::int32_t begin = iterator_->first();
    for (std::int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
         begin = end, end = iterator_->next()) {
      const std::int32_t rule = iterator_->getRuleStatus();
      if (rule < UBRK_WORD_NONE_LIMIT) continue;
      out.push_back({offset + static_cast<std::size_t>(begin), offset + static_cast<std::size_t>(end),
                     !(rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)});
    }
  }
  utext_close(&utext);
}

}  // namespace thidua::internal
