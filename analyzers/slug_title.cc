#include "analyzers/slug_title.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace thidua {
namespace {

constexpr std::size_t kMaxForms = 5;
constexpr double kMinRestoredShare = 0.7;

bool AllOf(std::string_view s, bool (*pred)(char)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSlugChar(char c) { return (c >= 'a' && c <= 'z') || IsDigit(c); }

// True when the first code point of s is an upper-case letter.
bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<std::int32_t>(s.size()), c);
  return c > 0 && u_isupper(c);
}

std::string UpperFirst(const std::string& s) {
  if (s.empty()) return s;
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<std::int32_t>(s.size()), c);
  if (c < 0) return s;
  std::string out;
  std::int32_t length = 0;
  char buffer[4];
  U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buffer), length, u_toupper(c));
  out.append(buffer, static_cast<std::size_t>(length));
  out.append(s, static_cast<std::size_t>(i));
  return out;
}

// Starts a sentence: nothing but spaces since the text's start, a line break
// or a full stop, question or exclamation mark, colon or opening quote.
bool SentenceInitial(std::string_view text, std::uint32_t begin) {
  std::size_t k = begin;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k == 0) return true;
  const char c = text[k - 1];
  return c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || text.substr(0, k).ends_with("\u201c");
}

struct FormStats {
  int count = 0;
  std::unordered_map<std::string, int> mid_surfaces;  // spellings seen inside a sentence
};

}  // namespace

std::vector<std::string> SlugWords(std::string_view url) {
  const std::size_t query = url.find_first_of("?#");
  if (query != std::string_view::npos) url = url.substr(0, query);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  const std::size_t slash = url.rfind('/');
  if (slash == std::string_view::npos || url.substr(0, slash).find("://") == std::string_view::npos) return {};
  std::string_view segment = url.substr(slash + 1);
  if (const std::size_t dot = segment.rfind('.'); dot != std::string_view::npos) segment = segment.substr(0, dot);
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= segment.size()) {
    std::size_t end = segment.find('-', start);
    if (end == std::string_view::npos) end = segment.size();
    std::string word(segment.substr(start, end - start));
    std::transform(word.begin(), word.end(), word.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    if (!word.empty()) {
      if (!AllOf(word, IsSlugChar)) return {};
      words.push_back(std::move(word));
    }
    start = end + 1;
  }
  // The site's numeric article id at the end ("...-20201001163534963").
  while (!words.empty() && words.back().size() >= 6 && AllOf(words.back(), IsDigit)) words.pop_back();
  return words;
}

SlugTitle TitleFromSlug(std::string_view url, std::string_view text, const std::vector<Token>& tokens) {
  const std::vector<std::string> words = SlugWords(url);
  if (words.size() < 3) return {};

  std::unordered_map<std::string, std::unordered_map<std::string, FormStats>> forms;  // folded -> norm -> stats
  std::unordered_map<std::string, int> pairs;                                      // "norm norm" -> count
  std::unordered_map<std::string, std::string> numbers;                            // digits -> spelling
  // Only the slug's syllables are counted: most of a body is not in its headline.
  const std::unordered_set<std::string_view> wanted(words.begin(), words.end());
  const Token* previous = nullptr;
  for (const Token& t : tokens) {
    if (t.is_part) continue;
    const std::string_view surface = text.substr(t.begin, t.end - t.begin);
    if (t.kind == TokenKind::kNumber && surface.size() <= 24) {
      std::string digits;
      for (char c : surface) {
        if (IsDigit(c)) digits += c;
      }
      numbers.emplace(std::move(digits), std::string(surface));
    }
    if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kAbbreviation) || !wanted.count(t.folded)) {
      previous = nullptr;
      continue;
    }
    FormStats& stats = forms[t.folded][t.norm];
    ++stats.count;
    if (!SentenceInitial(text, t.begin)) ++stats.mid_surfaces[std::string(surface)];
    if (previous != nullptr && t.joins_previous) ++pairs[previous->norm + " " + t.norm];
    previous = &t;
  }

  // Candidates per slug word: the text's spellings of it, most frequent first.
  struct Candidate {
    std::string norm;
    int count = 0;  // occurrences in the text (0: not found there)
    double own() const { return std::log1p(count); }
  };
  std::vector<std::vector<Candidate>> candidates(words.size());
  std::size_t letter_words = 0, restored = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (AllOf(w, IsDigit)) {
      auto it = numbers.find(w);
      candidates[i].push_back({it != numbers.end() ? it->second : w, 0});
      continue;
    }
    ++letter_words;
    auto it = forms.find(w);
    if (it == forms.end()) {
      candidates[i].push_back({w, 0});
      continue;
    }
    ++restored;
    for (const auto& [norm, stats] : it->second) candidates[i].push_back({norm, stats.count});
    std::sort(candidates[i].begin(), candidates[i].end(),
              [](const Candidate& a, const Candidate& b) { return a.count > b.count || (a.count == b.count && a.norm < b.norm); });
    if (candidates[i].size() > kMaxForms) candidates[i].resize(kMaxForms);
  }
  if (letter_words == 0 || static_cast<double>(restored) < kMinRestoredShare * static_cast<double>(letter_words)) {
    return {};
  }

  // Viterbi: the spellings that the text's syllable pairs support best.
  const std::size_t n = words.size();
  std::vector<std::vector<double>> score(n);
  std::vector<std::vector<std::size_t>> back(n);
  for (std::size_t i = 0; i < n; ++i) {
    score[i].assign(candidates[i].size(), -1e18);
    back[i].assign(candidates[i].size(), 0);
    for (std::size_t k = 0; k < candidates[i].size(); ++k) {
      if (i == 0) {
        score[i][k] = candidates[i][k].own();
        continue;
      }
      for (std::size_t j = 0; j < candidates[i - 1].size(); ++j) {
        auto pair = pairs.find(candidates[i - 1][j].norm + " " + candidates[i][k].norm);
        const double link = pair == pairs.end() ? 0.0 : 3.0 * std::log1p(pair->second);
        const double total = score[i - 1][j] + link + candidates[i][k].own();
        if (total > score[i][k]) {
          score[i][k] = total;
          back[i][k] = j;
        }
      }
    }
  }
  std::vector<std::size_t> path(n, 0);
  path[n - 1] = static_cast<std::size_t>(std::max_element(score[n - 1].begin(), score[n - 1].end()) - score[n - 1].begin());
  for (std::size_t i = n - 1; i > 0; --i) path[i - 1] = back[i][path[i]];

  auto pair_count = [&](std::size_t a, std::size_t b) {
    auto it = pairs.find(candidates[a][path[a]].norm + " " + candidates[b][path[b]].norm);
    return it == pairs.end() ? 0 : it->second;
  };
  bool confident = restored == letter_words;
  for (std::size_t i = 0; i < n && confident; ++i) {
    const std::vector<Candidate>& c = candidates[i];
    // Supported by the text's pairs on every side that has a neighbour, or
    // on one side when it is also the text's commonest spelling.
    const bool before = i > 0 && pair_count(i - 1, i) > 0, after = i + 1 < n && pair_count(i, i + 1) > 0;
    const bool commonest = std::all_of(c.begin(), c.end(), [&](const Candidate& k) { return k.count <= c[path[i]].count; });
    // A spelling the text never pairs with a neighbour is a guess even when
    // it is the text's only one: the headline's word may not be in the body
    // ("Hà Nội dừng giao ..." over a body that only has "áp dụng").
    const bool digits = AllOf(words[i], IsDigit);
    confident = digits || ((i == 0 || before) && (i + 1 == n || after)) || ((before || after) && commonest);
  }

  // Spelled as the text spells the word inside sentences ("Hà Nội", "MTTQ",
  // "thương hiệu"), the first word capitalised.
  std::string title;
  for (std::size_t i = 0; i < n; ++i) {
    std::string word = candidates[i][path[i]].norm;
    if (auto f = forms.find(words[i]); f != forms.end()) {
      if (auto stats = f->second.find(word); stats != f->second.end() && !stats->second.mid_surfaces.empty()) {
        word = std::max_element(stats->second.mid_surfaces.begin(), stats->second.mid_surfaces.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; })
                   ->first;
      }
    }
    if (i == 0 && !StartsUpper(word)) word = UpperFirst(word);
    if (!title.empty()) title += ' ';
    title += word;
  }
  return {std::move(title), confident};
}

}  // namespace thidua
