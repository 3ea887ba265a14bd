// Query-string and form-body decoding for the HTTP API.
//
// A query string "q=%C4%91o%C3%A0n+k%E1%BA%BFt&province=A&province=B" becomes
// an ordered multimap {q: "đoàn kết", province: "A", province: "B"}. Repeated
// keys are kept in order (the search library ORs them within a field).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "analyzers/status.h"

namespace thidua::server {

// The decoded parameters of one request, in arrival order per key.
using QueryParams = std::multimap<std::string, std::string>;

// Percent-decodes one component. With plus_as_space, '+' is a space (the
// application/x-www-form-urlencoded rule, used for query strings and form
// bodies; never for paths). Fails with InvalidArgument on a malformed escape
// ("%4", "%zz") or when the decoded bytes are not valid UTF-8, because every
// later step (tokenizer, JSON output) needs valid UTF-8.
StatusOr<std::string> PercentDecode(std::string_view encoded, bool plus_as_space);

// Splits "a=1&b=2&a=3" on '&' and the first '=' of each pair and decodes
// both sides. Empty pairs ("a=1&&b=2") are skipped; a key without '=' gets
// the empty value. The error message names the offending parameter.
StatusOr<QueryParams> ParseQueryString(std::string_view query);

// Splits a request target "/path?query" into its path and query parts (the
// query without '?'; a fragment "#..." is dropped).
struct SplitTarget {
  std::string_view path;
  std::string_view query;
};
SplitTarget SplitRequestTarget(std::string_view target);

// True when `s` is valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool IsValidUtf8(std::string_view s);

}  // namespace thidua::server
