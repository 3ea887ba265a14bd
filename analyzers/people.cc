// People with their titles (exemplary models: models.cc).
//
// A name is 2-5 capitalised syllables starting with a known surname. It is
// accepted with evidence: a form of address before it (ông, bà, đồng chí...),
// a title phrase before it ("Chủ tịch CĐVC tỉnh Nguyễn Thị Hoài Lê") or after
// it (", Phó Chủ tịch Ủy ban MTTQ tỉnh"), or, for three or more syllables, a
// surname that is not also an everyday word. Names never start inside a
// province name or a larger proper name, and "Hồ Chí Minh" is not reported.
//
// Title phrases are read in people_titles.cc.
#include <algorithm>

#include "analyzers/people_internal.h"
#include "analyzers/text.h"

namespace thidua::internal {
namespace people {
namespace {

const Set& AddressWords() {
  static const Set s = {"ông", "bà", "anh", "chị", "em", "cô", "thầy", "cụ", "chú", "bác", "cháu", "đồng chí",
                        "đ/c", "nghệ nhân", "cựu chiến binh", "thương binh", "liệt sĩ", "mẹ", "ông bà", "già làng",
                        "già", "trưởng bản", "trưởng thôn", "trưởng ấp", "cựu", "vợ", "chồng", "con",
                        "ông bầu", "ca sĩ", "nhạc sĩ", "mc", "diễn viên", "người mẫu", "biên đạo", "đạo diễn",
                        "danh hài", "hoa hậu", "á hậu", "nữ ca sĩ", "nam ca sĩ", "vđv", "vận động viên", "cầu thủ",
                        "thủ môn", "tiền đạo", "tiền vệ", "hậu vệ", "hlv", "võ sĩ", "tay vợt"};
  return s;
}

// Sportspeople, named by a given name alone as often as in full ("thủ môn
// Văn Lâm", "VĐV Hà Thị Hậu"); the role is their title.
const Set& SportRoles() {
  static const Set s = {"vđv", "vận động viên", "cầu thủ", "thủ môn", "tiền đạo", "tiền vệ", "hậu vệ", "hlv",
                        "võ sĩ", "tay vợt"};
  return s;
}

// Forms of address before which a person may be named by the given name
// alone, without a surname: "chị Thu Hoài", "ca sĩ Thiên Vương".
const Set& GivenNameAddress() {
  static const Set s = {"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "thầy", "ông bầu",
                        "ca sĩ", "nhạc sĩ", "mc", "diễn viên", "người mẫu", "biên đạo", "đạo diễn", "danh hài",
                        "hoa hậu", "á hậu", "nữ ca sĩ", "nam ca sĩ"};
  return s;
}

// A folded syllable spelled the Vietnamese way (onset, vowel nucleus, final
// consonant): "hoai", "nguyen", "quyen"; not "bob", "shin", "lee", "hyun",
// "sing" (Korean, Chinese, English given names).
bool VietnameseSyllable(std::string_view f) {
  static const Set onsets = {"", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
                             "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x"};
  static const Set nuclei = {"a",   "e",   "i",   "o",   "u",   "y",   "ai",  "ao",  "au",  "ay",  "eo",  "eu",
                             "ia",  "iu",  "oa",  "oe",  "oi",  "oo",  "ua",  "ue",  "ui",  "uu",  "uy",  "ie",
                             "uo",  "ye",  "ieu", "yeu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye",
                             "uyu"};
  static const Set codas = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  std::size_t v = 0;
  while (v < f.size() && !vowel(f[v])) ++v;
  std::size_t c = v;
  while (c < f.size() && vowel(f[c])) ++c;
  if (c == v || !onsets.count(f.substr(0, v)) || !nuclei.count(f.substr(v, c - v))) return false;
  std::string_view coda = f.substr(c);
  if (!codas.count(coda)) return false;
  const char last = f[c - 1];
  const bool front = last == 'a' || last == 'e' || last == 'i' || last == 'y';
  if ((coda == "nh" || coda == "ch") && !front) return false;       // "anh", "inh"; not "onh"
  if ((coda == "ng" || coda == "c") && (last == 'i' || last == 'y')) return false;  // "inh", not "ing"
  return true;
}

// Forms of address that are also roles, reported as the title.
const Set& RoleAddress() {
  static const Set s = {"cựu chiến binh", "già làng", "nghệ nhân", "thương binh", "trưởng bản", "trưởng thôn",
                        "trưởng ấp", "ca sĩ", "nhạc sĩ", "mc", "diễn viên", "người mẫu", "biên đạo", "đạo diễn",
                        "danh hài", "hoa hậu", "á hậu", "nữ ca sĩ", "nam ca sĩ"};
  return s;
}

// Places written like names (folded first two syllables).
const std::unordered_set<std::string>& PlaceNames() {
  static const std::unordered_set<std::string> s = {
      "ha lan", "vuong quoc", "chau a", "chau au", "chau my", "chau phi", "chau uc", "han quoc", "thai lan",
      "mong co", "dao nha", "hoang sa", "ma cao", "hong kong", "dong nam", "trieu tien", "an do", "phan lan",
      "ba lan", "dan mach", "lao cai", "cao mien", "thai binh", "tay ninh", "hoang thanh", "ho guom", "ho tay",
      "dong a", "tay au", "bac my", "nam my", "trung dong", "vuong cung", "le hoi", "tran quoc", "trung quoc",
      "nhat ban", "dai loan", "viet nam", "lau nam"};
  return s;
}

// Words after which a name is an organisation's or a place's.
const Set& OrgWords() {
  static const Set s = {"viện", "trường", "học", "đường", "phố", "ty", "quỹ", "giải", "cầu", "chùa", "đền", "lăng",
                        "cung", "sân", "tàng", "hẻm", "ngõ", "tượng", "bến", "cảng", "chợ", "kênh", "tàu", "thuyền",
                        "hiệu", "đài"};
  return s;
}

const std::unordered_set<std::string>& OrgPairs() {
  static const std::unordered_set<std::string> s = {"tập đoàn", "ngân hàng", "khách sạn", "nhà hàng", "thương hiệu",
                                                    "liên đoàn", "tổng đội"};
  return s;
}

const Set& OrgAbbreviations() {
  static const Set s = {"ĐH", "THPT", "THCS", "TH", "BV", "CLB", "HTX", "PTTH", "CĐ", "TP", "TX", "Q", "P"};
  return s;
}

}  // namespace

void PeopleScanner::Run(std::vector<PersonMention>& out, EvidenceMap& evidence) {
  for (std::uint32_t i = 0; i < toks_.size(); ++i) {
    std::uint32_t last = i;
    bool office = false;
    if (auto p = At(i, &last, &office)) {
      NameEvidence& e = evidence[p->name];
      const Foreignness f = ForeignContext(text_, i, last);
      e.foreign_strong |= f.strong;
      e.foreign_weak |= f.weak;
      e.vietnamese |= f.vietnamese;
      e.office |= office;
      auto it = std::find_if(out.begin(), out.end(), [&](const PersonMention& m) { return m.name == p->name; });
      if (it == out.end()) {
        out.push_back(std::move(*p));
      } else if (it->title.empty() || (Degrees().count(NormalizeTerm(it->title)) && p->title.size() > it->title.size() &&
                                         !Degrees().count(NormalizeTerm(p->title)))) {
        it->title = p->title;  // a later mention says more than "TS"
      }
      i = last;
    }
  }
}

bool PeopleScanner::NameWord(std::uint32_t i) const {
  if (i >= toks_.size()) return false;
  const ScanToken& t = toks_[i];
  return t.kind == ScanKind::kWord && t.capitalised && !t.all_caps && !(s_.claimed[i] & (kProvince | kLocalUnit));
}

// The form of address (1-3 words) right before token i, or ""; *role gets
// its surface when it is also a role ("già làng", "ca sĩ").
std::string PeopleScanner::AddressBefore(std::uint32_t i, std::string* role) const {
  for (std::uint32_t n = 1; n <= 3 && n <= i; ++n) {
    std::string phrase;
    bool words = true;
    for (std::uint32_t k = i - n; k < i; ++k) {
      // Only spaces between the words: a dropped '"' is no gap to bridge.
      std::string_view gap = text_.text.substr(toks_[k].end, toks_[k + 1].begin - toks_[k].end);
      words = words && toks_[k].kind == ScanKind::kWord && gap.find_first_not_of(' ') == std::string_view::npos;
      if (!phrase.empty()) phrase += ' ';
      phrase += toks_[k].norm;
    }
    if (words && AddressWords().count(phrase)) {
      if (role && (RoleAddress().count(phrase) || SportRoles().count(phrase))) *role = Surface(text_, i - n, i - 1);
      return phrase;
    }
  }
  return "";
}

// A form of address before token i that may precede a given name alone.
// Capitalised inside a sentence it is part of a title or a place ("ca
// khúc Anh Chưa Từng Biết", "đường Bà Huyện Thanh Quan", "Anh Hùng Lao
// động"), and "trẻ em" is no address ("trẻ em Điện Biên").
bool PeopleScanner::GivenNameOnly(std::uint32_t i) const {
  const std::string phrase = AddressBefore(i);
  if (!GivenNameAddress().count(phrase) && !SportRoles().count(phrase)) return false;
  const std::uint32_t n = static_cast<std::uint32_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
  const std::uint32_t a = i - n;  // the address word
  const bool sentence_start = a == 0 || toks_[a - 1].kind == ScanKind::kNewline || text_.IsBreak(a - 1);
  if (toks_[a].capitalised && !sentence_start) return false;
  if (phrase == "em" && a > 0 && toks_[a - 1].norm == "trẻ") return false;
  if (phrase == "anh" && toks_[i].folded == "hung") return false;
  return true;
}

// Token i starts an item of a list of people after a group noun and
// "như": "các sao Việt như Thanh Thảo, Hà Kiều Anh, Pha Lê", "những cầu
// thủ như Quang Hải, Văn Quyết và Duy Mạnh". Stage and given names stand
// alone there, so the list is the evidence.
bool PeopleScanner::Listed(std::uint32_t i) const {
  static const Set groups = {"sao", "sao việt", "ngôi sao", "ca sĩ", "nghệ sĩ", "cầu thủ", "diễn viên", "người đẹp",
                             "hoa hậu", "tuyển thủ", "gương mặt", "danh hài", "nhạc sĩ", "người mẫu",
                             "vận động viên", "tiền đạo", "tiền vệ", "hậu vệ", "thủ môn"};
  return ListedAfter(i, groups);
}

bool PeopleScanner::ListedAfter(std::uint32_t i, const Set& groups) const {
  std::uint32_t k = i;
  for (int items = 0; items < 12 && k >= 2; ++items) {
    const ScanToken& sep = toks_[k - 1];
    const std::string_view p = text_.Surface(k - 1);
    if (sep.kind == ScanKind::kWord && sep.norm == "như") return GroupBefore(k - 1, groups);
    if (sep.kind == ScanKind::kPunct && p == ":" && k >= 3 && toks_[k - 2].norm == "như") {
      return GroupBefore(k - 2, groups);
    }
    if (!(sep.kind == ScanKind::kPunct && p == ",") && !(sep.kind == ScanKind::kWord && (sep.norm == "và" || sep.norm == "hay"))) {
      return false;
    }
    k -= 1;  // the separator; then the previous item, 1-4 name words
    std::uint32_t words = 0;
    while (k >= 1 && words < 4 && NameWord(k - 1)) --k, ++words;
    if (words == 0) return false;
  }
  return false;
}

// A group of people ends right before token `nhu` (maybe one modifier
// after it: "sao nữ", "diễn viên chính").
bool PeopleScanner::GroupBefore(std::uint32_t nhu, const Set& groups) const {
  for (std::uint32_t skip = 0; skip <= 1; ++skip) {
    for (std::uint32_t n = 1; n <= 2; ++n) {
      if (nhu < skip + n) continue;
      std::string phrase;
      bool words = true;
      for (std::uint32_t k = nhu - skip - n; k < nhu - skip; ++k) {
        words = words && toks_[k].kind == ScanKind::kWord;
        if (!phrase.empty()) phrase += ' ';
        phrase += toks_[k].norm;
      }
      if (words && groups.count(phrase)) return true;
    }
  }
  return false;
}

std::optional<PersonMention> PeopleScanner::At(std::uint32_t i, std::uint32_t* last_out, bool* office) const {
  if (!NameWord(i) || text_.InTail(i) || AddressWords().count(Norm(i))) return std::nullopt;
  bool needs_context = false;
  const bool surname = g_.IsSurname(Norm(i), &needs_context);
  const bool listed = Listed(i);
  if (!surname && !GivenNameOnly(i) && !listed) return std::nullopt;
  // "H'Trà", "H’Luyên" (Ê Đê and Gia Rai given names) are one syllable.
  auto apostrophe_word = [&](std::uint32_t k) {
    return k + 2 < toks_.size() && !toks_[k + 1].space_before && !toks_[k + 2].space_before &&
           (text_.Surface(k + 1) == "'" || text_.Surface(k + 1) == "\u2019") && NameWord(k + 2);
  };
  std::uint32_t last = apostrophe_word(i) ? i + 2 : i;
  std::uint32_t syllables = 1;
  while (syllables < 5 && NameWord(last + 1) && toks_[last + 1].space_before && !TitleStartsAt(last + 1) &&
         toks_[last + 1].line == toks_[i].line) {
    last = apostrophe_word(last + 1) ? last + 3 : last + 1;
    ++syllables;
  }
  if (syllables < 2) return std::nullopt;
  if (!surname) {
    // A given name alone: two Vietnamese syllables ("Thu Hoài"), not a
    // place; three are mostly a work's title ("diễn viên Tây Du Ký").
    if (syllables > 2) return std::nullopt;
    for (std::uint32_t k = i; k <= last; ++k) {
      if (toks_[k].kind != ScanKind::kWord || apostrophe_word(k)) continue;
      if (!VietnameseSyllable(toks_[k].folded)) return std::nullopt;
    }
    if (toks_[i].folded == "viet" && toks_[i + 1].folded == "nam") return std::nullopt;
  }
  std::string name = Surface(text_, i, last);
  std::string key = Gazetteer::FoldedKey(name);
  if (key == "ho chi minh") return std::nullopt;
  // Countries and regions that start like a surname: "Hà Lan", "Thái Lan".
  std::string first_two = toks_[i].folded + " " + toks_[i + 1].folded;
  if (PlaceNames().count(first_two)) {
    *last_out = last;
    return std::nullopt;
  }

  std::string role;
  const std::string address_phrase = AddressBefore(i, &role);
  const bool address = !address_phrase.empty();
  // "Giám đốc Bệnh viện Bạch Mai", "hiệu trưởng ĐH Tôn Đức Thắng": the name
  // belongs to an organisation or a place.
  if (!address && i >= 1 && toks_[i - 1].kind == ScanKind::kWord &&
      (OrgWords().count(Norm(i - 1)) || (toks_[i - 1].all_caps && OrgAbbreviations().count(text_.Surface(i - 1))) ||
       (i >= 2 && OrgPairs().count(std::string(Norm(i - 2)) + " " + std::string(Norm(i - 1)))))) {
    return std::nullopt;
  }
  // "29 Phạm Văn Đồng": a street address.
  if (i >= 1 && toks_[i - 1].kind == ScanKind::kNumber) return std::nullopt;
  std::string title = address ? role : TitleBefore(i);
  // A surname that is also an everyday word needs its title to end in a
  // lower-case word right before it ("Bộ trưởng Đào Ngọc Dung").
  if (!address && needs_context && !title.empty() && toks_[i - 1].capitalised && TitleAfter(last).empty()) {
    return std::nullopt;
  }
  // A surname that is also a word, then given names spelled otherwise: a
  // foreign name ("ca sĩ Kim Hyun Chul").
  if (needs_context) {
    for (std::uint32_t k = i + 1; k <= last; ++k) {
      // Khmer given names may end in "l" ("Danh Thêl").
      std::string_view f = toks_[k].folded;
      const bool khmer = f.size() > 1 && f.back() == 'l' && VietnameseSyllable(f.substr(0, f.size() - 1));
      if (toks_[k].kind == ScanKind::kWord && !VietnameseSyllable(f) && !khmer) return std::nullopt;
    }
  }
  *office = !address && !title.empty();
  bool occupation = false;
  std::string after = TitleAfter(last, &occupation);
  if (title.empty()) {
    title = after;
    *office = !after.empty() && !occupation;
  } else if (!after.empty() && (Ranks().count(NormalizeTerm(title)) || Degrees().count(NormalizeTerm(title)))) {
    title += ", " + after;  // "Thượng tá, Phó Giám đốc Công an tỉnh"; "PGS.TS, Phó Chủ tịch ..."
  }
  const bool evidence = address || !title.empty() || listed;
  if (!evidence) {
    if (syllables < 3 || needs_context) return std::nullopt;
    // Part of a larger proper name: "Trường THPT Lê Quý Đôn", "đường Nguyễn Huệ".
    static const Set kPlaceWords = {"đường", "phố", "trường", "giải", "cầu", "quận", "huyện", "xã", "phường", "tỉnh",
                                    "chùa", "đền", "lăng", "nhà", "hẻm", "ngõ", "tượng", "đài", "khu", "thôn"};
    if (i >= 1 && toks_[i - 1].kind == ScanKind::kWord &&
        (toks_[i - 1].capitalised || kPlaceWords.count(Norm(i - 1)))) {
      return std::nullopt;
    }
    // An item of a list of places: "các phố như Tạ Hiện, Lương Ngọc Quyến".
    static const Set kPlaceGroups = {"phố", "tuyến phố", "đường", "tuyến đường", "con đường", "quận", "huyện", "xã",
                                     "phường", "tỉnh", "trường", "chùa", "đền", "làng", "khu"};
    if (ListedAfter(i, kPlaceGroups)) return std::nullopt;
    // A byline: the name alone on its line.
    std::uint32_t line = toks_[i].line;
    bool alone = (i == 0 || toks_[i - 1].kind == ScanKind::kNewline || toks_[i - 1].line != line) &&
                 (last + 1 >= toks_.size() || toks_[last + 1].kind == ScanKind::kNewline);
    if (alone) return std::nullopt;
  }
  *last_out = last;
  return PersonMention{std::move(name), std::move(title), MakeSpan(text_, i, last)};
}

}  // namespace people

void ExtractPeople(const Gazetteer& g, Stream& title, Stream& body, std::vector<PersonMention>& out) {
  people::EvidenceMap evidence;
  people::PeopleScanner(g, title).Run(out, evidence);
  people::PeopleScanner(g, body).Run(out, evidence);
  // "chị Hoài Lê" after "Nguyễn Thị Hoài Lê": the given name alone is a
  // later mention of the same person, not another one.
  std::vector<bool> drop(out.size(), false);
  for (std::size_t a = 0; a < out.size(); ++a) {
    for (std::size_t b = 0; b < out.size(); ++b) {
      const std::string& full = out[b].name;
      const std::string& part = out[a].name;
      if (full.size() > part.size() + 1 && full.ends_with(part) && full[full.size() - part.size() - 1] == ' ') {
        drop[a] = true;
        if (out[b].title.empty()) out[b].title = out[a].title;
        break;
      }
    }
  }
  // Foreigners named in Sino-Vietnamese (people_foreign.cc): dropped, as
  // the gold counts Vietnamese people only. A weak sign (a Chinese-world
  // word elsewhere in the sentence) yields to Vietnamese evidence: an office
  // held, "Thị" (a middle name Chinese names do not have), "Việt Nam" right
  // before the name. In a story about the Chinese-speaking world (one name
  // already shown foreign, Chinese cues at least 3 and more than twice the
  // Vietnamese ones), every name needs that evidence: the rest of a cast
  // or a family is named in sentences without a cue.
  const people::CueCounts ct = people::CountCues(*title.text), cb = people::CountCues(*body.text);
  const int chinese = ct.chinese + cb.chinese, vietnamese = ct.vietnamese + cb.vietnamese;
  bool story = false;
  for (const PersonMention& p : out) {
    const people::NameEvidence& e = evidence[p.name];
    story = story || e.foreign_strong || e.foreign_weak;
  }
  story = story && chinese >= 3 && chinese > 2 * vietnamese;
  for (std::size_t a = 0; a < out.size(); ++a) {
    const people::NameEvidence& e = evidence[out[a].name];
    const bool thi = out[a].name.find(" Thị ") != std::string::npos;
    const bool vietnamese_sign = e.office || thi || e.vietnamese || people::CalledVietnamese(title.text->text, out[a].name) ||
                                 people::CalledVietnamese(body.text->text, out[a].name);
    if (e.foreign_strong || ((e.foreign_weak || story) && !vietnamese_sign)) drop[a] = true;
  }
  std::vector<PersonMention> kept;
  for (std::size_t a = 0; a < out.size(); ++a) {
    if (!drop[a]) kept.push_back(std::move(out[a]));
  }
  out = std::move(kept);
}

}  // namespace thidua::internal
