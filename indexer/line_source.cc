#include "indexer/line_source.h"

#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace thidua::indexer {
namespace {
constexpr std::size_t kBufferSize = 1 << 20;
}  // namespace

StatusOr<std::unique_ptr<LineSource>> LineSource::Open(const std::string& path) {
  gzFile file = nullptr;
  if (path == "-") {
    const int fd = dup(STDIN_FILENO);
    if (fd < 0) return Status::Unavailable("cannot read standard input");
    file = gzdopen(fd, "rb");
    if (file == nullptr) close(fd);
  } else {
    file = gzopen(path.c_str(), "rb");
  }
  if (file == nullptr) {
    const int error = errno;
    if (error == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::Unavailable(path + ": " + std::strerror(error));
  }
  gzbuffer(file, 256 * 1024);
  auto source = std::unique_ptr<LineSource>(new LineSource(file));
  source->buf_.resize(kBufferSize);
  return source;
}

LineSource::~LineSource() { gzclose(static_cast<gzFile>(gz_)); }

bool LineSource::Fill() {
  if (eof_) return false;
  auto* file = static_cast<gzFile>(gz_);
  const int n = gzread(file, buf_.data(), static_cast<unsigned>(buf_.size()));
  if (n <= 0) {
    eof_ = true;
    int code = Z_OK;
    const char* message = gzerror(file, &code);
    if (n < 0 || (code != Z_OK && code != Z_STREAM_END)) {
      status_ = Status::DataLoss(std::string("read error: ") + (message ? message : "unknown"));
    }
    return false;
  }
  pos_ = 0;
  end_ = static_cast<std::size_t>(n);
  return true;
}

bool LineSource::Next(std::size_t max_bytes, Line& line) {
  line.text.clear();
  line.bytes = 0;
  line.too_long = false;
  bool any = false;
  for (;;) {
    if (pos_ == end_ && !Fill()) break;
    any = true;
    const char* start = buf_.data() + pos_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
    const std::size_t chunk = newline ? static_cast<std::size_t>(newline - start) : end_ - pos_;
    line.bytes += chunk;
    if (!line.too_long) {
      if (line.text.size() + chunk > max_bytes) {
        line.too_long = true;  // keep counting bytes, stop keeping them
        line.text.clear();
        line.text.shrink_to_fit();
      } else {
        line.text.append(start, chunk);
      }
    }
    pos_ += chunk;
    if (newline) {
      ++pos_;
      ++line.bytes;
      break;
    }
  }
  if (!any) return false;
  if (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
  line.number = ++line_number_;
  return true;
}

StatusOr<std::string> LineSource::ReadAll(std::size_t max_bytes) {
  std::string all;
  for (;;) {
    if (pos_ == end_ && !Fill()) break;
    if (all.size() + (end_ - pos_) > max_bytes) {
      return Status::DataLoss("longer than " + std::to_string(max_bytes) + " bytes");
    }
    all.append(buf_.data() + pos_, end_ - pos_);
    pos_ = end_;
  }
  if (!status_.ok()) return status_;
  return all;
}

}  // namespace thidua::indexer
