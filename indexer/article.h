// An article as read from the input, before any analysis. Readers fill it;
// the document builder turns it into a Xapian document.
#pragma once

#include <cstdint>
#include <string>

namespace thidua::indexer {

struct Article {
  std::string id;         // unique; becomes the Q<id> term (re-indexing replaces)
  std::string title;      // as read (may be empty: many crawled records have none)
  std::string body;       // as read; paragraphs separated by '\n'
  std::string url;        // may be empty
  std::string source;     // host or publisher, may be empty
  std::string published;  // "YYYY-MM-DD" or empty when the record gives none
  std::string origin;     // "file:line" (JSON Lines) or "file", for messages
  std::uint64_t input_bytes = 0;  // bytes this article took in the input (for MB/s)
};

}  // namespace thidua::indexer
