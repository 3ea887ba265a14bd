// The entity scanner (entity_scan_internal.h).
#include "analyzers/entity_scan_internal.h"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analyzers/text.h"

namespace thidua::internal {
namespace {

char32_t Next(std::string_view s, std::size_t& i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

char32_t Peek(std::string_view s, std::size_t i) { return i < s.size() ? Next(s, i) : 0; }

bool IsCombining(char32_t c) {
  if (c >= 0x300 && c <= 0x36F) return true;
  if (c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF)) return false;
  return u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}

// Fast paths for the Latin letters Vietnamese uses; ICU for the rest.
bool IsLetterCp(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x1E00 && c <= 0x1EFF) return true;
  if (c >= 0x300 && c <= 0x36F) return true;
  return u_isalpha(static_cast<UChar32>(c)) || u_getCombiningClass(static_cast<UChar32>(c)) != 0;
}
bool IsDigitCp(char32_t c) { return c >= '0' && c <= '9'; }
bool IsSpaceCp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || c == 0x200B || c == 0xFEFF ||
         (c > 0x7F && u_isUWhiteSpace(static_cast<UChar32>(c)));
}

// Word token: letters, then digits glued after letters ("F0", "H5N1").
ScanToken WordToken(std::string_view text, std::size_t begin, std::size_t end) {
  ScanToken t;
  t.begin = static_cast<std::uint32_t>(begin);
  t.end = static_cast<std::uint32_t>(end);
  t.kind = ScanKind::kWord;
  std::string_view surface = text.substr(begin, end - begin);
  int letters = 0, upper = 0;
  bool first = true;
  for (std::size_t i = 0; i < surface.size();) {
    char32_t c = Next(surface, i);
    if (!IsLetterCp(c)) continue;
    if (IsCombining(c)) continue;
    bool is_upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(static_cast<UChar32>(c));
    ++letters;
    if (is_upper) ++upper;
    if (first) t.capitalised = is_upper;
    first = false;
  }
  t.all_caps = letters >= 2 && upper == letters;
  bool ascii = std::all_of(surface.begin(), surface.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {  // fast path: lower-casing is all NormalizeTerm would do
    t.norm.assign(surface);
    for (char& c : t.norm) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    t.folded = t.norm;
  } else {
    t.norm = NormalizeTerm(surface);
    t.folded = Fold(t.norm);
  }
  return t;
}

}  // namespace

bool IsQuote(std::string_view p) {
  return p == "\"" || p == "\u201C" || p == "\u201D" || p == "\u2018" || p == "\u2019" || p == "\u00AB" ||
         p == "\u00BB" || p == "\u201E";
}
bool IsOpeningQuote(std::string_view p) { return p == "\u201C" || p == "\u2018" || p == "\u00AB" || p == "\u201E"; }

bool ScannedText::IsBreak(std::size_t i) const {
  if (i >= tokens.size()) return true;
  const ScanToken& t = tokens[i];
  if (t.kind == ScanKind::kNewline) return true;
  if (t.kind != ScanKind::kPunct) return false;
  std::string_view p = Surface(t);
  if (p == "!" || p == "?" || p == ";" || p == "\u2026") return true;
  if (p == ".") {
    // "TP.HCM", "TT.Huế": a dot glued to a following word is not a full stop.
    if (i + 1 < tokens.size() && !tokens[i + 1].space_before && tokens[i + 1].kind == ScanKind::kWord) return false;
    return true;
  }
  return false;
}

ScannedText Scan(std::string_view text, bool is_title) {
  ScannedText out;
  out.text = text;
  out.is_title = is_title;
  out.tokens.reserve(text.size() / 5);
  std::uint32_t line = 0;
  bool space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t c = Next(text, i);
    if (c == '\n') {
      ScanToken t;
      t.begin = static_cast<std::uint32_t>(start);
      t.end = static_cast<std::uint32_t>(i);
      t.kind = ScanKind::kNewline;
      t.line = line++;
      t.norm = t.folded = "\n";
      out.tokens.push_back(std::move(t));
      space = true;
      continue;
    }
    if (IsSpaceCp(c)) {
      space = true;
      continue;
    }
    ScanToken t;
    if (IsLetterCp(c)) {
      std::size_t end = i;
      while (end < text.size()) {
        std::size_t j = end;
        char32_t d = Next(text, j);
        if (!(IsLetterCp(d) || IsDigitCp(d))) break;
        end = j;
      }
      t = WordToken(text, start, end);
      i = end;
    } else if (IsDigitCp(c)) {
      std::size_t end = i;
      for (;;) {
        std::size_t j = end;
        char32_t d = Peek(text, j);
        if (IsDigitCp(d)) {
          Next(text, j);
          end = j;
          continue;
        }
        if (d == '.' || d == ',' || d == '/' || d == '-' || d == ':') {
          std::size_t k = j;
          Next(text, k);
          if (IsDigitCp(Peek(text, k))) {
            end = k;
            continue;
          }
        }
        break;
      }
      t.begin = static_cast<std::uint32_t>(start);
      t.end = static_cast<std::uint32_t>(end);
      t.kind = ScanKind::kNumber;
      t.norm = t.folded = std::string(text.substr(start, end - start));
      i = end;
    } else {
      t.begin = static_cast<std::uint32_t>(start);
      t.end = static_cast<std::uint32_t>(i);
      t.kind = ScanKind::kPunct;
      t.norm = t.folded = std::string(text.substr(start, i - start));
    }
    t.space_before = space;
    t.line = line;
    space = false;
    out.tokens.push_back(std::move(t));
  }
  // Sentences.
  out.sentence_of.resize(out.tokens.size());
  std::uint32_t sentence = 0;
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    out.sentence_of[k] = sentence;
    if (out.IsBreak(k)) sentence = static_cast<std::uint32_t>(k + 1);
  }
  // All-caps text (a headline in capitals): case carries no evidence.
  int words = 0, caps = 0;
  for (const ScanToken& t : out.tokens) {
    if (t.kind != ScanKind::kWord) continue;
    ++words;
    if (t.all_caps) ++caps;
  }
  out.all_caps_text = words >= 3 && caps * 10 >= words * 8;
  out.tail_line.assign(line + 1, false);
  return out;
}

std::string FoldedKey(std::string_view text) {
  ScannedText scanned = Scan(text, false);
  std::string key;
  for (const ScanToken& t : scanned.tokens) {
    if (t.kind != ScanKind::kWord && t.kind != ScanKind::kNumber) continue;
    if (!key.empty()) key += ' ';
    key += t.folded;
  }
  return key;
}

}  // namespace thidua::internal
