// The browsing endpoints: exemplary models, extracted figures, facet value
// search and autocomplete. They read document data only for a bounded number
// of matching documents (kMaxScan, newest or best first).
#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "analyzers/schema.h"
#include "analyzers/text.h"
#include "search/internal.h"
#include "search/searcher_util.h"

namespace thidua {

using namespace search_internal;

namespace {

constexpr Xapian::doccount kMaxScan = 2000;

struct BrowseParams {
  std::string q;
  std::map<std::string, std::vector<std::string>> filters;
  std::map<std::string, std::string> options;  // page, per_page, sort, limit, ...
};

// Splits params into q, filters (validated) and the allowed options.
StatusOr<BrowseParams> SplitParams(const Params& params, std::initializer_list<std::string_view> options,
                                   const std::map<std::string, std::string>& renames = {}) {
  BrowseParams out;
  for (const auto& [raw_name, value] : params) {
    const auto renamed = renames.find(raw_name);
    const std::string& name = renamed != renames.end() ? renamed->second : raw_name;
    if (name == "q") {
      out.q = value;
    } else if (std::find(options.begin(), options.end(), name) != options.end()) {
      out.options[name] = value;
    } else if (IsFilterField(name)) {
      if (Status s = ValidateFilterValue(name, value); !s.ok()) return s;
      out.filters[name].push_back(value);
    } else {
      return Status::InvalidArgument(raw_name + ": unknown parameter");
    }
  }
  return out;
}

StatusOr<int> IntOption(const BrowseParams& p, const std::string& name, int fallback, int low, int high) {
  const auto it = p.options.find(name);
  if (it == p.options.end()) return fallback;
  int v = 0;
  const std::string& s = it->second;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size() || s.empty()) {
    return Status::InvalidArgument(name + ": must be an integer");
  }
  if (v < low || v > high) {
    return Status::InvalidArgument(name + ": must be between " + std::to_string(low) + " and " + std::to_string(high));
  }
  return v;
}

// The strict text query of `text` as Search matches it: syllables typed with
// diacritics as typed, or the folded reading when that matches nothing
// under `filter` (DiacriticMatch). match_only: for counting.
BuiltQuery MatchingTextQuery(Searcher::Impl& impl, std::string_view text, const Xapian::Query& filter,
                             bool match_only) {
  const ParsedQuery parsed = ParseQueryText(text, impl.tokenizer);
  const Gazetteer& gazetteer = impl.resources->gazetteer();
  BuiltQuery built = BuildTextQuery(parsed, gazetteer, impl.tokenizer, DefaultRanking(), match_only);
  if (!built.typed_diacritics) return built;
  BuiltQuery typed =
      BuildTextQuery(parsed, gazetteer, impl.tokenizer, DefaultRanking(), match_only, DiacriticMatch::kTyped);
  Xapian::Enquire probe(impl.db);
  probe.set_weighting_scheme(Xapian::BoolWeight());
  probe.set_query(WithFilter(typed.strict, filter));
  return probe.get_mset(0, 1).empty() ? built : typed;
}

// Matching documents' data, newest first (or best first with q), at most kMaxScan.
std::vector<nlohmann::json> ScanDocuments(Searcher::Impl& impl, const BrowseParams& p, const Filters& filters,
                                          std::string_view has) {
  std::vector<Xapian::Query> parts{Xapian::Query(std::string(schema::kHas) + std::string(has))};
  const Xapian::Query combined = filters.Combined();
  if (!combined.empty()) parts.push_back(combined);
  const Xapian::Query filter(Xapian::Query::OP_AND, parts.begin(), parts.end());
  const BuiltQuery built = MatchingTextQuery(impl, p.q, filter, false);
  Xapian::Enquire enquire(impl.db);
  ConfigureEnquire(enquire, built.match_all ? "newest" : "relevance");
  enquire.set_query(WithFilter(built.strict, filter));
  std::unique_ptr<FigureRangeDecider> decider;
  if (filters.figure.active()) decider = std::make_unique<FigureRangeDecider>(filters.figure);
  const Xapian::MSet mset = enquire.get_mset(0, kMaxScan, 0, nullptr, decider.get());
  std::vector<nlohmann::json> docs;
  for (auto it = mset.begin(); it != mset.end(); ++it) docs.push_back(ParseDocumentData(it.get_document()));
  return docs;
}

nlohmann::json ArticleRef(const nlohmann::json& data) {
  return {{"id", data.value("id", "")},
          {"title", data.value("title", "")},
          {"url", data.contains("url") ? data["url"] : nlohmann::json(nullptr)},
          {"published", data.contains("published") ? data["published"] : nlohmann::json(nullptr)}};
}

const nlohmann::json& EntityList(const nlohmann::json& data, const char* kind) {
  static const nlohmann::json kEmpty = nlohmann::json::array();
  const auto e = data.find("entities");
  if (e == data.end() || !e->is_object()) return kEmpty;
  const auto list = e->find(kind);
  return list != e->end() && list->is_array() ? *list : kEmpty;
}

// Old province names a province filter allows (for per-model/figure checks).
std::vector<std::string> AllowedProvinceKeys(const Gazetteer& gazetteer, const std::vector<std::string>& values) {
  std::vector<std::string> keys;
  for (const std::string& v : values) {
    const ProvinceResolution r = gazetteer.ResolveProvince(v);
    if (r.new_province != nullptr) {
      for (const std::string& old : r.new_province->formed_from) keys.push_back(schema::Key(old));
    } else if (r.old_province != nullptr) {
      keys.push_back(schema::Key(r.old_province->name));
    }
  }
  return keys;
}

nlohmann::json Page(const std::vector<nlohmann::json>& items, int page, int per_page) {
  nlohmann::json out = nlohmann::json::array();
  const std::size_t first = static_cast<std::size_t>(page - 1) * per_page;
  for (std::size_t i = first; i < items.size() && i < first + per_page; ++i) out.push_back(items[i]);
  return out;
}

// Accent-insensitive prefix at the start of any word of the key.
bool KeyPrefixMatch(const std::string& key, const std::string& prefix) {
  if (prefix.empty()) return true;
  if (key.compare(0, prefix.size(), prefix) == 0) return true;
  return key.find("-" + prefix) != std::string::npos;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

StatusOr<nlohmann::json> Searcher::Models(const Params& params) {
  StatusOr<BrowseParams> p = SplitParams(params, {"page", "per_page"});
  if (!p.ok()) return p.status();
  StatusOr<int> page = IntOption(*p, "page", 1, 1, 10000);
  if (!page.ok()) return page.status();
  StatusOr<int> per_page = IntOption(*p, "per_page", 20, 1, 100);
  if (!per_page.ok()) return per_page.status();
  const Gazetteer& gazetteer = impl_->resources->gazetteer();
  StatusOr<Filters> filters = BuildFilters(p->filters, gazetteer);
  if (!filters.ok()) return filters.status();
  // A model is listed under its own province: one of those filtered on.
  std::vector<std::string> allowed;
  if (const auto it = p->filters.find("province"); it != p->filters.end()) allowed = AllowedProvinceKeys(gazetteer, it->second);
  if (const auto it = p->filters.find("province_pre2025"); it != p->filters.end()) {
    for (const std::string& v : it->second) {
      if (const ProvinceInfo* old = gazetteer.ResolveProvince(v).old_province) allowed.push_back(schema::Key(old->name));
    }
  }
  return RunWithRetry(impl_->db, [&]() -> nlohmann::json {
    impl_->db.reopen();
    std::vector<nlohmann::json> models;
    std::unordered_map<std::string, std::size_t> by_key;
    for (const nlohmann::json& data : ScanDocuments(*impl_, *p, *filters, "models")) {
      for (const nlohmann::json& m : EntityList(data, "models")) {
        const std::string name = m.value("name", "");
        const std::string province = m.value("province", "");
        if (name.empty()) continue;
        // Without a province of its own (none in its sentence, no primary
        // province) a model is not listed under a province its article only
        // names in passing ("bưởi Vĩnh Long" in a list of gifts).
        if (!allowed.empty() &&
            (province.empty() || std::find(allowed.begin(), allowed.end(), schema::Key(province)) == allowed.end())) {
          continue;
        }
        // The same name in two provinces is two models ("Chợ 4.0" of Thái
        // Nguyên and of TP.HCM): listing both under the first one's province
        // would misplace the other.
        const std::string key = schema::Key(name) + "\t" + schema::Key(province);
        auto [it, inserted] = by_key.emplace(key, models.size());
        if (inserted) {
          models.push_back({{"name", name}, {"kind", m.value("kind", "")},
                            {"province", province.empty() ? nlohmann::json(nullptr) : nlohmann::json(province)},
                            {"articles", nlohmann::json::array()}});
        }
        nlohmann::json& articles = models[it->second]["articles"];
        const std::string id = data.value("id", "");
        if (articles.empty() || articles.back().value("id", "") != id) articles.push_back(ArticleRef(data));
      }
    }
    std::stable_sort(models.begin(), models.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
      return a["articles"].size() > b["articles"].size();
    });
    return {{"found", models.size()}, {"page", *page}, {"per_page", *per_page}, {"models", Page(models, *page, *per_page)}};
  });
}

StatusOr<nlohmann::json> Searcher::Figures(const Params& params) {
  StatusOr<BrowseParams> p = SplitParams(params, {"page", "per_page", "sort", "format"},
                                         {{"unit", "figure_unit"}, {"min", "figure_min"}, {"max", "figure_max"}});
  if (!p.ok()) return p.status();
  StatusOr<int> page = IntOption(*p, "page", 1, 1, 10000);
  if (!page.ok()) return page.status();
  StatusOr<int> per_page = IntOption(*p, "per_page", 50, 1, 1000);
  if (!per_page.ok()) return per_page.status();
  const std::string sort = p->options.count("sort") ? p->options["sort"] : "-date";
  if (sort != "value" && sort != "-value" && sort != "date" && sort != "-date") {
    return Status::InvalidArgument("sort: must be value, -value, date or -date");
  }
  StatusOr<Filters> filters = BuildFilters(p->filters, impl_->resources->gazetteer());
  if (!filters.ok()) return filters.status();
  const FigureRange range = filters->figure;
  return RunWithRetry(impl_->db, [&]() -> nlohmann::json {
    impl_->db.reopen();
    std::vector<nlohmann::json> figures;
    for (const nlohmann::json& data : ScanDocuments(*impl_, *p, *filters, "figures")) {
      const std::string text = data.value("text", "");
      for (const nlohmann::json& f : EntityList(data, "figures")) {
        const std::string unit = f.value("unit", "");
        const double value = f.value("value", 0.0);
        if (!range.unit_keys.empty() &&
            std::find(range.unit_keys.begin(), range.unit_keys.end(), schema::FigureUnitKey(unit)) == range.unit_keys.end()) {
          continue;
        }
        if (value < range.min || value > range.max) continue;
        std::string sentence;
        const auto s = f.find("sentence");
        if (s != f.end() && s->is_array() && s->size() == 2 && !f.value("in_title", false)) {
          const std::size_t b = (*s)[0].get<std::size_t>(), e = (*s)[1].get<std::size_t>();
          if (b < e && e <= text.size()) sentence = text.substr(b, e - b);
        }
        figures.push_back({{"text", f.value("text", "")}, {"value", value}, {"unit", unit},
                           {"counts", f.value("counts", "")}, {"sentence", sentence}, {"article", ArticleRef(data)}});
      }
    }
    auto date_of = [](const nlohmann::json& f) {
      const nlohmann::json& d = f["article"]["published"];
      return d.is_string() ? d.get<std::string>() : std::string();
    };
    std::stable_sort(figures.begin(), figures.end(), [&](const nlohmann::json& a, const nlohmann::json& b) {
      if (sort == "value") return a["value"].get<double>() < b["value"].get<double>();
      if (sort == "-value") return a["value"].get<double>() > b["value"].get<double>();
      if (sort == "date") return date_of(a) < date_of(b);
      return date_of(a) > date_of(b);
    });
    return {{"found", figures.size()}, {"page", *page}, {"per_page", *per_page}, {"figures", Page(figures, *page, *per_page)}};
  });
}

std::string FiguresToCsv(const nlohmann::json& response) {
  std::string csv = "value,unit,text,counts,sentence,article_id,title,url,published\r\n";
  const auto figures = response.find("figures");
  if (figures == response.end() || !figures->is_array()) return csv;
  auto str = [](const nlohmann::json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  for (const nlohmann::json& f : *figures) {
    const nlohmann::json article = f.value("article", nlohmann::json::object());
    nlohmann::json value = f.value("value", 0.0);
    csv += CsvField(value.dump()) + "," + CsvField(str(f, "unit")) + "," + CsvField(str(f, "text")) + "," +
           CsvField(str(f, "counts")) + "," + CsvField(str(f, "sentence")) + "," + CsvField(str(article, "id")) + "," +
           CsvField(str(article, "title")) + "," + CsvField(str(article, "url")) + "," +
           CsvField(str(article, "published")) + "\r\n";
  }
  return csv;
}

StatusOr<nlohmann::json> Searcher::FacetValues(std::string_view field, const Params& params) {
  const FacetField* facet = FindFacetField(field);
  if (facet == nullptr) {
    return Status::InvalidArgument("field: unknown facet '" + std::string(field) +
                                   "' (province, province_2025, campaign, source, year, month, region)");
  }
  StatusOr<BrowseParams> p = SplitParams(params, {"limit", "query"});
  if (!p.ok()) return p.status();
  StatusOr<int> limit = IntOption(*p, "limit", 10, 1, 1000);
  if (!limit.ok()) return limit.status();
  StatusOr<Filters> filters = BuildFilters(p->filters, impl_->resources->gazetteer());
  if (!filters.ok()) return filters.status();
  const std::string prefix = schema::Key(p->q);
  return RunWithRetry(impl_->db, [&]() -> nlohmann::json {
    impl_->db.reopen();
    Xapian::Query text = Xapian::Query::MatchAll;
    if (p->options.count("query")) {
      text = MatchingTextQuery(*impl_, p->options["query"], filters->Combined(facet->filter), true).strict;
    }
    Xapian::Enquire enquire(impl_->db);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_query(WithFilter(text, filters->Combined(facet->filter)));
    SlotCountSpy spy(facet->slot, facet->list);
    enquire.add_matchspy(&spy);
    std::unique_ptr<FigureRangeDecider> decider;
    if (filters->figure.active()) decider = std::make_unique<FigureRangeDecider>(filters->figure);
    (void)enquire.get_mset(0, 0, impl_->db.get_doccount(), nullptr, decider.get());
    SlotCountSpy::Counts matching;
    for (const auto& [value, count] : spy.counts()) {
      if (KeyPrefixMatch(schema::Key(value), prefix)) matching.emplace(value, count);
    }
    nlohmann::json values = FacetJson(matching, *limit, {});
    for (auto& v : values) v.erase("selected");
    return {{"field", std::string(field)}, {"values", std::move(values)}};
  });
}

}  // namespace thidua
