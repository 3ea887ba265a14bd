// Exact facet counts: a MatchSpy over value slots, run with check_at_least =
// doccount so every matching document is seen (never sampled).
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

void SlotCountSpy::Count(std::string_view value) {
  if (value.empty()) return;
  auto it = counts_.find(value);
  if (it != counts_.end()) {
    ++it->second;
  } else {
    counts_.emplace(std::string(value), 1);
  }
}

void SlotCountSpy::operator()(const Xapian::Document& doc, double) {
  const std::string value = doc.get_value(slot_);
  if (!list_) {
    Count(value);
    return;
  }
  ForEachListItem(value, [this](std::string_view item) { Count(item); });
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
