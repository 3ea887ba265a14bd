// Searcher: one Xapian::Database per thread; Search puts query, filters,
// facets, snippets and did_you_mean together.
#include <chrono>
#include <cmath>
#include <cstdlib>

#include "analyzers/schema.h"
#include "indexer/index_layout.h"
#include "search/accent_restoration.h"
#include "search/internal.h"
#include "search/searcher_util.h"

namespace thidua {

using namespace search_internal;

// ---- SearchResources.

SearchResources::SearchResources() : impl_(std::make_unique<Impl>()) {}
SearchResources::~SearchResources() = default;

StatusOr<std::shared_ptr<const SearchResources>> SearchResources::Load(const std::string& data_dir) {
  std::string dir = data_dir;
  if (dir.empty()) {
    const char* env = std::getenv("THIDUA_DATA_DIR");
    dir = (env != nullptr && *env != '\0') ? env : THIDUA_DATA_DIR;
  }
  StatusOr<Gazetteer> gazetteer = Gazetteer::Load(dir);
  if (!gazetteer.ok()) return gazetteer.status();
  std::shared_ptr<SearchResources> resources(new SearchResources());
  resources->impl_->gazetteer = std::make_unique<Gazetteer>(std::move(gazetteer).value());
  return std::shared_ptr<const SearchResources>(std::move(resources));
}

const Gazetteer& SearchResources::gazetteer() const { return *impl_->gazetteer; }

namespace search_internal {

std::shared_ptr<const Vocabulary> VocabularyFor(const SearchResources& resources, const std::string& path,
                                                const Xapian::Database& db) {
  SearchResources::Impl& impl = resources.impl();
  std::lock_guard lock(impl.mutex);
  auto& cached = impl.vocabularies[path];
  const double count = db.get_doccount();
  // Rebuilt when the index has grown or shrunk by more than a tenth.
  if (cached == nullptr || std::fabs(count - cached->doccount_at_build()) > 0.1 * std::max(count, 10.0)) {
    cached = Vocabulary::Build(db);
  }
  return cached;
}

}  // namespace search_internal

// ---- Searcher.

namespace {

// Opens index_dir as Xapian::Database(index_dir) does, also for a sharded
// index (a XAPIANDB stub of "auto <shard>" lines, indexer/index_layout.h),
// and keeps a handle on each shard: they share the combined database's
// snapshot, and their revisions name it (IndexSnapshotKey). A stub of any
// other kind is left to Xapian, without shard handles.
Xapian::Database OpenIndex(const std::string& index_dir, std::vector<Xapian::Database>* shards) {
  shards->clear();
  StatusOr<indexer::IndexLayout> layout = indexer::ReadIndexLayout(index_dir);
  if (!layout.ok() || !layout->sharded()) {
    Xapian::Database db(index_dir);  // a plain index, or Xapian's own error
    if (db.size() == 1) shards->push_back(db);
    return db;
  }
  Xapian::Database combined;
  for (const std::string& path : layout->shard_paths) {
    shards->emplace_back(path);
    combined.add_database(shards->back());
  }
  return combined;
}

}  // namespace

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

StatusOr<std::unique_ptr<Searcher>> Searcher::Open(const std::string& index_dir,
                                                   std::shared_ptr<const SearchResources> resources) {
  if (resources == nullptr) return Status::Internal("Searcher::Open: no resources");
  auto impl = std::make_unique<Impl>();
  impl->path = index_dir;
  impl->resources = std::move(resources);
  try {
    impl->db = OpenIndex(index_dir, &impl->shards);
    impl->vocabulary = VocabularyFor(*impl->resources, index_dir, impl->db);
  } catch (const Xapian::Error& e) {
    return Status::Unavailable("index: cannot open " + index_dir + ": " + e.get_description());
  }
  return std::unique_ptr<Searcher>(new Searcher(std::move(impl)));
}

Xapian::doccount Searcher::DocCount() {
  try {
    return impl_->db.get_doccount();
  } catch (const Xapian::Error&) {
    Reopen();
    try {
      return impl_->db.get_doccount();
    } catch (const Xapian::Error&) {
      return 0;
    }
  }
}

void Searcher::Reopen() {
  try {
    if (impl_->db.reopen()) impl_->vocabulary = VocabularyFor(*impl_->resources, impl_->path, impl_->db);
  } catch (const Xapian::Error&) {
    // The shards opened may be gone (an index swapped in by rename, or its
    // shards merged by --compact): open the directory afresh, else keep the
    // old view and let the next request retry.
    try {
      std::vector<Xapian::Database> shards;
      Xapian::Database db = OpenIndex(impl_->path, &shards);
      impl_->db = db;
      impl_->shards = std::move(shards);
      impl_->vocabulary = VocabularyFor(*impl_->resources, impl_->path, impl_->db);
    } catch (const Xapian::Error&) {
    }
  }
}

namespace {

// The hit's fields from the stored data: read directly when it has the
// usual shape, else from the whole parsed JSON (same result either way).
HitFields ReadHit(const Xapian::Document& doc, bool want_text) {
  HitFields fields;
  if (ReadHitFields(doc.get_data(), want_text, &fields)) return fields;
  const nlohmann::json data = ParseDocumentData(doc);
  fields = HitFields{};
  auto optional_string = [&](const char* key) -> std::optional<std::string> {
    const auto it = data.find(key);
    if (it == data.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
  };
  fields.id = optional_string("id").value_or("");
  fields.title = optional_string("title").value_or("");
  fields.url = optional_string("url");
  fields.source = optional_string("source");
  fields.published = optional_string("published");
  fields.title_source = optional_string("title_source");
  if (want_text) fields.text = optional_string("text").value_or("");
  const auto entities = data.find("entities");
  if (entities != data.end() && entities->is_object()) {
    const auto list = entities->find("figures");
    if (list != entities->end()) fields.figures = *list;
  }
  return fields;
}

nlohmann::json OptionalJson(std::optional<std::string>& value) {
  return value ? nlohmann::json(std::move(*value)) : nlohmann::json(nullptr);
}

nlohmann::json HitJson(const Xapian::MSetIterator& item, const HighlightTerms& highlight, bool with_snippets,
                       Tokenizer& tokenizer) {
  const Xapian::Document doc = item.get_document();
  HitFields data = ReadHit(doc, with_snippets);
  nlohmann::json hit;
  hit["id"] = std::move(data.id);
  hit["title"] = std::move(data.title);
  if (data.title_source) hit["title_source"] = std::move(*data.title_source);
  hit["url"] = OptionalJson(data.url);
  hit["source"] = OptionalJson(data.source);
  hit["published"] = OptionalJson(data.published);
  hit["score"] = std::round(item.get_weight() * 1e4) / 1e4;
  nlohmann::json snippets = nlohmann::json::array();
  if (with_snippets) {
    for (std::string& s : MakeSnippets(data.text, highlight, tokenizer)) snippets.push_back(std::move(s));
  }
  hit["snippets"] = std::move(snippets);
  hit["provinces"] = ListValue(doc, schema::kSlotProvinces);
  hit["provinces_2025"] = ListValue(doc, schema::kSlotProvinces2025);
  hit["campaigns"] = ListValue(doc, schema::kSlotCampaigns);
  nlohmann::json figures = nlohmann::json::array();
  if (data.figures.is_array()) {
    for (const auto& f : data.figures) {
      figures.push_back({{"text", f.value("text", "")}, {"value", f.value("value", 0.0)}, {"unit", f.value("unit", "")}});
    }
  }
  hit["figures"] = std::move(figures);
  return hit;
}

}  // namespace

StatusOr<nlohmann::json> Searcher::Search(const SearchRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  Impl& impl = *impl_;
  const Gazetteer& gazetteer = impl.resources->gazetteer();
  StatusOr<Filters> filters = BuildFilters(request.filters, gazetteer);
  if (!filters.ok()) return filters.status();
  const ParsedQuery parsed = ParseQueryText(request.q, impl.tokenizer);
  const BuiltQuery built =
      BuildTextQuery(parsed, gazetteer, impl.tokenizer, DefaultRanking(), false, DiacriticMatch::kFolded, &impl.db);
  const BuiltQuery counting = BuildTextQuery(parsed, gazetteer, impl.tokenizer, DefaultRanking(), true);
  // Syllables typed with diacritics first match only as typed; the folded
  // reading is the fallback (see DiacriticMatch).
  std::optional<BuiltQuery> typed, typed_counting;
  if (built.typed_diacritics) {
    typed =
        BuildTextQuery(parsed, gazetteer, impl.tokenizer, DefaultRanking(), false, DiacriticMatch::kTyped, &impl.db);
    typed_counting = BuildTextQuery(parsed, gazetteer, impl.tokenizer, DefaultRanking(), true, DiacriticMatch::kTyped);
  }

  auto run = [&]() -> nlohmann::json {
    Reopen();  // sees a running indexer's commits; refreshes the vocabulary when it grew
    Xapian::Enquire enquire(impl.db);
    ConfigureEnquire(enquire, request.sort);
    std::unique_ptr<FigureRangeDecider> decider;
    if (filters->figure.active()) decider = std::make_unique<FigureRangeDecider>(filters->figure);

    // Facets whose own field is filtered are counted in separate count-only
    // matches without that filter (disjunctive faceting).
    std::vector<const FacetField*> facet_fields;
    for (const std::string& name : request.facets) facet_fields.push_back(FindFacetField(name));
    auto field_filtered = [&](const FacetField* f) {
      for (const FieldFilter& ff : filters->fields) {
        if (ff.field == f->filter) return true;
      }
      return false;
    };

    const Xapian::Query all_filters = filters->Combined();
    const Xapian::doccount first = static_cast<Xapian::doccount>((request.page - 1) * request.per_page);
    // did_you_mean first: for a query typed without any diacritics its
    // reading also boosts the documents that use it (accent restoration).
    std::optional<std::string> did_you_mean;
    if (impl.vocabulary != nullptr && !parsed.empty()) did_you_mean = DidYouMean(parsed, *impl.vocabulary, impl.db);
    // The restored reading's syllables count as exact matches in snippets.
    HighlightTerms restored_highlight = built.highlight;
    const Xapian::Query restoration =
        did_you_mean ? AccentRestorationBoost(parsed, *did_you_mean, impl.tokenizer, impl.db, DefaultRanking(),
                                              &restored_highlight.exact)
                     : Xapian::Query();
    auto restored = [&](const Xapian::Query& q) {
      return restoration.empty() ? q : Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, restoration);
    };
    // Each attempt (strict, then the relaxed fallbacks) is a ranked query
    // and its match-only twin with the same match set. Exact counts (found,
    // facets) need every match: the twin visits them under BoolWeight, with
    // no BM25 and no optional terms. The ranked query then only has to find
    // the page, and Xapian can skip documents that cannot reach it.
    // relaxed: what the attempt gives up, reported in the response ("relaxed").
    // fill: the attempt's match set with one word dropped (N-1 of N), which
    // goes on after its own matches when they are fewer than relax_below.
    struct Attempt {
      Xapian::Query ranked, match_only;
      const HighlightTerms* highlight;
      const char* relaxed;  // nullptr, "diacritics" or "words"
      Xapian::Query fill;
    };
    std::vector<Attempt> attempts;
    if (typed) {
      attempts.push_back({typed->strict, typed_counting->strict, &typed->highlight, nullptr, typed_counting->relaxed});
    }
    attempts.push_back({restored(built.strict), counting.strict, &restored_highlight, typed ? "diacritics" : nullptr,
                        counting.relaxed});
    if (!built.relaxed.empty()) {
      attempts.push_back({restored(built.relaxed), counting.relaxed, &restored_highlight, "words", {}});
    }
    if (!built.relaxed_any.empty()) {
      attempts.push_back({restored(built.relaxed_any), counting.relaxed_any, &restored_highlight, "words", {}});
    }
    // Orders every document with all the words before those missing one:
    // BM25 weights of this index stay far below it.
    constexpr double kAllWordsBonus = 1e6;
    std::optional<Xapian::doccount> all_words;  // set when the results were filled
    const HighlightTerms* highlight = &restored_highlight;
    const char* relaxed = nullptr;
    Xapian::MSet mset;
    Xapian::Query text_query;  // the match-only query of the attempt used
    Xapian::doccount found = 0;
    std::vector<std::unique_ptr<SlotCountSpy>> spies(facet_fields.size());
    // Per shard: its revision names the snapshot its facet columns hold.
    const std::vector<Xapian::rev> snapshot = IndexSnapshotKey(impl.shards);
    auto column_for = [&](std::size_t shard, Xapian::valueno slot, bool list) {
      // The uuid tells a shard from the database that replaced it (--compact)
      // at the same revision number.
      return FacetColumnFor(*impl.resources, impl.path + "#" + impl.shards[shard].get_uuid(), impl.shards[shard], slot,
                            list, {snapshot[shard]});
    };
    auto make_spy = [&](const FacetField& f) { return std::make_unique<SlotCountSpy>(f.slot, f.list); };
    // Every match of `query` under BoolWeight, shown to `spies`: the exact
    // count. Shard by shard when their snapshots are known, so that each
    // spy counts from that shard's columns.
    auto count_in = [&](const Xapian::Database& db, const Xapian::Query& query,
                        const std::vector<SlotCountSpy*>& spies_to_feed) {
      Xapian::Enquire counter(db);
      counter.set_weighting_scheme(Xapian::BoolWeight());
      counter.set_query(query);
      for (SlotCountSpy* spy : spies_to_feed) counter.add_matchspy(spy);
      return counter.get_mset(0, 0, db.get_doccount(), nullptr, decider.get()).get_matches_estimated();
    };
    auto count_matches = [&](const Xapian::Query& query, const std::vector<SlotCountSpy*>& spies_to_feed) {
      if (snapshot.empty()) return count_in(impl.db, query, spies_to_feed);
      Xapian::doccount total = 0;
      for (std::size_t shard = 0; shard < impl.shards.size(); ++shard) {
        for (SlotCountSpy* spy : spies_to_feed) spy->UseColumn(column_for(shard, spy->slot(), spy->list()));
        total += count_in(impl.shards[shard], query, spies_to_feed);
      }
      return total;
    };
    auto fresh_spies = [&]() {
      std::vector<SlotCountSpy*> unfiltered;
      for (std::size_t i = 0; i < facet_fields.size(); ++i) {
        if (field_filtered(facet_fields[i])) continue;
        spies[i] = make_spy(*facet_fields[i]);
        unfiltered.push_back(spies[i].get());
      }
      return unfiltered;
    };
    for (const Attempt& attempt : attempts) {
      text_query = attempt.match_only;
      highlight = attempt.highlight;
      relaxed = attempt.relaxed;
      found = count_matches(WithFilter(attempt.match_only, all_filters), fresh_spies());
      if (found == 0) continue;
      Xapian::Query ranked = attempt.ranked;
      Xapian::doccount strict_found = found;
      if (static_cast<int>(found) < request.relax_below && request.sort == "relevance" &&
          !attempt.fill.empty()) {
        found = count_matches(WithFilter(attempt.fill, all_filters), fresh_spies());
      }
      if (found > strict_found) {  // a superset: equal counts mean nothing was added
        all_words = strict_found;
        text_query = attempt.fill;
        relaxed = "words";
        // Every-word documents keep their own ranking, lifted above the rest;
        // the others by BM25 over the words they hold, without pair boosts:
        // a pair among the remaining words ("giảm mạnh") must not lift an
        // article that lacks the rarest word ("Bitcoin") above one that has it.
        Xapian::Query bonus(
            Xapian::Query::OP_FILTER,
            Xapian::Query((new Xapian::FixedWeightPostingSource(kAllWordsBonus))->release()), attempt.match_only);
        ranked = Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_AND_MAYBE, attempt.ranked, bonus),
                               Xapian::Query(Xapian::Query::OP_AND_NOT, attempt.fill, attempt.match_only));
      }
      enquire.set_query(WithFilter(ranked, all_filters));
      mset = enquire.get_mset(first, static_cast<Xapian::doccount>(request.per_page), 0, nullptr, decider.get());
      break;
    }

    nlohmann::json out;
    out["found"] = found;
    out["page"] = request.page;
    out["per_page"] = request.per_page;
    nlohmann::json hits = nlohmann::json::array();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      hits.push_back(HitJson(it, *highlight, request.highlight, impl.tokenizer));
      if (all_words && it.get_weight() >= kAllWordsBonus) {
        hits.back()["score"] = std::round((it.get_weight() - kAllWordsBonus) * 1e4) / 1e4;  // as HitJson rounds
      }
    }
    nlohmann::json facets = nlohmann::json::object();
    for (std::size_t i = 0; i < facet_fields.size(); ++i) {
      const FacetField& f = *facet_fields[i];
      std::vector<std::string> selected;
      for (const FieldFilter& ff : filters->fields) {
        if (ff.field == f.filter) selected = ff.selected_keys;
      }
      if (spies[i] == nullptr) {
        spies[i] = make_spy(f);
        (void)count_matches(WithFilter(text_query, filters->Combined(f.filter)), {spies[i].get()});
      }
      facets[std::string(f.name)] = FacetJson(spies[i]->counts(), request.facet_limit, selected);
    }
    out["hits"] = std::move(hits);
    out["facets"] = std::move(facets);
    out["did_you_mean"] = did_you_mean ? nlohmann::json(*did_you_mean) : nlohmann::json(nullptr);
    out["relaxed"] = found > 0 && relaxed != nullptr ? nlohmann::json(relaxed) : nlohmann::json(nullptr);
    // With a fill: how many documents hold every word (they come first).
    out["found_all_words"] = all_words ? nlohmann::json(*all_words) : nlohmann::json(nullptr);
    return out;
  };
  StatusOr<nlohmann::json> result = RunWithRetry(impl.db, run);
  if (!result.ok()) return result;
  const double took = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  (*result)["took_ms"] = std::round(took * 1000) / 1000;
  return result;
}

StatusOr<nlohmann::json> Searcher::GetDocument(std::string_view id, bool raw) {
  Impl& impl = *impl_;
  return RunWithRetry(impl.db, [&]() -> StatusOr<nlohmann::json> {
    impl.db.reopen();
    const std::string term = std::string(schema::kId) + std::string(id);
    Xapian::PostingIterator it = impl.db.postlist_begin(term);
    if (id.empty() || it == impl.db.postlist_end(term)) {
      return Status::NotFound("document '" + std::string(id) + "' not found");
    }
    nlohmann::json data = ParseDocumentData(impl.db.get_document(*it));
    if (raw) {
      if (!data.contains("raw")) data["raw"] = data.value("text", "");
    } else {
      data.erase("raw");
    }
    return data;
  });
}

}  // namespace thidua
