// Snippets: score windows of syllables by the distinct query terms they hold
// (an exact-form match counts more than a folded one, a phrase or a pair of
// adjacent query syllables more than its words), keep the best few non-overlapping ones, cut on token boundaries and
// wrap matched syllables in <mark>. Only the first max_scan_bytes of a
// document are tokenised, so a huge document costs no more than a long one.
#include <algorithm>
#include <bit>
#include <cstdint>

#include "analyzers/text.h"
#include "search/internal.h"

namespace thidua::search_internal {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n': case '\r': case '\t': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

constexpr double kExactScore = 1.0;
constexpr double kFoldedScore = 0.7;
constexpr double kPhraseBonus = 1.5;

// The same syllable in either i/y spelling ("kỹ" and "kĩ"; see IyVariant).
bool SameSyllable(const std::string& query, const std::string& token) {
  return query == token || (query.size() <= 5 && token.size() <= 5 && IyVariant(query) == token);
}

struct Slot {
  const Token* token;
  int term = -1;        // index into the distinct folded query terms, -1 if none
  double score = 0;     // match quality of this token
  std::uint64_t phrases = 0;  // bit p % 64: query phrase p starts here
  bool marked = false;
};

}  // namespace

std::vector<std::string> MakeSnippets(std::string_view text, const HighlightTerms& terms, Tokenizer& tokenizer,
                                      const SnippetOptions& options) {
  std::string_view scan = text;
  if (scan.size() > options.max_scan_bytes) {
    std::size_t cut = options.max_scan_bytes;
    while (cut > 0 && (static_cast<unsigned char>(scan[cut]) & 0xC0) == 0x80) --cut;
    scan = scan.substr(0, cut);
  }
  const std::vector<Token> tokens = tokenizer.Tokenize(scan);
  std::vector<std::string> distinct;  // folded query terms
  for (const std::string& f : terms.folded) {
    if (std::find(distinct.begin(), distinct.end(), f) == distinct.end()) distinct.push_back(f);
  }
  for (const auto& phrase : terms.phrases) {
    for (const std::string& f : phrase) {
      if (std::find(distinct.begin(), distinct.end(), f) == distinct.end()) distinct.push_back(f);
    }
  }
  std::vector<Slot> slots;
  slots.reserve(tokens.size());
  for (const Token& t : tokens) {
    if (t.is_part) continue;
    Slot s{&t};
    for (std::size_t k = 0; k < terms.folded.size(); ++k) {
      if (!SameSyllable(terms.folded[k], t.folded)) continue;
      if (terms.exact_only && k < terms.typed.size() && !terms.typed[k].empty() &&
          !SameSyllable(terms.typed[k], t.norm)) {
        continue;
      }
      s.term = static_cast<int>(std::find(distinct.begin(), distinct.end(), terms.folded[k]) - distinct.begin());
      const bool exact = std::any_of(terms.exact.begin(), terms.exact.end(),
                                     [&](const std::string& e) { return SameSyllable(e, t.norm); });
      s.score = exact ? kExactScore : kFoldedScore;
      s.marked = true;
    }
    slots.push_back(s);
  }
  for (std::size_t p = 0; p < terms.phrases.size(); ++p) {
    const std::vector<std::string>& phrase = terms.phrases[p];
    static const std::vector<std::string> kAnyForm;
    const std::vector<std::string>& typed = p < terms.phrase_typed.size() ? terms.phrase_typed[p] : kAnyForm;
    if (phrase.empty() || phrase.size() > slots.size()) continue;
    for (std::size_t i = 0; i + phrase.size() <= slots.size(); ++i) {
      bool match = true;
      for (std::size_t k = 0; k < phrase.size() && match; ++k) {
        const Token& token = *slots[i + k].token;
        match = SameSyllable(phrase[k], token.folded) &&
                (k >= typed.size() || typed[k].empty() || SameSyllable(typed[k], token.norm));
      }
      if (!match) continue;
      slots[i].phrases |= std::uint64_t{1} << (p % 64);
      for (std::size_t k = 0; k < phrase.size(); ++k) {
        Slot& s = slots[i + k];
        s.marked = true;
        if (s.term < 0) {
          s.term = static_cast<int>(std::find(distinct.begin(), distinct.end(), phrase[k]) - distinct.begin());
          s.score = kExactScore;
        }
      }
    }
  }

  const int length = std::max(4, options.fragment_tokens);
  const int n = static_cast<int>(slots.size());
  struct Window {
    int begin, end;  // slot range [begin, end)
    double score;
  };
  std::vector<Window> windows;
  std::vector<double> best(distinct.size());
  int last_start = -1;
  for (int p = 0; p < n; ++p) {
    if (!slots[p].marked) continue;
    const int start = std::max(0, std::min(p - length / 4, n - length));
    if (start == last_start) continue;
    last_start = start;
    std::fill(best.begin(), best.end(), 0.0);
    // Each distinct phrase counts once: a window holding the whole query
    // ("bảo hiểm xã hội": three adjacent pairs) beats one repeating a part.
    std::uint64_t phrases = 0;
    const int end = std::min(n, start + length);
    for (int k = start; k < end; ++k) {
      if (slots[k].term >= 0) best[slots[k].term] = std::max(best[slots[k].term], slots[k].score);
      phrases |= slots[k].phrases;
    }
    double score = kPhraseBonus * std::popcount(phrases);
    for (double b : best) score += b;
    windows.push_back({start, end, score});
  }
  std::stable_sort(windows.begin(), windows.end(), [](const Window& a, const Window& b) { return a.score > b.score; });
  std::vector<Window> chosen;
  for (const Window& w : windows) {
    if (static_cast<int>(chosen.size()) >= options.max_fragments) break;
    bool overlaps = false;
    for (const Window& c : chosen) overlaps = overlaps || (w.begin < c.end && c.begin < w.end);
    if (!overlaps) chosen.push_back(w);
  }
  if (chosen.empty() && n > 0) chosen.push_back({0, std::min(n, length), 0});
  std::sort(chosen.begin(), chosen.end(), [](const Window& a, const Window& b) { return a.begin < b.begin; });

  std::vector<std::string> fragments;
  for (const Window& w : chosen) {
    std::string out;
    if (w.begin > 0) out += "\xE2\x80\xA6";  // …
    std::size_t cursor = slots[w.begin].token->begin;
    bool open = false;
    for (int k = w.begin; k < w.end; ++k) {
      const Token& t = *slots[k].token;
      const std::string_view gap = text.substr(cursor, t.begin - cursor);
      const bool gap_is_space = gap.find_first_not_of(" ") == std::string_view::npos;
      if (open && (!slots[k].marked || !gap_is_space)) {
        out += "</mark>";
        open = false;
      }
      out += HtmlEscape(gap);
      if (slots[k].marked && !open) {
        out += "<mark>";
        open = true;
      }
      out += HtmlEscape(text.substr(t.begin, t.end - t.begin));
      cursor = t.end;
    }
    if (open) out += "</mark>";
    // Keep trailing punctuation of the last sentence ("...năm 2020.").
    const std::size_t tail_end = w.end < n ? slots[w.end].token->begin : scan.size();
    std::string_view tail = text.substr(cursor, tail_end - cursor);
    const std::size_t keep = tail.find_first_of(" \n");
    out += HtmlEscape(tail.substr(0, keep));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (w.end < n || scan.size() < text.size()) out += "\xE2\x80\xA6";
    fragments.push_back(std::move(out));
  }
  return fragments;
}

}  // namespace thidua::search_internal
