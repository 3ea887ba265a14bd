// did_you_mean from the index's own vocabulary: every folded syllable maps to
// its exact forms (document frequencies); a query is re-spelled by choosing,
// per syllable, the exact form that the index's pair terms (XJ "a b") support
// best in context (Viterbi over the syllables), allowing one syllable to be
// replaced by a vocabulary syllable at edit distance 1 when the typed one has
// no support. Xapian's own spelling (edit distance over whole words) knows
// nothing of tones, which is what Vietnamese users get wrong.
#include <algorithm>
#include <cmath>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "analyzers/schema.h"
#include "analyzers/text.h"
#include "search/internal.h"

namespace thidua::search_internal {
namespace {

// `form` (lower case, as the index holds it) in the case `typed` was typed
// in: "Quang" -> "Quảng", "DOAN" -> "ĐOÀN", "ket" -> "kết".
std::string WithCaseOf(std::string_view typed, const std::string& form) {
  const icu::UnicodeString surface = icu::UnicodeString::fromUTF8(icu::StringPiece(typed.data(), typed.size()));
  if (surface.isEmpty() || !u_isupper(surface.char32At(0))) return form;
  bool all_upper = surface.countChar32() > 1;
  for (int32_t i = 0; all_upper && i < surface.length(); i = surface.moveIndex32(i, 1)) {
    if (u_islower(surface.char32At(i))) all_upper = false;
  }
  icu::UnicodeString out = icu::UnicodeString::fromUTF8(form);
  if (all_upper) {
    out.toUpper(icu::Locale::getRoot());
  } else if (!out.isEmpty()) {
    const UChar32 first = out.char32At(0);
    out.replace(0, U16_LENGTH(first), icu::UnicodeString(u_toupper(first)));
  }
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

constexpr std::size_t kMaxForms = 10;       // exact forms tried per folded syllable
constexpr double kChangeTypedPenalty = 1.5;  // replacing a form typed with diacritics
constexpr double kEditPenalty = 2.5;         // replacing a syllable by an edit-1 neighbour

bool IsLetterTerm(std::string_view term) {
  if (term.empty() || term.size() > 24) return false;
  for (unsigned char c : term) {
    if (c < 0x80 && !(c >= 'a' && c <= 'z')) return false;
  }
  return true;
}

double PairScore(Xapian::doccount freq) { return freq > 0 ? 2.0 + std::log1p(static_cast<double>(freq)) : 0.0; }
double UnigramScore(Xapian::doccount freq) { return 0.3 * std::log1p(static_cast<double>(freq)); }

struct Candidate {
  std::string form;
  Xapian::doccount freq = 0;
  double penalty = 0;
};

std::vector<std::string> FoldedEdits(const std::string& folded) {
  static constexpr std::string_view kLetters = "abcdeghiklmnopqrstuvxy";  // Vietnamese folded letters
  std::vector<std::string> edits;
  for (std::size_t i = 0; i < folded.size(); ++i) edits.push_back(folded.substr(0, i) + folded.substr(i + 1));
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    for (char c : kLetters) edits.push_back(folded.substr(0, i) + c + folded.substr(i));
  }
  for (std::size_t i = 0; i < folded.size(); ++i) {
    for (char c : kLetters) {
      if (c == folded[i]) continue;
      std::string e = folded;
      e[i] = c;
      edits.push_back(std::move(e));
    }
  }
  for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
    std::string e = folded;
    std::swap(e[i], e[i + 1]);
    if (e != folded) edits.push_back(std::move(e));
  }
  return edits;
}

}  // namespace

std::shared_ptr<const Vocabulary> Vocabulary::Build(const Xapian::Database& db) {
  auto vocabulary = std::make_shared<Vocabulary>();
  vocabulary->doccount_ = db.get_doccount();
  Xapian::TermIterator it = db.allterms_begin();
  it.skip_to("a");  // unprefixed exact terms; prefixes are upper case and sort before
  for (; it != db.allterms_end(); ++it) {
    const std::string term = *it;
    if (!IsLetterTerm(term)) continue;
    auto& forms = vocabulary->forms_[Fold(term)];
    forms.push_back({term, it.get_termfreq()});
  }
  for (auto& [folded, forms] : vocabulary->forms_) {
    std::sort(forms.begin(), forms.end(), [](const Form& a, const Form& b) { return a.freq > b.freq; });
    if (forms.size() > kMaxForms) forms.resize(kMaxForms);
  }
  return vocabulary;
}

const std::vector<Vocabulary::Form>* Vocabulary::FormsOf(std::string_view folded) const {
  auto it = forms_.find(folded);
  return it == forms_.end() ? nullptr : &it->second;
}

std::optional<std::string> DidYouMean(const ParsedQuery& parsed, const Vocabulary& vocabulary,
                                      const Xapian::Database& db) {
  std::vector<const QuerySyllable*> syllables;
  for (const auto& group : parsed.groups) {
    for (const QueryClause& c : group) {
      if (c.negated) continue;
      for (const QuerySyllable& s : c.syllables) syllables.push_back(&s);
    }
  }
  const std::size_t n = syllables.size();
  if (n == 0 || n > 12) return std::nullopt;

  auto freq_of = [&](const std::string& exact) -> Xapian::doccount {
    const auto* forms = vocabulary.FormsOf(Fold(exact));
    if (forms == nullptr) return 0;
    for (const auto& f : *forms) {
      if (f.exact == exact) return f.freq;
    }
    return 0;
  };
  std::vector<std::vector<Candidate>> candidates(n);
  for (std::size_t i = 0; i < n; ++i) {
    const QuerySyllable& s = *syllables[i];
    auto& c = candidates[i];
    c.push_back({s.norm, freq_of(s.norm), 0.0});
    if (!s.is_word) continue;
    if (const auto* forms = vocabulary.FormsOf(s.folded)) {
      for (const auto& f : *forms) {
        if (f.exact == s.norm) continue;
        c.push_back({f.exact, f.freq, s.has_diacritics ? kChangeTypedPenalty : 0.0});
      }
    }
    // Typed without diacritics: the plain form is just one reading, no better than the others.
    if (!s.has_diacritics && c.size() > 1 && c.front().freq == 0) c.erase(c.begin());
  }
  std::vector<bool> pairs_with_previous(n, false);
  for (std::size_t i = 1; i < n; ++i) pairs_with_previous[i] = FormsPair(syllables[i - 1]->token, syllables[i]->token);
  std::unordered_map<std::string, Xapian::doccount> pair_cache;  // the same pairs are looked up many times
  auto pair_freq = [&](const std::string& a, const std::string& b) -> Xapian::doccount {
    // The index has no pairs with a stop word ("nhà ở", "ở xã"): such a
    // reading is plausible next to anything, so it counts as seen once
    // rather than never (else "nha o xa hoi" reads "nhập ồ", a rare pair).
    if (IsPairStopword(a) || IsPairStopword(b)) return 1;
    std::string pair = a + " " + b;
    auto it = pair_cache.find(pair);
    if (it == pair_cache.end()) {
      const Xapian::doccount freq = db.get_termfreq(std::string(schema::kBodyPair) + pair);
      it = pair_cache.emplace(std::move(pair), freq).first;
    }
    return it->second;
  };

  // Every pair of the query as typed is a pair of the index ("mặc chung",
  // "đường đến san diego"): it means what it says, however well another
  // reading pairs. (Exact pair terms, because positions are on folded
  // syllables only: a folded phrase filtered by exact terms would accept
  // "đoàn kết sang tạo" from a text with "sáng tạo" and, elsewhere, "sang".)
  // Known before any other reading is searched for.
  bool typed_pairs_known = false;
  for (std::size_t i = 1; i < n; ++i) {
    if (!pairs_with_previous[i]) continue;
    typed_pairs_known = pair_freq(syllables[i - 1]->norm, syllables[i]->norm) > 0;
    if (!typed_pairs_known) break;
  }
  if (typed_pairs_known) return std::nullopt;

  // Viterbi over candidates; returns the chosen index per position.
  auto best_path = [&]() {
    std::vector<std::vector<double>> score(n);
    std::vector<std::vector<int>> back(n);
    for (std::size_t i = 0; i < n; ++i) {
      score[i].assign(candidates[i].size(), -1e18);
      back[i].assign(candidates[i].size(), -1);
      for (std::size_t k = 0; k < candidates[i].size(); ++k) {
        const Candidate& c = candidates[i][k];
        const double own = UnigramScore(c.freq) - c.penalty;
        if (i == 0) {
          score[i][k] = own;
          continue;
        }
        for (std::size_t j = 0; j < candidates[i - 1].size(); ++j) {
          const double pair = pairs_with_previous[i] ? PairScore(pair_freq(candidates[i - 1][j].form, c.form)) : 0.0;
          const double total = score[i - 1][j] + pair + own;
          if (total > score[i][k]) {
            score[i][k] = total;
            back[i][k] = static_cast<int>(j);
          }
        }
      }
    }
    std::vector<int> path(n, 0);
    path[n - 1] = static_cast<int>(std::max_element(score[n - 1].begin(), score[n - 1].end()) - score[n - 1].begin());
    for (std::size_t i = n - 1; i > 0; --i) path[i - 1] = back[i][path[i]];
    return path;
  };
  std::vector<int> path = best_path();
  auto chosen = [&](std::size_t i) -> const std::string& { return candidates[i][path[i]].form; };
  auto support = [&](std::size_t i, const std::string& form) {  // pair evidence around position i
    Xapian::doccount total = 0;
    if (i > 0 && pairs_with_previous[i]) total += pair_freq(chosen(i - 1), form);
    if (i + 1 < n && pairs_with_previous[i + 1]) total += pair_freq(form, chosen(i + 1));
    return total;
  };
  // Ranks an edit: how many of its pairs the index knows first, then how
  // often, each neighbour read in its best form for this edit ("nong thong
  // moi": "thôn" pairs with "nông", not with the "nóng" chosen before).
  auto edit_gain = [&](std::size_t i, const std::string& form) {
    double gain = 0;
    auto add = [&gain](Xapian::doccount f) {
      if (f > 0) gain += 100.0 + std::log1p(static_cast<double>(f));
    };
    auto best_with = [&](std::size_t j, bool before) {
      Xapian::doccount best = 0;
      for (const Candidate& c : candidates[j]) best = std::max(best, before ? pair_freq(c.form, form) : pair_freq(form, c.form));
      return best;
    };
    if (i > 0 && pairs_with_previous[i]) add(best_with(i - 1, true));
    if (i + 1 < n && pairs_with_previous[i + 1]) add(best_with(i + 1, false));
    return gain;
  };

  // One syllable at edit distance 1, where the chosen form has no support.
  // Candidates are ranked by the pairs they complete, then by how many
  // documents hold the whole corrected query as a phrase.
  struct Edit {
    std::size_t position;
    std::string form;
    double gain;
  };
  std::vector<Edit> edits;
  for (std::size_t i = 0; i < n; ++i) {
    const QuerySyllable& s = *syllables[i];
    if (!s.is_word || s.folded.size() < 2) continue;
    const bool has_neighbours = (i > 0 && pairs_with_previous[i]) || (i + 1 < n && pairs_with_previous[i + 1]);
    // Worth trying when a neighbouring pair is unknown to the index (the
    // association test below keeps word boundaries such as "mưa lớn | Hà Nội").
    bool unsupported = false;
    if (i > 0 && pairs_with_previous[i]) unsupported = unsupported || pair_freq(chosen(i - 1), chosen(i)) == 0;
    if (i + 1 < n && pairs_with_previous[i + 1]) unsupported = unsupported || pair_freq(chosen(i), chosen(i + 1)) == 0;
    if (has_neighbours && !unsupported) continue;
    if (!has_neighbours && vocabulary.FormsOf(s.folded) != nullptr) continue;  // a real word, alone
    for (const std::string& edit : FoldedEdits(s.folded)) {
      const auto* forms = vocabulary.FormsOf(edit);
      if (forms == nullptr) continue;
      for (std::size_t k = 0; k < forms->size() && k < 3; ++k) {
        const auto& f = (*forms)[k];
        if (IsPairStopword(f.exact)) continue;  // its pairs are unknown, so any context would "support" it
        const double gain = has_neighbours ? edit_gain(i, f.exact) : static_cast<double>(f.freq);
        if (gain > 0 && (has_neighbours || f.freq >= 3)) edits.push_back({i, f.exact, gain});
      }
    }
  }
  // The best few per position (a frequent neighbour must not crowd out the right one).
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.position != b.position ? a.position < b.position : a.gain > b.gain;
  });
  std::vector<Edit> kept;
  for (const Edit& e : edits) {
    std::size_t same = 0;
    for (const Edit& k : kept) same += k.position == e.position;
    if (same < 4) kept.push_back(e);
  }
  edits = std::move(kept);
  // The forms of a path, and the best path with one position forced to an edit.
  auto forms_of = [&](const std::vector<int>& p) {
    std::vector<std::string> forms(n);
    for (std::size_t i = 0; i < n; ++i) forms[i] = candidates[i][p[i]].form;
    return forms;
  };
  auto path_with = [&](const Edit& e) {
    std::vector<Candidate> saved = std::move(candidates[e.position]);
    candidates[e.position] = {{e.form, freq_of(e.form), kEditPenalty}};
    std::vector<int> forced = best_path();
    candidates[e.position] = std::move(saved);
    return forced;
  };
  // Documents holding forms[from, to) as a phrase (the whole query by default).
  auto phrase_count = [&](const std::vector<std::string>& forms, std::size_t from = 0,
                          std::size_t to = std::string::npos) -> Xapian::doccount {
    to = std::min(to, forms.size());
    if (to < from + 2) return 0;
    // Positions live on folded terms only: the folded phrase, filtered by the exact terms.
    std::vector<Xapian::Query> folded, all;
    for (std::size_t k = from; k < to; ++k) {
      folded.emplace_back(std::string(schema::kBodyFolded) + Fold(forms[k]));
      all.emplace_back(forms[k]);
    }
    all.emplace_back(Xapian::Query::OP_PHRASE, folded.begin(), folded.end(), static_cast<Xapian::termcount>(to - from));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end()));
    return enquire.get_mset(0, 0, 100).get_matches_estimated();
  };
  // How strongly position i binds to its neighbours in `forms`: per pair,
  // the share of the rarer syllable's documents that hold the pair. Raw pair
  // counts favour frequent syllables: "bão từ miền" completes two pairs, but
  // "bão lũ" is the collocation and "lũ | miền" a word boundary.
  auto association = [&](std::size_t i, const std::vector<std::string>& forms) {
    double total = 0;
    auto add = [&](const std::string& a, const std::string& b) {
      const Xapian::doccount together = pair_freq(a, b);
      if (together == 0) return;
      const Xapian::doccount rarer = std::max<Xapian::doccount>(1, std::min(freq_of(a), freq_of(b)));
      total += std::min(1.0, static_cast<double>(together) / rarer);
    };
    if (i > 0 && pairs_with_previous[i]) add(forms[i - 1], forms[i]);
    if (i + 1 < n && pairs_with_previous[i + 1]) add(forms[i], forms[i + 1]);
    return total;
  };
  const std::vector<std::string> typed_forms = forms_of(path);
  // A phrase count is a positional query over every document holding the
  // terms: computed only for an edit that passed the cheap tests above it.
  std::optional<double> typed_phrase;
  std::optional<Edit> best;
  std::vector<int> best_edit_path;
  double best_score = -1;
  for (const Edit& e : edits) {
    const std::vector<int> edit_path = path_with(e);
    std::vector<std::string> forms = forms_of(edit_path);
    forms[e.position] = e.form;
    // A known syllable is replaced only by one that binds clearly better.
    const std::size_t i = e.position;
    const bool known = freq_of(typed_forms[i]) > 0;
    if (n > 1 && known && association(i, forms) < 2.0 * association(i, typed_forms) + 0.02) continue;
    // A known word typed with diacritics is replaced only where the fix
    // with both its neighbours is a phrase of the index: "nông thông mới" ->
    // "nông thôn mới" is, but "dân vận khéo" -> "dân cần khéo" is not (two
    // pairs that only meet across word boundaries, "người dân cần").
    if (known && syllables[i]->has_diacritics && n > 2 && i > 0 && i + 1 < n && pairs_with_previous[i] &&
        pairs_with_previous[i + 1] && phrase_count(forms, i - 1, i + 2) == 0) {
      continue;
    }
    // Better than the query as typed (its own form), by at least half a pair.
    if (!typed_phrase) typed_phrase = 1000.0 * std::log1p(static_cast<double>(phrase_count(typed_forms)));
    const double typed_score = *typed_phrase + (n > 1 ? edit_gain(e.position, typed_forms[e.position]) : 0.0) + 50.0;
    const double score = 1000.0 * std::log1p(static_cast<double>(phrase_count(forms))) + e.gain;
    if (score > best_score && (n == 1 || score > typed_score)) {
      best_score = score;
      best = e;
      best_edit_path = edit_path;
    }
  }
  std::optional<std::size_t> edited;
  if (best) {
    edited = best->position;
    path = best_edit_path;  // the neighbours as read with the edit
    candidates[best->position].push_back({best->form, freq_of(best->form), kEditPenalty});
    path[best->position] = static_cast<int>(candidates[best->position].size() - 1);
  }

  // Keep a change only where context supports it.
  std::string out;
  std::size_t cursor = 0;
  bool changed = false;
  for (std::size_t i = 0; i < n; ++i) {
    const QuerySyllable& s = *syllables[i];
    std::string form = chosen(i);
    if (form != s.norm && !(edited && *edited == i)) {
      const bool typed_supported = support(i, s.norm) > 0;
      if (support(i, form) == 0 || (s.has_diacritics && typed_supported)) form = s.norm;
    }
    if (form == s.norm) continue;
    out.append(parsed.prepared, cursor, s.begin - cursor);
    out += WithCaseOf(std::string_view(parsed.prepared).substr(s.begin, s.end - s.begin), form);
    cursor = s.end;
    changed = true;
  }
  if (!changed) return std::nullopt;
  out.append(parsed.prepared, cursor, std::string::npos);
  return out;
}

}  // namespace thidua::search_internal
