// Reads the few fields a hit shows from the stored document data (one JSON
// object, docs/schema.md) without building a JSON tree of the whole
// document: the text, the raw body and the entities are nearly all of its
// bytes, and nlohmann's parser reads them a character at a time into a tree
// only to throw most of it away (it was the largest per-hit cost of a search).
// Strings are found with memchr; only the wanted ones are unescaped. Anything
// unexpected returns false and the caller parses the data whole.
#include <cstring>

#include "search/internal.h"

namespace thidua::search_internal {
namespace {

constexpr int kMaxDepth = 64;

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  void SkipSpace() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  bool At(char c) {
    SkipSpace();
    return i_ < s_.size() && s_[i_] == c;
  }
  bool Take(char c) {
    if (!At(c)) return false;
    ++i_;
    return true;
  }
  std::size_t pos() const { return i_; }

  // A JSON string at the cursor; unescaped into *out unless out is null.
  bool String(std::string* out) {
    if (!Take('"')) return false;
    if (out != nullptr) out->clear();
    const char* base = s_.data();
    std::size_t j = i_;
    while (true) {
      const void* quote = std::memchr(base + j, '"', s_.size() - j);
      if (quote == nullptr) return false;
      const std::size_t q = static_cast<const char*>(quote) - base;
      const void* slash = std::memchr(base + j, '\\', q - j);
      if (slash == nullptr) {
        if (out != nullptr) out->append(base + j, q - j);
        i_ = q + 1;
        return true;
      }
      const std::size_t b = static_cast<const char*>(slash) - base;
      if (out != nullptr) out->append(base + j, b - j);
      j = b + 1;
      if (j >= s_.size()) return false;
      const char e = s_[j++];
      char plain = 0;
      switch (e) {
        case '"': plain = '"'; break;
        case '\\': plain = '\\'; break;
        case '/': plain = '/'; break;
        case 'b': plain = '\b'; break;
        case 'f': plain = '\f'; break;
        case 'n': plain = '\n'; break;
        case 'r': plain = '\r'; break;
        case 't': plain = '\t'; break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!Hex4(j, &cp)) return false;
          j += 4;
          if (cp >= 0xD800 && cp <= 0xDBFF) {  // a surrogate pair, as JSON writes U+10000 and above
            std::uint32_t low = 0;
            if (j + 6 > s_.size() || s_[j] != '\\' || s_[j + 1] != 'u' || !Hex4(j + 2, &low) || low < 0xDC00 ||
                low > 0xDFFF) {
              return false;
            }
            j += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          if (out != nullptr) AppendUtf8(cp, out);
          continue;
        }
        default: return false;
      }
      if (out != nullptr) out->push_back(plain);
    }
  }

  // Any JSON value at the cursor, skipped.
  bool Skip(int depth = 0) {
    if (depth > kMaxDepth) return false;
    SkipSpace();
    if (i_ >= s_.size()) return false;
    const char c = s_[i_];
    if (c == '"') return String(nullptr);
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++i_;
      if (Take(close)) return true;
      while (true) {
        if (c == '{' && (!String(nullptr) || !Take(':'))) return false;
        if (!Skip(depth + 1)) return false;
        if (Take(close)) return true;
        if (!Take(',')) return false;
      }
    }
    const std::size_t start = i_;
    while (i_ < s_.size() && std::strchr(",}] \t\r\n", s_[i_]) == nullptr) ++i_;
    return i_ > start;
  }

 private:
  bool Hex4(std::size_t at, std::uint32_t* out) const {
    if (at + 4 > s_.size()) return false;
    std::uint32_t v = 0;
    for (std::size_t k = at; k < at + 4; ++k) {
      const char h = s_[k];
      v <<= 4;
      if (h >= '0' && h <= '9') v |= h - '0';
      else if (h >= 'a' && h <= 'f') v |= h - 'a' + 10;
      else if (h >= 'A' && h <= 'F') v |= h - 'A' + 10;
      else return false;
    }
    *out = v;
    return true;
  }
  static void AppendUtf8(std::uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

// A string member's value: *out when it is a string, else unset.
bool OptionalString(Scanner& scan, std::optional<std::string>* out) {
  if (scan.At('"')) {
    out->emplace();
    return scan.String(&**out);
  }
  out->reset();
  return scan.Skip();
}

// The members of "entities": keeps "figures" (parsed, it is short).
bool ReadEntities(Scanner& scan, std::string_view data, HitFields* out) {
  if (!scan.At('{')) {
    out->figures = nlohmann::json::array();
    return scan.Skip();
  }
  scan.Take('{');
  if (scan.Take('}')) return true;
  std::string key;
  while (true) {
    if (!scan.String(&key) || !scan.Take(':')) return false;
    if (key == "figures") {
      scan.SkipSpace();
      const std::size_t start = scan.pos();
      if (!scan.Skip(1)) return false;
      out->figures = nlohmann::json::parse(data.substr(start, scan.pos() - start), nullptr, false);
      if (out->figures.is_discarded()) return false;
    } else if (!scan.Skip(1)) {
      return false;
    }
    if (scan.Take('}')) return true;
    if (!scan.Take(',')) return false;
  }
}

}  // namespace

bool ReadHitFields(std::string_view data, bool want_text, HitFields* out) {
  *out = HitFields{};
  Scanner scan(data);
  if (!scan.Take('{')) return false;
  if (scan.Take('}')) return true;
  std::string key;
  std::optional<std::string> value;
  while (true) {
    if (!scan.String(&key) || !scan.Take(':')) return false;
    bool ok = true;
    if (key == "id" || key == "title" || (key == "text" && want_text)) {
      ok = OptionalString(scan, &value);
      std::string& field = key == "id" ? out->id : key == "title" ? out->title : out->text;
      field = value ? std::move(*value) : std::string();
    } else if (key == "url") {
      ok = OptionalString(scan, &out->url);
    } else if (key == "source") {
      ok = OptionalString(scan, &out->source);
    } else if (key == "published") {
      ok = OptionalString(scan, &out->published);
    } else if (key == "title_source") {
      ok = OptionalString(scan, &out->title_source);
    } else if (key == "entities") {
      ok = ReadEntities(scan, data, out);
    } else {
      ok = scan.Skip();
    }
    if (!ok) return false;
    if (scan.Take('}')) return true;
    if (!scan.Take(',')) return false;
  }
}

}  // namespace thidua::search_internal
