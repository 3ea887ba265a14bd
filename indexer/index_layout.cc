#include "indexer/index_layout.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace thidua::indexer {
namespace {

namespace fs = std::filesystem;

std::string StubPath(const std::string& dir) { return (fs::path(dir) / kStubFileName).string(); }

// A database of any disk backend Xapian 1.4 knows sits directly in dir.
bool HoldsPlainDatabase(const std::string& dir) {
  std::error_code error;
  for (const char* marker : {"iamglass", "iamchert", "iamhoney"}) {
    if (fs::exists(fs::path(dir) / marker, error)) return true;
  }
  return false;
}

// A shard name must stay inside DIR, so the directory can be renamed
// (scripts/run's index.new -> index) and compacted shard by shard.
bool IsPlainRelativeName(const std::string& name) {
  const fs::path path(name);
  if (name.empty() || path.is_absolute()) return false;
  for (const fs::path& part : path) {
    if (part == ".." || part == ".") return false;
  }
  return true;
}

StatusOr<IndexLayout> ParseStub(const std::string& dir, const std::string& text) {
  IndexLayout layout;
  std::istringstream lines(text);
  std::string line;
  int line_no = 0;
  while (std::getline(lines, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    const std::size_t space = line.find_first_of(" \t", start);
    const std::string type = line.substr(start, space == std::string::npos ? std::string::npos : space - start);
    std::string name;
    if (space != std::string::npos) {
      const std::size_t name_start = line.find_first_not_of(" \t", space);
      if (name_start != std::string::npos) name = line.substr(name_start);
      while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.pop_back();
    }
    const std::string where = StubPath(dir) + ":" + std::to_string(line_no);
    if (type != "auto" && type != "glass") {
      return Status::InvalidArgument(where + ": only auto and glass shards can be written, not " + type);
    }
    if (!IsPlainRelativeName(name)) {
      return Status::InvalidArgument(where + ": shard \"" + name + "\" is not a path inside the index");
    }
    layout.shard_names.push_back(name);
    layout.shard_paths.push_back((fs::path(dir) / name).string());
  }
  if (layout.shard_names.empty()) return Status::InvalidArgument(StubPath(dir) + ": lists no shards");
  return layout;
}

Status WriteDurably(const std::string& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Status::Unavailable(path + ": " + std::strerror(errno));
  const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!ok) {
    std::error_code ignored;
    fs::remove(path, ignored);
    return Status::Unavailable(path + ": " + std::strerror(saved));
  }
  return Status::Ok();
}

}  // namespace

std::uint64_t StableIdHash(std::string_view id) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (const char c : id) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return hash;
}

std::size_t ShardOf(std::string_view id, std::size_t shard_count) {
  if (shard_count <= 1) return 0;
  return static_cast<std::size_t>(StableIdHash(id) % shard_count);
}

std::string ShardName(std::size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "shard-%02zu", index);
  return name;
}

StatusOr<IndexLayout> ReadIndexLayout(const std::string& dir) {
  const std::string stub = StubPath(dir);
  std::error_code error;
  if (fs::exists(stub, error)) {
    std::ifstream in(stub, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) return Status::Unavailable(stub + ": cannot read");
    return ParseStub(dir, text.str());
  }
  if (HoldsPlainDatabase(dir)) {
    IndexLayout layout;
    layout.shard_paths.push_back(dir);
    return layout;
  }
  return Status::NotFound(dir + ": no index");
}

StatusOr<IndexLayout> OpenOrCreateLayout(const std::string& dir, std::size_t shard_count) {
  StatusOr<IndexLayout> existing = ReadIndexLayout(dir);
  if (existing.ok() || existing.status().code() != StatusCode::kNotFound) return existing;
  if (shard_count == 0) shard_count = 1;

  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return Status::Unavailable(dir + ": " + error.message());
  std::string text = "# thidua index: " + std::to_string(shard_count) +
                     " shards; a document goes to shard FNV-1a(id) % " + std::to_string(shard_count) +
                     " (docs/schema.md)\n";
  for (std::size_t s = 0; s < shard_count; ++s) text += "auto " + ShardName(s) + "\n";
  // Written aside, then linked in: link() fails when another process created
  // the stub meanwhile, so a stub is never replaced (its N routes documents).
  const std::string stub = StubPath(dir);
  const std::string aside = stub + ".tmp-" + std::to_string(getpid());
  // fsync'ed (file and directory): the stub must outlive a machine crash
  // as surely as the shards' committed batches do.
  if (Status written = WriteDurably(aside, text); !written.ok()) return written;
  const int linked = ::link(aside.c_str(), stub.c_str());
  const int link_errno = errno;
  fs::remove(aside, error);
  if (linked != 0 && link_errno != EEXIST) {
    return Status::Unavailable(stub + ": " + std::strerror(link_errno));
  }
  if (const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  return ReadIndexLayout(dir);
}

}  // namespace thidua::indexer
