// The "plain Xapian" peer: what a user gets from Xapian without any
// Vietnamese handling. Indexing uses Xapian::TermGenerator with its
// defaults (no stemmer; the title indexed with wdf 2, then the body), and
// querying Xapian::QueryParser with its defaults (default operator OR,
// phrases, boolean and +/- operators). Province filters and facets use the
// project's extracted provinces (bench/dump_provinces.cc) as boolean terms
// and a value slot counted by a MatchSpy over the whole match (exact).
//
//   thidua-bench-xapian index --db DIR [--provinces TSV] FILE.jsonl...
//   thidua-bench-xapian latency|run --db DIR ...   (see bench/driver.h)
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "bench/driver.h"

namespace {

constexpr Xapian::valueno kProvinceSlot = 0;  // provinces joined by '\n'
const std::string kProvincePrefix = "XP";

class ProvinceSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double) override {
    const std::string value = doc.get_value(kProvinceSlot);
    std::size_t begin = 0;
    while (begin < value.size()) {
      std::size_t end = value.find('\n', begin);
      if (end == std::string::npos) end = value.size();
      ++counts[value.substr(begin, end - begin)];
      begin = end + 1;
    }
  }
  std::map<std::string, long long> counts;
};

class XapianSession : public bench::EngineSession {
 public:
  explicit XapianSession(const std::string& dir) : db_(dir) { parser_.set_database(db_); }

  bench::QueryResult Run(const bench::BenchQuery& query) override {
    bench::QueryResult result;
    Xapian::Query parsed;
    try {
      parsed = parser_.parse_query(query.text);
    } catch (const Xapian::QueryParserError&) {
      return result;  // what an application would show: no results
    }
    if (!query.province.empty())
      parsed = Xapian::Query(Xapian::Query::OP_FILTER, parsed, Xapian::Query(kProvincePrefix + query.province));
    Xapian::Enquire enquire(db_);
    enquire.set_query(parsed);
    ProvinceSpy spy;
    if (query.facet) enquire.add_matchspy(&spy);
    const Xapian::MSet mset = enquire.get_mset(0, 10, query.facet ? db_.get_doccount() : 0);
    for (auto it = mset.begin(); it != mset.end(); ++it) {  // data: "<id>\t<title>", as a results page needs
      const std::string data = it.get_document().get_data();
      result.ids.push_back(data.substr(0, data.find('\t')));
    }
    result.found = mset.get_matches_estimated();
    if (query.facet) {
      std::vector<std::pair<std::string, long long>> counts(spy.counts.begin(), spy.counts.end());
      std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
      if (counts.size() > 10) counts.resize(10);
      result.facet = std::move(counts);
    }
    return result;
  }

 private:
  Xapian::Database db_;
  Xapian::QueryParser parser_;
};

int Index(int argc, char** argv) {
  std::string dir, provinces_path;
  std::vector<std::string> inputs;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--db") && i + 1 < argc) dir = argv[++i];
    else if (!std::strcmp(argv[i], "--provinces") && i + 1 < argc) provinces_path = argv[++i];
    else inputs.push_back(argv[i]);
  }
  if (dir.empty() || inputs.empty()) throw std::invalid_argument("index --db DIR [--provinces TSV] FILE.jsonl...");
  std::unordered_map<std::string, std::vector<std::string>> provinces;
  for (auto& [id, province] : bench::ReadProvinceTable(provinces_path)) provinces[id].push_back(province);
  Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  std::size_t count = 0;
  const std::size_t bytes = bench::ForEachArticle(inputs, [&](const std::string& id, const std::string& title,
                                                             const std::string& body) {
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(title, 2);
    generator.increase_termpos();
    generator.index_text(body);
    const std::string id_term = "Q" + id;
    doc.add_boolean_term(id_term);
    std::string joined;
    if (const auto found = provinces.find(id); found != provinces.end())
      for (const std::string& province : found->second) {
        doc.add_boolean_term(kProvincePrefix + province);
        joined += (joined.empty() ? "" : "\n") + province;
      }
    if (!joined.empty()) doc.add_value(kProvinceSlot, joined);
    doc.set_data(id + "\t" + title);
    db.replace_document(id_term, doc);
    ++count;
  });
  db.commit();
  std::fprintf(stderr, "indexed %zu articles, %zu bytes\n", count, bytes);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && !std::strcmp(argv[1], "index")) {
    try {
      return Index(argc, argv);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "xapian index: %s\n", e.what());
      return 1;
    } catch (const Xapian::Error& e) {
      std::fprintf(stderr, "xapian index: %s\n", e.get_description().c_str());
      return 1;
    }
  }
  return bench::DriverMain(argc, argv, "plain-xapian", [](const std::string& db) {
    return std::make_unique<XapianSession>(db);
  });
}
