// Facet keys and the string-list value encoding (analyzers/schema.h).
#include "analyzers/schema.h"
#include "analyzers/schema_list.h"

#include <unicode/uchar.h>

#include "analyzers/fold_table_internal.h"
#include "analyzers/text.h"

namespace thidua::schema {

std::string Key(std::string_view name) {
  const std::string folded = Fold(NormalizeTerm(name));
  std::string key;
  key.reserve(folded.size());
  bool pending_dash = false;
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const char32_t cp = internal::DecodeUtf8(folded, i);
    if (!u_isalnum(static_cast<UChar32>(cp))) {
      pending_dash = !key.empty();
      continue;
    }
    if (pending_dash) key.push_back('-');
    pending_dash = false;
    key.append(folded, start, i - start);
  }
  return key;
}

std::string EncodeList(const std::vector<std::string>& items) {
  std::string encoded;
  for (const std::string& item : items) {
    std::size_t length = item.size();
    while (length >= 0x80) {
      encoded.push_back(static_cast<char>(0x80 | (length & 0x7F)));
      length >>= 7;
    }
    encoded.push_back(static_cast<char>(length));
    encoded += item;
  }
  return encoded;
}

std::string FigureUnitKey(std::string_view unit) {
  std::string key = Key(unit);
  if (key.empty() && unit.find('%') != std::string_view::npos) key = "phan-tram";
  return key;
}

// A truncated or corrupt list yields the items decoded before the damage.
std::vector<std::string> DecodeList(std::string_view encoded) {
  std::vector<std::string> items;
  ForEachListItem(encoded, [&](std::string_view item) { items.emplace_back(item); });
  return items;
}

}  // namespace thidua::schema
