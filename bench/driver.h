// A query driver shared by every engine of the comparative benchmark
// (scripts/bench engines): one executable per engine, each providing an
// EngineSession; this file reads the query mix, runs it on N client threads
// for a fixed time, and writes latency percentiles, QPS and the results
// (top-10 ids, facet counts) as JSON.
//
//   <driver> latency --db X --queries mix.tsv --threads N --seconds S --out F.json
//   <driver> run     --db X --queries q.tsv --out F.json   (each query once)
//
// Query files are TSV with a header row: id, kind, query[, province[, facet]].
// "province" is a filter on the canonical pre-2025 province name (empty: no
// filter); "facet" = 1 asks for document counts per province (top 10,
// exact) besides the top-10 hits. A query file of the judged relevance set
// (tests/relevance/queries.tsv) works too: extra columns are ignored.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace bench {

struct BenchQuery {
  std::string id, kind, text, province;
  bool facet = false;
};

struct QueryResult {
  std::vector<std::string> ids;                         // top 10, best first
  long long found = -1;                                 // -1: engine did not count
  std::vector<std::pair<std::string, long long>> facet;  // province -> documents
};

// One per client thread; need not be thread-safe. Run throws
// std::exception on failure (the driver reports it and exits 1).
class EngineSession {
 public:
  virtual ~EngineSession() = default;
  virtual QueryResult Run(const BenchQuery& query) = 0;
};

using SessionFactory = std::function<std::unique_ptr<EngineSession>(const std::string& db)>;

// Parses argv as above and runs; returns the process exit code.
int DriverMain(int argc, char** argv, const char* engine, const SessionFactory& factory);

// main() of a peer whose executable also builds the peer's database:
// "<exe> load ARGS..." runs load (an exception is reported as
// "<engine> load: ..." with exit code 1); anything else runs DriverMain.
int DriverMainWithLoader(int argc, char** argv, const char* engine,
                         const std::function<int(int, char**)>& load, const SessionFactory& factory);

// Splits a query into quoted phrases and bare words ("a b" c -> {"a b",true},
// {"c",false}); words keep a leading '-' and the OR keyword is a word.
std::vector<std::pair<std::string, bool>> SplitQuery(const std::string& text);

// Reads "ext_id<TAB>province" lines (the project's extracted provinces, see
// bench/dump_provinces.cc) into pairs.
std::vector<std::pair<std::string, std::string>> ReadProvinceTable(const std::string& path);

// Calls visit(id, title, body) for every record of the JSON Lines files;
// lines that do not parse are skipped. Returns the bytes of title+body read
// (the "raw text" every engine's MB/s and size ratio refer to).
std::size_t ForEachArticle(const std::vector<std::string>& paths,
                           const std::function<void(const std::string& id, const std::string& title,
                                                    const std::string& body)>& visit);

}  // namespace bench
