// Whether a line names someone or somewhere the rest of a page does not:
// the test that tells a block of related-article headlines (other stories,
// other people and places: "Ủy ban MTTQ tỉnh Bến Tre tập huấn ...") from the
// captions of a photo story (the article's own subject: "Kim Kardashian hóa
// trang thành ..."), which look alike line by line.
#pragma once

#include <string_view>
#include <vector>

namespace thidua::indexer {

// True when lines[i] holds a name (two or more capitalised words in a row,
// surrounding punctuation ignored) that occurs in none of the other lines.
bool HasForeignName(const std::vector<std::string_view>& lines, std::size_t i);

}  // namespace thidua::indexer
