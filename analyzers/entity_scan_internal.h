// Internal to the entity extractor: a light scanner that keeps what entity
// patterns need and the index tokeniser drops (punctuation, quotes, case,
// line structure), plus the classification of lines that are not article
// text (related-article headlines, sidebars, footers).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::internal {

enum class ScanKind : std::uint8_t {
  kWord,     // letters (digits glued after letters stay in: "F0", "H5N1")
  kNumber,   // digits with inner . , / - : followed by digits: "62.887", "23/8", "2018-2020"
  kPunct,    // one punctuation character (quotes, comma, dash...)
  kNewline,  // a line break
};

struct ScanToken {
  std::uint32_t begin = 0, end = 0;
  ScanKind kind = ScanKind::kWord;
  bool capitalised = false;   // first letter upper-case
  bool all_caps = false;      // every letter upper-case (and at least two letters)
  bool space_before = false;  // whitespace between this and the previous token
  std::uint32_t line = 0;
  std::string norm;           // words: NormalizeTerm; others: the surface
  std::string folded;         // words: Fold(norm); others: the surface
};

struct ScannedText {
  std::string_view text;
  bool is_title = false;
  std::vector<ScanToken> tokens;
  std::vector<std::uint32_t> sentence_of;  // per token: index of its sentence's first token
  std::vector<bool> tail_line;             // per line: not article text
  bool all_caps_text = false;              // headline in capitals: case is no evidence
  std::string_view Surface(const ScanToken& t) const { return text.substr(t.begin, t.end - t.begin); }
  std::string_view Surface(std::size_t i) const { return Surface(tokens[i]); }
  bool IsWord(std::size_t i) const { return i < tokens.size() && tokens[i].kind == ScanKind::kWord; }
  bool IsPunct(std::size_t i, std::string_view p) const {
    return i < tokens.size() && tokens[i].kind == ScanKind::kPunct && Surface(i) == p;
  }
  // Sentence boundary (. ! ? … ; or line break) at token i.
  bool IsBreak(std::size_t i) const;
  // The last token of the sentence that token i is in: its break (a full
  // stop, a newline) or the text's last token. The first is sentence_of[i].
  std::uint32_t SentenceEnd(std::uint32_t i) const {
    while (i + 1 < tokens.size() && !IsBreak(i)) ++i;
    return i;
  }
  bool InTail(std::size_t i) const { return tail_line[tokens[i].line]; }
};

ScannedText Scan(std::string_view text, bool is_title);

// Quote characters: “ ” " ‘ ’ « ».
bool IsQuote(std::string_view punct);
bool IsOpeningQuote(std::string_view punct);

// NormalizeTerm + Fold per syllable, syllables joined by one space,
// punctuation dropped. The key every gazetteer table uses.
std::string FoldedKey(std::string_view text);

}  // namespace thidua::internal
