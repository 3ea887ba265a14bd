// Allocation-free reading of the string lists that schema::EncodeList puts
// in value slots. Facet counting runs this for every matching document, so
// it yields views into the encoded value instead of strings.
#pragma once

#include <cstddef>
#include <string_view>

namespace thidua::schema {

// Calls fn(std::string_view item) for each item, in order. A truncated or
// corrupt list yields the items decoded before the damage.
template <typename Fn>
void ForEachListItem(std::string_view encoded, Fn&& fn) {
  std::size_t i = 0;
  while (i < encoded.size()) {
    std::size_t length = 0;
    int shift = 0;
    bool complete = false;
    while (i < encoded.size() && shift < 64) {
      const auto byte = static_cast<unsigned char>(encoded[i++]);
      length |= static_cast<std::size_t>(byte & 0x7F) << shift;
      shift += 7;
      if ((byte & 0x80) == 0) {
        complete = true;
        break;
      }
    }
    if (!complete || length > encoded.size() - i) return;
    fn(encoded.substr(i, length));
    i += length;
  }
}

}  // namespace thidua::schema
