// Dates, document codes and abbreviations (token_patterns_internal.h).
#include <unicode/uchar.h>

#include "analyzers/fold_table_internal.h"
#include "analyzers/token_patterns_internal.h"

namespace thidua::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_digits digits at text[i]; returns the count (0 when none or
// when more digits follow).
std::size_t ReadDigits(std::string_view text, std::size_t i, std::size_t max_digits, int& value) {
  std::size_t count = 0;
  value = 0;
  while (i + count < text.size() && IsDigit(text[i + count])) {
    if (count == max_digits) return 0;
    value = value * 10 + (text[i + count] - '0');
    ++count;
  }
  return count;
}

char32_t PeekCodePoint(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  return DecodeUtf8(text, i);
}

// True when text[i] is a separator followed by an alphanumeric character.
bool ContinuesWithSeparator(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const char c = text[i];
  if (c != '/' && c != '-' && c != '.' && c != '&') return false;
  return IsAlnum(PeekCodePoint(text, i + 1));
}

}  // namespace

bool IsUpperLetter(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (const LetterInfo* info = LookupLetter(cp)) return info->is_letter && info->lower != cp;
  return u_isUUppercase(static_cast<UChar32>(cp));
}

bool IsLowerLetter(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (const LetterInfo* info = LookupLetter(cp)) return info->is_letter && info->lower == cp;
  return u_isULowercase(static_cast<UChar32>(cp));
}

bool IsAlnum(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  if (const LetterInfo* info = LookupLetter(cp)) return info->is_letter;
  return u_isalnum(static_cast<UChar32>(cp));
}

bool IsInlineSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

CompoundMatch MatchDate(std::string_view text, std::size_t begin) {
  CompoundMatch none;
  // Inside a longer slash/dash sequence ("1/2/3/4", "15/2003/QH11"): not a date.
  if (begin >= 2 && (text[begin - 1] == '/' || text[begin - 1] == '-') &&
      IsAlnum(static_cast<unsigned char>(text[begin - 2]))) {
    return none;
  }
  int first = 0, second = 0, third = 0;
  std::size_t i = begin;
  const std::size_t first_digits = ReadDigits(text, i, 2, first);
  if (first_digits == 0) return none;
  i += first_digits;
  if (i >= text.size()) return none;
  const char separator = text[i];
  if (separator != '/' && separator != '-' && separator != '.') return none;
  ++i;
  const std::size_t second_digits = ReadDigits(text, i, 4, second);
  if (second_digits == 0) return none;
  i += second_digits;
  CompoundMatch match;
  match.kind = CompoundKind::kDate;
  if (second_digits == 4) {  // m/yyyy
    if (separator != '/' || first < 1 || first > 12 || second < 1900 || second > 2099) return none;
  } else if (i + 1 < text.size() && text[i] == separator && IsDigit(text[i + 1])) {
    const std::size_t third_digits = ReadDigits(text, i + 1, 4, third);
    if (third_digits != 4 || third < 1900 || third > 2099) return none;
    if (first < 1 || first > 31 || second < 1 || second > 12) return none;
    i += 1 + third_digits;
  } else {  // d/m: only with '/', "5-2" is as often a score or a range
    if (separator != '/' || first < 1 || first > 31 || second < 1 || second > 12) return none;
  }
  if (i < text.size() && (IsAlnum(PeekCodePoint(text, i)) || ContinuesWithSeparator(text, i))) {
    return none;
  }
  match.end = i;
  return match;
}

CompoundMatch MatchCompound(std::string_view text, std::size_t begin) {
  CompoundMatch match;
  bool has_letter = false;
  bool only_ampersand_or_dot = true;
  std::size_t i = begin;
  while (true) {
    // One alphanumeric group without lower-case letters.
    const std::size_t group_begin = i;
    bool group_has_letter = false;
    bool group_has_digit = false;
    while (i < text.size()) {
      std::size_t next = i;
      const char32_t cp = DecodeUtf8(text, next);
      if (!IsAlnum(cp)) break;
      if (IsLowerLetter(cp)) return CompoundMatch{};
      if (cp >= '0' && cp <= '9') {
        group_has_digit = true;
      } else {
        group_has_letter = true;
      }
      i = next;
    }
    if (i == group_begin) break;
    match.parts.emplace_back(group_begin, i);
    has_letter = has_letter || group_has_letter;
    // A separator, then the next group must start with an alphanumeric.
    if (i + 1 >= text.size()) break;
    const char separator = text[i];
    if (separator != '/' && separator != '-' && separator != '&' && separator != '.') break;
    const char32_t after = PeekCodePoint(text, i + 1);
    if (!IsAlnum(after)) break;
    if (separator == '.' && (group_has_digit || !IsUpperLetter(after))) break;
    // Look ahead: a group with lower-case letters ends the compound here.
    std::size_t probe = i + 1;
    bool lower = false;
    while (probe < text.size()) {
      std::size_t next = probe;
      const char32_t cp = DecodeUtf8(text, next);
      if (!IsAlnum(cp)) break;
      lower = lower || IsLowerLetter(cp);
      probe = next;
    }
    if (lower) break;
    if (separator == '/' || separator == '-') only_ampersand_or_dot = false;
    ++i;
  }
  if (match.parts.size() < 2 || !has_letter) return CompoundMatch{};
  match.kind = only_ampersand_or_dot ? CompoundKind::kAbbreviation : CompoundKind::kCode;
  match.end = match.parts.back().second;
  return match;
}

}  // namespace thidua::internal
