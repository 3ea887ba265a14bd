// Readers: turn input paths into Articles. A path is a JSON Lines file (one
// article a line), a .txt or .html file (one article), a directory (read
// recursively, files in sorted order so runs are deterministic), or "-" for
// JSON Lines on standard input; any file may be gzipped (name ends in .gz).
//
// Bad input never stops a run: each problem is reported with its origin
// ("file:line") and reason, the record is skipped (or kept, for a warning),
// and reading goes on.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/status.h"
#include "indexer/article.h"

namespace thidua::indexer {

struct ReaderOptions {
  std::size_t max_line_bytes = 16u << 20;  // a longer JSON line is skipped
  std::size_t max_file_bytes = 64u << 20;  // a larger .txt/.html file is skipped
  // A record whose text is more than this fraction of invalid UTF-8 bytes is
  // skipped as "not UTF-8"; below it the bytes are repaired (U+FFFD) with a warning.
  double max_invalid_fraction = 0.01;
};

enum class ProblemKind {
  kWarning,  // the article is kept (e.g. a few invalid bytes repaired)
  kSkipped,  // the record is skipped
  kError,    // a whole path could not be read (missing file, corrupt gzip)
};

struct ReadProblem {
  ProblemKind kind;
  std::string origin;  // "file:line" or "file"
  std::string reason;
};

using ArticleCallback = std::function<void(Article&&)>;
using ProblemCallback = std::function<void(const ReadProblem&)>;

enum class InputFormat { kJsonLines, kText, kHtml, kUnknown };

// By extension, a trailing ".gz" ignored: .jsonl .ndjson .json -> JSON Lines,
// .txt -> text, .html .htm -> HTML; "-" -> JSON Lines.
InputFormat FormatOf(std::string_view path);

// The files a path names, sorted; directories recursively, keeping only files
// of a known format. A missing path yields NotFound.
StatusOr<std::vector<std::string>> ListInputFiles(const std::string& path);

// Reads one file (or "-") and calls on_article for each article and
// on_problem for each problem, in input order. should_stop is polled between
// records (Ctrl-C). Returns the number of records seen (articles + skipped).
std::uint64_t ReadFile(const std::string& path, const ReaderOptions& options,
                       const ArticleCallback& on_article, const ProblemCallback& on_problem,
                       const std::function<bool()>& should_stop = {});

// ---- The parsers, exposed for tests and for callers with bytes in hand.

// One JSON Lines record. InvalidArgument with the reason for a malformed line,
// a record that is not an object, a missing id, or no title and no body.
// A line with invalid UTF-8 is repaired (warning set) or, when mostly
// invalid, rejected with DataLoss.
StatusOr<Article> ParseJsonLine(std::string_view line, const ReaderOptions& options,
                                std::string* warning = nullptr);

// A .txt article: the first non-empty line is the title unless it is site
// chrome or a paragraph; when a "Ngày đăng: ..." dateline heads the page,
// the title is the first line after it. id is given (from the file name).
Article ParseTextArticle(std::string_view content, std::string id);

// An .html article (see indexer/html_text.h).
Article ParseHtmlArticle(std::string_view content, std::string id);

// The id of a file-based article: its name without directories and extensions
// ("dir/000_47d2.txt.gz" -> "000_47d2").
std::string IdFromFileName(std::string_view path);

}  // namespace thidua::indexer
