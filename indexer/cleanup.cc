#include "indexer/cleanup.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "analyzers/text.h"
#include "indexer/foreign_names.h"

namespace thidua::indexer {
namespace {

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// U+00A0 and "&nbsp;" / "&nbsp" as spaces, whitespace runs collapsed, trimmed.
std::string NormalizeLine(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < line.size();) {
    bool space = false;
    std::size_t width = 1;
    if (IsAsciiSpace(line[i])) {
      space = true;
    } else if (line[i] == '\xC2' && i + 1 < line.size() && line[i + 1] == '\xA0') {
      space = true;
      width = 2;
    } else if (line[i] == '&' && line.compare(i, 5, "&nbsp") == 0) {
      space = true;
      width = (i + 5 < line.size() && line[i + 5] == ';') ? 6 : 5;
    } else if ((line[i] == '\xE2' || line[i] == '\xEF') &&  // two compares per byte were ~7 % of analysis
               (line.compare(i, 3, "\xE2\x80\x8B") == 0 || line.compare(i, 3, "\xEF\xBB\xBF") == 0)) {
      width = 3;  // zero-width space, BOM: dropped
      i += width;
      continue;
    }
    if (space) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(line[i]);
      if (width == 2) out.push_back(line[i + 1]);
    }
    i += width;
  }
  return out;
}

std::size_t CountWords(std::string_view line) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::string_view FirstWords(std::string_view line, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t words = 0; i < line.size(); ++i) {
    if (line[i] == ' ' && ++words == n) break;
  }
  return line.substr(0, i);
}

// Folded lower-case form for phrase matching, punctuation at the ends removed.
std::string FoldedPhrase(std::string_view line) {
  std::string folded = Fold(NormalizeTerm(line));
  auto is_edge = [](char c) {
    return c == ' ' || c == ':' || c == '.' || c == '>' || c == '|' || c == '-' || c == '(' ||
           c == ')' || c == '[' || c == ']' || c == '*';
  };
  std::size_t b = 0, e = folded.size();
  while (b < e && is_edge(folded[b])) ++b;
  while (e > b && is_edge(folded[e - 1])) --e;
  folded = folded.substr(b, e - b);
  // "»" and "›" arrows at the end of "Xem thêm »".
  for (std::string_view arrow : {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92"}) {
    if (folded.size() >= arrow.size() && folded.compare(folded.size() - arrow.size(), arrow.size(), arrow) == 0) {
      folded.resize(folded.size() - arrow.size());
      while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    }
  }
  return folded;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// Whole-line navigation and widget labels (folded).
constexpr std::array<std::string_view, 44> kNavigation = {
    "xem them",       "xem tiep",          "doc them",         "doc tiep",
    "xem chi tiet",   "gui ban bien tap",  "tim kiem van ban", "tim kiem",
    "tin lien quan",  "bai lien quan",     "tin cung chuyen muc", "tin khac",
    "cac tin khac",   "tin moi",           "tin moi nhat",     "tin doc nhieu",
    "doc nhieu nhat", "chia se",           "chia se bai viet", "in bai",
    "in bai viet",    "ban in",            "quay lai",         "ve dau trang",
    "tro ve",         "tro lai",           "binh luan",        "gui binh luan",
    "y kien ban doc", "gui y kien",        "tweet",            "email",
    "thong ke truy cap", "lich cong tac tuan", "lien he",       "dang nhap",
    "dang ky",        "trang chu",         "theo doi chung toi", "tags",
    "tu khoa",        "zalo",              "facebook",         "twitter",
};

// Labels of counters ("Hôm nay: 1118"); a line of such labels and numbers.
constexpr std::array<std::string_view, 20> kCounterLabels = {
    "so nguoi online", "dang online",   "dang truy cap", "hom nay",     "hom qua",
    "tuan nay",        "thang nay",     "nam nay",       "tong luot truy cap", "luot truy cap",
    "tong truy cap",   "luot xem",      "luot thich",    "thich",       "like",
    "share",           "chia se",       "binh luan",     "truy cap",    "online",
};

bool IsCounter(std::string_view folded) {
  // Strip digits, separators and spaces; what is left must be counter labels.
  std::string letters;
  for (char c : folded) {
    if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == ':' || c == '(' || c == ')') {
      letters.push_back(' ');
    } else {
      letters.push_back(c);
    }
  }
  bool has_digit = std::any_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!has_digit) return false;
  // What is left must be a sequence of labels, word by word.
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < letters.size();) {
    while (i < letters.size() && letters[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < letters.size() && letters[i] != ' ') ++i;
    if (i > start) words.emplace_back(letters.data() + start, i - start);
  }
  if (words.empty()) return false;  // a bare number (a table cell) is content
  for (std::size_t i = 0; i < words.size();) {
    std::size_t matched = 0;
    for (std::string_view label : kCounterLabels) {
      std::size_t n = 0, pos = 0;
      while (pos < label.size() && i + n < words.size()) {
        const std::string_view word = words[i + n];
        if (label.compare(pos, word.size(), word) != 0) break;
        pos += word.size();
        ++n;
        if (pos < label.size()) {
          if (label[pos] != ' ') break;
          ++pos;
        }
      }
      if (pos >= label.size() && n > matched) matched = n;
    }
    if (matched == 0) return false;
    i += matched;
  }
  return true;
}

bool IsPlayer(std::string_view line) {
  if (line.size() > 24) return false;
  bool colon = false;
  for (char c : line) {
    if (c == ':') {
      colon = true;
    } else if (!((c >= '0' && c <= '9') || c == '/' || c == ' ')) {
      return false;
    }
  }
  return colon;
}

bool IsUrl(std::string_view line) {
  if (line.find(' ') != std::string_view::npos) return false;
  return StartsWith(line, "http://") || StartsWith(line, "https://") || StartsWith(line, "www.");
}

constexpr std::array<std::string_view, 16> kFooterPrefixes = {
    "chiu trach nhiem", "dia chi:",   "dt:",           "dien thoai:",   "email:",
    "fax:",             "giay phep",  "tong bien tap", "co quan chu quan", "ban quyen",
    "copyright",        "ghi ro nguon", "ghi ro nguon",  "hotline:",    "so giay phep",
    "cong thong tin dien tu",
};

constexpr std::array<std::string_view, 8> kDatelinePrefixes = {
    "ngay dang", "ngay cap nhat", "cap nhat", "dang ngay", "dang luc", "thoi gian dang",
    "ngay xuat ban", "ngay ban hanh"};

constexpr std::array<std::string_view, 5> kBreadcrumbPrefixes = {
    "chi tiet tin", "chi tiet bai viet", "trang chu", "tin tuc -", "tin tuc - su kien"};

bool StartsWithUpper(std::string_view line) {
  std::size_t i = 0;
  // Skip opening quotes and brackets.
  while (i < line.size() && (line[i] == '"' || line[i] == '(' || line[i] == '\'')) ++i;
  if (line.compare(i, 3, "\xE2\x80\x9C") == 0) i += 3;  // “
  if (i >= line.size()) return false;
  UChar32 cp;
  const auto* s = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(line.size());
  auto index = static_cast<int32_t>(i);
  U8_NEXT(s, index, length, cp);
  return u_isupper(cp) || u_isdigit(cp);
}

bool EndsSentence(std::string_view line) {
  std::size_t e = line.size();
  // Closing quotes/brackets after the punctuation: “…”. ) "
  for (;;) {
    if (e >= 3 && line.compare(e - 3, 3, "\xE2\x80\x9D") == 0) {
      e -= 3;
    } else if (e >= 1 && (line[e - 1] == '"' || line[e - 1] == ')' || line[e - 1] == '\'')) {
      --e;
    } else {
      break;
    }
  }
  if (e == 0) return false;
  const char c = line[e - 1];
  if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == ',') return true;
  return e >= 3 && line.compare(e - 3, 3, "\xE2\x80\xA6") == 0;  // …
}

// A byline or credit after the last paragraph: "Phan Nga", "Theo Báo Trà
// Vinh", "Nguồn: …", "Q.H".
bool IsCredit(std::string_view line) {
  const std::string folded = FoldedPhrase(line);
  const std::size_t words = CountWords(line);
  if ((StartsWith(folded, "theo ") || StartsWith(folded, "nguon")) && words <= 12) return true;
  if (words == 0 || words > 8 || EndsSentence(line)) return false;
  if (std::any_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  // Every word capitalised: names, initials ("Q.H"), "Bài: Lê Xuân Thọ -
  // Trường Thịnh"; dashes and a parenthesised note ("(Tổng hợp)") allowed.
  std::size_t i = 0, names = 0;
  int parens = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i >= line.size()) break;
    std::size_t end = i;
    while (end < line.size() && line[end] != ' ') ++end;
    const std::string_view word = line.substr(i, end - i);
    const bool opens = word[0] == '(';
    if (opens) ++parens;
    const bool punctuation = word == "-" || word == "\xE2\x80\x93" || word == "&" || word == "/";
    if (!punctuation && parens == 0) {
      if (!StartsWithUpper(word)) return false;
      ++names;
    }
    if (word.back() == ')' && parens > 0) --parens;
    i = end;
  }
  return names > 0 && names <= 6;
}

// Article text: a sentence (even a short closing one), or a very long line.
bool IsParagraph(std::string_view line) {
  const std::size_t words = CountWords(line);
  return EndsSentence(line) || words > 40;
}

}  // namespace

std::string FindDate(std::string_view line) {
  auto digits = [&](std::size_t i, std::size_t max, std::size_t& end) {
    std::size_t j = i;
    while (j < line.size() && j - i < max && line[j] >= '0' && line[j] <= '9') ++j;
    end = j;
    return j - i;
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] < '0' || line[i] > '9' || (i > 0 && line[i - 1] >= '0' && line[i - 1] <= '9')) continue;
    std::size_t e1, e2, e3;
    const std::size_t n1 = digits(i, 4, e1);
    if (e1 >= line.size()) continue;
    const char sep = line[e1];
    if (sep != '/' && sep != '-' && sep != '.') continue;
    const std::size_t n2 = digits(e1 + 1, 2, e2);
    if (n2 == 0 || e2 >= line.size() || line[e2] != sep) continue;
    const std::size_t n3 = digits(e2 + 1, 4, e3);
    if (e3 < line.size() && line[e3] >= '0' && line[e3] <= '9') continue;
    int year, month, day;
    if (n1 == 4 && n3 >= 1 && n3 <= 2) {  // 2023-09-25
      year = std::stoi(std::string(line.substr(i, 4)));
      month = std::stoi(std::string(line.substr(e1 + 1, n2)));
      day = std::stoi(std::string(line.substr(e2 + 1, n3)));
    } else if (n1 <= 2 && n3 == 4) {  // 25-09-2023
      day = std::stoi(std::string(line.substr(i, n1)));
      month = std::stoi(std::string(line.substr(e1 + 1, n2)));
      year = std::stoi(std::string(line.substr(e2 + 1, 4)));
    } else {
      continue;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) continue;
    char out[11];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
    return out;
  }
  return {};
}

LineKind ClassifyLine(std::string_view raw_line) {
  const std::string line = NormalizeLine(raw_line);
  if (line.empty()) return LineKind::kBlank;
  if (IsPlayer(line)) return LineKind::kPlayer;
  if (IsUrl(line)) return LineKind::kUrl;
  if (StartsWith(line, "\xC2\xA9")) return LineKind::kFooter;  // ©
  const std::size_t words = CountWords(line);
  if (words > 14) {
    // Chrome is short, except footers: fold only the first words.
    const std::string folded_start = FoldedPhrase(FirstWords(line, 5));
    for (std::string_view prefix : kFooterPrefixes) {
      if (StartsWith(folded_start, prefix)) return LineKind::kFooter;
    }
    return LineKind::kContent;
  }
  const std::string folded = FoldedPhrase(line);
  if (std::find(kNavigation.begin(), kNavigation.end(), folded) != kNavigation.end()) {
    return LineKind::kNavigation;
  }
  if (words <= 8 && IsCounter(folded)) return LineKind::kCounter;
  for (std::string_view prefix : kDatelinePrefixes) {
    if (!StartsWith(folded, prefix) || words > 10 || FindDate(line).empty()) continue;
    // "Ngày đăng: 25-09-2023", "Cập nhật 10:20", not "Ngày đăng ký …".
    std::size_t next = prefix.size();
    while (next < folded.size() && folded[next] == ' ') ++next;
    if (next >= folded.size() || folded[next] == ':' || (folded[next] >= '0' && folded[next] <= '9')) {
      return LineKind::kDateline;
    }
  }
  // "Thứ Tư, 17/04/2019 - 08:30 | Tác giả: …": a weekday, a date, a time.
  for (std::string_view weekday : {"thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat"}) {
    if (StartsWith(folded, weekday) && words <= 12 && !FindDate(line).empty() &&
        folded.find(':') != std::string::npos) {
      return LineKind::kDateline;
    }
  }
  for (std::string_view prefix : kBreadcrumbPrefixes) {
    if (StartsWith(folded, prefix)) return LineKind::kBreadcrumb;
  }
  if (words <= 10 && (folded.find(" \xC2\xBB ") != std::string::npos || folded.find(" > ") != std::string::npos)) {
    return LineKind::kBreadcrumb;
  }
  for (std::string_view prefix : kFooterPrefixes) {
    if (StartsWith(folded, prefix)) return LineKind::kFooter;
  }
  return LineKind::kContent;
}

bool IsHeadlineLike(std::string_view raw_line) {
  const std::string line = NormalizeLine(raw_line);
  const std::size_t words = CountWords(line);
  if (words < 3 || words > 30) return false;
  if (line[0] == '-' || line[0] == '+' || line[0] == '*' || StartsWith(line, "\xE2\x80\xA2")) return false;
  // Numbered list items ("4. See you again", "2) …") are not headlines.
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) return false;
  // Photo captions ("… - Ảnh: T.L") are not headlines.
  if (line.find("\xE1\xBA\xA2nh:") != std::string::npos) return false;  // "Ảnh:"
  return StartsWithUpper(line) && !EndsSentence(line);
}

std::string CleanTitle(std::string_view prepared_title) {
  std::string title(prepared_title);
  std::replace(title.begin(), title.end(), '\n', ' ');
  return NormalizeLine(title);
}

CleanedText CleanBody(std::string_view prepared_body) {
  struct Line {
    std::string text;
    LineKind kind;
    bool headline;
    bool keep = true;
  };
  CleanedText result;
  std::vector<Line> lines;
  for (std::size_t start = 0; start <= prepared_body.size();) {
    std::size_t end = prepared_body.find('\n', start);
    if (end == std::string_view::npos) end = prepared_body.size();
    const std::string_view raw = prepared_body.substr(start, end - start);
    start = end + 1;
    std::string text = NormalizeLine(raw);
    if (text.empty()) continue;  // blank lines go; paragraphs are re-joined by '\n'
    const LineKind kind = ClassifyLine(text);
    const bool headline = kind == LineKind::kContent && IsHeadlineLike(text) && !IsCredit(text);
    lines.push_back({std::move(text), kind, headline});
  }

  // Context-free chrome, and a dateline's date kept for `published`.
  for (Line& line : lines) {
    switch (line.kind) {
      case LineKind::kPlayer:
      case LineKind::kNavigation:
      case LineKind::kCounter:
      case LineKind::kBreadcrumb:
      case LineKind::kUrl:
        line.keep = false;
        break;
      case LineKind::kDateline:
        if (result.dateline.empty()) result.dateline = FindDate(line.text);
        line.keep = false;
        break;
      case LineKind::kFooter:
        line.keep = !StartsWith(line.text, "\xC2\xA9");
        break;
      default:
        break;
    }
  }
  // A caption (or another sentence-length line) repeated right after itself;
  // short lines repeat legitimately (flattened table cells).
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].text == lines[i - 1].text && CountWords(lines[i].text) >= 4) lines[i].keep = false;
  }
  // A header block: headline-like lines before a dateline near the top
  // (site slogans, section names).
  for (std::size_t i = 0; i < lines.size() && i < 6; ++i) {
    if (lines[i].kind != LineKind::kDateline) continue;
    for (std::size_t j = 0; j < i; ++j) {
      if (lines[j].headline) lines[j].keep = false;
    }
    break;
  }
  // Blocks of three or more headline-like lines in a row: related links or a sidebar.
  // (A repeated line neither counts nor breaks a run.)
  // A run where half the lines are "label: value" is a list, not links.
  std::vector<bool> in_sidebar(lines.size(), false);
  std::vector<std::string_view> texts;  // every line's text, for HasForeignName; built on first use
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t j = i, count = 0, labelled = 0;
    while (j < lines.size() && lines[j].headline) {
      if (lines[j].keep) {
        ++count;
        if (lines[j].text.find(": ") != std::string::npos) ++labelled;
      }
      ++j;
    }
    // Photo-story captions look the same line by line: a block is other
    // stories' headlines only when most of its lines name someone or
    // somewhere the rest of the page does not.
    std::size_t foreign = 0;
    if (count >= 3 && labelled * 2 < count) {
      if (texts.empty()) {
        for (const auto& line : lines) texts.push_back(line.text);
      }
      for (std::size_t k = i; k < j; ++k) {
        if (lines[k].keep && HasForeignName(texts, k)) ++foreign;
      }
    }
    if (count >= 3 && labelled * 2 < count && foreign * 2 >= count) {
      for (std::size_t k = i; k < j; ++k) {
        lines[k].keep = false;
        in_sidebar[k] = true;
      }
    }
    i = j == i ? i + 1 : j;
  }
  // After the article's end (its last paragraph): credits stay, the short
  // lines that follow them (related headlines, widgets, footers) go. A long
  // line there means the guess is wrong, and nothing is dropped.
  std::size_t last_paragraph = lines.size();
  for (std::size_t i = lines.size(); i-- > 0;) {
    if (lines[i].kind == LineKind::kContent && IsParagraph(lines[i].text)) {
      last_paragraph = i;
      break;
    }
  }
  if (last_paragraph < lines.size()) {
    // Only when the tail shows page chrome (widgets, footers, a block of
    // links): photo captions and bylines alone after the text stay.
    bool all_short = true, chrome = false;
    for (std::size_t i = last_paragraph + 1; i < lines.size(); ++i) {
      if (lines[i].kind == LineKind::kContent && CountWords(lines[i].text) > 30) all_short = false;
      if (lines[i].kind != LineKind::kContent || in_sidebar[i]) chrome = true;
    }
    if (all_short && chrome) {
      std::size_t i = last_paragraph + 1;
      for (int credits = 0; i < lines.size() && credits < 2; ++i) {
        if (!lines[i].keep) continue;
        if (lines[i].kind != LineKind::kContent || !IsCredit(lines[i].text)) break;
        ++credits;
      }
      for (; i < lines.size(); ++i) lines[i].keep = false;
    }
  }

  for (const Line& line : lines) {
    if (!line.keep) {
      ++result.removed_lines;
      continue;
    }
    if (!result.text.empty()) result.text.push_back('\n');
    result.text += line.text;
  }
  return result;
}

}  // namespace thidua::indexer
