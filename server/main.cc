// thidua-serve: the HTTP API and web UI over a Thi Đua Search index.
//
//   thidua-serve --index DIR [--listen 127.0.0.1:8080] [--threads N]
//                [--io-threads N] [--access-log FILE|-] [--web-dir DIR]
//                [--data-dir DIR]
//
// Exits 0 after a graceful shutdown (SIGTERM/SIGINT), 2 on bad usage, 1 when
// it cannot start (port in use, data files missing). A missing or unopenable
// index is not fatal: API routes answer 503 until it can be opened.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>

#include "search/engine.h"
#include "server/access_log.h"
#include "server/dispatcher.h"
#include "server/http_server.h"
#include "server/search_pool.h"
#include "server/static_files.h"

namespace {

constexpr char kUsage[] =
    "usage: thidua-serve --index DIR [--listen HOST:PORT] [--threads N] [--io-threads N]\n"
    "                    [--access-log FILE|-] [--web-dir DIR] [--data-dir DIR]\n"
    "  --listen      address and port (default 127.0.0.1:8080; port 0 picks a free one)\n"
    "  --threads     search threads, one index reader each (default: CPU count)\n"
    "  --io-threads  network threads (default 1)\n"
    "  --access-log  JSON access log file, '-' for stdout (default), '' for none\n"
    "  --web-dir     static UI files (default $THIDUA_WEB_DIR or the source tree's server/web)\n"
    "  --data-dir    gazetteer data (default $THIDUA_DATA_DIR or the source tree's data/)\n";

int Usage(const std::string& error) {
  std::fprintf(stderr, "thidua-serve: %s\n%s", error.c_str(), kUsage);
  return 2;
}

bool ParsePositive(const std::string& text, int* out) {
  char* end = nullptr;
  const long value = std::strtol(text.c_str(), &end, 10);
  if (end == text.c_str() || *end != '\0' || value < 1 || value > 256) return false;
  *out = static_cast<int>(value);
  return true;
}

// "127.0.0.1:8080", "[::1]:8080", ":8080" (loopback).
bool ParseListen(const std::string& text, std::string* address, unsigned short* port) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string::npos) return false;
  std::string host = text.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) host = "127.0.0.1";
  const std::string port_text = text.substr(colon + 1);
  char* end = nullptr;
  const long value = std::strtol(port_text.c_str(), &end, 10);
  if (port_text.empty() || *end != '\0' || value < 0 || value > 65535) return false;
  *address = host;
  *port = static_cast<unsigned short>(value);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace thidua::server;
  std::string index_dir, data_dir, access_log_target = "-", web_dir = StaticFiles::DefaultRoot();
  ServerOptions options;
  int threads = static_cast<int>(std::thread::hardware_concurrency());
  if (threads < 1) threads = 2;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    std::string text;
    if (arg == "--help" || arg == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (arg == "--index") {
      if (!value(&index_dir)) return Usage("--index needs a directory");
    } else if (arg == "--listen") {
      if (!value(&text) || !ParseListen(text, &options.address, &options.port)) {
        return Usage("--listen needs HOST:PORT");
      }
    } else if (arg == "--threads") {
      if (!value(&text) || !ParsePositive(text, &threads)) return Usage("--threads needs 1..256");
    } else if (arg == "--io-threads") {
      if (!value(&text) || !ParsePositive(text, &options.io_threads)) {
        return Usage("--io-threads needs 1..256");
      }
    } else if (arg == "--access-log") {
      if (!value(&access_log_target)) return Usage("--access-log needs FILE or -");
    } else if (arg == "--web-dir") {
      if (!value(&web_dir)) return Usage("--web-dir needs a directory");
    } else if (arg == "--data-dir") {
      if (!value(&data_dir)) return Usage("--data-dir needs a directory");
    } else {
      return Usage("unknown argument '" + std::string(arg) + "'");
    }
  }
  if (index_dir.empty()) return Usage("--index is required");

  auto resources = thidua::SearchResources::Load(data_dir);
  if (!resources.ok()) {
    std::fprintf(stderr, "thidua-serve: %s\n", resources.status().ToString().c_str());
    return 1;
  }
  auto access_log = AccessLog::Open(access_log_target);
  if (!access_log.ok()) {
    std::fprintf(stderr, "thidua-serve: %s\n", access_log.status().ToString().c_str());
    return 1;
  }
  SearchPool pool(index_dir, *resources, threads);
  if (!pool.index_ready()) {
    std::fprintf(stderr, "thidua-serve: index not available yet (%s); API answers 503 until it is\n",
                 pool.last_error().c_str());
  }
  Dispatcher dispatcher(pool, StaticFiles(web_dir));
  {
    Server server(options, dispatcher, **access_log);
    if (auto status = server.Listen(); !status.ok()) {
      std::fprintf(stderr, "thidua-serve: %s\n", status.ToString().c_str());
      pool.Join();
      return 1;
    }
    std::fprintf(stderr, "thidua-serve: listening on http://%s:%u (%d search threads)\n",
                 options.address.find(':') != std::string::npos
                     ? ("[" + options.address + "]").c_str()
                     : options.address.c_str(),
                 static_cast<unsigned>(server.port()), threads);
    std::fflush(stderr);
    server.Run();
    // Queued handlers hold work on the server's io_context: finish them
    // before the server goes away.
    pool.Join();
  }
  std::fprintf(stderr, "thidua-serve: stopped\n");
  return 0;
}
