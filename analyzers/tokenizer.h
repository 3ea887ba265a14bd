// Vietnamese tokeniser: ICU word breaking (which yields syllables) plus the
// units Vietnamese news writes as one: grouped numbers "62.887", decimals
// "40,73", versions "4.0", dates "23/8/2024" "5-2-2022", document codes
// "09-NQ/TU" and abbreviations "CCHC&CĐS" "TP.HCM" (whole token plus parts).
// Letter runs that ICU glues across '.', apostrophes or '@' ("nhau.Trong",
// "dantri.com.vn", e-mail addresses) become separate tokens that do not join.
// Segmentation has a table-driven fast path for Latin text that gives ICU's
// own segments (analyzers/word_segmenter_internal.h); ICU handles the rest.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace thidua {

enum class TokenKind : std::uint8_t {
  kWord,          // a syllable of letters ("đoàn")
  kNumber,        // "62.887", "40,73", "4.0", "2025"
  kDate,          // "23/8/2024", "5-2-2022", "23/8"
  kCode,          // "09-NQ/TU", "17/KH-MTTQ-BTT" (whole; parts follow)
  kAbbreviation,  // "MTTQ", "CCHC&CĐS" (an all-capitals word, or joined by '&')
};

struct Token {
  std::uint32_t begin = 0;  // byte offset in the prepared text
  std::uint32_t end = 0;    // one past the last byte
  std::string norm;         // NormalizeTerm of the surface
  std::string folded;       // Fold(norm)
  TokenKind kind = TokenKind::kWord;
  std::uint32_t position = 0;  // term position; a compound's first part shares the whole's
  bool is_part = false;        // a part of the preceding kCode/kAbbreviation whole
  bool joins_previous = false; // no punctuation/sentence break between this and the previous
                               // non-part token: a syllable pair may be formed
};

// Thread-compatible, not thread-safe: ICU BreakIterators are stateful, so
// use one Tokenizer per thread. Construction clones a cached iterator.
class Tokenizer {
 public:
  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // text must be prepared (PrepareText). Positions start at first_position.
  std::vector<Token> Tokenize(std::string_view text, std::uint32_t first_position = 0);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Index terms for a token stream. Field picks the prefix set (schema.h).
enum class Field { kBody, kTitle };

struct IndexTerm {
  std::string term;             // with prefix
  std::uint32_t position = 0;   // for phrase queries in either form (when positional)
  bool positional = true;       // false for exact singles and pairs: written with wdf only
};

// Exact syllables, folded syllables (distinct prefix; always written, even
// when equal to the exact form, so accentless queries find every document),
// and adjacent-syllable pairs in both forms where FormsPair holds. Only the
// folded singles are positional: phrase queries run on folded syllables and
// an exact phrase adds its exact terms as an AND filter (search/query.cc), so
// exact positions would double the position table (and its build time) for
// nothing. Exact singles and pairs carry a wdf and, for reference, the
// token's position, with positional == false. Single terms are never
// dropped; terms longer than Xapian's limit (over 240 bytes with prefix) are
// skipped.
void AppendIndexTerms(const std::vector<Token>& tokens, Field field, std::vector<IndexTerm>& out);

// Whether AppendIndexTerms writes the pair "previous token" (the preceding
// non-part token) + "token": token joins it, previous is a syllable or an
// abbreviation (kWord/kAbbreviation) and token is one too or a number or date
// ("lớp 10", "dịp 30/4"; never a code), neither is a part nor a pair stop
// word. Query code uses it to build the same pairs.
bool FormsPair(const Token& previous, const Token& token);

// The tiny stop list for pairs ("và", "của", "là", ...): such syllables still
// get single terms, but no pair terms.
bool IsPairStopword(std::string_view norm);

}  // namespace thidua
