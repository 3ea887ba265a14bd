// thidua-index: reads articles (JSON Lines, .txt, .html, directories, gzip,
// stdin), cleans and analyses them on N threads, and writes a Xapian index
// in committed batches; or, with --extract-only, prints the extracted
// entities as JSON lines. See `thidua-index --help`.
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzers/entities.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "indexer/pipeline.h"
#include "indexer/progress.h"
#include "indexer/readers.h"
#include "indexer/sharded_writer.h"

namespace {

using namespace thidua;
using namespace thidua::indexer;

constexpr const char* kUsage =
    "usage: thidua-index --index DIR [options] PATH...\n"
    "       thidua-index --extract-only [options] PATH...\n"
    "       thidua-index --index DIR --delete ID...\n"
    "\n"
    "PATH is a JSON Lines file (.jsonl/.ndjson/.json), a .txt or .html article, a\n"
    "directory (read recursively, in sorted order) or - for JSON Lines on stdin;\n"
    "any file may be gzipped (.gz).\n"
    "\n"
    "options:\n"
    "  --index DIR         the Xapian index to create or update\n"
    "  --threads N         analysis threads (default 2); each shard also has a writer thread\n"
    "  --shards N          shards of a new index (default: --threads); an existing index\n"
    "                      keeps the shard count it was created with\n"
    "  --batch N           each shard commits every N of its documents (default 100; also\n"
    "                      every 32 MB)\n"
    "  --strict            exit 1 when any record was skipped\n"
    "  --resume            skip articles already indexed with the same content (fast re-run\n"
    "                      after an interruption); without it every article is re-indexed\n"
    "  --compact           compact the index at the end (about half the size after a bulk load)\n"
    "  --extract-only      print one JSON line of extracted entities per article; no index\n"
    "  --delete ID...      remove these ids (every argument up to the next option)\n"
    "  --data DIR          gazetteer data (default $THIDUA_DATA_DIR or the built-in path)\n"
    "  --max-line-bytes N  skip longer JSON lines (default 16777216)\n"
    "  --quiet             no progress output\n"
    "  -h, --help          this text\n"
    "\n"
    "exit status: 0 done; 1 errors (unreadable paths, or skips with --strict);\n"
    "2 usage; 130 interrupted (committed batches are kept; run again to finish).\n";

std::atomic<bool> g_stop{false};

void OnSignal(int) {
  g_stop.store(true);
  std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C ends the process at once
  std::signal(SIGTERM, SIG_DFL);
}

struct Options {
  std::string index_dir;
  std::string data_dir;
  int threads = 2;
  std::size_t shards = 0;  // 0: as many as threads
  // Smaller batches keep Xapian's in-memory term maps small: less CPU (docs/benchmarks.md,
  // "Sharded writers": per shard, 100 costs ~10% less CPU than 250, same index size).
  std::uint64_t batch = 100;
  bool strict = false, extract_only = false, quiet = false, resume = false, compact = false;
  std::size_t max_line_bytes = 16u << 20;
  std::vector<std::string> deletes, paths;
};

[[noreturn]] void UsageError(const std::string& message) {
  std::fprintf(stderr, "thidua-index: %s\n\n%s", message.c_str(), kUsage);
  std::exit(2);
}

std::uint64_t ParseNumber(const std::string& option, const std::string& value, std::uint64_t min) {
  try {
    std::size_t used = 0;
    const unsigned long long n = std::stoull(value, &used);
    if (used == value.size() && n >= min && value[0] != '-') return n;
  } catch (const std::exception&) {
  }
  UsageError(option + " wants a number >= " + std::to_string(min) + ", got \"" + value + "\"");
}

Options ParseArgs(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) UsageError(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    } else if (arg == "--index") {
      options.index_dir = value();
    } else if (arg == "--data") {
      options.data_dir = value();
    } else if (arg == "--threads") {
      options.threads = static_cast<int>(std::min<std::uint64_t>(ParseNumber(arg, value(), 1), 256));
    } else if (arg == "--shards") {
      options.shards = static_cast<std::size_t>(std::min<std::uint64_t>(ParseNumber(arg, value(), 1), 256));
    } else if (arg == "--batch") {
      options.batch = ParseNumber(arg, value(), 1);
    } else if (arg == "--max-line-bytes") {
      options.max_line_bytes = ParseNumber(arg, value(), 1);
    } else if (arg == "--strict") {
      options.strict = true;
    } else if (arg == "--compact") {
      options.compact = true;
    } else if (arg == "--resume") {
      options.resume = true;
    } else if (arg == "--extract-only") {
      options.extract_only = true;
    } else if (arg == "--quiet") {
      options.quiet = true;
    } else if (arg == "--delete") {
      const std::size_t before = options.deletes.size();
      while (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0) options.deletes.push_back(argv[++i]);
      if (options.deletes.size() == before) UsageError("--delete needs at least one id");
    } else if (arg.size() > 1 && arg[0] == '-') {
      UsageError("unknown option " + arg);
    } else {
      options.paths.push_back(arg);
    }
  }
  if (options.extract_only) {
    if (!options.index_dir.empty()) UsageError("--extract-only writes no index: drop --index");
    if (!options.deletes.empty()) UsageError("--extract-only cannot --delete");
    if (options.resume || options.compact) UsageError("--extract-only writes no index: drop --resume/--compact");
    if (options.paths.empty()) UsageError("no PATH to read");
  } else {
    if (options.index_dir.empty()) UsageError("--index DIR is required (or use --extract-only)");
    if (options.paths.empty() && options.deletes.empty()) UsageError("no PATH to read and nothing to --delete");
  }
  return options;
}

std::string DataDir(const Options& options) {
  if (!options.data_dir.empty()) return options.data_dir;
  if (const char* env = std::getenv("THIDUA_DATA_DIR"); env != nullptr && *env != '\0') return env;
  return THIDUA_DATA_DIR;
}

class IndexWorker : public Worker {
 public:
  // resume_index: the index to compare content hashes with, or empty.
  IndexWorker(const EntityExtractor& extractor, bool extract_only, const std::string& resume_index)
      : builder_(extractor), extract_only_(extract_only) {
    if (!resume_index.empty()) committed_.emplace(resume_index);
  }
  void Process(Article&& article, WorkResult& result) override {
    if (committed_ && committed_->StoredHash(article.id) == ContentHash(article)) {
      result.unchanged = true;
      return;
    }
    if (extract_only_) {
      AnalyzedArticle analyzed = builder_.Analyze(std::move(article));
      result.output_line = ToExtractJson(analyzed.article.id, analyzed.entities)
                               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } else {
      result.doc = builder_.Build(std::move(article));
    }
  }

 private:
  DocumentBuilder builder_;
  bool extract_only_;
  std::optional<CommittedIndex> committed_;
};

struct Counts {
  std::atomic<std::uint64_t> skipped{0}, warnings{0}, errors{0};
};

}  // namespace

int main(int argc, char** argv) {
  const Options options = ParseArgs(argc, argv);
  const bool terminal = !options.quiet && isatty(STDERR_FILENO) != 0;

  StatusOr<EntityExtractor> extractor = EntityExtractor::Load(DataDir(options));
  if (!extractor.ok()) {
    std::fprintf(stderr, "thidua-index: cannot load data from %s: %s\n", DataDir(options).c_str(),
                 extractor.status().ToString().c_str());
    return 1;
  }

  Counts counts;
  // Expand paths up front: sorted, deterministic, and the total size known for the ETA.
  std::vector<std::string> files;
  std::uint64_t total_bytes = 0;
  bool size_known = true;
  for (const std::string& path : options.paths) {
    StatusOr<std::vector<std::string>> listed = ListInputFiles(path);
    if (!listed.ok()) {
      std::fprintf(stderr, "%s: error: %s\n", path.c_str(), listed.status().message().c_str());
      ++counts.errors;
      continue;
    }
    for (const std::string& file : *listed) {
      std::error_code error;
      const auto size = std::filesystem::file_size(file, error);
      if (file == "-" || error || (file.size() > 3 && file.compare(file.size() - 3, 3, ".gz") == 0)) {
        size_known = false;
      } else {
        total_bytes += size;
      }
      files.push_back(file);
    }
  }
  Progress progress(terminal, size_known ? total_bytes : 0);
  const ProblemCallback on_problem = [&](const ReadProblem& problem) {
    const char* kind = "warning";
    if (problem.kind == ProblemKind::kSkipped) {
      kind = "skipped";
      ++counts.skipped;
    } else if (problem.kind == ProblemKind::kError) {
      kind = "error";
      ++counts.errors;
    } else {
      ++counts.warnings;
    }
    progress.Message(problem.origin + ": " + kind + ": " + problem.reason);
  };

  std::unique_ptr<ShardedWriter> writer;
  if (!options.extract_only) {
    ShardedWriterOptions writer_options;
    writer_options.writer = WriterOptions{options.batch, 32ull << 20};
    writer_options.new_shards = options.shards > 0 ? options.shards : static_cast<std::size_t>(options.threads);
    StatusOr<std::unique_ptr<ShardedWriter>> opened = ShardedWriter::Open(options.index_dir, writer_options);
    if (!opened.ok()) {
      std::fprintf(stderr, "thidua-index: cannot open index %s\n", opened.status().message().c_str());
      return 1;
    }
    writer = std::move(*opened);
    if (options.shards > 0 && options.shards != writer->layout().shard_count()) {
      std::fprintf(stderr, "thidua-index: %s has %zu shard(s), fixed when it was created; --shards %zu ignored\n",
                   options.index_dir.c_str(), writer->layout().shard_count(), options.shards);
    }
    for (const std::string& id : options.deletes) {
      if (Status status = writer->Delete(id); !status.ok()) {
        std::fprintf(stderr, "thidua-index: %s\n", status.message().c_str());
        return 1;
      }
    }
  }

  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  PipelineOptions pipeline_options;
  pipeline_options.threads = options.threads;
  pipeline_options.reader.max_line_bytes = options.max_line_bytes;
  std::uint64_t docs = 0, bytes = 0, unchanged = 0;
  Status write_status;
  const PipelineStats stats = RunPipeline(
      files, pipeline_options,
      [&] {
        return std::make_unique<IndexWorker>(*extractor, options.extract_only,
                                             options.resume ? options.index_dir : std::string());
      },
      [&](WorkResult&& result) {
        if (g_stop.load()) return false;  // Ctrl-C: commit what is written, leave the rest
        if (result.unchanged) {
          ++unchanged;
        } else if (options.extract_only) {
          std::fwrite(result.output_line.data(), 1, result.output_line.size(), stdout);
          std::fputc('\n', stdout);
        } else {
          // Moved, not copied: a Xapian::Document's reference count is not
          // atomic, and the shard's thread owns the document from here on.
          write_status = writer->Put(result.id, std::move(result.doc), result.input_bytes);
          if (!write_status.ok()) return false;
        }
        ++docs;
        bytes += result.input_bytes;
        progress.Update(docs, bytes);
        return true;
      },
      on_problem, g_stop);
  if (writer) {
    // Commits what the shards have queued (also after Ctrl-C or an error)
    // and ends their threads.
    const Status closed = writer->Close();
    if (write_status.ok()) write_status = closed;
  }
  progress.Finish();
  std::fflush(stdout);

  const double seconds = progress.Seconds();
  const double mb = static_cast<double>(bytes) / 1e6;
  std::FILE* out = options.extract_only ? stderr : stdout;
  std::fprintf(out, "thidua-index: read %llu records from %zu files; ",
               static_cast<unsigned long long>(stats.records), files.size());
  if (writer) {
    const WriterCounts written = writer->counts();
    std::fprintf(out, "indexed %llu (new %llu, replaced %llu), deleted %llu",
                 static_cast<unsigned long long>(written.added + written.replaced),
                 static_cast<unsigned long long>(written.added), static_cast<unsigned long long>(written.replaced),
                 static_cast<unsigned long long>(written.deleted));
    if (written.not_found > 0) std::fprintf(out, " (%llu ids not found)", static_cast<unsigned long long>(written.not_found));
    if (options.resume) std::fprintf(out, ", unchanged %llu", static_cast<unsigned long long>(unchanged));
  } else {
    std::fprintf(out, "extracted %llu", static_cast<unsigned long long>(docs));
  }
  std::fprintf(out, ", skipped %llu, warnings %llu, errors %llu\n",
               static_cast<unsigned long long>(counts.skipped.load()),
               static_cast<unsigned long long>(counts.warnings.load()),
               static_cast<unsigned long long>(counts.errors.load()));
  std::fprintf(out, "thidua-index: %.2f MB in %.2f s = %.2f MB/s, %.0f docs/s", mb, seconds,
               seconds > 0 ? mb / seconds : 0.0, seconds > 0 ? static_cast<double>(docs) / seconds : 0.0);
  if (writer) {
    std::fprintf(out, "; %llu commits in %zu shard(s); %s holds %u documents",
                 static_cast<unsigned long long>(writer->counts().commits), writer->layout().shard_count(),
                 options.index_dir.c_str(), writer->doc_count());
  }
  std::fputc('\n', out);

  if (!write_status.ok()) {
    std::fprintf(stderr, "thidua-index: %s\n", write_status.message().c_str());
    return 1;
  }
  if (options.compact && !g_stop.load()) {
    writer.reset();  // releases the write lock
    if (Status status = CompactIndex(options.index_dir); !status.ok()) {
      std::fprintf(stderr, "thidua-index: %s\n", status.message().c_str());
      return 1;
    }
    std::fprintf(out, "thidua-index: compacted %s in %.2f s\n", options.index_dir.c_str(), progress.Seconds() - seconds);
  }
  if (g_stop.load()) {
    std::fprintf(stderr, "thidua-index: interrupted; committed batches are kept, run again to finish\n");
    return 130;
  }
  if (counts.errors.load() > 0 || (options.strict && counts.skipped.load() > 0)) return 1;
  return 0;
}
