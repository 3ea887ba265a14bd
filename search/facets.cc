// Exact facet counts: a MatchSpy over value slots, run with check_at_least =
// doccount so every matching document is seen (never sampled). The values
// come from an in-memory FacetColumn of the same index snapshot when there is
// one, else from Xapian's value streams; both give the same counts.
#include <algorithm>

#include "analyzers/schema.h"
#include "search/internal.h"

namespace thidua::search_internal {

namespace {
constexpr FacetField kFacetFields[] = {
    {"province", schema::kSlotProvinces, true, "province"},
    {"province_2025", schema::kSlotProvinces2025, true, "province_2025"},
    {"campaign", schema::kSlotCampaigns, true, "campaign"},
    {"source", schema::kSlotSource, false, "source"},
    {"year", schema::kSlotYear, false, "year"},
    {"month", schema::kSlotMonth, false, "month"},
    {"region", schema::kSlotRegions, true, "region"},
};
}  // namespace

const FacetField* FindFacetField(std::string_view name) {
  for (const FacetField& f : kFacetFields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

// A stale column is rebuilt at most this often per slot: while a writer
// commits every few seconds, requests count from the value streams instead
// of re-reading the whole slot after each commit.
constexpr auto kColumnRebuildInterval = std::chrono::seconds(10);

std::shared_ptr<const FacetColumn> FacetColumn::Build(const Xapian::Database& db, Xapian::valueno slot, bool list,
                                                      std::vector<Xapian::rev> key) {
  auto column = std::make_shared<FacetColumn>();
  column->key_ = std::move(key);
  const Xapian::docid last = db.get_lastdocid();
  column->offsets_.assign(static_cast<std::size_t>(last) + 2, 0);
  std::unordered_map<std::string, std::uint32_t, SlotCountSpy::Hash, std::equal_to<>> id_of;
  auto add = [&](std::string_view item) {
    if (item.empty()) return;
    auto it = id_of.find(item);
    if (it == id_of.end()) {
      it = id_of.emplace(std::string(item), static_cast<std::uint32_t>(column->names_.size())).first;
      column->names_.emplace_back(item);
    }
    column->ids_.push_back(it->second);
  };
  std::size_t next = 0;  // first docid whose offset is not set yet
  auto fill_to = [&](std::size_t did) {
    while (next <= did) column->offsets_[next++] = static_cast<std::uint32_t>(column->ids_.size());
  };
  // The value stream yields docids in ascending order, for a sharded index too.
  for (Xapian::ValueIterator it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    const Xapian::docid did = it.get_docid();
    if (did > last) break;  // cannot happen in one snapshot
    fill_to(did);
    const std::string value = *it;
    if (list) {
      ForEachListItem(value, add);
    } else {
      add(value);
    }
    if (column->ids_.size() >= UINT32_MAX - 1024) return nullptr;  // offsets are 32-bit
  }
  fill_to(static_cast<std::size_t>(last) + 1);
  return column;
}

std::vector<Xapian::rev> IndexSnapshotKey(const std::vector<Xapian::Database>& shards) {
  std::vector<Xapian::rev> key;
  // Over several shards Xapian 1.4 hands a MatchSpy each shard's local
  // docids, shard after shard, not the combined docid (the sharded unit test
  // caught it), so columns are per shard and counting runs shard by shard.
  if (shards.empty()) return key;
  try {
    for (const Xapian::Database& shard : shards) key.push_back(shard.get_revision());
  } catch (const Xapian::InvalidOperationError&) {
    key.clear();  // not a single local database
  }
  return key;
}

std::shared_ptr<const FacetColumn> FacetColumnFor(const SearchResources& resources, const std::string& path,
                                                  const Xapian::Database& db, Xapian::valueno slot, bool list,
                                                  const std::vector<Xapian::rev>& key) {
  if (key.empty()) return nullptr;
  SearchResources::Impl& impl = resources.impl();
  std::unique_lock lock(impl.mutex);
  SearchResources::Impl::ColumnEntry& entry = impl.columns[{path, slot}];
  if (entry.column != nullptr && entry.column->key() == key) return entry.column;
  if (entry.building) return nullptr;
  if (entry.column != nullptr && std::chrono::steady_clock::now() - entry.built < kColumnRebuildInterval) {
    return nullptr;
  }
  entry.building = true;
  lock.unlock();
  std::shared_ptr<const FacetColumn> built;
  try {
    built = FacetColumn::Build(db, slot, list, key);
  } catch (...) {
    lock.lock();
    entry.building = false;
    throw;  // e.g. DatabaseModifiedError: the request's retry reopens
  }
  lock.lock();
  entry.building = false;
  entry.built = std::chrono::steady_clock::now();
  entry.column = built;
  return built;
}

void SlotCountSpy::Count(std::string_view value) {
  if (value.empty()) return;
  auto it = counts_.find(value);
  if (it != counts_.end()) {
    ++it->second;
  } else {
    counts_.emplace(std::string(value), 1);
  }
}

void SlotCountSpy::CountValueOf(const Xapian::Document& doc) {
  const std::string value = doc.get_value(slot_);
  if (!list_) {
    Count(value);
    return;
  }
  ForEachListItem(value, [this](std::string_view item) { Count(item); });
}

void SlotCountSpy::operator()(const Xapian::Document& doc, double) {
  if (column_ != nullptr) {
    const Xapian::docid did = doc.get_docid();
    if (did < column_->covered_docids()) {
      const auto [begin, end] = column_->Range(did);
      const std::uint32_t* ids = column_->ids().data();
      for (std::uint32_t i = begin; i < end; ++i) ++by_id_[ids[i]];
      return;
    }
  }
  CountValueOf(doc);
}

void SlotCountSpy::UseColumn(std::shared_ptr<const FacetColumn> column) {
  (void)counts();  // folds the current column's counts into counts_
  column_ = std::move(column);
  by_id_.assign(column_ != nullptr ? column_->names().size() : 0, 0);
}

const SlotCountSpy::Counts& SlotCountSpy::counts() {
  for (std::size_t id = 0; id < by_id_.size(); ++id) {
    if (by_id_[id] == 0) continue;
    counts_[column_->names()[id]] += by_id_[id];
    by_id_[id] = 0;
  }
  return counts_;
}

nlohmann::json FacetJson(const SlotCountSpy::Counts& counts, int limit,
                         const std::vector<std::string>& selected_keys) {
  struct Entry {
    const std::string* value;
    Xapian::doccount count;
    bool selected;
  };
  std::vector<Entry> entries;
  entries.reserve(counts.size());
  std::vector<bool> selected_seen(selected_keys.size(), false);
  for (const auto& [value, count] : counts) {
    bool selected = false;
    if (!selected_keys.empty()) {
      const std::string key = schema::Key(value);
      for (std::size_t i = 0; i < selected_keys.size(); ++i) {
        if (selected_keys[i] == key) {
          selected = true;
          selected_seen[i] = true;
        }
      }
    }
    entries.push_back({&value, count, selected});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.count != b.count) return a.count > b.count;
    return *a.value < *b.value;
  });
  nlohmann::json out = nlohmann::json::array();
  int shown = 0;
  for (const Entry& e : entries) {
    if (shown >= limit && !e.selected) continue;
    out.push_back({{"value", *e.value}, {"count", e.count}, {"selected", e.selected}});
    ++shown;
  }
  return out;
}

}  // namespace thidua::search_internal
