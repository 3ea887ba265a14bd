// Test helper: real sentences from the shared seed articles, read at run time
// (the articles' licence forbids copying them into the repository).
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace thidua::testing {

inline std::string SeedPath(std::string_view file) {
  return std::string(THIDUA_SHARED_DATA) + "/seeds/" + std::string(file);
}

inline std::string ReadSeed(std::string_view file) {
  std::ifstream in(SeedPath(file), std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

inline constexpr std::string_view kSeedFiles[] = {
    "000_47d23a2cca7c6a69.txt", "001_faf71a337576cf26.txt", "002_28258ec4c37a6285.txt",
    "003_bbe129546662a061.txt", "004_5aab7b56290a6685.txt"};

// The sentence (text between '.', '!', '?' followed by a space, or line
// breaks) of the seed file that contains needle; empty when absent.
inline std::string SentenceWith(std::string_view file, std::string_view needle) {
  const std::string text = ReadSeed(file);
  const std::size_t at = text.find(needle);
  if (at == std::string::npos) return {};
  std::size_t begin = at;
  while (begin > 0) {
    const char c = text[begin - 1];
    if (c == '\n') break;
    if ((c == ' ') && begin >= 2 &&
        (text[begin - 2] == '.' || text[begin - 2] == '!' || text[begin - 2] == '?')) {
      break;
    }
    --begin;
  }
  std::size_t end = at + needle.size();
  while (end < text.size() && text[end] != '\n') {
    if ((text[end] == '.' || text[end] == '!' || text[end] == '?') &&
        (end + 1 == text.size() || text[end + 1] == ' ' || text[end + 1] == '\n')) {
      ++end;
      break;
    }
    ++end;
  }
  return text.substr(begin, end - begin);
}

}  // namespace thidua::testing
