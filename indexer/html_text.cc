#include "indexer/html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cctype>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

#include "analyzers/text.h"

namespace thidua::indexer {
namespace {

// HTML text: a no-break space is a space, and a character reference that
// names no Unicode scalar value (&#0;, a surrogate, past U+10FFFF) is U+FFFD.
void AppendHtmlCodePoint(char32_t cp, std::string& out) {
  if (cp == 0xA0) cp = ' ';
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  AppendUtf8(out, cp);
}

// Named references that occur in Vietnamese pages (Latin-1 vowels with
// accents, typographic punctuation). Sorted by name for binary search.
constexpr std::array<std::pair<std::string_view, char32_t>, 72> kNamedEntities = {{
    {"Aacute", 0xC1}, {"Acirc", 0xC2},  {"Agrave", 0xC0}, {"Atilde", 0xC3}, {"Eacute", 0xC9},
    {"Ecirc", 0xCA},  {"Egrave", 0xC8}, {"Iacute", 0xCD}, {"Igrave", 0xCC}, {"Oacute", 0xD3},
    {"Ocirc", 0xD4},  {"Ograve", 0xD2}, {"Otilde", 0xD5}, {"Uacute", 0xDA}, {"Ugrave", 0xD9},
    {"Yacute", 0xDD}, {"aacute", 0xE1}, {"acirc", 0xE2},  {"agrave", 0xE0}, {"amp", '&'},
    {"apos", '\''},   {"atilde", 0xE3}, {"bdquo", 0x201E}, {"bull", 0x2022}, {"copy", 0xA9},
    {"deg", 0xB0},    {"eacute", 0xE9}, {"ecirc", 0xEA},  {"egrave", 0xE8}, {"emsp", ' '},
    {"ensp", ' '},    {"euro", 0x20AC}, {"frac12", 0xBD}, {"gt", '>'},     {"hellip", 0x2026},
    {"iacute", 0xED}, {"igrave", 0xEC}, {"laquo", 0xAB},  {"ldquo", 0x201C}, {"lsaquo", 0x2039},
    {"lsquo", 0x2018}, {"lt", '<'},     {"mdash", 0x2014}, {"middot", 0xB7}, {"nbsp", ' '},
    {"ndash", 0x2013}, {"oacute", 0xF3}, {"ocirc", 0xF4}, {"ograve", 0xF2}, {"otilde", 0xF5},
    {"para", 0xB6},   {"plusmn", 0xB1}, {"quot", '"'},    {"raquo", 0xBB}, {"rdquo", 0x201D},
    {"reg", 0xAE},    {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"sect", 0xA7},
    {"shy", 0xAD},    {"thinsp", ' '},  {"times", 0xD7},  {"trade", 0x2122}, {"uacute", 0xFA},
    {"ugrave", 0xF9}, {"uuml", 0xFC},   {"yacute", 0xFD}, {"zwj", 0x200D},  {"zwnj", 0x200C},
    {"Dstrok", 0x110}, {"dstrok", 0x111},
}};

std::optional<char32_t> LookupEntity(std::string_view name) {
  for (const auto& [entity, cp] : kNamedEntities) {
    if (entity == name) return cp;
  }
  return std::nullopt;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), AsciiLower);
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Elements dropped with all their content.
bool IsChromeElement(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "script", "style", "noscript", "template", "svg",    "nav",    "header", "footer",
      "aside",  "form",  "iframe",   "button",   "select", "canvas", "video",  "audio",
      "object", "head",  "menu",     "dialog"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

// Elements whose boundaries are line breaks.
bool IsBlockElement(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "p",  "div",     "br",     "h1",       "h2",         "h3",      "h4",    "h5",
      "h6", "li",      "ul",     "ol",       "tr",         "table",   "section", "article",
      "blockquote", "figure", "figcaption", "dd", "dt",    "dl",      "pre",   "hr",
      "main", "address", "td", "th", "caption", "picture"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

bool IsVoidElement(std::string_view name) {
  static constexpr std::string_view kNames[] = {"br",   "img",   "hr",    "meta",  "link",
                                                "input", "source", "wbr", "area",  "base",
                                                "col",  "embed", "param", "track"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

// class/id words that mark page chrome inside ordinary <div>s.
bool HasChromeClass(std::string_view attrs_lower) {
  static constexpr std::string_view kWords[] = {
      "related", "share", "social", "comment", "sidebar", "breadcrumb", "advert", "banner",
      "tin-lien-quan", "tinlienquan", "box-tin", "footer", "navbar", "menu"};
  for (const char* attr : {"class=", "id="}) {
    std::size_t at = attrs_lower.find(attr);
    while (at != std::string_view::npos) {
      std::size_t begin = at + std::strlen(attr);
      std::size_t end;
      if (begin < attrs_lower.size() && (attrs_lower[begin] == '"' || attrs_lower[begin] == '\'')) {
        const char quote = attrs_lower[begin++];
        end = attrs_lower.find(quote, begin);
      } else {
        end = attrs_lower.find_first_of(" \t\n>", begin);
      }
      const std::string_view value = attrs_lower.substr(
          begin, (end == std::string_view::npos ? attrs_lower.size() : end) - begin);
      for (std::string_view word : kWords) {
        if (value.find(word) != std::string_view::npos) return true;
      }
      at = attrs_lower.find(attr, begin);
    }
  }
  return false;
}

// Value of attribute `name` in a tag's attribute text, decoded; empty if absent.
std::string Attribute(std::string_view attrs, std::string_view name) {
  const std::string lower = Lower(attrs);
  std::size_t at = 0;
  while ((at = lower.find(name, at)) != std::string::npos) {
    const bool starts = at == 0 || IsSpace(lower[at - 1]);
    std::size_t i = at + name.size();
    while (i < lower.size() && IsSpace(lower[i])) ++i;
    if (!starts || i >= lower.size() || lower[i] != '=') {
      at += name.size();
      continue;
    }
    ++i;
    while (i < lower.size() && IsSpace(lower[i])) ++i;
    std::size_t end;
    if (i < lower.size() && (lower[i] == '"' || lower[i] == '\'')) {
      const char quote = lower[i++];
      end = lower.find(quote, i);
    } else {
      end = lower.find_first_of(" \t\n>", i);
    }
    if (end == std::string::npos) end = lower.size();
    return DecodeHtmlEntities(attrs.substr(i, end - i));
  }
  return {};
}

// Collapses whitespace runs inside lines and blank-line runs.
std::string NormalizeWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false, pending_newline = false;
  for (char c : text) {
    if (c == '\n') {
      pending_newline = !out.empty();
      pending_space = false;
    } else if (IsSpace(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_newline) {
        out.push_back('\n');
      } else if (pending_space) {
        out.push_back(' ');
      }
      pending_newline = pending_space = false;
      out.push_back(c);
    }
  }
  return out;
}

std::string IsoDatePrefix(std::string_view value) {
  if (value.size() < 10) return {};
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (value[i] < '0' || value[i] > '9') return {};
  }
  if (value[4] != '-' || value[7] != '-') return {};
  return std::string(value.substr(0, 10));
}

std::string StripSiteTail(std::string title) {
  for (std::string_view sep : {" | ", " - ", " – ", " — "}) {
    const std::size_t at = title.rfind(sep);
    // Only a short tail is a site name; a long one is part of the headline.
    if (at != std::string::npos && at > 0 && title.size() - at <= 40) {
      title.resize(at);
      break;
    }
  }
  return title;
}

}  // namespace

std::string DecodeHtmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '&') {
      // U+00A0 as a plain space: it only ever separates words.
      if (text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
        out.push_back(' ');
        i += 2;
        continue;
      }
      out.push_back(text[i++]);
      continue;
    }
    std::size_t j = i + 1;
    if (j < text.size() && text[j] == '#') {
      ++j;
      const bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
      if (hex) ++j;
      std::uint32_t cp = 0;
      const std::size_t digits_begin = j;
      while (j < text.size() && j - digits_begin < 8 &&
             (hex ? std::isxdigit(static_cast<unsigned char>(text[j])) != 0
                  : (text[j] >= '0' && text[j] <= '9'))) {
        const char c = AsciiLower(text[j]);
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
        ++j;
      }
      if (j > digits_begin) {
        if (j < text.size() && text[j] == ';') ++j;
        AppendHtmlCodePoint(cp, out);
        i = j;
        continue;
      }
    } else {
      while (j < text.size() && j - i <= 10 && IsAsciiAlnum(text[j])) ++j;
      const std::string_view name = text.substr(i + 1, j - i - 1);
      if (auto cp = LookupEntity(name)) {
        if (j < text.size() && text[j] == ';') ++j;
        AppendHtmlCodePoint(*cp, out);
        i = j;
        continue;
      }
      // Crawlers leave "&nbspSUV": a known prefix without its ';'.
      if (name.size() > 4 && name.substr(0, 4) == "nbsp") {
        out.push_back(' ');
        i += 5;
        continue;
      }
    }
    out.push_back(text[i++]);
  }
  return out;
}

HtmlArticle HtmlToArticle(std::string_view html) {
  HtmlArticle result;
  std::string page_text, article_text, title_tag, h1;
  std::vector<std::string> open;  // stack of open element names
  int chrome_depth = -1;          // index in `open` of the outermost chrome element, -1 if none
  int article_depth = -1;         // index of the first <article>, while open
  bool article_done = false;
  int title_depth = -1, h1_depth = -1;
  bool h1_done = false;

  auto emit = [&](std::string_view text) {
    if (title_depth >= 0) {
      title_tag += text;
      return;
    }
    if (chrome_depth >= 0) return;
    if (h1_depth >= 0 && !h1_done) {
      h1 += text;
      return;  // the headline is the title, not part of the body
    }
    page_text += text;
    if (article_depth >= 0) article_text += text;
  };
  auto close_to = [&](std::size_t depth) {  // pops elements at index >= depth
    while (open.size() > depth) {
      const int index = static_cast<int>(open.size()) - 1;
      if (index == chrome_depth) chrome_depth = -1;
      if (index == title_depth) title_depth = -1;
      if (index == h1_depth) {
        h1_depth = -1;
        if (!h1.empty()) h1_done = true;
      }
      if (index == article_depth) {
        article_depth = -1;
        article_done = true;
      }
      open.pop_back();
    }
  };

  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    const std::size_t text_end = lt == std::string_view::npos ? html.size() : lt;
    if (text_end > i) emit(html.substr(i, text_end - i));
    if (lt == std::string_view::npos) break;
    i = lt;
    if (html.compare(i, 4, "<!--") == 0) {
      const std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
      const std::size_t end = html.find('>', i);
      i = end == std::string_view::npos ? html.size() : end + 1;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    std::size_t name_begin = i + (closing ? 2 : 1);
    std::size_t name_end = name_begin;
    while (name_end < html.size() && (IsAsciiAlnum(html[name_end]) || html[name_end] == '-')) ++name_end;
    if (name_end == name_begin) {  // a lone '<' in text
      emit("<");
      ++i;
      continue;
    }
    // Find the tag end, skipping quoted attribute values.
    std::size_t j = name_end;
    char quote = 0;
    while (j < html.size() && (quote != 0 || html[j] != '>')) {
      if (quote != 0) {
        if (html[j] == quote) quote = 0;
      } else if (html[j] == '"' || html[j] == '\'') {
        quote = html[j];
      }
      ++j;
    }
    const std::string name = Lower(html.substr(name_begin, name_end - name_begin));
    const std::string_view attrs = html.substr(name_end, j - name_end);
    i = j < html.size() ? j + 1 : html.size();

    if (closing) {
      for (std::size_t k = open.size(); k-- > 0;) {
        if (open[k] == name) {
          close_to(k);
          break;
        }
      }
      if (IsBlockElement(name)) emit("\n");
      continue;
    }
    if (name == "meta") {
      const std::string property = Lower(Attribute(attrs, "property") + Attribute(attrs, "name") +
                                         Attribute(attrs, "itemprop"));
      const std::string content = Attribute(attrs, "content");
      if (result.published.empty() &&
          (property == "article:published_time" || property == "datepublished" ||
           property == "pubdate" || property == "date" || property == "dc.date.issued")) {
        result.published = IsoDatePrefix(content);
      } else if (property == "og:url" && result.url.empty()) {
        result.url = content;
      } else if (property == "og:site_name") {
        result.source = content;
      }
      continue;
    }
    if (name == "link") {
      if (Lower(Attribute(attrs, "rel")) == "canonical") result.url = Attribute(attrs, "href");
      continue;
    }
    if (IsBlockElement(name)) emit("\n");
    if (name == "img" || name == "br" || name == "hr") continue;
    if (IsVoidElement(name) || (!attrs.empty() && attrs.back() == '/')) continue;
    // A <p> or <li> closes an unclosed sibling of the same kind.
    if ((name == "p" || name == "li") && !open.empty() && open.back() == name) close_to(open.size() - 1);
    open.push_back(name);
    const int index = static_cast<int>(open.size()) - 1;
    if (name == "title" && title_tag.empty()) {
      title_depth = index;
    } else if (chrome_depth < 0 && !(name == "header" && article_depth >= 0) &&
               (IsChromeElement(name) || HasChromeClass(Lower(attrs)))) {
      chrome_depth = index;
    } else if (name == "h1" && !h1_done && h1_depth < 0) {
      h1_depth = index;
    } else if (name == "article" && article_depth < 0 && !article_done) {
      article_depth = index;
    }
    if (name == "script" || name == "style") {  // raw text: skip to the end tag
      const std::string end_tag = "</" + name;
      std::size_t end = i;
      for (;;) {
        end = html.find('<', end);
        if (end == std::string_view::npos || Lower(html.substr(end, end_tag.size())) == end_tag) break;
        ++end;
      }
      i = end == std::string_view::npos ? html.size() : end;
    }
  }

  const std::string& chosen =
      NormalizeWhitespace(article_text).size() >= 200 ? article_text : page_text;
  result.body = NormalizeWhitespace(DecodeHtmlEntities(chosen));
  std::string title = NormalizeWhitespace(DecodeHtmlEntities(h1));
  if (title.empty()) title = StripSiteTail(NormalizeWhitespace(DecodeHtmlEntities(title_tag)));
  std::replace(title.begin(), title.end(), '\n', ' ');
  result.title = std::move(title);
  return result;
}

}  // namespace thidua::indexer
