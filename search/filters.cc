// Filters as boolean terms: AND across fields, OR within a field. Names are
// resolved through the gazetteer, so any spelling of a province (old or
// post-2025, with or without diacritics) or a campaign alias works.
#include <charconv>
#include <chrono>
#include <cstdlib>

#include "analyzers/schema.h"
#include "analyzers/text.h"
#include "search/internal.h"

namespace thidua::search_internal {
namespace {

constexpr std::string_view kFilterFields[] = {"province", "province_pre2025", "province_2025", "region", "campaign",
                                              "source",   "year",             "month",         "from",   "to",
                                              "has",      "figure_unit",      "figure_min",    "figure_max"};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string TwoDigits(int v) {
  std::string s = std::to_string(v);
  if (s.size() < 2) s.insert(s.begin(), '0');
  return s;
}

// "2023", "2023-09", "2023-09-25" (also with '/') -> YYYYMMDD bounds.
std::optional<std::pair<std::string, std::string>> DateBounds(std::string_view v) {
  std::string digits;
  std::vector<std::string> parts;
  std::string current;
  for (char c : v) {
    if (c == '-' || c == '/' || c == '.') {
      parts.push_back(current);
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  parts.push_back(current);
  if (parts.empty() || parts.size() > 3) return std::nullopt;
  for (const std::string& p : parts) {
    if (!AllDigits(p)) return std::nullopt;
  }
  if (parts[0].size() != 4) return std::nullopt;
  if (parts.size() == 1) return std::make_pair(parts[0] + "0101", parts[0] + "1231");
  const int month = std::atoi(parts[1].c_str());
  if (parts[1].size() > 2 || month < 1 || month > 12) return std::nullopt;
  const std::string mm = TwoDigits(month);
  if (parts.size() == 2) return std::make_pair(parts[0] + mm + "01", parts[0] + mm + "31");
  const int day = std::atoi(parts[2].c_str());
  if (parts[2].size() > 2 || day < 1) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{std::atoi(parts[0].c_str())},
                                         std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;  // 2021-02-30, 2023-04-31
  const std::string dd = TwoDigits(day);
  return std::make_pair(parts[0] + mm + dd, parts[0] + mm + dd);
}

std::optional<double> ParseNumber(std::string_view v) {
  std::string s(v);
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string Lower(std::string_view v) {
  std::string s(v);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string Trimmed(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return std::string(v);
}

}  // namespace

bool IsFilterField(std::string_view field) {
  for (std::string_view f : kFilterFields) {
    if (f == field) return true;
  }
  return false;
}

Status ValidateFilterValue(const std::string& field, const std::string& raw) {
  const std::string value = Trimmed(raw);
  if (value.empty()) return Status::InvalidArgument(field + ": must not be empty");
  if (field == "year") {
    if (value.size() != 4 || !AllDigits(value)) return Status::InvalidArgument("year: must be a 4-digit year");
  } else if (field == "month") {
    if (value.size() != 7 || !DateBounds(value)) return Status::InvalidArgument("month: must be YYYY-MM");
  } else if (field == "from" || field == "to") {
    if (!DateBounds(value)) return Status::InvalidArgument(field + ": must be a date YYYY-MM-DD, YYYY-MM or YYYY");
  } else if (field == "has") {
    if (value != "models" && value != "figures" && value != "people") {
      return Status::InvalidArgument("has: must be models, figures or people");
    }
  } else if (field == "figure_min" || field == "figure_max") {
    if (!ParseNumber(value)) return Status::InvalidArgument(field + ": must be a number (e.g. 1e9)");
  }
  return Status::Ok();
}

Xapian::Query Filters::Combined(std::string_view skip_field) const {
  std::vector<Xapian::Query> parts;
  for (const FieldFilter& f : fields) {
    if (f.field != skip_field) parts.push_back(f.query);
  }
  if (parts.empty()) return {};
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

StatusOr<Filters> BuildFilters(const std::map<std::string, std::vector<std::string>>& filters,
                               const Gazetteer& gazetteer) {
  Filters out;
  auto add_terms = [&out](std::string field, std::vector<std::string> terms, std::vector<std::string> keys) {
    std::vector<Xapian::Query> queries;
    for (const std::string& t : terms) queries.emplace_back(t);
    FieldFilter f;
    f.field = std::move(field);
    f.query = Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end());
    f.selected_keys = std::move(keys);
    out.fields.push_back(std::move(f));
  };
  std::optional<std::string> from, to;
  // province and province_pre2025 select values of the same facet: one
  // field, OR within it (so its facet counts stay disjunctive).
  std::vector<std::string> province_terms, province_keys;
  for (const auto& [field, raw_values] : filters) {
    std::vector<std::string> values;
    for (const std::string& raw : raw_values) {
      if (Status s = ValidateFilterValue(field, raw); !s.ok()) return s;
      values.push_back(Trimmed(raw));
    }
    if (values.empty()) continue;
    std::vector<std::string> terms, keys;
    if (field == "province") {
      for (const std::string& v : values) {
        const ProvinceResolution r = gazetteer.ResolveProvince(v);
        if (r.new_province != nullptr) {
          // A post-2025 name includes its old parts: filter on XPNEW.
          terms.push_back(std::string(schema::kProvince2025) + schema::Key(r.new_province->name));
          keys.push_back(schema::Key(r.new_province->name));
        } else if (r.old_province != nullptr) {
          terms.push_back(std::string(schema::kProvince) + schema::Key(r.old_province->name));
        } else {
          return Status::InvalidArgument("province: unknown province '" + v + "'");
        }
        if (r.old_province != nullptr) keys.push_back(schema::Key(r.old_province->name));
      }
      province_terms.insert(province_terms.end(), terms.begin(), terms.end());
      province_keys.insert(province_keys.end(), keys.begin(), keys.end());
      continue;
    } else if (field == "province_pre2025") {
      // Exactly the pre-2025 province, even where its name is also a
      // post-2025 one ("Vĩnh Long" without Trà Vinh and Bến Tre).
      for (const std::string& v : values) {
        const ProvinceResolution r = gazetteer.ResolveProvince(v);
        if (r.old_province == nullptr) {
          if (r.new_province != nullptr) {
            return Status::InvalidArgument("province_pre2025: '" + v +
                                           "' is a post-2025 province only (use province or province_2025)");
          }
          return Status::InvalidArgument("province_pre2025: unknown province '" + v + "'");
        }
        province_terms.push_back(std::string(schema::kProvince) + schema::Key(r.old_province->name));
        province_keys.push_back(schema::Key(r.old_province->name));
      }
      continue;
    } else if (field == "province_2025") {
      for (const std::string& v : values) {
        const ProvinceResolution r = gazetteer.ResolveProvince(v);
        if (r.new_province == nullptr) {
          if (r.old_province != nullptr) {
            return Status::InvalidArgument("province_2025: '" + v + "' is not a post-2025 province (it is now part of " +
                                           r.old_province->name_2025 + ")");
          }
          return Status::InvalidArgument("province_2025: unknown province '" + v + "'");
        }
        terms.push_back(std::string(schema::kProvince2025) + schema::Key(r.new_province->name));
        keys.push_back(schema::Key(r.new_province->name));
      }
    } else if (field == "region") {
      for (const std::string& v : values) {
        const std::string key = schema::Key(v);
        bool known = false;
        for (const ProvinceInfo& p : gazetteer.provinces()) known = known || schema::Key(p.region) == key;
        if (!known) return Status::InvalidArgument("region: unknown region '" + v + "'");
        terms.push_back(std::string(schema::kRegion) + key);
        keys.push_back(key);
      }
    } else if (field == "campaign") {
      for (const std::string& v : values) {
        const CampaignInfo* c = gazetteer.ResolveCampaign(v);
        // Unknown campaigns (quoted names the extractor found) filter by key.
        const std::string key = schema::Key(c != nullptr ? c->name : v);
        if (key.empty()) return Status::InvalidArgument("campaign: must name a campaign");
        terms.push_back(std::string(schema::kCampaign) + key);
        keys.push_back(key);
      }
    } else if (field == "source") {
      for (const std::string& v : values) {
        terms.push_back(std::string(schema::kSource) + Lower(v));
        keys.push_back(schema::Key(v));
      }
    } else if (field == "year") {
      for (const std::string& v : values) {
        terms.push_back(std::string(schema::kYear) + v);
        keys.push_back(v);
      }
    } else if (field == "month") {
      for (const std::string& v : values) {
        terms.push_back(std::string(schema::kMonth) + v.substr(0, 4) + v.substr(5, 2));
        keys.push_back(schema::Key(v));
      }
    } else if (field == "has") {
      for (const std::string& v : values) terms.push_back(std::string(schema::kHas) + v);
    } else if (field == "figure_unit") {
      for (const std::string& v : values) {
        const std::string key = schema::FigureUnitKey(v);
        if (key.empty()) return Status::InvalidArgument("figure_unit: must name a unit");
        out.figure.unit_keys.push_back(key);
        terms.push_back(std::string(schema::kFigureUnit) + key);
      }
      add_terms("figure", std::move(terms), {});
      continue;
    } else if (field == "figure_min" || field == "figure_max") {
      if (values.size() > 1) return Status::InvalidArgument(field + ": give one value");
      const double value = *ParseNumber(values.front());
      (field == "figure_min" ? out.figure.min : out.figure.max) = value;
      continue;
    } else if (field == "from" || field == "to") {
      if (values.size() > 1) return Status::InvalidArgument(field + ": give one value");
      (field == "from" ? from : to) = values.front();
      continue;
    } else {
      return Status::InvalidArgument(field + ": unknown filter");
    }
    add_terms(field, std::move(terms), std::move(keys));
  }
  if (!province_terms.empty()) add_terms("province", std::move(province_terms), std::move(province_keys));
  if (out.figure.active() && out.figure.unit_keys.empty()) {
    return Status::InvalidArgument("figure_min: needs figure_unit (ranges are per unit, e.g. figure_unit=đồng)");
  }
  if (out.figure.min > out.figure.max) return Status::InvalidArgument("figure_min: is greater than figure_max");
  if (from || to) {
    const std::string low = from ? DateBounds(*from)->first : "00000000";
    const std::string high = to ? DateBounds(*to)->second : "99999999";
    if (low > high) return Status::InvalidArgument("from: is after to");
    FieldFilter f;
    f.field = "date";
    f.query = Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotPublished, low, high);
    out.fields.push_back(std::move(f));
  }
  return out;
}

bool FigureRangeDecider::operator()(const Xapian::Document& doc) const {
  const std::string encoded = doc.get_value(schema::kSlotFigures);
  bool accepted = false;
  ForEachListItem(encoded, [&](std::string_view item) {
    if (accepted) return;
    const std::size_t tab = item.find('\t');
    if (tab == std::string_view::npos) return;
    const std::string_view unit = item.substr(0, tab);
    bool unit_ok = false;
    for (const std::string& k : range_.unit_keys) unit_ok = unit_ok || k == unit;
    if (!unit_ok) return;
    const double value = Xapian::sortable_unserialise(std::string(item.substr(tab + 1)));
    accepted = value >= range_.min && value <= range_.max;
  });
  return accepted;
}

}  // namespace thidua::search_internal
