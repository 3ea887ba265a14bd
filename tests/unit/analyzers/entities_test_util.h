// Shared by the entities_*_test.cc files: one extractor loaded from data/.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "analyzers/entities.h"
#include "analyzers/text.h"

namespace thidua::testing {

inline const EntityExtractor& Extractor() {
  static const EntityExtractor* extractor = [] {
    auto loaded = EntityExtractor::Load(THIDUA_SOURCE_DIR "/data");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return new EntityExtractor(std::move(loaded).value());
  }();
  return *extractor;
}

inline Entities ExtractBody(const std::string& body, const std::string& title = "",
                            std::optional<std::string_view> hint = std::nullopt) {
  return Extractor().Extract(PrepareText(title).text, PrepareText(body).text, hint);
}

inline bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// A table row for people: the body and the (name, title) pairs expected, in
// order. TEST_P(PersonTest, ...) lives in entities_people_test.cc; other
// files add their own INSTANTIATE_TEST_SUITE_P rows.
struct PersonCase {
  const char* name;
  const char* body;
  std::vector<std::pair<std::string, std::string>> people;  // name, title
};

class PersonTest : public ::testing::TestWithParam<PersonCase> {};

}  // namespace thidua::testing
