#include "bench/driver.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <map>
#include <mutex>
#include <string_view>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <nlohmann/json.hpp>

namespace bench {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

// Header names are matched loosely so the judged set's own TSV layout works:
// "query_id"/"qid"/"id", "kind"/"type", "query"/"q"/"text".
int FindColumn(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (const char* name : names)
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
  return -1;
}

std::vector<BenchQuery> ReadQueries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::string line;
  std::getline(in, line);
  const std::vector<std::string> header = SplitTabs(line);
  const int id = FindColumn(header, {"id", "query_id", "qid"});
  const int kind = FindColumn(header, {"kind", "type", "category"});
  const int text = FindColumn(header, {"query", "q", "text"});
  const int province = FindColumn(header, {"province"});
  const int facet = FindColumn(header, {"facet"});
  if (id < 0 || text < 0) throw std::runtime_error(path + ": header needs id and query columns");
  std::vector<BenchQuery> queries;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = SplitTabs(line);
    auto at = [&](int i) { return i >= 0 && i < static_cast<int>(f.size()) ? f[i] : std::string(); };
    BenchQuery q{at(id), at(kind), at(text), at(province), at(facet) == "1"};
    if (!q.text.empty()) queries.push_back(std::move(q));
  }
  return queries;
}

json ResultJson(const QueryResult& r) {
  json facet = json::array();
  for (const auto& [value, count] : r.facet) facet.push_back({value, count});
  return {{"ids", r.ids}, {"found", r.found}, {"facet", facet}};
}

json Percentiles(std::vector<double> ms) {
  if (ms.empty()) return json::object();
  std::sort(ms.begin(), ms.end());
  auto at = [&](double p) {
    std::size_t rank = static_cast<std::size_t>(p * ms.size());  // nearest rank, 0-based
    return ms[std::min(rank, ms.size() - 1)];
  };
  double sum = 0;
  for (double v : ms) sum += v;
  return {{"n", ms.size()}, {"p50", at(0.50)}, {"p95", at(0.95)}, {"p99", at(0.99)},
          {"mean", sum / ms.size()}, {"max", ms.back()}};
}

struct Args {
  std::string mode, db, queries, out;
  int threads = 1;
  double seconds = 5;
};

Args ParseArgs(int argc, char** argv) {
  Args a;
  if (argc < 2) throw std::invalid_argument("usage: driver latency|run --db X --queries F [--threads N] [--seconds S] --out F");
  a.mode = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) throw std::invalid_argument(flag + " needs a value");
    const std::string value = argv[++i];
    if (flag == "--db") a.db = value;
    else if (flag == "--queries") a.queries = value;
    else if (flag == "--out") a.out = value;
    else if (flag == "--threads") a.threads = std::max(1, std::atoi(value.c_str()));
    else if (flag == "--seconds") a.seconds = std::atof(value.c_str());
    else throw std::invalid_argument("unknown flag " + flag);
  }
  if (a.mode != "latency" && a.mode != "run") throw std::invalid_argument("mode is latency or run");
  if (a.db.empty() || a.queries.empty() || a.out.empty()) throw std::invalid_argument("--db, --queries and --out are required");
  return a;
}

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

}  // namespace

std::vector<std::pair<std::string, bool>> SplitQuery(const std::string& text) {
  std::vector<std::pair<std::string, bool>> parts;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') { ++i; continue; }
    if (text[i] == '"') {
      const std::size_t end = text.find('"', i + 1);
      const std::size_t stop = end == std::string::npos ? text.size() : end;
      if (stop > i + 1) parts.emplace_back(text.substr(i + 1, stop - i - 1), true);
      i = stop + 1;
      continue;
    }
    const std::size_t end = std::min(text.find_first_of(" \"", i), text.size());
    parts.emplace_back(text.substr(i, end - i), false);
    i = end;
  }
  return parts;
}

std::vector<std::pair<std::string, std::string>> ReadProvinceTable(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> rows;
  if (path.empty()) return rows;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  for (std::string line; std::getline(in, line);) {
    const std::size_t tab = line.find('\t');
    if (tab != std::string::npos) rows.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return rows;
}

std::size_t ForEachArticle(const std::vector<std::string>& paths,
                           const std::function<void(const std::string&, const std::string&,
                                                    const std::string&)>& visit) {
  std::size_t bytes = 0;
  for (const std::string& path : paths) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    for (std::string line; std::getline(in, line);) {
      const json record = json::parse(line, nullptr, false);
      if (record.is_discarded() || !record.is_object()) continue;
      const std::string title = record.value("title", ""), body = record.value("body", "");
      bytes += title.size() + body.size();
      visit(record.value("id", ""), title, body);
    }
  }
  return bytes;
}

int DriverMain(int argc, char** argv, const char* engine, const SessionFactory& factory) {
  try {
    const Args args = ParseArgs(argc, argv);
    const std::vector<BenchQuery> queries = ReadQueries(args.queries);
    if (queries.empty()) throw std::runtime_error(args.queries + ": no queries");
    json out = {{"engine", engine}, {"mode", args.mode}, {"queries_file", args.queries}};

    // Every query once on one session: the results (for relevance and for
    // comparing facet counts) and, in latency mode, the warm-up.
    json results = json::object();
    {
      auto session = factory(args.db);
      for (const BenchQuery& q : queries) results[q.id] = ResultJson(session->Run(q));
    }
    out["results"] = results;

    if (args.mode == "latency") {
      std::vector<std::unique_ptr<EngineSession>> sessions;
      for (int t = 0; t < args.threads; ++t) sessions.push_back(factory(args.db));
      std::vector<std::vector<std::pair<int, double>>> samples(args.threads);  // query index, ms
      std::atomic<bool> failed{false};
      std::string failure;
      std::mutex failure_mutex;
      const auto start = Clock::now();
      const auto soft_stop = start + std::chrono::duration<double>(args.seconds);
      // One full pass of the mix is needed for unbiased percentiles (kinds
      // differ a lot in cost), even when a slow engine needs minutes for it.
      const auto hard_stop = start + std::chrono::duration<double>(std::max(args.seconds * 3, 180.0));
      std::vector<std::thread> threads;
      for (int t = 0; t < args.threads; ++t) {
        threads.emplace_back([&, t] {
          const std::size_t n = queries.size();
          std::size_t done = 0;
          for (std::size_t i = (t * n) / args.threads;; i = (i + 1) % n, ++done) {
            const auto now = Clock::now();
            // At least one pass of the mix per thread unless far over time.
            if ((now >= soft_stop && done >= n) || now >= hard_stop || failed) break;
            try {
              const auto begin = Clock::now();
              (void)sessions[t]->Run(queries[i]);
              samples[t].emplace_back(static_cast<int>(i), Ms(Clock::now() - begin));
            } catch (const std::exception& e) {
              std::lock_guard lock(failure_mutex);
              failure = e.what();
              failed = true;
            }
          }
        });
      }
      for (auto& thread : threads) thread.join();
      if (failed) throw std::runtime_error(failure);
      const double elapsed = Ms(Clock::now() - start) / 1000;
      std::vector<double> all;
      std::map<std::string, std::vector<double>> by_kind;
      for (const auto& thread_samples : samples)
        for (const auto& [index, ms] : thread_samples) {
          all.push_back(ms);
          by_kind[queries[index].kind].push_back(ms);
        }
      json kinds = json::object();
      for (auto& [kind, ms] : by_kind) kinds[kind] = Percentiles(ms);
      out["threads"] = args.threads;
      out["seconds"] = elapsed;
      out["qps"] = all.size() / elapsed;
      out["latency_ms"] = Percentiles(all);
      out["latency_ms_by_kind"] = kinds;
    }
    std::ofstream file(args.out);
    file << out.dump(1) << "\n";
    if (!file) throw std::runtime_error("cannot write " + args.out);
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s driver: %s\n", engine, e.what());
    return 1;
  }
}

int DriverMainWithLoader(int argc, char** argv, const char* engine,
                         const std::function<int(int, char**)>& load, const SessionFactory& factory) {
  if (argc > 1 && std::string_view(argv[1]) == "load") {
    try {
      return load(argc, argv);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s load: %s\n", engine, e.what());
      return 1;
    }
  }
  return DriverMain(argc, argv, engine, factory);
}

}  // namespace bench
