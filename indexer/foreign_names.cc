#include "indexer/foreign_names.h"

#include <string>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace thidua::indexer {
namespace {

bool IsEdgePunct(char c) {
  return c == ',' || c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == '(' || c == ')' ||
         c == '"' || c == '\'';
}

// A word without the punctuation around it (ASCII and the curly quotes).
std::string_view Trimmed(std::string_view w) {
  for (bool changed = true; changed && !w.empty();) {
    changed = false;
    if (IsEdgePunct(w.front())) w.remove_prefix(1), changed = true;
    if (!w.empty() && IsEdgePunct(w.back())) w.remove_suffix(1), changed = true;
    for (std::string_view quote : {"\xE2\x80\x9C", "\xE2\x80\x9D"}) {  // “ ”
      if (w.starts_with(quote)) w.remove_prefix(quote.size()), changed = true;
      if (w.ends_with(quote)) w.remove_suffix(quote.size()), changed = true;
    }
  }
  return w;
}

bool Capitalised(std::string_view w) {
  if (w.empty()) return false;
  UChar32 cp;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), i, static_cast<int32_t>(w.size()), cp);
  return u_isupper(cp);
}

}  // namespace

bool HasForeignName(const std::vector<std::string_view>& lines, std::size_t i) {
  const std::string_view line = lines[i];
  std::string name;
  int words = 0;
  auto foreign = [&] {
    if (words < 2) return false;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (k != i && lines[k].find(name) != std::string_view::npos) return false;
    }
    return true;
  };
  for (std::size_t start = 0; start <= line.size();) {
    std::size_t end = line.find(' ', start);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view raw = line.substr(start, end - start);
    const std::string_view word = Trimmed(raw);
    start = end + 1;
    if (Capitalised(word)) {
      if (words > 0) name += ' ';
      name += word;
      ++words;
      // A name ends at punctuation after it ("Hà Nội, Huế").
      if (word.size() == raw.size()) continue;
    }
    if (foreign()) return true;
    name.clear();
    words = 0;
  }
  return foreign();
}

}  // namespace thidua::indexer
