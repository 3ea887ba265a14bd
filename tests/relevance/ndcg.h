// nDCG@k for graded judgments (gain 2^grade - 1, log2 discount), shared by
// the relevance evaluator and the unit tests.
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace thidua::relevance {

// ranked: result ids best first; grades: judged id -> grade (absent = 0).
inline double NdcgAtK(const std::vector<std::string>& ranked, const std::map<std::string, int>& grades,
                      std::size_t k = 10) {
  auto gain = [](int grade) { return std::pow(2.0, grade) - 1.0; };
  double dcg = 0;
  for (std::size_t i = 0; i < ranked.size() && i < k; ++i) {
    const auto it = grades.find(ranked[i]);
    if (it != grades.end()) dcg += gain(it->second) / std::log2(static_cast<double>(i) + 2.0);
  }
  std::vector<int> ideal;
  for (const auto& [id, grade] : grades) ideal.push_back(grade);
  std::sort(ideal.rbegin(), ideal.rend());
  double idcg = 0;
  for (std::size_t i = 0; i < ideal.size() && i < k; ++i) idcg += gain(ideal[i]) / std::log2(static_cast<double>(i) + 2.0);
  return idcg > 0 ? dcg / idcg : 0.0;
}

}  // namespace thidua::relevance
