// Campaign mentions: quoted names (known or after a cue such as "phong
// trào", "cuộc vận động", "PTTĐ", "CVĐ"), "(gọi tắt là “X”)" aliases, and
// gazetteer names in running text. Names compare by folded key, so
// "Đoàn kết, sáng tạo" and “Đoàn kết sáng tạo” are one campaign.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "analyzers/entities_internal.h"
#include "analyzers/schema.h"

namespace thidua::internal {
namespace {

struct Quote {
  std::uint32_t open = 0, close = 0;  // quote tokens; inner is (open, close)
  int words = 0;
};

std::vector<Quote> FindQuotes(const ScannedText& text) {
  std::vector<Quote> out;
  const auto& toks = text.tokens;
  for (std::uint32_t i = 0; i < toks.size(); ++i) {
    if (toks[i].kind != ScanKind::kPunct || !IsQuote(text.Surface(i))) continue;
    std::string_view open = text.Surface(i);
    if (open == "\u201D" || open == "\u2019" || open == "\u00BB") continue;  // a closing quote
    Quote q{i, 0, 0};
    for (std::uint32_t j = i + 1; j < toks.size() && j < i + 120; ++j) {
      if (toks[j].kind == ScanKind::kNewline) break;
      if (toks[j].kind == ScanKind::kPunct && IsQuote(text.Surface(j))) {
        q.close = j;
        break;
      }
      if (toks[j].kind == ScanKind::kWord || toks[j].kind == ScanKind::kNumber) ++q.words;
    }
    if (q.close == 0) continue;
    if (q.words > 0) out.push_back(q);
    i = q.close;
  }
  return out;
}

// words: norms before a quote, nearest first. True when a campaign cue
// ("phong trào", "cuộc vận động", "thi đua", "PTTĐ", "CVĐ") ends at words[d].
// "thi đua" is a weak cue: only right before the quote.
bool CueAt(const std::vector<std::string_view>& words, std::size_t d) {
  auto at = [&](std::size_t k) { return d + k < words.size() ? words[d + k] : std::string_view(); };
  return (at(0) == "trào" && at(1) == "phong") || (at(0) == "động" && at(1) == "vận" && at(2) == "cuộc") ||
         (d == 0 && at(0) == "đua" && at(1) == "thi") || at(0) == "pttđ" || at(0) == "cvđ";
}

// Heads of other named things that may stand between a cue and a quote.
const std::unordered_set<std::string>& OtherNamedThings() {
  static const std::unordered_set<std::string> s = {
      "dự án", "chương trình", "cuộc thi", "hội thi", "câu lạc", "lạc bộ", "nhãn hiệu", "mô hình", "sản phẩm",
      "đề án", "chủ đề", "khẩu hiệu", "thông điệp", "tác phẩm", "chiến dịch", "giải thưởng", "hội chợ", "lễ hội",
      "bộ sách", "cuốn sách", "bài hát", "ứng dụng", "nền tảng", "website", "trang web"};
  return s;
}

// Words before token `before` in the same sentence (no quote crossed),
// nearest first; returns the distance in words to a campaign cue, or -1.
int CueDistance(const ScannedText& text, std::uint32_t before, int max_words) {
  std::vector<std::string_view> words;
  for (std::int64_t i = static_cast<std::int64_t>(before) - 1; i >= 0 && static_cast<int>(words.size()) < max_words + 3; --i) {
    const ScanToken& t = text.tokens[i];
    if (text.IsBreak(i)) break;
    if (t.kind == ScanKind::kPunct && IsQuote(text.Surface(t))) break;
    if (t.kind == ScanKind::kWord || t.kind == ScanKind::kNumber) words.push_back(t.norm);
  }
  for (std::size_t d = 0; d < words.size() && static_cast<int>(d) <= max_words; ++d) {
    if (CueAt(words, d)) {
      // "phong trào thu gom sách ủng hộ dự án “X”": X names the project.
      for (std::size_t k = 0; k + 1 < d; ++k) {
        std::string head = std::string(words[k + 1]) + " " + std::string(words[k]);
        if (OtherNamedThings().count(head)) return -1;
      }
      return static_cast<int>(d);
    }
  }
  return -1;
}

std::string TrimName(std::string name) {
  auto trailing = [](const std::string& s) {
    for (std::string_view p : {",", ".", ";", ":", "\u2026", " ", "-", "\u2013"}) {
      if (s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0) return p.size();
    }
    return std::size_t{0};
  };
  while (std::size_t n = trailing(name)) name.resize(name.size() - n);
  return name;
}

// A quoted name is a known campaign when it resolves whole, or when a known
// name covers most of it: “Thái Nguyên chung sức xây dựng nông thôn mới” is
// the province's edition of "Chung sức xây dựng nông thôn mới".
const CampaignInfo* ResolveQuoted(const Gazetteer& g, const std::string& inner, const std::string& key) {
  if (const CampaignInfo* info = g.ResolveCampaign(inner)) return info;
  std::vector<std::string_view> syllables;
  for (std::size_t start = 0; start <= key.size();) {
    std::size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    syllables.push_back(std::string_view(key).substr(start, end - start));
    start = end + 1;
  }
  Gazetteer::Match best;
  for (std::size_t p = 0; p < syllables.size(); ++p) {
    Gazetteer::Match m = g.MatchCampaign(syllables, p);
    if (m.length > best.length) best = m;
  }
  // “Huy chương Vì an ninh Tổ quốc” is a medal named after the campaign.
  if (syllables.size() >= 2 && syllables[1] == "chuong") return nullptr;
  if (best.length >= 3 && best.length * 10 >= syllables.size() * 6) return &g.campaigns()[best.index];
  return nullptr;
}

class CampaignCollector {
 public:
  explicit CampaignCollector(Entities& out) : out_(out) {}
  // Returns the index of the (new or existing) campaign.
  std::size_t Add(std::string name, std::string short_name, bool known, const Span& span) {
    std::string key = schema::Key(name);
    auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    by_key_[key] = out_.campaigns.size();
    out_.campaigns.push_back({std::move(name), std::move(short_name), known, span});
    return out_.campaigns.size() - 1;
  }
  std::unordered_map<std::string, std::size_t> aliases;  // folded key -> campaign index

 private:
  Entities& out_;
  std::unordered_map<std::string, std::size_t> by_key_;
};

bool Capitalised(const ScannedText& text, std::uint32_t tok) {
  return text.all_caps_text || text.tokens[tok].capitalised || text.tokens[tok].kind == ScanKind::kNumber;
}

void ScanQuotesAndAliases(const Gazetteer& g, Stream& s, CampaignCollector& c) {
  const ScannedText& text = *s.text;
  std::vector<Quote> quotes = FindQuotes(text);
  std::int64_t last_campaign = -1;
  std::uint32_t last_campaign_close = 0;
  std::size_t qi = 0;
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i) {
    // "(gọi tắt là X)": X names the campaign just mentioned.
    if (text.tokens[i].norm == "gọi" && i + 1 < text.tokens.size() && text.tokens[i + 1].norm == "tắt" &&
        last_campaign >= 0) {
      std::uint32_t j = i + 2;
      if (j < text.tokens.size() && text.tokens[j].norm == "là") ++j;
      if (j < text.tokens.size() && IsQuote(text.Surface(j))) ++j;
      std::uint32_t k = j;
      while (k < text.tokens.size() && !text.IsBreak(k) && text.Surface(k) != ")" && !IsQuote(text.Surface(k))) ++k;
      if (k > j) {
        std::string alias = TrimName(Surface(text, j, k - 1));
        c.aliases[Gazetteer::FoldedKey(alias)] = static_cast<std::size_t>(last_campaign);
        for (std::uint32_t x = j; x < k; ++x) s.claimed[x] |= kCampaignQuote;
      }
      i = k;
      continue;
    }
    while (qi < quotes.size() && quotes[qi].open < i) ++qi;  // skipped by an alias
    if (qi >= quotes.size() || quotes[qi].open != i) continue;
    const Quote q = quotes[qi++];
    std::string inner = TrimName(Surface(text, q.open + 1, q.close - 1));
    std::string key = Gazetteer::FoldedKey(inner);
    Span span = MakeSpan(text, q.open + 1, q.close - 1);
    std::int64_t index = -1;
    if (const CampaignInfo* info = ResolveQuoted(g, inner, key)) {
      index = static_cast<std::int64_t>(c.Add(info->name, info->short_name, true, span));
    } else if (auto it = c.aliases.find(key); it != c.aliases.end()) {
      index = static_cast<std::int64_t>(it->second);
    } else if (q.words >= 2 && q.words <= 40) {
      int distance = CueDistance(text, q.open, 10);
      // Movement names are written capitalised ("tẩy chay iPhone" is not one).
      bool cued = Capitalised(text, q.open + 1) && (distance == 0 || (distance > 0 && q.words >= 3));
      // A list of quoted names right after a campaign: “A”, “B” và “C”.
      bool listed = false;
      if (!cued && last_campaign >= 0 && Capitalised(text, q.open + 1)) {
        listed = true;
        for (std::uint32_t x = last_campaign_close + 1; x < q.open; ++x) {
          std::string_view p = text.Surface(x);
          if (!(p == "," || p == ";" || text.tokens[x].norm == "và" || p == "\u2013" || p == "-")) listed = false;
        }
      }
      if (cued || listed) index = static_cast<std::int64_t>(c.Add(inner, inner, false, span));
    }
    if (index >= 0) {
      last_campaign = index;
      last_campaign_close = q.close;
      for (std::uint32_t x = q.open; x <= q.close; ++x) s.claimed[x] |= kCampaignQuote;
    }
    i = q.close;
  }
}

void ScanGazetteer(const Gazetteer& g, Stream& s, CampaignCollector& c) {
  const ScannedText& text = *s.text;
  for (std::size_t p = 0; p < s.folded.size(); ++p) {
    std::uint32_t tok = s.tok[p];
    if (tok == kNoToken || (s.claimed[tok] & kCampaignQuote)) continue;
    Gazetteer::Match m = g.MatchCampaign(s.folded, p);
    if (m.length == 0) continue;
    std::string_view first = s.folded[p];
    std::string_view second = p + 1 < s.folded.size() ? s.folded[p + 1] : std::string_view();
    bool self_cued = (first == "phong" && second == "trao") || (first == "thi" && second == "dua") ||
                     (first == "cuoc" && second == "van") || first == "pttd" || first == "cvd";
    const ScanToken& t = text.tokens[tok];
    // Medals named after a campaign: "Huy chương Vì an ninh Tổ quốc".
    if (p > 0 && s.folded[p - 1] == "chuong") {
      p += m.length - 1;
      continue;
    }
    bool sentence_start = text.sentence_of[tok] == tok;
    bool ok = self_cued || m.length >= 6 || CueDistance(text, tok, 2) >= 0 || (t.all_caps && m.length == 1) ||
              (Capitalised(text, tok) && m.length >= (sentence_start ? 4u : 3u));
    if (!ok) continue;
    std::uint32_t last = s.tok[p + m.length - 1];
    const CampaignInfo& info = g.campaigns()[m.index];
    c.Add(info.name, info.short_name, true, MakeSpan(text, tok, last));
    for (std::uint32_t x = tok; x <= last; ++x) s.claimed[x] |= kCampaignName;
    p += m.length - 1;
  }
}

}  // namespace

void ExtractCampaigns(const Gazetteer& g, Stream& title, Stream& body, Entities& out) {
  CampaignCollector c(out);
  ScanQuotesAndAliases(g, title, c);
  ScanQuotesAndAliases(g, body, c);
  ScanGazetteer(g, title, c);
  ScanGazetteer(g, body, c);
}

}  // namespace thidua::internal
