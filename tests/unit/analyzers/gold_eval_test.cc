// Evaluates the entity extractor against every hand-annotated gold file
// (tests/gold/*.jsonl) whose articles can be found: the real articles in
// THIDUA_SHARED_DATA/corpus/*.jsonl (seeds and news) and the project's own in
// THIDUA_SOURCE_DIR/corpus/*.jsonl. A gold line annotates only the fields it
// has (a file may cover places only); absent fields are not scored. Prints
// precision/recall/F1 per entity type, per file and overall, and asserts the
// targets overall and on the real articles alone (the project's texts were
// written alongside the extractor, so they alone would flatter it).
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "analyzers/entities.h"
#include "analyzers/schema.h"
#include "analyzers/text.h"

namespace thidua {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Counts {
  double tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp == 0 ? 1 : tp / (tp + fp); }
  double R() const { return tp + fn == 0 ? 1 : tp / (tp + fn); }
  double F1() const { return P() + R() == 0 ? 0 : 2 * P() * R() / (P() + R()); }
};

std::vector<std::string> Syllables(const std::string& key) {
  std::vector<std::string> out;
  std::stringstream ss(key);
  std::string s;
  while (std::getline(ss, s, '-')) {
    if (!s.empty()) out.push_back(s);
  }
  return out;
}

// Units agree when their keys are equal or one is a syllable prefix of the
// other ("dịch vụ" and "dịch vụ công", "tuyến" and "tuyến giao thông").
bool UnitsAgree(const std::string& a, const std::string& b) {
  std::vector<std::string> x = Syllables(schema::Key(a)), y = Syllables(schema::Key(b));
  if (x.empty() || y.empty()) return x == y;
  std::size_t n = std::min(x.size(), y.size());
  return std::equal(x.begin(), x.begin() + n, y.begin());
}

// Models agree when one key's syllables contain the other's (normalised overlap).
bool ModelsAgree(const std::string& a, const std::string& b) {
  std::string x = schema::Key(a), y = schema::Key(b);
  return x.find(y) != std::string::npos || y.find(x) != std::string::npos;
}

template <typename T, typename Eq>
void Match(const std::vector<T>& gold, const std::vector<T>& got, Eq eq, Counts& c, std::vector<std::string>* misses,
           std::vector<std::string>* extras, std::vector<std::pair<T, T>>* pairs = nullptr) {
  std::vector<bool> used(got.size(), false);
  for (const T& g : gold) {
    bool found = false;
    for (std::size_t k = 0; k < got.size(); ++k) {
      if (!used[k] && eq(g, got[k])) {
        used[k] = found = true;
        if (pairs) pairs->push_back({g, got[k]});
        break;
      }
    }
    if (found) {
      c.tp++;
    } else {
      c.fn++;
      if (misses) misses->push_back(json(g).dump());
    }
  }
  for (std::size_t k = 0; k < got.size(); ++k) {
    if (!used[k]) {
      c.fp++;
      if (extras) extras->push_back(json(got[k]).dump());
    }
  }
}

std::map<std::string, json> LoadArticles() {
  std::map<std::string, json> articles;
  std::vector<fs::path> files;
  for (const fs::path corpus : {fs::path(THIDUA_SHARED_DATA) / "corpus", fs::path(THIDUA_SOURCE_DIR) / "corpus"}) {
    if (!fs::is_directory(corpus)) continue;
    for (const auto& entry : fs::directory_iterator(corpus)) {
      if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
    }
  }
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      json j = json::parse(line, nullptr, false);
      if (j.is_object() && j.contains("id")) articles[j["id"].get<std::string>()] = j;
    }
  }
  return articles;
}

std::vector<std::string> Strings(const json& j) {
  std::vector<std::string> out;
  if (j.is_array()) {
    for (const json& x : j) out.push_back(x.get<std::string>());
  }
  return out;
}

// Scores of one group of gold articles (a file, the real ones, all).
struct Scores {
  std::map<std::string, Counts> counts;
  int evaluated = 0, primary_right = 0, primary_total = 0, titles_right = 0, titles_total = 0;

  void Add(const Scores& other) {
    for (const auto& [name, c] : other.counts) {
      counts[name].tp += c.tp;
      counts[name].fp += c.fp;
      counts[name].fn += c.fn;
    }
    evaluated += other.evaluated;
    primary_right += other.primary_right;
    primary_total += other.primary_total;
    titles_right += other.titles_right;
    titles_total += other.titles_total;
  }

  void Print(const std::string& heading) const {
    std::cout << heading << ": " << evaluated << " articles\n";
    std::cout << std::left << std::setw(11) << "  entity" << std::right << std::setw(7) << "P" << std::setw(7) << "R"
              << std::setw(7) << "F1" << std::setw(6) << "tp" << std::setw(6) << "fp" << std::setw(6) << "fn" << "\n";
    for (const auto& [name, c] : counts) {
      std::cout << "  " << std::left << std::setw(9) << name << std::right << std::fixed << std::setprecision(3)
                << std::setw(7) << c.P() << std::setw(7) << c.R() << std::setw(7) << c.F1() << std::setprecision(0)
                << std::setw(6) << c.tp << std::setw(6) << c.fp << std::setw(6) << c.fn << "\n";
    }
    if (primary_total > 0) std::cout << "  primary province: " << primary_right << "/" << primary_total << "\n";
    if (titles_total > 0) std::cout << "  titles of matched people: " << titles_right << "/" << titles_total << " exact\n";
  }
};

// Scores one article's extraction against its gold line (annotated fields only).
void ScoreArticle(const json& gold, const json& got, Scores& scores, std::vector<std::string>& misses,
                  std::vector<std::string>& extras) {
  ++scores.evaluated;
  auto key_eq = [](const std::string& x, const std::string& y) { return schema::Key(x) == schema::Key(y); };
  for (const char* field : {"provinces", "campaigns"}) {
    if (gold.contains(field)) {
      Match(Strings(gold[field]), Strings(got[field]), key_eq, scores.counts[field], &misses, &extras);
    }
  }
  if (gold.contains("models")) {
    Match(Strings(gold["models"]), Strings(got["models"]), ModelsAgree, scores.counts["models"], &misses, &extras);
  }
  if (gold.contains("people")) {
    std::vector<std::string> gold_people, got_people;
    std::map<std::string, std::string> gold_titles, got_titles;
    for (const json& p : gold["people"]) {
      gold_people.push_back(p["name"]);
      gold_titles[p["name"]] = p.value("title", "");
    }
    for (const json& p : got["people"]) {
      got_people.push_back(p["name"]);
      got_titles[p["name"]] = p.value("title", "");
    }
    std::vector<std::pair<std::string, std::string>> people_pairs;
    Match(gold_people, got_people, key_eq, scores.counts["people"], &misses, &extras, &people_pairs);
    for (const auto& [g, x] : people_pairs) {
      ++scores.titles_total;
      if (schema::Key(gold_titles[g]) == schema::Key(got_titles[x])) {
        ++scores.titles_right;
      } else {
        misses.push_back("title of " + g + ": \"" + gold_titles[g] + "\" got \"" + got_titles[x] + "\"");
      }
    }
  }
  if (gold.contains("figures")) {
    std::vector<json> gold_figures(gold["figures"].begin(), gold["figures"].end());
    std::vector<json> got_figures(got["figures"].begin(), got["figures"].end());
    auto figure_eq = [](const json& g, const json& x) {
      double gv = g["value"].get<double>(), xv = x["value"].get<double>();
      return std::fabs(gv - xv) <= 0.005 * std::fabs(gv) + 1e-9 && UnitsAgree(g["unit"], x["unit"]);
    };
    Match(gold_figures, got_figures, figure_eq, scores.counts["figures"], &misses, &extras);
  }
  if (gold.contains("primary_province")) {
    ++scores.primary_total;
    if (gold["primary_province"] == got["primary_province"]) {
      ++scores.primary_right;
    } else {
      misses.push_back("primary " + gold["primary_province"].dump() + " got " + got["primary_province"].dump());
    }
  }
}

TEST(GoldEvalTest, ExtractionMeetsTargetsOnAnnotatedArticles) {
  auto extractor = EntityExtractor::Load(THIDUA_SOURCE_DIR "/data");
  ASSERT_TRUE(extractor.ok()) << extractor.status().message();
  std::map<std::string, json> articles = LoadArticles();
  Scores all, real;
  int missing = 0;
  std::ostringstream errors;
  std::vector<fs::path> gold_files;
  for (const auto& entry : fs::directory_iterator(fs::path(THIDUA_SOURCE_DIR) / "tests" / "gold")) {
    if (entry.path().extension() == ".jsonl") gold_files.push_back(entry.path());
  }
  std::sort(gold_files.begin(), gold_files.end());
  std::vector<std::pair<std::string, Scores>> per_file;
  for (const fs::path& file : gold_files) {
    Scores scores;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      json gold = json::parse(line);
      const std::string id = gold["id"].get<std::string>();
      auto it = articles.find(id);
      if (it == articles.end()) {
        ++missing;
        continue;
      }
      const json& a = it->second;
      std::string title = PrepareText(a.value("title", "")).text;
      std::string body = PrepareText(a.value("body", "")).text;
      std::optional<std::string> hint;
      if (a.contains("published") && a["published"].is_string()) hint = a["published"].get<std::string>();
      Entities e = extractor->Extract(title, body, hint ? std::optional<std::string_view>(*hint) : std::nullopt);
      std::vector<std::string> misses, extras;
      ScoreArticle(gold, ToExtractJson(id, e), scores, misses, extras);
      if (!misses.empty() || !extras.empty()) {
        errors << file.filename().string() << " " << id << "\n";
        for (const auto& m : misses) errors << "  missed " << m << "\n";
        for (const auto& x : extras) errors << "  extra  " << x << "\n";
      }
    }
    per_file.emplace_back(file.filename().string(), scores);
    all.Add(scores);
    // The project's own texts are the tds-* gold (tests/gold/corpus.jsonl).
    if (file.filename() != "corpus.jsonl") real.Add(scores);
  }
  std::cout << errors.str();
  std::cout << "gold lines without an article: " << missing << "\n";
  for (const auto& [name, scores] : per_file) scores.Print(name);
  real.Print("real articles (all files but corpus.jsonl)");
  all.Print("all");

  ASSERT_GE(all.evaluated, 5) << "the five seeds must be found";
  for (Scores* scores : {&all, &real}) {
    EXPECT_GE(scores->counts["provinces"].F1(), 0.95);
    EXPECT_GE(scores->counts["campaigns"].F1(), 0.90);
    EXPECT_GE(scores->counts["figures"].F1(), 0.90);
    EXPECT_GE(scores->counts["people"].F1(), 0.85);
  }
}

}  // namespace
}  // namespace thidua
