// Gazetteer loading and lookups (analyzers/gazetteer.h).
#include "analyzers/gazetteer.h"

#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "analyzers/entity_scan_internal.h"
#include "analyzers/text.h"

namespace thidua {
namespace {

using Row = std::vector<std::string>;

std::vector<std::string> Split(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = s.find(sep, start);
    std::string_view item = s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start);
    while (!item.empty() && (item.front() == ' ')) item.remove_prefix(1);
    while (!item.empty() && (item.back() == ' ' || item.back() == '\r')) item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    if (pos == std::string_view::npos) break;
    start = pos + sep.size();
  }
  return out;
}

// Reads a TSV with a header; every row padded to the header's width.
StatusOr<std::vector<Row>> ReadTsv(const std::string& path, const std::vector<std::string>& expected_header) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open " + path);
  std::string line;
  if (!std::getline(in, line)) return Status::DataLoss("empty file " + path);
  std::vector<std::string> header;
  {
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) header.push_back(cell);
  }
  for (std::size_t k = 0; k < expected_header.size(); ++k) {
    if (k >= header.size() || header[k] != expected_header[k]) {
      return Status::DataLoss(path + ": expected column '" + expected_header[k] + "'");
    }
  }
  std::vector<Row> rows;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    Row row;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      row.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    row.resize(header.size());
    rows.push_back(std::move(row));
  }
  return rows;
}

// A longest-match table over folded syllable sequences: every key and every
// prefix of a key (in syllables) is hashed, so matching at a position costs
// one lookup per syllable actually matched.
// Hash and equality that accept std::string_view without building a string
// (C++20 heterogeneous lookup): most positions fail on their first syllable.
struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

struct NgramTable {
  struct Entry {
    std::vector<std::int32_t> indices;
    bool ambiguous = false;
  };
  std::unordered_map<std::string, Entry, TransparentHash, std::equal_to<>> entries;
  std::unordered_set<std::string, TransparentHash, std::equal_to<>> prefixes;

  void Add(const std::string& key, std::int32_t index, bool ambiguous) {
    if (key.empty()) return;
    Entry& e = entries[key];
    for (std::int32_t existing : e.indices) {
      if (existing == index) return;
    }
    if (e.indices.empty()) e.ambiguous = ambiguous;
    e.indices.push_back(index);
    for (std::size_t p = key.find(' '); p != std::string::npos; p = key.find(' ', p + 1)) {
      prefixes.insert(key.substr(0, p));
    }
    prefixes.insert(key);
  }

  const Entry* Longest(const std::vector<std::string_view>& folded, std::size_t i, std::uint32_t* length) const {
    *length = 0;
    if (i >= folded.size() || !prefixes.count(folded[i])) return nullptr;
    const Entry* best = nullptr;
    if (auto it = entries.find(folded[i]); it != entries.end()) {
      best = &it->second;
      *length = 1;
    }
    std::string key(folded[i]);
    for (std::size_t j = i + 1; j < folded.size() && j < i + 40; ++j) {
      key += ' ';
      key.append(folded[j]);
      if (!prefixes.count(key)) break;
      auto it = entries.find(key);
      if (it != entries.end()) {
        best = &it->second;
        *length = static_cast<std::uint32_t>(j - i + 1);
      }
    }
    return best;
  }

  const Entry* Find(std::string_view key) const {
    auto it = entries.find(key);
    return it == entries.end() ? nullptr : &it->second;
  }
};

// Strips a leading administrative word ("tỉnh", "thành phố", "tp") from a key.
std::string StripKindWord(const std::string& key) {
  for (std::string_view prefix : {"tinh ", "thanh pho ", "tp ", "thu do "}) {
    if (key.rfind(prefix, 0) == 0) return key.substr(prefix.size());
  }
  return key;
}

// NormalizeTerm per syllable, space-joined ("Thanh Hoá" -> "thanh hòa").
std::string NormKey(std::string_view text) {
  internal::ScannedText scanned = internal::Scan(text, false);
  std::string key;
  for (const internal::ScanToken& t : scanned.tokens) {
    if (t.kind != internal::ScanKind::kWord && t.kind != internal::ScanKind::kNumber) continue;
    if (!key.empty()) key += ' ';
    key += t.norm;
  }
  return key;
}

}  // namespace

struct Gazetteer::Impl {
  std::vector<ProvinceInfo> provinces;
  std::vector<Province2025Info> provinces_2025;
  std::vector<CampaignInfo> campaigns;
  std::vector<AbbreviationInfo> abbreviations;
  std::vector<std::string> titles, title_kinds;
  std::vector<LocalUnit> districts, communes;
  NgramTable province_table, campaign_table, title_table, district_table, commune_table;
  std::unordered_map<std::string, std::int32_t> new_by_key;
  std::unordered_map<std::string, std::vector<std::int32_t>> abbr_by_key, abbr_by_expansion;
  std::unordered_set<std::string> abbr_surfaces;
  std::unordered_map<std::string, bool> surnames;  // norm -> needs context
  std::unordered_map<std::string, std::int16_t> province_by_name;
  std::unordered_set<std::string, TransparentHash, std::equal_to<>> province_spellings;  // norm keys
};

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

std::string Gazetteer::FoldedKey(std::string_view text) { return internal::FoldedKey(text); }

StatusOr<Gazetteer> Gazetteer::Load(const std::string& data_dir) {
  Gazetteer g;
  Impl& d = *g.impl_;
  const std::string dir = data_dir.empty() || data_dir.back() == '/' ? data_dir : data_dir + "/";

  auto provinces = ReadTsv(dir + "provinces.tsv", {"name", "kind", "region", "name_2025", "variants", "ambiguous"});
  if (!provinces.ok()) return provinces.status();
  for (const Row& r : *provinces) {
    auto index = static_cast<std::int32_t>(d.provinces.size());
    d.provinces.push_back({r[0], r[1], r[2], r[3]});
    d.province_by_name[r[0]] = static_cast<std::int16_t>(index);
    std::unordered_set<std::string> ambiguous;
    for (const std::string& v : Split(r[5], ",")) ambiguous.insert(FoldedKey(v));
    d.province_spellings.insert(NormKey(r[0]));
    for (const std::string& v : Split(r[4], ",")) d.province_spellings.insert(NormKey(v));
    d.province_table.Add(FoldedKey(r[0]), index, ambiguous.count(FoldedKey(r[0])) > 0);
    for (const std::string& v : Split(r[4], ",")) {
      std::string key = FoldedKey(v);
      d.province_table.Add(key, index, ambiguous.count(key) > 0);
    }
    for (const std::string& v : Split(r[5], ",")) d.province_table.Add(FoldedKey(v), index, true);
  }
  if (d.provinces.empty()) return Status::DataLoss("no provinces in " + dir);

  auto news = ReadTsv(dir + "provinces_2025.tsv", {"name", "kind", "formed_from"});
  if (!news.ok()) return news.status();
  for (const Row& r : *news) {
    d.new_by_key[FoldedKey(r[0])] = static_cast<std::int32_t>(d.provinces_2025.size());
    d.provinces_2025.push_back({r[0], r[1], Split(r[2], ",")});
  }

  auto load_units = [&](const std::string& file, bool district) -> Status {
    std::vector<std::string> header = district ? std::vector<std::string>{"name", "kind", "province"}
                                               : std::vector<std::string>{"name", "kind", "district", "province"};
    auto rows = ReadTsv(dir + file, header);
    if (!rows.ok()) return rows.status();
    auto& units = district ? d.districts : d.communes;
    auto& table = district ? d.district_table : d.commune_table;
    units.reserve(rows->size());
    for (const Row& r : *rows) {
      auto it = d.province_by_name.find(district ? r[2] : r[3]);
      if (it == d.province_by_name.end()) return Status::DataLoss(file + ": unknown province " + r.back());
      table.Add(FoldedKey(r[0]), static_cast<std::int32_t>(units.size()), false);
      units.push_back({r[0], r[1], it->second});
    }
    return Status::Ok();
  };
  if (Status s = load_units("districts.tsv", true); !s.ok()) return s;
  if (Status s = load_units("communes.tsv", false); !s.ok()) return s;

  auto campaigns = ReadTsv(dir + "campaigns.tsv", {"name", "aliases"});
  if (!campaigns.ok()) return campaigns.status();
  for (const Row& r : *campaigns) {
    auto index = static_cast<std::int32_t>(d.campaigns.size());
    CampaignInfo info{r[0], "", Split(r[1], "; ")};
    info.short_name = info.aliases.empty() ? info.name : info.aliases.front();
    d.campaign_table.Add(FoldedKey(info.name), index, false);
    for (const std::string& a : info.aliases) d.campaign_table.Add(FoldedKey(a), index, false);
    d.campaigns.push_back(std::move(info));
  }

  auto abbreviations = ReadTsv(dir + "abbreviations.tsv", {"abbr", "expansion"});
  if (!abbreviations.ok()) return abbreviations.status();
  for (const Row& r : *abbreviations) {
    auto index = static_cast<std::int32_t>(d.abbreviations.size());
    d.abbreviations.push_back({r[0], r[1]});
    d.abbr_by_key[FoldedKey(r[0])].push_back(index);
    d.abbr_by_expansion[FoldedKey(r[1])].push_back(index);
    d.abbr_surfaces.insert(r[0]);
  }

  auto titles = ReadTsv(dir + "titles.tsv", {"title", "kind"});
  if (!titles.ok()) return titles.status();
  for (const Row& r : *titles) {
    d.title_table.Add(FoldedKey(r[0]), static_cast<std::int32_t>(d.titles.size()), false);
    d.titles.push_back(r[0]);
    d.title_kinds.push_back(r[1]);
  }

  auto surnames = ReadTsv(dir + "surnames.tsv", {"surname", "needs_context"});
  if (!surnames.ok()) return surnames.status();
  for (const Row& r : *surnames) d.surnames[NormalizeTerm(r[0])] = !r[1].empty();
  return g;
}

ProvinceResolution Gazetteer::ResolveProvince(std::string_view any_spelling) const {
  ProvinceResolution out;
  std::string key = FoldedKey(any_spelling);
  for (const std::string& k : {key, StripKindWord(key)}) {
    if (!out.old_province) {
      if (const NgramTable::Entry* e = impl_->province_table.Find(k)) out.old_province = &impl_->provinces[e->indices[0]];
    }
    if (!out.new_province) {
      auto it = impl_->new_by_key.find(k);
      if (it != impl_->new_by_key.end()) out.new_province = &impl_->provinces_2025[it->second];
    }
  }
  // Any spelling of an old province that kept its name also names the new one
  // ("TP.HCM", "Sài Gòn" -> Hồ Chí Minh); renamed or merged ones do not.
  if (!out.new_province && out.old_province && out.old_province->name == out.old_province->name_2025) {
    auto it = impl_->new_by_key.find(FoldedKey(out.old_province->name));
    if (it != impl_->new_by_key.end()) out.new_province = &impl_->provinces_2025[it->second];
  }
  return out;
}

std::vector<std::string> Gazetteer::OldProvincesOf(std::string_view new_name) const {
  const Province2025Info* p = ResolveProvince(new_name).new_province;
  return p ? p->formed_from : std::vector<std::string>{};
}

const CampaignInfo* Gazetteer::ResolveCampaign(std::string_view any_alias) const {
  std::string key = FoldedKey(any_alias);
  for (int round = 0; round < 3 && !key.empty(); ++round) {
    if (const NgramTable::Entry* e = impl_->campaign_table.Find(key)) return &impl_->campaigns[e->indices[0]];
    bool stripped = false;
    for (std::string_view cue : {"phong trao thi dua ", "phong trao ", "cuoc van dong ", "pttd ", "cvd ", "thi dua "}) {
      if (key.rfind(cue, 0) == 0) {
        key = key.substr(cue.size());
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  return nullptr;
}

std::vector<std::string> Gazetteer::ExpandAbbreviation(std::string_view abbr) const {
  std::vector<std::string> out;
  auto it = impl_->abbr_by_key.find(FoldedKey(abbr));
  if (it != impl_->abbr_by_key.end()) {
    for (std::int32_t i : it->second) out.push_back(impl_->abbreviations[i].expansion);
  }
  return out;
}

std::vector<std::string> Gazetteer::AbbreviationsOf(std::string_view expansion) const {
  std::vector<std::string> out;
  auto it = impl_->abbr_by_expansion.find(FoldedKey(expansion));
  if (it != impl_->abbr_by_expansion.end()) {
    for (std::int32_t i : it->second) out.push_back(impl_->abbreviations[i].abbr);
  }
  return out;
}

const std::vector<ProvinceInfo>& Gazetteer::provinces() const { return impl_->provinces; }
const std::vector<Province2025Info>& Gazetteer::provinces_2025() const { return impl_->provinces_2025; }
const std::vector<CampaignInfo>& Gazetteer::campaigns() const { return impl_->campaigns; }
const std::vector<AbbreviationInfo>& Gazetteer::abbreviations() const { return impl_->abbreviations; }
const std::vector<std::string>& Gazetteer::titles() const { return impl_->titles; }
const std::string& Gazetteer::TitleKind(std::int32_t index) const { return impl_->title_kinds.at(index); }

namespace {
Gazetteer::Match ToMatch(const NgramTable::Entry* e, std::uint32_t length) {
  Gazetteer::Match m;
  if (!e) return m;
  m.length = length;
  m.index = e->indices[0];
  m.ambiguous = e->ambiguous;
  return m;
}
}  // namespace

Gazetteer::Match Gazetteer::MatchProvince(const std::vector<std::string_view>& folded, std::size_t i) const {
  std::uint32_t length = 0;
  const NgramTable::Entry* e = impl_->province_table.Longest(folded, i, &length);
  return ToMatch(e, length);
}
bool Gazetteer::IsProvinceSpelling(std::string_view norm_key) const {
  return impl_->province_spellings.count(norm_key) > 0;
}

Gazetteer::Match Gazetteer::MatchCampaign(const std::vector<std::string_view>& folded, std::size_t i) const {
  std::uint32_t length = 0;
  const NgramTable::Entry* e = impl_->campaign_table.Longest(folded, i, &length);
  return ToMatch(e, length);
}
Gazetteer::Match Gazetteer::MatchTitle(const std::vector<std::string_view>& folded, std::size_t i) const {
  std::uint32_t length = 0;
  const NgramTable::Entry* e = impl_->title_table.Longest(folded, i, &length);
  return ToMatch(e, length);
}

std::vector<const LocalUnit*> Gazetteer::MatchDistricts(const std::vector<std::string_view>& folded, std::size_t i,
                                                        std::uint32_t* length) const {
  std::vector<const LocalUnit*> out;
  if (const NgramTable::Entry* e = impl_->district_table.Longest(folded, i, length)) {
    for (std::int32_t k : e->indices) out.push_back(&impl_->districts[k]);
  }
  return out;
}
std::vector<const LocalUnit*> Gazetteer::MatchCommunes(const std::vector<std::string_view>& folded, std::size_t i,
                                                       std::uint32_t* length) const {
  std::vector<const LocalUnit*> out;
  if (const NgramTable::Entry* e = impl_->commune_table.Longest(folded, i, length)) {
    for (std::int32_t k : e->indices) out.push_back(&impl_->communes[k]);
  }
  return out;
}

bool Gazetteer::IsAbbreviation(std::string_view surface) const {
  return impl_->abbr_surfaces.count(std::string(surface)) > 0;
}

bool Gazetteer::IsSurname(std::string_view norm_syllable, bool* needs_context) const {
  auto it = impl_->surnames.find(std::string(norm_syllable));
  if (it == impl_->surnames.end()) return false;
  if (needs_context) *needs_context = it->second;
  return true;
}

}  // namespace thidua
