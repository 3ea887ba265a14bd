// Writes the provinces this project extracted for each article, as
// "<article id>\t<canonical pre-2025 province>" lines, read back from a
// thidua index (Q terms and the provinces value slot). The comparative
// benchmark loads this table into SQLite, PostgreSQL and plain Xapian so
// that every engine filters and counts facets over the same extraction;
// only full-text matching and ranking differ.
//
//   thidua-bench-dump-provinces INDEX_DIR > provinces.tsv
#include <cstdio>
#include <string>
#include <unordered_map>

#include <xapian.h>

#include "analyzers/schema.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: thidua-bench-dump-provinces INDEX_DIR\n");
    return 2;
  }
  try {
    Xapian::Database db(argv[1]);
    std::unordered_map<Xapian::docid, std::string> ids;
    const std::string prefix(thidua::schema::kId);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
      auto posting = db.postlist_begin(*term);
      if (posting != db.postlist_end(*term)) ids[*posting] = (*term).substr(prefix.size());
    }
    std::size_t rows = 0;
    for (auto value = db.valuestream_begin(thidua::schema::kSlotProvinces);
         value != db.valuestream_end(thidua::schema::kSlotProvinces); ++value) {
      const auto id = ids.find(value.get_docid());
      if (id == ids.end()) continue;
      for (const std::string& province : thidua::schema::DecodeList(*value)) {
        std::printf("%s\t%s\n", id->second.c_str(), province.c_str());
        ++rows;
      }
    }
    std::fprintf(stderr, "%zu articles, %zu (article, province) rows\n", ids.size(), rows);
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "thidua-bench-dump-provinces: %s\n", e.get_description().c_str());
    return 1;
  }
  return 0;
}
