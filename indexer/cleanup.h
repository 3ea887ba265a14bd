// Cleanup of the page chrome that crawled Vietnamese news carries (seen in
// the seed articles): media-player text ("0:00 / 0:00"), navigation words
// ("Xem thêm", "Gửi ban biên tập"), share/like/visit counters, breadcrumbs
// ("Chi tiết tin - …"), datelines ("Ngày đăng: 25-09-2023"), photo captions
// repeated twice, blocks of related-article headlines (embedded or after the
// article's end; told from a photo story's captions by the names they hold,
// see foreign_names.h), site footers, blank lines, U+00A0 and "&nbsp".
//
// Input is prepared text (PrepareText). The cleaned text is what is indexed
// and shown; callers keep the input as the raw text. Conservative by design:
// a line is dropped only when it matches a chrome pattern or sits in a block
// that does; ordinary paragraphs are never dropped.
#pragma once

#include <string>
#include <string_view>

namespace thidua::indexer {

struct CleanedText {
  std::string text;      // paragraphs joined by '\n', each trimmed, spaces collapsed
  std::string dateline;  // "YYYY-MM-DD" from a removed "Ngày đăng: …" line, else empty
  int removed_lines = 0; // non-blank lines dropped
};

CleanedText CleanBody(std::string_view prepared_body);

// A title: U+00A0/&nbsp as spaces, whitespace collapsed, trimmed.
std::string CleanTitle(std::string_view prepared_title);

// ---- Line tests, exposed for the .txt reader (title detection) and tests.
// `line` is one line without its newline; they trim it themselves.

enum class LineKind {
  kContent,     // anything not recognised as chrome
  kBlank,
  kPlayer,      // "0:00 / 0:00"
  kNavigation,  // "Xem thêm", "Tin liên quan", "Chia sẻ", ...
  kCounter,     // "Hôm nay: 1118", "Lượt xem: 52", "Thích 12"
  kBreadcrumb,  // "Chi tiết tin - Sở Khoa học và Công nghệ", "Trang chủ » Tin tức"
  kDateline,    // "Ngày đăng: 25-09-2023", "Cập nhật: 10:20 25/9/2023"
  kUrl,         // a bare URL
  kFooter,      // "© …", "Chịu trách nhiệm: …", "Địa chỉ: …" (dropped only after the article's end)
};

LineKind ClassifyLine(std::string_view line);

// Short (3..30 words), no sentence-final punctuation, starts with a capital:
// what headings, headlines and related links look like.
bool IsHeadlineLike(std::string_view line);

// "YYYY-MM-DD" of the first day-month-year date in the line, else empty.
std::string FindDate(std::string_view line);

}  // namespace thidua::indexer
