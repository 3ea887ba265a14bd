// Internal: the multi-segment units the tokenizer keeps together, matched on
// the prepared text at a word-break boundary. ICU's word rules already keep
// "62.887", "40,73" and "4.0" whole; these add what ICU splits at '/', '-'
// and '&': dates, document codes and '&' abbreviations.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace thidua::internal {

enum class CompoundKind { kNone, kDate, kCode, kAbbreviation };

struct CompoundMatch {
  CompoundKind kind = CompoundKind::kNone;
  std::size_t end = 0;  // one past the last byte
  // Byte ranges of the alphanumeric parts (codes and abbreviations only).
  std::vector<std::pair<std::size_t, std::size_t>> parts;
};

// A date at text[begin]: d/m/yyyy, d-m-yyyy, d.m.yyyy, d/m and m/yyyy with
// valid day (1-31), month (1-12) and year (1900-2099); not when the
// sequence continues with another separator and alphanumeric (a code).
CompoundMatch MatchDate(std::string_view text, std::size_t begin);

// A document code ("09-NQ/TU", "17/KH-MTTQ-BTT", "QĐ-UBND") or an
// abbreviation joined by '&' or '.' ("CCHC&CĐS", "TP.HCM"): two or more
// alphanumeric groups, no lower-case letter, at least one letter; '.' only
// between letter groups.
CompoundMatch MatchCompound(std::string_view text, std::size_t begin);

// Character classes on code points (ASCII and the covered Latin ranges by
// table, other scripts by ICU).
bool IsUpperLetter(char32_t cp);
bool IsLowerLetter(char32_t cp);
bool IsAlnum(char32_t cp);
// Space that does not break a syllable pair: ' ', tab, NBSP and other
// Unicode spaces; not line breaks.
bool IsInlineSpace(char32_t cp);

}  // namespace thidua::internal
