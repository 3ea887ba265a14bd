#include "server/query_string.h"

#include <unicode/utf8.h>

namespace thidua::server {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  // ICU's U8_NEXT rejects overlongs, surrogates and code points > U+10FFFF
  // by returning a negative code point.
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

StatusOr<std::string> PercentDecode(std::string_view encoded, bool plus_as_space) {
  std::string out;
  out.reserve(encoded.size());
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    const char c = encoded[i];
    if (c == '%') {
      if (i + 2 >= encoded.size()) {
        return Status::InvalidArgument("truncated percent escape");
      }
      const int hi = HexValue(encoded[i + 1]);
      const int lo = HexValue(encoded[i + 2]);
      if (hi < 0 || lo < 0) return Status::InvalidArgument("malformed percent escape");
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_as_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!IsValidUtf8(out)) return Status::InvalidArgument("not valid UTF-8 after percent-decoding");
  return out;
}

StatusOr<QueryParams> ParseQueryString(std::string_view query) {
  QueryParams params;
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    const std::size_t eq = pair.find('=');
    const std::string_view raw_key = pair.substr(0, eq);
    const std::string_view raw_value =
        eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    auto key = PercentDecode(raw_key, /*plus_as_space=*/true);
    if (!key.ok()) {
      return Status::InvalidArgument("parameter name '" + std::string(raw_key) +
                                     "': " + key.status().message());
    }
    if (key->empty()) return Status::InvalidArgument("a parameter has an empty name");
    auto value = PercentDecode(raw_value, /*plus_as_space=*/true);
    if (!value.ok()) {
      return Status::InvalidArgument("parameter '" + *key + "': " + value.status().message());
    }
    params.emplace(std::move(*key), std::move(*value));
  }
  return params;
}

SplitTarget SplitRequestTarget(std::string_view target) {
  const std::size_t hash = target.find('#');
  if (hash != std::string_view::npos) target = target.substr(0, hash);
  const std::size_t q = target.find('?');
  if (q == std::string_view::npos) return {target, {}};
  return {target.substr(0, q), target.substr(q + 1)};
}

}  // namespace thidua::server
