#include "indexer/readers.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <nlohmann/json.hpp>

#include "analyzers/text.h"
#include "indexer/cleanup.h"
#include "indexer/html_text.h"
#include "indexer/line_source.h"

namespace thidua::indexer {
namespace {

constexpr std::size_t kMaxIdBytes = 200;  // "Q" + id must stay under Xapian's 245-byte term limit

std::string_view StripGz(std::string_view path) {
  if (path.size() > 3 && path.substr(path.size() - 3) == ".gz") path.remove_suffix(3);
  return path;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

// nlohmann's messages start with "[json.exception.parse_error.101] "; keep the rest, bounded.
std::string ShortReason(std::string_view what) {
  if (!what.empty() && what[0] == '[') {
    const std::size_t close = what.find("] ");
    if (close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  std::string reason(what.substr(0, 160));
  if (what.size() > 160) reason += "...";
  // The "last read" excerpt may hold control or partial UTF-8 bytes.
  for (char& c : reason) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return std::string(PrepareText(reason).text);
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// A string field: absent or null -> empty; a number is accepted for ids.
Status StringField(const nlohmann::json& record, const char* name, std::string& out, bool allow_number) {
  const auto it = record.find(name);
  if (it == record.end() || it->is_null()) return Status::Ok();
  if (it->is_string()) {
    out = it->get<std::string>();
    return Status::Ok();
  }
  if (allow_number && it->is_number_integer()) {
    out = it->dump();
    return Status::Ok();
  }
  return Status::InvalidArgument(std::string("field \"") + name + "\" is not a string");
}

bool IsIsoDate(std::string_view s) {
  if (s.size() < 10) return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return s[4] == '-' && s[7] == '-';
}

// Decides about text with invalid UTF-8 (or legacy 8-bit encodings): the
// repaired text, or a DataLoss status when it is mostly not UTF-8.
StatusOr<std::string> RepairEncoding(std::string_view bytes, const ReaderOptions& options,
                                     std::string* warning) {
  PreparedText prepared = PrepareText(bytes);
  if (prepared.source_encoding != SourceEncoding::kUtf8) {
    if (warning) *warning = prepared.source_encoding == SourceEncoding::kTcvn3 ? "converted from TCVN3" : "converted from VNI";
    return std::move(prepared.text);
  }
  if (prepared.invalid_bytes == 0) return std::move(prepared.text);
  const double fraction = static_cast<double>(prepared.invalid_bytes) / static_cast<double>(std::max<std::size_t>(bytes.size(), 1));
  if (fraction > options.max_invalid_fraction) {
    return Status::DataLoss("not UTF-8 (" + std::to_string(prepared.invalid_bytes) + " invalid bytes of " +
                            std::to_string(bytes.size()) + ")");
  }
  if (warning) *warning = std::to_string(prepared.invalid_bytes) + " invalid UTF-8 bytes replaced";
  return std::move(prepared.text);
}

void SplitFirstLines(std::string_view content, std::vector<std::pair<std::size_t, std::size_t>>& lines,
                     std::size_t max_lines) {
  for (std::size_t start = 0; start < content.size() && lines.size() < max_lines;) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    if (!IsBlank(content.substr(start, end - start))) lines.emplace_back(start, end);
    start = end + 1;
  }
}

}  // namespace

InputFormat FormatOf(std::string_view path) {
  if (path == "-") return InputFormat::kJsonLines;
  std::string name(StripGz(path));
  std::transform(name.begin(), name.end(), name.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson") || EndsWith(name, ".json")) return InputFormat::kJsonLines;
  if (EndsWith(name, ".txt")) return InputFormat::kText;
  if (EndsWith(name, ".html") || EndsWith(name, ".htm")) return InputFormat::kHtml;
  return InputFormat::kUnknown;
}

std::string IdFromFileName(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  name = StripGz(name);
  const std::size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name.substr(0, kMaxIdBytes));
}

StatusOr<std::vector<std::string>> ListInputFiles(const std::string& path) {
  namespace fs = std::filesystem;
  if (path == "-") return std::vector<std::string>{path};
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) return Status::NotFound(path + ": no such file or directory");
  if (!fs::is_directory(status)) return std::vector<std::string>{path};
  std::vector<std::string> files;
  for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error), end;
       !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error) && FormatOf(it->path().string()) != InputFormat::kUnknown) {
      files.push_back(it->path().string());
    }
  }
  if (error) return Status::Unavailable(path + ": " + error.message());
  std::sort(files.begin(), files.end());
  return files;
}

StatusOr<Article> ParseJsonLine(std::string_view line, const ReaderOptions& options, std::string* warning) {
  nlohmann::json record;
  try {
    record = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& first_error) {
    // nlohmann rejects ill-formed UTF-8 inside strings: repair, then retry.
    std::string repair_warning;
    StatusOr<std::string> repaired = RepairEncoding(line, options, &repair_warning);
    if (!repaired.ok()) return repaired.status();
    if (repair_warning.empty()) return Status::InvalidArgument("malformed JSON: " + ShortReason(first_error.what()));
    try {
      record = nlohmann::json::parse(*repaired);
    } catch (const nlohmann::json::parse_error& e) {
      return Status::InvalidArgument("malformed JSON: " + ShortReason(e.what()));
    }
    if (warning) *warning = repair_warning;
  }
  if (!record.is_object()) return Status::InvalidArgument("record is not a JSON object");
  Article article;
  for (auto [name, field, allow_number] :
       {std::tuple{"id", &article.id, true}, {"title", &article.title, false}, {"body", &article.body, false},
        {"url", &article.url, false}, {"source", &article.source, false},
        {"published", &article.published, false}}) {
    if (Status status = StringField(record, name, *field, allow_number); !status.ok()) return status;
  }
  if (IsBlank(article.id)) return Status::InvalidArgument("missing id");
  if (article.id.size() > kMaxIdBytes) {
    return Status::InvalidArgument("id longer than " + std::to_string(kMaxIdBytes) + " bytes");
  }
  if (IsBlank(article.title) && IsBlank(article.body)) return Status::InvalidArgument("no title and no body");
  if (!article.published.empty()) {
    if (IsIsoDate(article.published)) {
      article.published.resize(10);
    } else {
      if (warning) {
        if (!warning->empty()) *warning += "; ";
        *warning += "published \"" + article.published.substr(0, 40) + "\" is not YYYY-MM-DD, ignored";
      }
      article.published.clear();
    }
  }
  return article;
}

Article ParseTextArticle(std::string_view content, std::string id) {
  Article article;
  article.id = std::move(id);
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  SplitFirstLines(content, lines, 8);
  auto line_at = [&](std::size_t i) { return content.substr(lines[i].first, lines[i].second - lines[i].first); };
  auto take_title = [&](std::size_t i) {
    article.title = CleanTitle(line_at(i));
    std::string body(content.substr(0, lines[i].first));
    body += content.substr(std::min(content.size(), lines[i].second + 1));
    article.body = std::move(body);
    return article;
  };
  // The first content line (page chrome skipped) is the headline, or it is a
  // paragraph and the page has none. With a dateline near the top, the
  // headline may sit after it (CMS pages: breadcrumb, slogan, date, title)
  // or before it (title, date, text).
  std::size_t dateline = lines.size();
  for (std::size_t i = 0; i < lines.size() && i < 6; ++i) {
    if (ClassifyLine(line_at(i)) == LineKind::kDateline) {
      dateline = i;
      break;
    }
  }
  if (dateline + 1 < lines.size() && ClassifyLine(line_at(dateline + 1)) == LineKind::kContent &&
      IsHeadlineLike(line_at(dateline + 1))) {
    return take_title(dateline + 1);
  }
  for (std::size_t i = 0; i < lines.size() && i < dateline; ++i) {
    if (ClassifyLine(line_at(i)) != LineKind::kContent) continue;  // breadcrumbs, player text, ...
    if (IsHeadlineLike(line_at(i))) return take_title(i);
    break;
  }
  article.body = std::string(content);
  return article;
}

Article ParseHtmlArticle(std::string_view content, std::string id) {
  HtmlArticle html = HtmlToArticle(content);
  Article article;
  article.id = std::move(id);
  article.title = std::move(html.title);
  article.body = std::move(html.body);
  article.url = std::move(html.url);
  article.source = std::move(html.source);
  article.published = std::move(html.published);
  return article;
}

std::uint64_t ReadFile(const std::string& path, const ReaderOptions& options, const ArticleCallback& on_article,
                       const ProblemCallback& on_problem, const std::function<bool()>& should_stop) {
  const std::string name = DisplayName(path);
  const InputFormat format = FormatOf(path);
  if (format == InputFormat::kUnknown) {
    on_problem({ProblemKind::kError, name, "unknown file type (expected .jsonl, .txt, .html, optionally .gz)"});
    return 0;
  }
  StatusOr<std::unique_ptr<LineSource>> source = LineSource::Open(path);
  if (!source.ok()) {
    on_problem({ProblemKind::kError, name, source.status().message()});
    return 0;
  }
  std::uint64_t records = 0;
  if (format == InputFormat::kJsonLines) {
    LineSource::Line line;
    while ((!should_stop || !should_stop()) && (*source)->Next(options.max_line_bytes, line)) {
      const std::string origin = name + ":" + std::to_string(line.number);
      if (line.too_long) {
        ++records;
        on_problem({ProblemKind::kSkipped, origin,
                    "line of " + std::to_string(line.bytes) + " bytes is longer than the limit of " +
                        std::to_string(options.max_line_bytes)});
        continue;
      }
      if (IsBlank(line.text)) continue;
      ++records;
      std::string warning;
      StatusOr<Article> article = ParseJsonLine(line.text, options, &warning);
      if (!article.ok()) {
        on_problem({ProblemKind::kSkipped, origin, article.status().message()});
        continue;
      }
      if (!warning.empty()) on_problem({ProblemKind::kWarning, origin, warning});
      article->origin = origin;
      article->input_bytes = line.bytes;
      on_article(std::move(*article));
    }
    if (!(*source)->status().ok()) {
      on_problem({ProblemKind::kError, name + ":" + std::to_string(line.number + 1), (*source)->status().message()});
    }
    return records;
  }

  StatusOr<std::string> content = (*source)->ReadAll(options.max_file_bytes);
  records = 1;
  if (!content.ok()) {
    on_problem({content.status().code() == StatusCode::kDataLoss && (*source)->status().ok() ? ProblemKind::kSkipped
                                                                                               : ProblemKind::kError,
                name, content.status().message()});
    return records;
  }
  std::string warning;
  StatusOr<std::string> text = RepairEncoding(*content, options, &warning);
  if (!text.ok()) {
    on_problem({ProblemKind::kSkipped, name, text.status().message()});
    return records;
  }
  if (!warning.empty()) on_problem({ProblemKind::kWarning, name, warning});
  Article article = format == InputFormat::kText ? ParseTextArticle(*text, IdFromFileName(path))
                                                 : ParseHtmlArticle(*text, IdFromFileName(path));
  if (IsBlank(article.title) && IsBlank(article.body)) {
    on_problem({ProblemKind::kSkipped, name, "no title and no body"});
    return records;
  }
  article.origin = name;
  article.input_bytes = content->size();
  on_article(std::move(article));
  return records;
}

}  // namespace thidua::indexer
