// thidua-relevance: runs the judged query set (queries.tsv, judgments.tsv)
// against an index and prints nDCG@10 per query, per kind and overall, as
// Markdown for docs/benchmarks.md.
//
//   thidua-relevance --index DIR [--queries F] [--judgments F] [--per-query] [--relax-below N]
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "search/engine.h"
#include "tests/relevance/ndcg.h"

namespace {

std::vector<std::vector<std::string>> ReadTsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

}  // namespace

int main(int argc, char** argv) {
  std::string index, queries = THIDUA_SOURCE_DIR "/tests/relevance/queries.tsv",
                     judgments = THIDUA_SOURCE_DIR "/tests/relevance/judgments.tsv";
  bool per_query = false;
  std::string relax_below;  // the API's relax_below; empty: its default
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--index" && i + 1 < argc) index = argv[++i];
    else if (arg == "--queries" && i + 1 < argc) queries = argv[++i];
    else if (arg == "--judgments" && i + 1 < argc) judgments = argv[++i];
    else if (arg == "--per-query") per_query = true;
    else if (arg == "--relax-below" && i + 1 < argc) relax_below = argv[++i];
    else {
      std::cerr << "usage: thidua-relevance --index DIR [--queries F] [--judgments F] [--per-query] [--relax-below N]\n";
      return 2;
    }
  }
  if (index.empty()) {
    std::cerr << "thidua-relevance: --index is required\n";
    return 2;
  }
  auto resources = thidua::SearchResources::Load();
  if (!resources.ok()) {
    std::cerr << resources.status().message() << "\n";
    return 1;
  }
  auto searcher = thidua::Searcher::Open(index, *resources);
  if (!searcher.ok()) {
    std::cerr << searcher.status().message() << "\n";
    return 1;
  }
  std::map<std::string, std::map<std::string, int>> grades;
  for (const auto& row : ReadTsv(judgments)) {
    if (row.size() >= 3) grades[row[0]][row[1]] = std::stoi(row[2]);
  }
  std::map<std::string, std::pair<double, int>> by_kind;
  double total = 0;
  int count = 0;
  if (per_query) std::cout << "| query | kind | nDCG@10 | found |\n|---|---|---|---|\n";
  for (const auto& row : ReadTsv(queries)) {
    if (row.size() < 2) continue;
    thidua::Params params = {{"q", row[0]}, {"per_page", "10"}, {"highlight", "false"}};
    if (!relax_below.empty()) params.emplace("relax_below", relax_below);
    auto request = thidua::ParseSearchRequest(params);
    if (!request.ok()) {
      std::cerr << row[0] << ": " << request.status().message() << "\n";
      return 1;
    }
    auto response = (*searcher)->Search(*request);
    if (!response.ok()) {
      std::cerr << row[0] << ": " << response.status().message() << "\n";
      return 1;
    }
    std::vector<std::string> ranked;
    for (const auto& hit : (*response)["hits"]) ranked.push_back(hit["id"].get<std::string>());
    const double ndcg = thidua::relevance::NdcgAtK(ranked, grades[row[0]]);
    if (per_query) {
      std::cout << "| " << row[0] << " | " << row[1] << " | " << std::fixed << std::setprecision(3) << ndcg << " | "
                << (*response)["found"] << " |\n";
    }
    by_kind[row[1]].first += ndcg;
    ++by_kind[row[1]].second;
    total += ndcg;
    ++count;
  }
  std::cout << "\n| kind | queries | mean nDCG@10 |\n|---|---|---|\n";
  for (const auto& [kind, sum] : by_kind) {
    std::cout << "| " << kind << " | " << sum.second << " | " << std::fixed << std::setprecision(3)
              << sum.first / sum.second << " |\n";
  }
  std::cout << "| all | " << count << " | " << std::fixed << std::setprecision(3) << (count ? total / count : 0.0)
            << " |\n";
  return 0;
}
