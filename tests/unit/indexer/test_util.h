// Helpers shared by the indexer unit tests: a temporary directory removed at
// the end, file writing, and the shared data's seed files.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <xapian.h>

#include "indexer/document_builder.h"

namespace thidua::indexer::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "thidua-indexer-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) std::abort();
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string Path(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A minimal document for writer tests: the id term, one word, and `data`.
inline Xapian::Document WriterTestDoc(const std::string& id, const std::string& word, const std::string& data) {
  Xapian::Document doc;
  doc.add_boolean_term(IdTerm(id));
  doc.add_term(word);
  doc.set_data(data);
  return doc;
}

inline void WriteFile(const std::string& path, const std::string& content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
}

inline std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::string SeedPath(const std::string& prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(std::string(THIDUA_SHARED_DATA) + "/seeds")) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) return entry.path().string();
  }
  return {};
}

inline std::string DataDir() {
  if (const char* env = std::getenv("THIDUA_DATA_DIR"); env != nullptr && *env != '\0') return env;
  return THIDUA_DATA_DIR;
}

}  // namespace thidua::indexer::testing
