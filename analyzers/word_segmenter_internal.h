// Internal: word segments of prepared text, as ICU's word BreakIterator
// gives them, with a fast path. Text is cut at ASCII white space (always a
// word boundary under UAX #29); a chunk made only of ASCII, the Latin
// letters of the letter table and common punctuation (“ ” ‘ ’ – — … NBSP)
// is segmented here by the UAX #29 rules that apply to those characters
// (WB5-WB13b, with ICU's root tailoring: ':' is not MidLetter); any other
// chunk goes through the ICU iterator. word_segmenter_test checks that
// both give ICU's segments on real text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace thidua::internal {

struct WordSegment {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool has_letter = false;  // else only digits (and joiners): a number
};

class WordSegmenter {
 public:
  // iterator: a word BreakIterator owned by the caller (used for fallback chunks).
  explicit WordSegmenter(icu::BreakIterator* iterator) : iterator_(iterator) {}
  WordSegmenter(const WordSegmenter&) = delete;
  WordSegmenter& operator=(const WordSegmenter&) = delete;

  // Appends the word segments (rule status >= UBRK_WORD_NONE_LIMIT) of text.
  // With use_fast_path false every chunk goes through ICU (for tests).
  void Segment(std::string_view text, std::vector<WordSegment>& out, bool use_fast_path = true);

 private:
  void SegmentWithIcu(std::string_view text, std::size_t offset, std::vector<WordSegment>& out);

  icu::BreakIterator* iterator_;
};

}  // namespace thidua::internal
