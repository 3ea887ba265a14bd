// Analyzer throughput: PrepareText + Tokenize + AppendIndexTerms over the
// body and title of every record of a JSON Lines corpus, on one thread.
//
//   thidua-bench-analyzer [corpus.jsonl] [rounds]
//
// Prints MB/s (MB = 10^6 bytes of raw body+title UTF-8) for each round, by
// wall-clock time and by the process's CPU time (the fair figure on a busy
// machine: one thread, so CPU time is time on one core), and the best round;
// the corpus is read into memory first, so I/O is excluded.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzers/text.h"
#include "analyzers/tokenizer.h"

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : "../shared/data/corpus/unc.jsonl";
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", path.c_str());
    return 1;
  }
  std::vector<std::pair<std::string, std::string>> records;  // title, body
  std::size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (record.is_discarded()) continue;
    records.emplace_back(record.value("title", ""), record.value("body", ""));
    bytes += records.back().first.size() + records.back().second.size();
  }
  std::printf("corpus %s: %zu records, %.2f MB (body+title)\n", path.c_str(), records.size(),
              bytes / 1e6);
  thidua::Tokenizer tokenizer;
  std::vector<thidua::IndexTerm> terms;
  double best = 0;
  double best_wall = 0;
  for (int round = 0; round < rounds; ++round) {
    std::size_t term_count = 0, token_count = 0;
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    for (const auto& [title, body] : records) {
      terms.clear();
      const thidua::PreparedText prepared_title = thidua::PrepareText(title);
      const std::vector<thidua::Token> title_tokens = tokenizer.Tokenize(prepared_title.text);
      thidua::AppendIndexTerms(title_tokens, thidua::Field::kTitle, terms);
      const thidua::PreparedText prepared_body = thidua::PrepareText(body);
      const std::vector<thidua::Token> body_tokens = tokenizer.Tokenize(prepared_body.text);
      thidua::AppendIndexTerms(body_tokens, thidua::Field::kBody, terms);
      token_count += title_tokens.size() + body_tokens.size();
      term_count += terms.size();
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    const double mb_per_s = bytes / 1e6 / seconds;
    const double cpu_mb_per_s = bytes / 1e6 / cpu_seconds;
    best = std::max(best, cpu_mb_per_s);
    best_wall = std::max(best_wall, mb_per_s);
    std::printf("round %d: wall %.3f s = %.1f MB/s, cpu %.3f s = %.1f MB/s, %zu tokens, %zu terms\n",
                round + 1, seconds, mb_per_s, cpu_seconds, cpu_mb_per_s, token_count, term_count);
  }
  std::printf("best: %.1f MB/s (cpu time), %.1f MB/s (wall)\n", best, best_wall);
  return 0;
}
