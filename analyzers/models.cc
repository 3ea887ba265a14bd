// Exemplary models and initiatives: "mô hình Chợ 4.0", "mô hình “…”",
// "sáng kiến …", "điển hình …", "Nhiều mô hình như “A”, “B”", "tổ tự quản
// “…”", with the province they belong to. Precision first: general news
// uses "mô hình" for business models, scale replicas and offices.
#include <algorithm>
#include <unordered_set>

#include "analyzers/entities_internal.h"
#include "analyzers/text.h"

namespace thidua::internal {
namespace {

using Set = std::unordered_set<std::string_view>;

// Function words and verbs: a capitalised name ends before them.
const Set& ModelStop() {
  static const Set s = {"của", "và", "với", "cho", "được", "đã", "là", "trong", "trên", "tại", "ở", "có", "này",
                        "đó", "các", "những", "từ", "đến", "theo", "về", "thì", "mà", "nhưng", "khi", "đạt",
                        "nhằm", "để", "do", "giúp", "góp", "tạo", "mang", "gắn", "đang", "sẽ", "thuộc",
                        // Qualifiers and adverbs: "Hackathon nổi tiếng", "X như Dự án AK", "X mới", "X cũng".
                        "như", "ấy", "kia", "hay", "rất", "khá", "cũng", "đều", "vẫn", "còn", "luôn", "nay", "sau",
                        "bằng"};
  return s;
}

// Two-syllable qualifiers that end a name ("mô hình X hiệu quả").
bool QualifierPair(std::string_view a, std::string_view b) {
  static const Set pairs = {"nổi tiếng", "hiệu quả", "tiêu biểu", "điển hình", "thành công", "độc đáo",
                            "đầu tiên", "duy nhất", "nói trên", "nêu trên", "kể trên", "tương tự",
                            "thí điểm", "hiện nay", "hiện tại", "lạ mắt"};
  std::string key;
  key.reserve(a.size() + b.size() + 1);
  key.append(a).append(" ").append(b);
  return pairs.count(key) > 0;
}

// Whether the name ends before token k (a stop word or a qualifier).
bool EndsNameAt(const ScannedText& text, std::uint32_t k) {
  const auto& toks = text.tokens;
  if (toks[k].kind != ScanKind::kWord) return false;
  const std::string& w = toks[k].norm;
  if (ModelStop().count(w)) return true;
  // "mới" qualifies the model ("mô hình X mới") except in fixed phrases
  // where it belongs to the name: "nông thôn mới", "đời sống mới".
  if (w == "mới") {
    const std::string& prev = toks[k - 1].norm;
    return prev != "thôn" && prev != "sống" && prev != "thường";
  }
  return k + 1 < toks.size() && toks[k + 1].kind == ScanKind::kWord && toks[k + 1].space_before &&
         QualifierPair(w, toks[k + 1].norm);
}

// A named institution or landmark, not a model: an institution or building
// word followed by another capitalised word inside the name ("Trung tâm
// Quốc tế Hỗn hợp", "Lăng Bác"); "Trung tâm học tập cộng đồng", "Chùa xanh
// - phum sóc sạch" stay models.
bool InstitutionName(const ScannedText& text, std::uint32_t first, std::uint32_t last) {
  static const Set heads = {"trung tâm", "công ty", "tập đoàn", "ngân hàng", "đại học", "học viện", "bệnh viện",
                            "hội đồng", "dự án", "bảo tàng", "nhà thờ", "quảng trường", "sân vận động"};
  static const Set single = {"viện", "trường", "quỹ", "lăng", "chùa", "đền", "tháp", "cầu", "dinh", "thành"};
  const auto& toks = text.tokens;
  std::uint32_t rest = first + 1;
  if (first < last && heads.count(toks[first].norm + " " + toks[first + 1].norm)) {
    rest = first + 2;
  } else if (!single.count(toks[first].norm)) {
    return false;
  }
  for (std::uint32_t k = rest; k <= last; ++k) {
    if (toks[k].kind == ScanKind::kWord && toks[k].capitalised) return true;
  }
  return false;
}

// "mô hình" meaning a physical replica or mock-up: a cue in the sentence,
// outside the name [first, last] ("Trưng bày ... mô hình Lăng Bác",
// "mô hình thu nhỏ", "mô hình máy bay in 3D").
bool ReplicaContext(const ScannedText& text, std::uint32_t from, std::uint32_t to, std::uint32_t first,
                    std::uint32_t last) {
  static const Set pairs = {"thu nhỏ", "sa bàn", "lắp ráp", "trưng bày", "máy bay", "tàu thủy", "tàu hỏa",
                            "tàu chiến", "tàu ngầm", "tàu vũ trụ", "ô tô", "xe tăng", "mô phỏng", "đồ chơi",
                            "bằng gỗ", "bằng giấy", "bằng tre", "bằng nhựa", "bằng đất", "in 3d", "tí hon"};
  static const Set single = {"lego", "3d"};
  const auto& toks = text.tokens;
  for (std::uint32_t k = from; k <= to && k < toks.size(); ++k) {
    if (k >= first && k <= last) continue;
    if (toks[k].kind == ScanKind::kPunct || toks[k].kind == ScanKind::kNewline) continue;
    if (single.count(toks[k].norm)) return true;
    if (k + 1 <= to && k + 1 < toks.size() && (k + 1 < first || k + 1 > last) &&
        pairs.count(toks[k].norm + " " + toks[k + 1].norm)) {
      return true;
    }
  }
  return false;
}

// The quoted name starting at the opening quote j: [first, last] inside.
bool QuotedName(const ScannedText& text, std::uint32_t j, std::uint32_t* first, std::uint32_t* last) {
  const auto& toks = text.tokens;
  if (j >= toks.size() || toks[j].kind != ScanKind::kPunct || !IsQuote(text.Surface(j))) return false;
  std::uint32_t k = j + 1;
  while (k < toks.size() && k < j + 40 && !IsQuote(text.Surface(k)) && toks[k].kind != ScanKind::kNewline) ++k;
  if (k >= toks.size() || !IsQuote(text.Surface(k)) || k == j + 1) return false;
  *first = j + 1;
  *last = k - 1;
  return true;
}

// A quoted model name starts with a capital or a digit, as model names are
// written ("“Tổ nhân dân tự quản”", "“4 cùng”"); a lower-case quote is a
// concept or a foreign phrase ("“chợ đêm”", "“one stop destination”").
bool NameLikeStart(const ScannedText& text, std::uint32_t first) {
  const ScanToken& t = text.tokens[first];
  return t.kind == ScanKind::kNumber || (t.kind == ScanKind::kWord && t.capitalised);
}

// The end of the capitalised name starting at j (j itself when it has one
// word only), before a stop word, qualifier or punctuation.
std::uint32_t CapitalisedNameEnd(const ScannedText& text, std::uint32_t j) {
  const auto& toks = text.tokens;
  std::uint32_t last = j;
  for (std::uint32_t k = j + 1; k < toks.size() && k < j + 9; ++k) {
    if (!toks[k].space_before || toks[k].kind == ScanKind::kPunct || toks[k].kind == ScanKind::kNewline) break;
    if (EndsNameAt(text, k)) break;
    last = k;
  }
  return last;
}

class ModelScan {
 public:
  ModelScan(const Gazetteer& g, Stream& s, const Entities& so_far, std::vector<ModelMention>& out)
      : g_(g), s_(s), text_(*s.text), toks_(text_.tokens), so_far_(so_far), out_(out) {}

  void Run() {
    for (std::uint32_t i = 0; i + 2 < toks_.size(); ++i) {
      if (toks_[i].kind != ScanKind::kWord || toks_[i + 1].kind != ScanKind::kWord || text_.InTail(i)) continue;
      const std::string& a = toks_[i].norm;
      const std::string& b = toks_[i + 1].norm;
      if ((a == "mô" && b == "hình") || (a == "sáng" && b == "kiến") || (a == "điển" && b == "hình")) {
        i = Trigger(a + " " + b, i, i + 2);
      } else if ((a == "tổ" && i + 2 < toks_.size() && toks_[i + 2].kind == ScanKind::kWord) &&
                 ((b == "tự" && toks_[i + 2].norm == "quản") || (b == "hợp" && toks_[i + 2].norm == "tác"))) {
        // "tổ tự quản “Tuyến đường văn minh”", "tổ hợp tác “Cà phê sạch”":
        // the group form is itself a grassroots model; quoted names only.
        std::uint32_t first = 0, last = 0;
        if (QuotedName(text_, i + 3, &first, &last) && Acceptable(first) &&
            !(s_.claimed[i + 3] & kCampaignQuote)) {
          Add("mô hình", first, last);
          i = last;
        }
      }
    }
  }

 private:
  // A trigger at i whose name may start at j; returns where scanning resumes.
  std::uint32_t Trigger(const std::string& kind, std::uint32_t i, std::uint32_t j) {
    std::uint32_t first = 0, last = 0;
    // "Nhiều mô hình (tiêu biểu) như “A”, “B”": examples in quotes. Not for
    // "điển hình như", which means "for example" before anything.
    if (kind != "điển hình") {
      std::uint32_t k = j;
      while (k < toks_.size() && k < j + 3 && toks_[k].kind == ScanKind::kWord && toks_[k].norm != "như") ++k;
      if (k < toks_.size() && toks_[k].norm == "như" && QuotedName(text_, k + 1, &first, &last)) j = k + 1;
      // The group or programme the model takes: "Sáng kiến chương trình
      // “Điều ước cho em”", "mô hình câu lạc bộ “X”".
      if (std::uint32_t n = ContainerNoun(j); n > 0 && QuotedName(text_, j + n, &first, &last)) j += n;
    }
    if (QuotedName(text_, j, &first, &last)) {
      if (s_.claimed[j] & kCampaignQuote) return i;  // the campaign's name, not a model
      if (!Acceptable(first) || (kind == "mô hình" && Replica(i, first, last, true))) return last;
      Add(kind, first, last);
      return QuotedList(kind, last);
    }
    // A capitalised name: "mô hình Chợ 4.0", "mô hình Tổ tự quản an ninh".
    // Unquoted capitalised "sáng kiến X" is mostly an international
    // initiative or an organisation ("Sáng kiến Vành đai và Con đường",
    // "Tổ chức Sáng kiến Theo dõi..."): quotes required.
    if (kind == "sáng kiến" || !CapitalisedStart(j)) return i;
    last = CapitalisedNameEnd(text_, j);
    // An unquoted name may have run into the cue ("mô hình Đình làng Hữu
    // Bằng thu nhỏ"): the whole sentence counts.
    if (!CapitalisedAcceptable(j, last) || (kind == "mô hình" && Replica(i, j, last, false))) return i;
    // "Mô hình Khởi nghiệp như Dự án AK-F70": a kind, then its examples.
    if (last + 1 < toks_.size() && toks_[last + 1].norm == "như") return last;
    // A list closed by "và": "mô hình Gia đình học tập, Dòng họ học tập và
    // Cộng đồng học tập". A comma alone often starts a new clause, so items
    // are kept only when the list ends with "và" + a name.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> items = {{j, last}};
    bool closed = false;
    for (std::uint32_t k = last + 1; k + 1 < toks_.size() && items.size() < 8;) {
      bool and_word = toks_[k].kind == ScanKind::kWord && toks_[k].norm == "và";
      if (!text_.IsPunct(k, ",") && !and_word) break;
      std::uint32_t next = k + 1;
      if (!CapitalisedStart(next)) break;
      std::uint32_t end = CapitalisedNameEnd(text_, next);
      if (!CapitalisedAcceptable(next, end)) break;
      items.push_back({next, end});
      if (and_word) {
        closed = true;
        break;
      }
      k = end + 1;
    }
    if (!closed) items.resize(1);
    for (const auto& [f, l] : items) Add(kind, f, l);
    return items.back().second;
  }

  // More quoted names after the first: “A”, “B” và “C”; an item may carry
  // a place ("“A” ở các ấp biên giới, “B” ở thị trấn Hậu Nghĩa").
  std::uint32_t QuotedList(const std::string& kind, std::uint32_t last) {
    std::uint32_t first = 0;
    for (std::uint32_t k = last + 2; k + 1 < toks_.size();) {
      if (toks_[k].kind == ScanKind::kWord && (toks_[k].norm == "ở" || toks_[k].norm == "tại")) {
        std::uint32_t e = k + 1;
        while (e < toks_.size() && e < k + 8 && toks_[e].kind == ScanKind::kWord) ++e;
        if (!text_.IsPunct(e, ",")) break;
        k = e;
      }
      std::uint32_t sep = k;
      while (sep < toks_.size() && (text_.IsPunct(sep, ",") || toks_[sep].norm == "và")) ++sep;
      if (sep == k || !QuotedName(text_, sep, &first, &last) || (s_.claimed[sep] & kCampaignQuote)) break;
      if (!Acceptable(first)) break;
      Add(kind, first, last);
      k = last + 2;
    }
    return last;
  }

  // Syllables of a group or programme noun at j (0: none).
  std::uint32_t ContainerNoun(std::uint32_t j) const {
    static const Set pairs = {"chương trình", "câu lạc", "dự án", "chi hội", "hợp tác", "tự quản", "liên gia"};
    static const Set single = {"clb", "tổ", "nhóm", "đội"};
    if (!text_.IsWord(j)) return 0;
    if (single.count(toks_[j].norm)) return 1 + ContainerNoun(j + 1);  // "tổ tự quản", "tổ hợp tác"
    if (!text_.IsWord(j + 1) || !pairs.count(toks_[j].norm + " " + toks_[j + 1].norm)) return 0;
    if (toks_[j].norm == "câu") return text_.IsWord(j + 2) && toks_[j + 2].norm == "bộ" ? 3 : 0;
    if (toks_[j].norm == "hợp") return text_.IsWord(j + 2) && toks_[j + 2].norm == "xã" ? 3 : 2;  // HTX / tổ hợp tác
    return 2;
  }

  bool CapitalisedStart(std::uint32_t j) const {
    return j < toks_.size() && toks_[j].kind == ScanKind::kWord && toks_[j].capitalised && !toks_[j].all_caps &&
           !(s_.claimed[j] & (kProvince | kLocalUnit | kCampaignName | kPerson));
  }

  // An unquoted capitalised name: ≥ 2 tokens, not a named institution, and
  // not a person's office ("mô hình Bí thư Đảng ủy kiêm Chủ tịch Hội đồng
  // trường"). A quoted name may start with an office: "“Chủ tịch xã đối
  // thoại với dân”" is a model the writer named.
  bool CapitalisedAcceptable(std::uint32_t first, std::uint32_t last) const {
    if (last <= first || !Acceptable(first) || InstitutionName(text_, first, last)) return false;
    std::uint32_t p = s_.pos_of[first];
    return p == kNoToken || g_.MatchTitle(s_.folded, p).length == 0;
  }

  // Any model name starts like a name: a capital or a digit.
  bool Acceptable(std::uint32_t first) const { return NameLikeStart(text_, first); }

  // exclude_name: a cue inside a quoted name is part of what the writer
  // named ("“Đồ chơi sạch cho bé”").
  bool Replica(std::uint32_t trigger, std::uint32_t first, std::uint32_t last, bool exclude_name) const {
    const std::uint32_t from = text_.sentence_of[trigger];
    const std::uint32_t to = text_.SentenceEnd(last);  // its break token is punctuation, skipped there
    return exclude_name ? ReplicaContext(text_, from, to, first, last) : ReplicaContext(text_, from, to, 1, 0);
  }

  void Add(const std::string& kind, std::uint32_t first, std::uint32_t last) {
    ModelMention m;
    m.name = Surface(text_, first, last);
    m.kind = kind;
    m.span = MakeSpan(text_, first, last);
    for (std::uint32_t x = first; x <= last; ++x) s_.claimed[x] |= kModel;
    // The province of a place phrase right after the name ("“A” ở tỉnh Bến
    // Tre, “B” ở tỉnh Thái Nguyên"), else the nearest mention in the same
    // sentence, else the primary.
    std::uint32_t after = last;  // the name's closing quote, if any
    if (after + 1 < toks_.size() && toks_[after + 1].kind == ScanKind::kPunct && IsQuote(text_.Surface(after + 1))) {
      ++after;
    }
    std::uint32_t phrase_end = after;
    while (phrase_end + 1 < toks_.size() && phrase_end < after + 7 && toks_[phrase_end + 1].kind != ScanKind::kPunct &&
           toks_[phrase_end + 1].kind != ScanKind::kNewline) {
      ++phrase_end;
    }
    std::uint32_t sentence = text_.sentence_of[first];
    const std::uint32_t sentence_end = text_.SentenceEnd(last);
    std::uint32_t best_distance = ~0u;
    for (const ProvinceMention& p : so_far_.provinces) {
      if (p.span.in_title != text_.is_title) continue;
      if (phrase_end > after && p.span.begin >= toks_[after].end && p.span.end <= toks_[phrase_end].end) {
        m.province = p.name;
        break;
      }
      if (p.span.begin < toks_[sentence].begin || p.span.end > toks_[sentence_end].end) continue;
      std::uint32_t d = p.span.begin > m.span.begin ? p.span.begin - m.span.begin : m.span.begin - p.span.begin;
      if (d < best_distance) {
        best_distance = d;
        m.province = p.name;
      }
    }
    if (m.province.empty()) m.province = so_far_.primary_province;
    if (std::none_of(out_.begin(), out_.end(), [&](const ModelMention& x) { return x.name == m.name; })) {
      out_.push_back(std::move(m));
    }
  }

  const Gazetteer& g_;
  Stream& s_;
  const ScannedText& text_;
  const std::vector<ScanToken>& toks_;
  const Entities& so_far_;
  std::vector<ModelMention>& out_;
};

}  // namespace

void ExtractModels(const Gazetteer& g, Stream& title, Stream& body, const Entities& so_far,
                   std::vector<ModelMention>& out) {
  for (Stream* s : {&title, &body}) ModelScan(g, *s, so_far, out).Run();
}

}  // namespace thidua::internal
