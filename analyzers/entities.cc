// EntityExtractor: runs the per-kind extractors (entities_internal.h) over
// the scanned title and body, plus shared helpers, abbreviations, the
// publication date and the JSON forms.
#include "analyzers/entities.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "analyzers/entities_internal.h"
#include "analyzers/schema.h"

namespace thidua {
namespace internal {

Stream MakeStream(const ScannedText& text) {
  Stream s;
  s.text = &text;
  s.pos_of.assign(text.tokens.size(), kNoToken);
  s.claimed.assign(text.tokens.size(), kFree);
  s.folded.reserve(text.tokens.size());
  auto barrier = [&] {
    if (!s.folded.empty() && s.tok.back() != kNoToken) {
      s.folded.push_back(Gazetteer::kBarrier);
      s.tok.push_back(kNoToken);
    }
  };
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    const ScanToken& t = text.tokens[i];
    if (t.kind == ScanKind::kWord || t.kind == ScanKind::kNumber) {
      s.pos_of[i] = static_cast<std::uint32_t>(s.folded.size());
      s.folded.push_back(t.folded);
      s.tok.push_back(static_cast<std::uint32_t>(i));
    } else if (text.IsBreak(i) || IsQuote(text.Surface(t)) || text.Surface(t) == "(" || text.Surface(t) == ")") {
      barrier();
    }
  }
  return s;
}

Span MakeSpan(const ScannedText& text, std::uint32_t first, std::uint32_t last) {
  return Span{text.tokens[first].begin, text.tokens[last].end, text.is_title};
}

std::string Surface(const ScannedText& text, std::uint32_t first, std::uint32_t last) {
  std::string out;
  for (std::uint32_t i = first; i <= last && i < text.tokens.size(); ++i) {
    const ScanToken& t = text.tokens[i];
    if (t.kind == ScanKind::kNewline) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (i > first && t.space_before && !out.empty() && out.back() != ' ') out += ' ';
    out += text.Surface(t);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace {

struct LineInfo {
  std::uint32_t first = 0, last = 0;  // token range [first, last)
  int words = 0;
  bool terminal = false;  // ends with . ! ? … : ;
  std::string head;       // folded first words
  bool caption = false;   // photo caption ("Ảnh: ...")
  bool url = false;
  bool number_only = true;  // nothing but one number: a table's row number
};

bool StartsWith(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }

}  // namespace

void MarkTailLines(ScannedText& text) {
  std::vector<LineInfo> lines(text.tail_line.size());
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    const ScanToken& t = text.tokens[i];
    LineInfo& l = lines[t.line];
    if (t.kind == ScanKind::kNewline) continue;
    if (l.words == 0 && l.head.empty() && l.first == l.last) l.first = i;
    l.number_only = l.number_only && l.first == i && t.kind == ScanKind::kNumber;
    l.last = i + 1;
    if (t.kind == ScanKind::kWord) {
      ++l.words;
      if (l.words <= 4) {
        if (!l.head.empty()) l.head += ' ';
        l.head += t.folded;
      }
      if (t.folded == "anh" && i + 1 < text.tokens.size() && text.Surface(i + 1) == ":") l.caption = true;
      if (t.folded == "http" || t.folded == "https" || t.folded == "www") l.url = true;
    }
    std::string_view p = text.Surface(t);
    l.terminal = t.kind == ScanKind::kPunct &&
                 (p == "." || p == "!" || p == "?" || p == "\u2026" || p == ":" || p == ";" ||
                  (IsQuote(p) && i > 0 && (text.Surface(i - 1) == "." || text.Surface(i - 1) == "!")));
  }
  // 1. An end marker in the later part of the text: everything from it on.
  const std::size_t n = text.text.size();
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const LineInfo& l = lines[k];
    if (l.first == l.last) continue;
    if (text.tokens[l.first].begin * 10 < n * 3) continue;
    bool marker = StartsWith(l.head, "xem them") || StartsWith(l.head, "tin lien quan") ||
                  StartsWith(l.head, "bai lien quan") || StartsWith(l.head, "tin cung chuyen muc") ||
                  StartsWith(l.head, "doc them") || StartsWith(l.head, "tin khac") ||
                  StartsWith(l.head, "cac tin khac") || StartsWith(l.head, "ban quyen") ||
                  StartsWith(l.head, "thong ke truy cap") || StartsWith(l.head, "gui ban bien tap") ||
                  (l.url && l.words <= 4) || text.Surface(l.first) == "\u00A9" ||
                  ((StartsWith(l.head, "theo bao") || StartsWith(l.head, "nguon")) && l.words <= 8);
    if (marker) {
      for (std::size_t j = k; j < lines.size(); ++j) text.tail_line[j] = true;
      break;
    }
  }
  // 2. Runs of two or more headline-like lines (other articles' headlines).
  // An address line ("Địa chỉ: ...", in a sponsor's contact block) is the
  // article's own text, whatever follows it.
  auto headline_like = [&](const LineInfo& l) {
    return l.words >= 4 && l.words <= 30 && !l.terminal && !l.caption && !StartsWith(l.head, "dia chi");
  };
  // Lines right after a bare row number ("2\nPGS. Huỳnh Quyết Thắng\nPhó
  // Bí thư Đảng ủy") are a numbered table's row, the article's own text.
  std::vector<std::size_t> run;
  bool table_row = false;
  auto flush = [&] {
    if (run.size() >= 2 && !table_row) {
      for (std::size_t k : run) text.tail_line[k] = true;
    }
    run.clear();
  };
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const LineInfo& l = lines[k];
    if (l.first == l.last) continue;  // blank line
    if (headline_like(l)) {
      run.push_back(k);
    } else {
      flush();
      table_row = l.number_only;
    }
  }
  flush();
}

void ExtractAbbreviations(const Gazetteer& g, const Stream& title, const Stream& body, std::vector<std::string>& out) {
  std::unordered_set<std::string> seen(out.begin(), out.end());
  for (const Stream* s : {&title, &body}) {
    const ScannedText& text = *s->text;
    for (std::size_t i = 0; i < text.tokens.size(); ++i) {
      const ScanToken& t = text.tokens[i];
      if (t.kind != ScanKind::kWord || !(t.all_caps || t.capitalised)) continue;
      std::string surface(text.Surface(t));
      if (i + 1 < text.tokens.size() && text.IsWord(i + 1) && text.tokens[i + 1].all_caps) {
        std::string pair = surface + " " + std::string(text.Surface(i + 1));
        if (g.IsAbbreviation(pair) && seen.insert(pair).second) out.push_back(pair);
      }
      if (g.IsAbbreviation(surface) && seen.insert(surface).second) out.push_back(surface);
    }
  }
}

namespace {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// "25-09-2023", "28/3/2018", "23/8" (y = 0), "3.10" (y = 0).
std::optional<Ymd> ParseDate(std::string_view s) {
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int count = 0;
  char sep = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      parts[count] = parts[count] * 10 + (c - '0');
      ++digits[count];
      if (digits[count] > 4) return std::nullopt;
    } else {
      if (sep && c != sep) return std::nullopt;
      sep = c;
      if (++count > 2) return std::nullopt;
    }
  }
  ++count;
  if (count < 2 || (sep != '/' && sep != '-' && sep != '.')) return std::nullopt;
  Ymd out{0, parts[1], parts[0]};
  if (count == 3) {
    if (digits[2] != 4) return std::nullopt;
    out.y = parts[2];
  }
  if (out.d < 1 || out.d > 31 || out.m < 1 || out.m > 12 || digits[0] > 2 || digits[1] > 2) return std::nullopt;
  if (count == 3 && (out.y < 1900 || out.y > 2100)) return std::nullopt;
  return out;
}

std::string Iso(const Ymd& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.y, d.m, d.d);
  return buf;
}

}  // namespace

std::optional<std::string> ExtractPublished(const Stream& body, std::optional<std::string_view> hint) {
  const ScannedText& text = *body.text;
  int hint_year = 0, hint_month = 0;
  if (hint && hint->size() >= 7) {
    hint_year = std::atoi(std::string(hint->substr(0, 4)).c_str());
    hint_month = std::atoi(std::string(hint->substr(5, 2)).c_str());
  }
  // Labelled dates anywhere ("Ngày đăng: 25-09-2023", "Cập nhật 12/3/2021").
  for (std::size_t i = 0; i + 1 < text.tokens.size(); ++i) {
    const ScanToken& t = text.tokens[i];
    if (t.kind != ScanKind::kWord) continue;
    std::string_view next = text.tokens[i + 1].folded;
    bool label = (t.folded == "ngay" && (next == "dang" || next == "xuat")) || (t.folded == "dang" && next == "ngay") ||
                 (t.folded == "cap" && next == "nhat");
    if (!label) continue;
    for (std::size_t j = i + 2; j < text.tokens.size() && j < i + 8; ++j) {
      if (text.tokens[j].kind != ScanKind::kNumber) continue;
      if (auto d = ParseDate(text.Surface(j)); d && d->y) return Iso(*d);
      break;
    }
  }
  // A dateline: a date after "ngày"/"sáng"/"chiều"/"tối"/"trưa" among the
  // first tokens of the first non-tail line.
  int words = 0;
  for (std::size_t i = 0; i < text.tokens.size() && words < 30; ++i) {
    const ScanToken& t = text.tokens[i];
    if (text.InTail(i)) continue;
    if (t.kind == ScanKind::kWord) ++words;
    if (t.kind != ScanKind::kNumber || i == 0) continue;
    std::string_view prev = text.tokens[i - 1].folded;
    if (prev != "ngay" && prev != "sang" && prev != "chieu" && prev != "toi" && prev != "trua" && prev != "dem") {
      continue;
    }
    auto d = ParseDate(text.Surface(i));
    // "ngày 26 tháng 11 năm 2003"
    if (!d && prev == "ngay" && i + 4 < text.tokens.size() && text.tokens[i + 1].folded == "thang" &&
        text.tokens[i + 2].kind == ScanKind::kNumber && text.tokens[i + 3].folded == "nam" &&
        text.tokens[i + 4].kind == ScanKind::kNumber) {
      d = ParseDate(std::string(text.Surface(i)) + "/" + std::string(text.Surface(i + 2)) + "/" +
                    std::string(text.Surface(i + 4)));
    }
    if (!d) continue;
    if (!d->y) {
      if (!hint_year) return std::nullopt;
      d->y = d->m > hint_month + 1 ? hint_year - 1 : hint_year;  // "Sáng 28/12" in a January record
    }
    return Iso(*d);
  }
  return std::nullopt;
}

}  // namespace internal

std::vector<std::string> Entities::DistinctProvinces() const {
  std::vector<std::string> out;
  for (const ProvinceMention& m : provinces) {
    if (std::find(out.begin(), out.end(), m.name) == out.end()) out.push_back(m.name);
  }
  return out;
}

std::vector<std::string> Entities::Regions() const {
  std::vector<std::string> out;
  for (const ProvinceMention& m : provinces) {
    if (!m.region.empty() && std::find(out.begin(), out.end(), m.region) == out.end()) out.push_back(m.region);
  }
  return out;
}

EntityExtractor::EntityExtractor(Gazetteer gazetteer) : gazetteer_(std::make_unique<Gazetteer>(std::move(gazetteer))) {}
EntityExtractor::EntityExtractor(EntityExtractor&&) noexcept = default;
EntityExtractor& EntityExtractor::operator=(EntityExtractor&&) noexcept = default;
EntityExtractor::~EntityExtractor() = default;

StatusOr<EntityExtractor> EntityExtractor::Load(const std::string& data_dir) {
  auto g = Gazetteer::Load(data_dir);
  if (!g.ok()) return g.status();
  return EntityExtractor(std::move(g).value());
}

const Gazetteer& EntityExtractor::gazetteer() const { return *gazetteer_; }

Entities EntityExtractor::Extract(std::string_view title, std::string_view body,
                                  std::optional<std::string_view> published_hint) const {
  using namespace internal;
  const Gazetteer& g = *gazetteer_;
  ScannedText title_text = Scan(title, true);
  ScannedText body_text = Scan(body, false);
  MarkTailLines(body_text);
  Stream ts = MakeStream(title_text);
  Stream bs = MakeStream(body_text);
  Entities e;
  ExtractProvinces(g, ts, bs, e);
  ExtractCampaigns(g, ts, bs, e);
  ExtractPeople(g, ts, bs, e.people);
  ExtractModels(g, ts, bs, e, e.models);
  ExtractFigures(ts, bs, e.figures);
  ExtractAbbreviations(g, ts, bs, e.abbreviations);
  e.published = ExtractPublished(bs, published_hint);
  return e;
}

nlohmann::json ToExtractJson(std::string_view id, const Entities& e) {
  nlohmann::json j;
  j["id"] = id;
  j["provinces"] = e.DistinctProvinces();
  j["provinces_2025"] = e.provinces_2025;
  j["primary_province"] = e.primary_province.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.primary_province);
  nlohmann::json campaigns = nlohmann::json::array();
  for (const CampaignMention& c : e.campaigns) campaigns.push_back(c.name);
  j["campaigns"] = std::move(campaigns);
  nlohmann::json figures = nlohmann::json::array();
  for (const Figure& f : e.figures) figures.push_back({{"text", f.text}, {"value", f.value}, {"unit", f.unit}});
  j["figures"] = std::move(figures);
  nlohmann::json people = nlohmann::json::array();
  for (const PersonMention& p : e.people) people.push_back({{"name", p.name}, {"title", p.title}});
  j["people"] = std::move(people);
  nlohmann::json models = nlohmann::json::array();
  for (const ModelMention& m : e.models) models.push_back(m.name);
  j["models"] = std::move(models);
  j["published"] = e.published ? nlohmann::json(*e.published) : nlohmann::json(nullptr);
  return j;
}

namespace {
void PutSpan(nlohmann::json& j, const Span& s) {
  j["begin"] = s.begin;
  j["end"] = s.end;
  if (s.in_title) j["in_title"] = true;
}
}  // namespace

nlohmann::json ToDocumentJson(const Entities& e) {
  nlohmann::json j = nlohmann::json::object();
  auto provinces = [](const std::vector<ProvinceMention>& list) {
    nlohmann::json a = nlohmann::json::array();
    for (const ProvinceMention& m : list) {
      nlohmann::json p{{"name", m.name}, {"name_2025", m.name_2025}};
      PutSpan(p, m.span);
      a.push_back(std::move(p));
    }
    return a;
  };
  j["provinces"] = provinces(e.provinces);
  if (!e.related_provinces.empty()) j["related_provinces"] = provinces(e.related_provinces);
  j["primary_province"] = e.primary_province.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.primary_province);
  j["campaigns"] = nlohmann::json::array();
  for (const CampaignMention& c : e.campaigns) {
    nlohmann::json x{{"name", c.name}, {"short_name", c.short_name}, {"known", c.known}};
    PutSpan(x, c.span);
    j["campaigns"].push_back(std::move(x));
  }
  j["figures"] = nlohmann::json::array();
  for (const Figure& f : e.figures) {
    nlohmann::json x{{"text", f.text}, {"value", f.value}, {"unit", f.unit}};
    if (!f.counts.empty()) x["counts"] = f.counts;
    if (f.of_total) x["of_total"] = *f.of_total;
    PutSpan(x, f.span);
    x["sentence"] = {f.sentence.begin, f.sentence.end};
    j["figures"].push_back(std::move(x));
  }
  j["people"] = nlohmann::json::array();
  for (const PersonMention& p : e.people) {
    nlohmann::json x{{"name", p.name}, {"title", p.title}};
    PutSpan(x, p.span);
    j["people"].push_back(std::move(x));
  }
  j["models"] = nlohmann::json::array();
  for (const ModelMention& m : e.models) {
    nlohmann::json x{{"name", m.name}, {"kind", m.kind}, {"province", m.province}};
    PutSpan(x, m.span);
    j["models"].push_back(std::move(x));
  }
  j["abbreviations"] = e.abbreviations;
  return j;
}

}  // namespace thidua
