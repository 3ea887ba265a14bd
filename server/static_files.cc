#include "server/static_files.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace thidua::server {
namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileBytes = 32u << 20;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// True when every '/'-separated segment of `path` (after the leading '/')
// is a plain file name.
bool IsSafeRelativePath(std::string_view path) {
  if (path.empty() || path.front() != '/') return false;
  path.remove_prefix(1);
  if (path.empty()) return true;
  while (true) {
    const std::size_t slash = path.find('/');
    const std::string_view segment = path.substr(0, slash);
    // An empty final segment ("dir/") is allowed: it means the directory.
    if (segment.empty() && slash != std::string_view::npos) return false;
    if (segment == "." || segment == "..") return false;
    for (char c : segment) {
      if (c == '\0' || c == '\\') return false;
    }
    if (slash == std::string_view::npos) return true;
    path.remove_prefix(slash + 1);
  }
}

bool IsInside(const fs::path& root, const fs::path& candidate) {
  auto root_it = root.begin();
  auto it = candidate.begin();
  for (; root_it != root.end(); ++root_it, ++it) {
    if (root_it->empty()) continue;  // a trailing separator
    if (it == candidate.end() || *it != *root_it) return false;
  }
  return true;
}

}  // namespace

std::string_view ContentTypeForPath(std::string_view path) {
  struct Entry {
    std::string_view extension, type;
  };
  static constexpr Entry kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  };
  for (const Entry& e : kTypes) {
    if (EndsWith(path, e.extension)) return e.type;
  }
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::string root) : root_(std::move(root)) {
  std::error_code ec;
  fs::path canonical = fs::canonical(root_, ec);
  if (!ec) root_ = canonical.string();
}

std::string StaticFiles::DefaultRoot() {
  if (const char* env = std::getenv("THIDUA_WEB_DIR"); env != nullptr && *env != '\0') return env;
#ifdef THIDUA_WEB_DIR
  return THIDUA_WEB_DIR;
#else
  return "server/web";
#endif
}

std::optional<Response> StaticFiles::Serve(std::string_view path) const {
  if (!IsSafeRelativePath(path)) return std::nullopt;
  std::error_code ec;
  const fs::path root(root_);
  fs::path file = root / fs::path(std::string(path.substr(1)));
  if (fs::is_directory(file, ec)) file /= "index.html";
  const fs::path resolved = fs::canonical(file, ec);
  if (ec || !IsInside(root, resolved)) return std::nullopt;
  if (!fs::is_regular_file(resolved, ec)) return std::nullopt;
  const std::uintmax_t size = fs::file_size(resolved, ec);
  if (ec || size > kMaxFileBytes) return std::nullopt;
  std::ifstream in(resolved, std::ios::binary);
  if (!in) return std::nullopt;
  Response response;
  response.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  response.content_type = std::string(ContentTypeForPath(resolved.filename().string()));
  response.headers.emplace_back("Cache-Control", "no-cache");
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return response;
}

}  // namespace thidua::server
