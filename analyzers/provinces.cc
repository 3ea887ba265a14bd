// Province mentions and the primary (subject) province.
//
// A gazetteer match counts as a province when it is capitalised (names are
// capitalised in running text) and is not the name of a lower unit or a
// street ("huyện Quảng Ninh", "xã Thanh Hóa", "đường Hà Nội"). Ambiguous
// variants (HN, Hồ Chí Minh) need a city/province word or a place
// preposition before them. A district after its kind word ("huyện Mù Cang
// Chải") places the article in the district's province.
#include <algorithm>
#include <map>
#include <unordered_set>

#include "analyzers/entities_internal.h"
#include "analyzers/primary_province.h"
#include "analyzers/text.h"

namespace thidua::internal {
namespace {

enum class Before { kNone, kProvinceKind, kDistrictKind, kCommuneKind, kBlocker, kPlace, kAddress };

// What the words just before stream position p say about a name at p;
// *kind_begin gets the position where that kind word starts. Compares
// normalised forms: folded "cho" is both "chợ" (market) and "cho" (for).
// A dotted abbreviation right before syllable p ("TP. Tuy Hòa", "H. Sơn
// Hòa", "TX.Sơn Tây"): "TP", "H" or "TX", else "". The dotted forms are not
// syllables of the stream, so the raw text is read. Upper case and the full
// stop are required, and the abbreviation must stand alone ("(H. Sơn Hòa"):
// a lone "H" without its stop is an initial.
std::string_view DottedKindBefore(const Stream& s, std::size_t p) {
  if (s.tok[p] == kNoToken) return {};
  const ScannedText& t = *s.text;
  std::string_view before = t.text.substr(0, t.tokens[s.tok[p]].begin);
  if (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty() || before.back() != '.') return {};
  before.remove_suffix(1);
  for (std::string_view kind : {"TP", "TX", "H"}) {
    if (before.size() < kind.size() || before.substr(before.size() - kind.size()) != kind) continue;
    const std::size_t at = before.size() - kind.size();
    if (at == 0 || before[at - 1] == ' ' || before[at - 1] == '(' || before[at - 1] == '\n' || before[at - 1] == ',') {
      return kind;
    }
  }
  return {};
}

Before Classify(const Stream& s, std::size_t p, std::size_t* kind_begin) {
  *kind_begin = p;
  if (const std::string_view dotted = DottedKindBefore(s, p); !dotted.empty()) {
    return dotted == "TP" ? Before::kProvinceKind : Before::kDistrictKind;  // kind_begin stays p
  }
  if (p == 0) return Before::kNone;
  std::string_view w1 = NormAt(s, p - 1);
  std::string_view w2 = p >= 2 ? NormAt(s, p - 2) : std::string_view();
  auto set = [&](std::size_t n, Before b) {
    *kind_begin = p - n;
    return b;
  };
  if (w2 == "thành" && w1 == "phố") return set(2, Before::kProvinceKind);
  if (w2 == "thủ" && w1 == "đô") return set(2, Before::kProvinceKind);
  if (w2 == "thị" && w1 == "xã") return set(2, Before::kDistrictKind);
  if (w2 == "thị" && w1 == "trấn") return set(2, Before::kCommuneKind);
  if (w2 == "quốc" && w1 == "lộ") return set(2, Before::kBlocker);
  // "Chiến thắng Điện Biên Phủ", "chiến dịch Hồ Chí Minh": a battle or
  // campaign of the wars, named after the place, not news from it.
  if (w2 == "chiến" && AnyOf(w1, {"thắng", "dịch"})) return set(2, Before::kBlocker);
  if (AnyOf(w1, {"tỉnh", "tp", "tp."})) return set(1, Before::kProvinceKind);
  if (AnyOf(w1, {"huyện", "quận"})) return set(1, Before::kDistrictKind);
  if (AnyOf(w1, {"xã", "phường"})) return set(1, Before::kCommuneKind);
  if (AnyOf(w1, {"đường", "phố", "cầu", "sông", "núi", "đèo", "ngõ", "hẻm", "thôn", "ấp", "bản", "khu", "tổ",
                 "trường", "làng", "hồ", "chợ", "cảng", "ga", "viện", "nhà", "vịnh", "đảo"})) {
    // Capitalised "Hồ", "Chợ" may start a name; lower-case always blocks.
    std::uint32_t tok = s.tok[p - 1];
    if (tok != kNoToken && !s.text->tokens[tok].capitalised) return set(1, Before::kBlocker);
    if (AnyOf(w1, {"đường", "phố", "cầu", "sông", "núi", "trường", "vịnh", "đảo"})) return set(1, Before::kBlocker);
  }
  if (AnyOf(w1, {"tại", "ở", "về", "đến", "ra", "vào", "từ", "của", "và", "khắp"})) return set(0, Before::kPlace);
  if (AnyOf(w1, {"anh", "chị", "ông", "bà", "em", "cô", "chú", "bác", "cụ", "mẹ", "cháu"})) {
    std::uint32_t tok = s.tok[p - 1];
    if (tok != kNoToken && !s.text->tokens[tok].capitalised) return set(1, Before::kAddress);
  }
  return Before::kNone;
}

// The syllable before p is a district/commune kind word (huyện, quận, xã,
// phường, thị xã, thị trấn).
bool AfterUnitWord(const Stream& s, std::size_t p) {
  if (!DottedKindBefore(s, p).empty()) return true;
  if (p == 0) return false;
  std::string_view w = NormAt(s, p - 1);
  return w == "huyện" || w == "quận" || w == "xã" || w == "phường" || w == "trấn" || w == "phố" || w == "tp" ||
         w == "tp.";
}

// "thành phố Tuy Hòa", "TP. Biên Hòa": a city inside a province, written with
// the same kind word as a province-level city. Only district-level cities
// and towns count, and only when the name belongs to one province.
std::vector<const LocalUnit*> CityUnits(const Gazetteer& g, const Stream& s, std::size_t p, std::uint32_t* length) {
  std::vector<const LocalUnit*> units = g.MatchDistricts(s.folded, p, length);
  std::erase_if(units, [](const LocalUnit* u) { return u->kind != "thành phố" && u->kind != "thị xã"; });
  for (const LocalUnit* u : units) {
    if (u->province != units.front()->province) return {};
  }
  return units;
}

bool Capitalised(const Stream& s, std::size_t p, std::size_t n) {
  if (s.text->all_caps_text) return true;
  for (std::size_t k = p; k < p + n; ++k) {
    std::uint32_t tok = s.tok[k];
    if (tok == kNoToken) return false;
    const ScanToken& t = s.text->tokens[tok];
    if (t.kind == ScanKind::kWord && !t.capitalised) return false;
  }
  return true;
}

// The normalised words p..p+n-1, space-joined; *accented when any has a diacritic.
std::string WrittenKey(const Stream& s, std::size_t p, std::size_t n, bool* accented) {
  std::string key;
  *accented = false;
  for (std::size_t k = p; k < p + n; ++k) {
    const ScanToken& t = s.text->tokens[s.tok[k]];
    if (!key.empty()) key += ' ';
    key += t.norm;
    *accented = *accented || t.norm != t.folded;
  }
  return key;
}

// Written without diacritics, a folded match is enough ("Ha Giang"); written
// with them, the tones must be a known spelling ("Vương Đình Huệ" is not Huế).
bool SpelledAsProvince(const Gazetteer& g, const Stream& s, std::size_t p, std::size_t n) {
  bool accented = false;
  const std::string key = WrittenKey(s, p, n, &accented);
  return !accented || g.IsProvinceSpelling(key);
}

// The previous token is a capitalised surname glued to this name with no
// kind word: "Nguyễn Thái Bình", "Lê Hà Nam" are people.
// Also "Nguyễn Thị Huế": a surname up to three adjacent capitalised words back.
bool AfterSurname(const Gazetteer& g, const Stream& s, std::size_t p) {
  if (p == 0 || s.tok[p] == kNoToken) return false;
  const auto& toks = s.text->tokens;
  for (std::uint32_t back = 1; back <= 3 && back <= s.tok[p]; ++back) {
    const ScanToken& t = toks[s.tok[p] - back];
    if (t.kind != ScanKind::kWord || !t.capitalised || t.all_caps || (s.claimed[s.tok[p] - back] & kProvince)) break;
    bool needs_context = false;
    if (g.IsSurname(t.norm, &needs_context) && (back == 1 || !needs_context)) return true;
  }
  return false;
}

std::string KeyAt(const Stream& s, std::size_t p, std::size_t n) {
  std::string key;
  for (std::size_t k = p; k < p + n && k < s.folded.size(); ++k) {
    if (!key.empty()) key += ' ';
    key.append(s.folded[k]);
  }
  return key;
}

// Like SpelledAsProvince for a unit's name: "Nhà Trắng" (the White House)
// folds to "Nha Trang" but is written with other tones.
bool SpelledAsUnit(const Stream& s, std::size_t p, std::size_t n, std::string_view name) {
  bool accented = false;
  const std::string written = WrittenKey(s, p, n, &accented);
  std::string expected;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = std::min(name.find(' ', start), name.size());
    if (!expected.empty()) expected += ' ';
    expected += NormalizeTerm(name.substr(start, end - start));
    start = end + 1;
  }
  return !accented || written == expected;
}

bool AfterCityCue(const Stream& s, std::size_t p) {
  return p > 0 && AnyOf(NormAt(s, p - 1), {"tại", "ở", "đến", "tới", "từ", "khắp", "sân"});
}

// A district-level city or town written bare after a word that places
// something in it: "du khách đến Phú Quốc", "trên sân Pleiku". Only names
// that no other district or commune in another province carries ("Hoàng
// Mai" is also a Hà Nội district, "Tân An" a commune in many provinces), of
// two syllables or a long one ("Vinh" is also a given name), with no
// surname glued before ("Nguyễn Đông Triều"). Returns the province or -1.
std::int16_t BareCity(const Gazetteer& g, const Stream& s, std::size_t p, std::uint32_t* length,
                      const std::unordered_set<std::string>* known = nullptr) {
  const bool cue = AfterCityCue(s, p);
  if (!cue && known == nullptr) return -1;
  auto units = g.MatchDistricts(s.folded, p, length);
  if (units.empty() || (!cue && !known->count(KeyAt(s, p, *length)))) return -1;
  const std::int16_t province = units.front()->province;
  bool city = false;
  for (const LocalUnit* u : units) {
    if (u->province != province) return -1;
    city = city || u->kind == "thành phố" || u->kind == "thị xã";
  }
  std::uint32_t commune_length = 0;
  for (const LocalUnit* u : g.MatchCommunes(s.folded, p, &commune_length)) {
    if (commune_length == *length && u->province != province) return -1;
  }
  if (!city || (*length < 2 && s.folded[p].size() < 6) || !Capitalised(s, p, *length)) return -1;
  if (!SpelledAsUnit(s, p, *length, units.front()->name)) return -1;
  if (AfterSurname(g, s, p)) return -1;
  return province;
}

// Cities the article places something in (BareCity): their other bare
// mentions ("Phú Quốc đang được nhiều du khách lựa chọn") count too.
void CollectBareCities(const Gazetteer& g, const Stream& s, std::unordered_set<std::string>& keys) {
  for (std::size_t p = 0; p < s.folded.size(); ++p) {
    if (s.tok[p] == kNoToken || !AfterCityCue(s, p)) continue;
    std::uint32_t length = 0;
    if (BareCity(g, s, p, &length) >= 0) keys.insert(KeyAt(s, p, length));
  }
}

// A Chinese province with a Sino-Vietnamese name like ours: "tỉnh Hà Nam,
// Trung Quốc" (Henan), "Trịnh Châu (Hà Nam, Trung Quốc)", "Hà Nam, miền
// Trung Trung Quốc". The country follows the name, at most two words after.
bool ChineseHomonym(const Stream& s, std::size_t p, std::size_t n) {
  const std::size_t q = p + n;
  for (std::size_t k = q; k <= q + 2 && k + 1 < s.folded.size(); ++k) {
    if (s.folded[k] == "trung" && s.folded[k + 1] == "quoc") return true;
    if (!AnyOf(s.folded[k], {"mien", "trung", "tay", "bac", "nam", "dong", "cua", "thuoc"})) return false;
  }
  return false;
}

// Names the article uses for a Chinese province: all their mentions are.
void CollectChineseHomonyms(const Gazetteer& g, const Stream& s, std::unordered_set<std::string>& keys) {
  for (std::size_t p = 0; p < s.folded.size(); ++p) {
    if (s.tok[p] == kNoToken) continue;
    Gazetteer::Match m = g.MatchProvince(s.folded, p);
    if (m.length > 0 && ChineseHomonym(s, p, m.length)) keys.insert(KeyAt(s, p, m.length));
  }
}

// Lower units named after a kind word that share a province's name
// ("huyện Hòa Bình" in Bạc Liêu): bare mentions of that name in the same
// article are taken to mean the unit, not the province.
void CollectHomonymUnits(const Gazetteer& g, const Stream& s, std::unordered_set<std::string>& keys) {
  for (std::size_t p = 0; p < s.folded.size(); ++p) {
    if (s.tok[p] == kNoToken || !AfterUnitWord(s, p)) continue;
    std::size_t kind_begin = p;
    Before before = Classify(s, p, &kind_begin);
    if (before != Before::kDistrictKind && before != Before::kCommuneKind) continue;
    std::uint32_t length = 0;
    auto units = before == Before::kDistrictKind ? g.MatchDistricts(s.folded, p, &length)
                                                 : g.MatchCommunes(s.folded, p, &length);
    if (!units.empty() && g.MatchProvince(s.folded, p).length == length) keys.insert(KeyAt(s, p, length));
  }
}

// The province's own authority speaks: "Sở Y tế TP Hải Phòng xác nhận",
// "Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa (CDC Thanh Hóa) cho biết".
// The article is reported from there, while the other provinces it names
// are usually where something else happened ("ca bệnh ở Hà Nam"). Tokens
// first..last are the mention with its kind word; an organisation head must
// come at most 6 words before it in the same clause, a speech verb right
// after it (after one short parenthesis at most).
bool AuthoritySpeaks(const ScannedText& t, std::uint32_t first, std::uint32_t last) {
  auto norm = [&](std::size_t i) -> std::string_view { return t.IsWord(i) ? std::string_view(t.tokens[i].norm) : ""; };
  std::size_t q = last + 1;
  if (t.IsPunct(q, "(")) {
    std::size_t close = q + 1;
    while (close < t.tokens.size() && close <= q + 7 && !t.IsPunct(close, ")") && !t.IsBreak(close)) ++close;
    if (!t.IsPunct(close, ")")) return false;
    q = close + 1;
  }
  const std::string_view v1 = norm(q), v2 = norm(q + 1);
  const bool speaks = (v1 == "cho" && (v2 == "biết" || v2 == "hay")) || (v1 == "xác" && v2 == "nhận") ||
                      (v1 == "thông" && (v2 == "tin" || v2 == "báo")) || (v1 == "khẳng" && v2 == "định");
  if (!speaks) return false;
  for (std::size_t back = 1; back <= 6 && back <= first; ++back) {
    const std::size_t i = first - back;
    if (!t.IsWord(i)) return false;  // punctuation ends the clause
    const std::string_view w = norm(i), next = norm(i + 1);
    if (AnyOf(w, {"sở", "ubnd", "hđnd", "cdc", "cục", "ủy", "ban"})) return true;
    if ((w == "công" && next == "an") || (w == "trung" && next == "tâm") || (w == "bệnh" && next == "viện") ||
        (w == "chỉ" && next == "huy")) {
      return true;
    }
  }
  return false;
}

// "ở Thủ đô", "đội bóng Thủ đô": capitalised on its own, mid-sentence, the
// capital is Hà Nội (foreign capitals are written lower case or named:
// "thủ đô Seoul", "Thủ đô Viêng Chăn").
bool CapitalAlone(const Stream& s, std::size_t p) {
  if (NormAt(s, p) != "thủ" || NormAt(s, p + 1) != "đô") return false;
  const ScannedText& t = *s.text;
  const std::uint32_t i = s.tok[p];
  if (!t.tokens[i].capitalised || t.all_caps_text || t.sentence_of[i] == i || s.tok[p + 1] != i + 1) return false;
  if (i > 0 && t.tokens[i - 1].kind != ScanKind::kWord && t.tokens[i - 1].kind != ScanKind::kNumber &&
      t.Surface(i - 1) != ",") {
    return false;  // after a quote or a parenthesis: a new start
  }
  return !(t.IsWord(i + 2) && (t.tokens[i + 2].capitalised || t.tokens[i + 2].norm == "của"));
}

std::int16_t HaNoi(const Gazetteer& g) {
  for (std::size_t k = 0; k < g.provinces().size(); ++k) {
    if (g.provinces()[k].name == "Hà Nội") return static_cast<std::int16_t>(k);
  }
  return 0;  // data/provinces.tsv lists Hà Nội first
}

// What the whole article says about its names, gathered before the scan.
struct ArticleNames {
  std::unordered_set<std::string> homonyms;  // bare mentions mean a lower unit
  std::unordered_set<std::string> cities;    // bare cities the article places things in
  std::unordered_set<std::string> foreign;   // Chinese provinces
  // Filled by the scan: the provinces each commune after its kind word may
  // be in ("phường Đông Ngạc": Hà Nội only; "xã Tân An": many).
  std::vector<std::vector<std::int16_t>> communes;
};

void ScanProvinces(const Gazetteer& g, Stream& s, ArticleNames& names, std::vector<ProvinceMention>& mentions,
                   std::vector<ProvinceMention>& related, std::vector<int>& strong) {
  const std::unordered_set<std::string>& homonyms = names.homonyms;
  const std::unordered_set<std::string>& cities = names.cities;
  const std::unordered_set<std::string>& foreign = names.foreign;
  const ScannedText& text = *s.text;
  // A mention found through a lower unit ("huyện Mù Cang Chải", "TP. Tuy
  // Hòa") of syllables [first, last]; inside a related headline it is not
  // the article's.
  auto add_unit_mention = [&](std::int16_t province, std::size_t first, std::size_t last) {
    const ProvinceInfo& info = g.provinces()[province];
    ProvinceMention m{info.name, info.name_2025, info.region, MakeSpan(text, s.tok[first], s.tok[last]), true};
    if (text.InTail(s.tok[first])) {
      related.push_back(std::move(m));
    } else {
      mentions.push_back(std::move(m));
      strong.push_back(Residence(text, s.tok[first]) ? kResidence : 0);  // one flag per article mention
    }
  };
  auto claim_unit = [&](std::size_t p, std::size_t length) {
    for (std::size_t k = p; k < p + length; ++k) {
      if (s.tok[k] != kNoToken) s.claimed[s.tok[k]] |= kLocalUnit;
    }
  };
  for (std::size_t p = 0; p < s.folded.size(); ++p) {
    if (s.tok[p] == kNoToken) continue;
    if (CapitalAlone(s, p)) {
      const std::size_t before = mentions.size();
      add_unit_mention(HaNoi(g), p, p + 1);
      if (mentions.size() > before) mentions.back().via_local_unit = false;  // the city itself
      ++p;
      continue;
    }
    // Cheap filter first: most syllables start no name and follow no unit word.
    Gazetteer::Match m = g.MatchProvince(s.folded, p);
    if (m.length == 0 && !text.is_title && !AfterUnitWord(s, p) && !AfterCityCue(s, p) && cities.empty()) continue;
    std::size_t kind_begin = p;
    Before before = Classify(s, p, &kind_begin);
    // Lower units: "huyện Mù Cang Chải", "xã Thanh Hóa" - never the province itself.
    if (before == Before::kDistrictKind || before == Before::kCommuneKind) {
      std::uint32_t length = 0;
      auto units = before == Before::kDistrictKind ? g.MatchDistricts(s.folded, p, &length)
                                                   : g.MatchCommunes(s.folded, p, &length);
      Gazetteer::Match as_province = g.MatchProvince(s.folded, p);
      std::size_t skip = std::max<std::size_t>(length, as_province.length);
      if (units.empty() && as_province.length == 0) continue;
      if (!Capitalised(s, p, std::max<std::size_t>(skip, 1))) continue;
      std::int16_t province = units.empty() ? -1 : units.front()->province;
      for (const LocalUnit* u : units) {
        if (u->province != province) province = -1;
      }
      if (before == Before::kDistrictKind && province >= 0 && length > 0) {
        add_unit_mention(province, kind_begin, p + length - 1);
      }
      if (before == Before::kCommuneKind && !units.empty() && !text.is_title && !text.InTail(s.tok[p])) {
        std::vector<std::int16_t> in;
        for (const LocalUnit* u : units) in.push_back(u->province);
        names.communes.push_back(std::move(in));
      }
      claim_unit(p, skip);
      p += skip - 1;
      continue;
    }
    if (m.length == 0 && text.is_title && (p == 0 || before == Before::kPlace)) {
      // A headline led by a district: "Mù Cang Chải: ..." places the article.
      std::uint32_t length = 0;
      auto units = g.MatchDistricts(s.folded, p, &length);
      bool one_province = !units.empty();
      for (const LocalUnit* u : units) one_province = one_province && u->province == units.front()->province;
      if (one_province && length >= 2 && Capitalised(s, p, length)) {
        add_unit_mention(units.front()->province, p, p + length - 1);
        p += length - 1;
      }
      continue;
    }
    if (m.length == 0 && before == Before::kProvinceKind) {
      std::uint32_t length = 0;
      auto units = CityUnits(g, s, p, &length);
      if (!units.empty() && Capitalised(s, p, length)) {
        add_unit_mention(units.front()->province, kind_begin, p + length - 1);
        claim_unit(p, length);
        p += length - 1;
      }
      continue;
    }
    if (m.length == 0) {
      std::uint32_t length = 0;
      if (!text.is_title) {
        if (const std::int16_t province = BareCity(g, s, p, &length, &cities); province >= 0) {
          add_unit_mention(province, p, p + length - 1);
          claim_unit(p, length);
          p += length - 1;
        }
      }
      continue;
    }
    if (before == Before::kBlocker || before == Before::kAddress) {
      p += m.length - 1;
      continue;
    }
    if (!Capitalised(s, p, m.length) || !SpelledAsProvince(g, s, p, m.length)) continue;
    // Two province names sharing a syllable are one other name: "Thái Bình
    // Dương" (the Pacific) is neither Thái Bình nor Bình Dương.
    if (const Gazetteer::Match next = g.MatchProvince(s.folded, p + m.length - 1);
        m.length > 1 && next.length > 1 && Capitalised(s, p + m.length - 1, next.length)) {
      p += m.length + next.length - 2;
      continue;
    }
    if (foreign.count(KeyAt(s, p, m.length))) {
      p += m.length - 1;
      continue;
    }
    const bool kind = before == Before::kProvinceKind;
    if (m.ambiguous && !kind && before != Before::kPlace) continue;
    if (!kind && (AfterSurname(g, s, p) || homonyms.count(KeyAt(s, p, m.length)))) continue;
    const ProvinceInfo& info = g.provinces()[m.index];
    ProvinceMention mention{info.name, info.name_2025, info.region,
                            MakeSpan(text, s.tok[kind ? kind_begin : p], s.tok[p + m.length - 1]), false};
    for (std::size_t k = p; k < p + m.length; ++k) {
      if (s.tok[k] != kNoToken) s.claimed[s.tok[k]] |= kProvince;
    }
    if (!text.is_title && text.InTail(s.tok[p])) {
      related.push_back(std::move(mention));
    } else {
      mentions.push_back(std::move(mention));
      // In "(CDC Thanh Hóa) cho biết" the head is inside the parenthesis.
      const std::uint32_t first = s.tok[kind ? kind_begin : p], last = s.tok[p + m.length - 1];
      strong.push_back((kind ? kAfterKindWord : 0) | (AuthoritySpeaks(text, first, last) ? kSpeakingSource : 0) |
                       (Residence(text, first) ? kResidence : 0));
    }
    p += m.length - 1;
  }
}

}  // namespace

void ExtractProvinces(const Gazetteer& g, Stream& title, Stream& body, Entities& out) {
  std::vector<int> strong_title, strong_body;
  std::vector<ProvinceMention> title_mentions, body_mentions;
  ArticleNames names;
  CollectHomonymUnits(g, title, names.homonyms);
  CollectHomonymUnits(g, body, names.homonyms);
  CollectBareCities(g, body, names.cities);
  CollectChineseHomonyms(g, title, names.foreign);
  CollectChineseHomonyms(g, body, names.foreign);
  ScanProvinces(g, title, names, title_mentions, out.related_provinces, strong_title);
  ScanProvinces(g, body, names, body_mentions, out.related_provinces, strong_body);

  out.primary_province = PrimaryProvince(g, title, body, {title_mentions, body_mentions, strong_body, names.communes});
  out.provinces = std::move(title_mentions);
  out.provinces.insert(out.provinces.end(), body_mentions.begin(), body_mentions.end());
  for (const ProvinceMention& m : out.provinces) {
    if (std::find(out.provinces_2025.begin(), out.provinces_2025.end(), m.name_2025) == out.provinces_2025.end()) {
      out.provinces_2025.push_back(m.name_2025);
    }
  }
}

}  // namespace thidua::internal
