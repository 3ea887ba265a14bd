// Query text -> Xapian::Query. Our own small parser (Xapian's QueryParser
// knows nothing of folded/exact term pairs): phrases in "..." or “...”,
// -exclusion, OR between words, title:/body: scopes; every syllable matches
// its folded term, and also its exact term when typed with diacritics, so
// exact forms outrank folded ones (or, DiacriticMatch::kTyped, only the exact
// term: "ô nhiễm" must not match "ở ... nhiệm"); pair terms of adjacent syllables boost
// compounds; abbreviations expand to their phrases and back.
#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "analyzers/schema.h"
#include "analyzers/text.h"
#include "search/internal.h"

namespace thidua::search_internal {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of an opening/closing quote at text[i] ('"', “, ”, „), else 0.
std::size_t QuoteAt(std::string_view text, std::size_t i) {
  if (text[i] == '"') return 1;
  if (text.compare(i, 3, "\xE2\x80\x9C") == 0 || text.compare(i, 3, "\xE2\x80\x9D") == 0 ||
      text.compare(i, 3, "\xE2\x80\x9E") == 0) {
    return 3;
  }
  return 0;
}

bool StartsWithNoCase(std::string_view text, std::size_t i, std::string_view word) {
  if (text.size() - i < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = text[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[k]) return false;
  }
  return true;
}

bool LooksLikeAbbreviation(const Token& token) {
  if (token.kind == TokenKind::kAbbreviation) return true;
  if (token.kind != TokenKind::kWord || token.folded.size() < 2) return false;
  // No Vietnamese syllable lacks a vowel: "mttq", "ubnd" typed in lower case.
  return token.folded.find_first_of("aeiouy") == std::string::npos;
}

QuerySyllable MakeSyllable(const Token& token, std::uint32_t offset) {
  QuerySyllable s;
  s.norm = token.norm;
  s.folded = token.folded;
  s.has_diacritics = token.norm != token.folded;
  // "5G", "H5N1": letters with digits are names, not misspelt syllables.
  s.is_word = (token.kind == TokenKind::kWord || token.kind == TokenKind::kAbbreviation) &&
              token.folded.find_first_of("0123456789") == std::string::npos;
  s.begin = token.begin + offset;
  s.end = token.end + offset;
  s.token = token;
  return s;
}

// A syllable's term, OR its other i/y spelling's ("kĩ" for "kỹ": IyVariant).
Xapian::Query TermOrVariant(std::string_view prefix, const std::string& syllable) {
  Xapian::Query term(Prefixed(prefix, syllable));
  const std::string variant = IyVariant(syllable);
  if (variant.empty()) return term;
  return Xapian::Query(Xapian::Query::OP_OR, term, Xapian::Query(Prefixed(prefix, variant)));
}

// The spellings of a syllable: itself and its i/y variant, if any.
std::vector<std::string> Spellings(const std::string& syllable) {
  std::vector<std::string> out{syllable};
  if (std::string variant = IyVariant(syllable); !variant.empty()) out.push_back(std::move(variant));
  return out;
}

// One syllable in one space: folded term, OR the exact term when typed with
// diacritics (only the exact term when it is required). For counting
// (match_only) the folded term alone: every document with the exact term has
// the folded one too, so the match set is the same with half the posting lists.
Xapian::Query SyllableIn(const QuerySyllable& s, bool title, const RankingParams& r, bool match_only,
                         bool exact_required) {
  Xapian::Query folded = TermOrVariant(title ? schema::kTitleFolded : schema::kBodyFolded, s.folded);
  if (!s.has_diacritics) return folded;
  Xapian::Query exact = TermOrVariant(title ? schema::kTitleExact : schema::kBodyExact, s.norm);
  if (exact_required) return match_only ? exact : Scaled(exact, r.exact_boost);
  if (match_only) return folded;
  return Xapian::Query(Xapian::Query::OP_OR, Scaled(exact, r.exact_boost), Scaled(folded, r.folded_when_exact));
}

// A phrase: positions live on the folded terms only (docs/schema.md), so the
// phrase always runs on folded syllables; syllables typed with diacritics add
// their exact terms as an AND filter (and the exact weight), which keeps
// "thế giới" from matching "thể giới" while "the gioi" matches both.
Xapian::Query PhraseIn(const std::vector<QuerySyllable>& syllables, bool title, bool folded_only,
                       const RankingParams& r) {
  std::vector<Xapian::Query> folded, exact;
  for (const QuerySyllable& s : syllables) {
    folded.push_back(TermOrVariant(title ? schema::kTitleFolded : schema::kBodyFolded, s.folded));
    if (s.has_diacritics && !folded_only) {
      exact.push_back(TermOrVariant(title ? schema::kTitleExact : schema::kBodyExact, s.norm));
    }
  }
  Xapian::Query phrase = folded.size() == 1 ? folded.front()
                                            : Xapian::Query(Xapian::Query::OP_PHRASE, folded.begin(), folded.end(),
                                                            static_cast<Xapian::termcount>(folded.size()));
  if (exact.empty()) return phrase;
  exact.insert(exact.begin(), Scaled(phrase, r.folded_when_exact));
  return Xapian::Query(Xapian::Query::OP_AND, exact.begin(), exact.end());
}

Xapian::Query InScope(FieldScope scope, const RankingParams& r, const auto& make) {
  switch (scope) {
    case FieldScope::kTitle: return make(true);
    case FieldScope::kBody: return make(false);
    case FieldScope::kAny: break;
  }
  return Xapian::Query(Xapian::Query::OP_OR, make(false), Scaled(make(true), r.title_boost));
}

std::vector<QuerySyllable> SyllablesOf(std::string_view text, Tokenizer& tokenizer) {
  std::vector<QuerySyllable> out;
  for (const Token& t : tokenizer.Tokenize(text)) {
    if (!t.is_part) out.push_back(MakeSyllable(t, 0));
  }
  return out;
}

// A phrase (folded, any scope) for each abbreviation or expansion text.
Xapian::Query AlternativesQuery(const std::vector<std::string>& texts, Tokenizer& tokenizer,
                                const RankingParams& r, HighlightTerms& highlight) {
  std::vector<Xapian::Query> alternatives;
  for (const std::string& text : texts) {
    std::vector<QuerySyllable> syllables = SyllablesOf(text, tokenizer);
    if (syllables.empty()) continue;
    alternatives.push_back(InScope(FieldScope::kAny, r, [&](bool title) { return PhraseIn(syllables, title, true, r); }));
    std::vector<std::string> folded;
    for (const QuerySyllable& s : syllables) folded.push_back(s.folded);
    highlight.phrases.push_back(std::move(folded));
    highlight.phrase_typed.emplace_back();  // an abbreviation's expansion matches in any form
  }
  if (alternatives.empty()) return {};
  return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

std::string JoinNorm(const std::vector<QuerySyllable>& syllables, std::size_t from, std::size_t to) {
  std::string text;
  for (std::size_t i = from; i < to; ++i) {
    if (!text.empty()) text += ' ';
    text += syllables[i].norm;
  }
  return text;
}

}  // namespace

// THIDUA_RANKING="k1=1.2,b=0.7,title=2,pair=2,folded=0.25,exact=1" overrides
// the defaults (for tuning with thidua-relevance; read once).
const RankingParams& DefaultRanking() {
  static const RankingParams params = [] {
    RankingParams p;
    const char* env = std::getenv("THIDUA_RANKING");
    if (env == nullptr) return p;
    std::string spec = env;
    std::size_t start = 0;
    while (start < spec.size()) {
      std::size_t end = spec.find(',', start);
      if (end == std::string::npos) end = spec.size();
      const std::string item = spec.substr(start, end - start);
      const std::size_t eq = item.find('=');
      if (eq != std::string::npos) {
        const std::string name = item.substr(0, eq);
        const double value = std::atof(item.c_str() + eq + 1);
        if (name == "k1") p.k1 = value;
        else if (name == "b") p.b = value;
        else if (name == "title") p.title_boost = value;
        else if (name == "pair") p.pair_boost = value;
        else if (name == "folded") p.folded_when_exact = value;
        else if (name == "exact") p.exact_boost = value;
      }
      start = end + 1;
    }
    return p;
  }();
  return params;
}

ParsedQuery ParseQueryText(std::string_view q, Tokenizer& tokenizer) {
  ParsedQuery parsed;
  parsed.prepared = PrepareText(q).text;
  const std::string_view text = parsed.prepared;
  bool pending_or = false;
  bool previous_plain = false;  // the previous unit was a plain positive word, whitespace apart
  std::size_t i = 0;
  while (i < text.size()) {
    if (IsSpace(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    // "OR" (or "|") as a word of its own joins its neighbours.
    const bool word_start = i == 0 || IsSpace(static_cast<unsigned char>(text[i - 1]));
    if (word_start && text.compare(i, 2, "OR") == 0 &&
        (i + 2 == text.size() || IsSpace(static_cast<unsigned char>(text[i + 2])))) {
      pending_or = !parsed.groups.empty();
      previous_plain = false;
      i += 2;
      continue;
    }
    if (word_start && text[i] == '|' && (i + 1 == text.size() || IsSpace(static_cast<unsigned char>(text[i + 1])))) {
      pending_or = !parsed.groups.empty();
      previous_plain = false;
      ++i;
      continue;
    }
    QueryClause clause;
    if (word_start && text[i] == '-' && i + 1 < text.size() && !IsSpace(static_cast<unsigned char>(text[i + 1]))) {
      clause.negated = true;
      ++i;
    }
    if (StartsWithNoCase(text, i, "title:")) {
      clause.scope = FieldScope::kTitle;
      i += 6;
    } else if (StartsWithNoCase(text, i, "body:")) {
      clause.scope = FieldScope::kBody;
      i += 5;
    }
    std::size_t unit_begin = i, unit_end = i;
    if (i < text.size() && QuoteAt(text, i) > 0) {
      clause.phrase = true;
      unit_begin = i + QuoteAt(text, i);
      std::size_t j = unit_begin;
      while (j < text.size() && QuoteAt(text, j) == 0) ++j;
      unit_end = j;
      i = j < text.size() ? j + QuoteAt(text, j) : j;
    } else {
      std::size_t j = i;
      while (j < text.size() && !IsSpace(static_cast<unsigned char>(text[j])) && QuoteAt(text, j) == 0) ++j;
      unit_end = j;
      i = j;
    }
    std::vector<Token> tokens = tokenizer.Tokenize(text.substr(unit_begin, unit_end - unit_begin));
    std::vector<QuerySyllable> syllables;
    for (const Token& t : tokens) {
      if (!t.is_part) syllables.push_back(MakeSyllable(t, static_cast<std::uint32_t>(unit_begin)));
    }
    if (syllables.empty()) continue;
    const bool plain = !clause.negated && !clause.phrase && clause.scope == FieldScope::kAny;
    if (plain && previous_plain && !pending_or) syllables.front().token.joins_previous = true;
    // A scoped or negated word of several tokens ("-TP.HCM") stays together.
    if (clause.phrase || clause.negated || clause.scope != FieldScope::kAny) {
      clause.phrase = clause.phrase || syllables.size() > 1;
      if (!clause.phrase) clause.abbreviation = LooksLikeAbbreviation(syllables.front().token);
      clause.syllables = std::move(syllables);
      if (pending_or) parsed.groups.back().push_back(std::move(clause));
      else parsed.groups.push_back({std::move(clause)});
    } else {
      for (QuerySyllable& s : syllables) {
        QueryClause single = clause;
        single.abbreviation = LooksLikeAbbreviation(s.token);
        single.syllables.push_back(std::move(s));
        if (pending_or) parsed.groups.back().push_back(std::move(single));
        else parsed.groups.push_back({std::move(single)});
        pending_or = false;
      }
    }
    pending_or = false;
    previous_plain = plain;
  }
  return parsed;
}

bool IsCollocation(const Xapian::Database& db, std::string_view pair_prefix, std::string_view single_prefix,
                   const std::string& a, const std::string& b) {
  try {
    const double pair = static_cast<double>(db.get_collection_freq(Prefixed(pair_prefix, a + " " + b)));
    if (pair == 0) return false;  // its boost would match nothing
    const double first = static_cast<double>(db.get_collection_freq(Prefixed(single_prefix, a)));
    const double second = static_cast<double>(db.get_collection_freq(Prefixed(single_prefix, b)));
    if (first == 0 || second == 0) return true;
    return pair * static_cast<double>(db.get_total_length()) / (first * second) >= kMinPairLift;
  } catch (const Xapian::Error&) {
    return true;  // statistics are advice: a writer's commit mid-read keeps the boost
  }
}

BuiltQuery BuildTextQuery(const ParsedQuery& parsed, const Gazetteer& gazetteer, Tokenizer& tokenizer,
                          const RankingParams& r, bool match_only, DiacriticMatch diacritics,
                          const Xapian::Database* stats) {
  BuiltQuery built;
  const bool exact_required = diacritics == DiacriticMatch::kTyped;
  built.highlight.exact_only = exact_required;
  std::vector<Xapian::Query> units;     // positive units, ANDed
  std::vector<Xapian::Query> negated;   // excluded
  std::vector<Xapian::Query> pairs;     // optional adjacency boosts
  HighlightTerms& highlight = built.highlight;

  auto clause_query = [&](const QueryClause& c) {
    Xapian::Query q;
    if (c.phrase) {
      q = InScope(c.scope, r, [&](bool title) { return PhraseIn(c.syllables, title, false, r); });
    } else {
      q = InScope(c.scope, r, [&](bool title) {
        return SyllableIn(c.syllables.front(), title, r, match_only, exact_required);
      });
    }
    if (c.abbreviation && !c.negated) {
      Xapian::Query expansions =
          AlternativesQuery(gazetteer.ExpandAbbreviation(c.syllables.front().norm), tokenizer, r, highlight);
      if (!expansions.empty()) q = Xapian::Query(Xapian::Query::OP_OR, q, expansions);
    }
    if (c.phrase && !c.negated) {
      std::vector<std::string> abbreviations = gazetteer.AbbreviationsOf(JoinNorm(c.syllables, 0, c.syllables.size()));
      Xapian::Query alternatives = AlternativesQuery(abbreviations, tokenizer, r, highlight);
      if (!alternatives.empty()) q = Xapian::Query(Xapian::Query::OP_OR, q, alternatives);
    }
    return q;
  };
  auto note_highlight = [&](const QueryClause& c) {
    for (const QuerySyllable& s : c.syllables) built.typed_diacritics = built.typed_diacritics || s.has_diacritics;
    if (c.negated) return;
    std::vector<std::string> phrase, typed;
    for (const QuerySyllable& s : c.syllables) {
      if (s.has_diacritics) highlight.exact.push_back(s.norm);
      highlight.folded.push_back(s.folded);
      highlight.typed.push_back(s.has_diacritics ? s.norm : std::string());
      phrase.push_back(s.folded);
      typed.push_back(highlight.typed.back());
    }
    if (c.phrase && phrase.size() > 1) {
      highlight.phrases.push_back(std::move(phrase));
      const bool any_typed = std::any_of(typed.begin(), typed.end(), [](const std::string& t) { return !t.empty(); });
      highlight.phrase_typed.push_back(any_typed ? std::move(typed) : std::vector<std::string>());
    }
  };

  // Adjacent plain query syllables: an optional boost for documents where
  // they are adjacent too (compounds), and a soft phrase for snippets, so a
  // fragment with "bảo hiểm xã hội" beats one with "xã hội" alone.
  auto add_pair = [&](const QuerySyllable& a, const QuerySyllable& b) {
    if (!FormsPair(a.token, b.token)) return;
    auto add = [&](std::string_view body, std::string_view title, std::string_view single, const std::string& x,
                   const std::string& y) {
      for (const std::string& first : Spellings(x)) {
        for (const std::string& second : Spellings(y)) {
          // Exact pairs only: folded statistics merge many words ("hoa" is
          // hoa, hòa, hóa, họa...), so their lift understates real compounds
          // and dropping folded pairs cost accentless queries more than it
          // gained (docs/benchmarks.md, "Relevance graded by reading").
          if (stats != nullptr && single == schema::kBodyExact && !IsCollocation(*stats, body, single, first, second)) {
            continue;
          }
          pairs.push_back(Scaled(Xapian::Query(Prefixed(body, first + " " + second)), r.pair_boost));
          pairs.push_back(Scaled(Xapian::Query(Prefixed(title, first + " " + second)), r.pair_boost * r.title_boost));
        }
      }
    };
    add(schema::kBodyPairFolded, schema::kTitlePairFolded, schema::kBodyFolded, a.folded, b.folded);
    // The exact pair when both are typed as spelt: a number is ("lớp 10").
    auto as_spelt = [](const QuerySyllable& s) { return s.has_diacritics || !s.is_word; };
    if (as_spelt(a) && as_spelt(b) && (a.has_diacritics || b.has_diacritics)) {
      add(schema::kBodyPair, schema::kTitlePair, schema::kBodyExact, a.norm, b.norm);
    }
    highlight.phrases.push_back({a.folded, b.folded});
    std::vector<std::string> typed{a.has_diacritics ? a.norm : "", b.has_diacritics ? b.norm : ""};
    if (!exact_required || (typed[0].empty() && typed[1].empty())) typed.clear();
    highlight.phrase_typed.push_back(std::move(typed));
  };

  // Runs of plain single-syllable groups: candidates for expansion matching
  // ("mặt trận tổ quốc" also finds "MTTQ") and for pair boosts.
  const auto& groups = parsed.groups;
  auto plain_single = [&](std::size_t g) {
    const auto& group = groups[g];
    return group.size() == 1 && !group[0].phrase && !group[0].negated && group[0].scope != FieldScope::kTitle &&
           group[0].syllables.size() == 1;
  };
  std::size_t g = 0;
  while (g < groups.size()) {
    const auto& group = groups[g];
    for (const QueryClause& c : group) note_highlight(c);
    if (group.size() == 1 && group[0].negated) {
      negated.push_back(clause_query(group[0]));
      ++g;
      continue;
    }
    // Longest run starting here whose text is an abbreviation's expansion.
    if (plain_single(g)) {
      std::size_t run_end = g;
      while (run_end < groups.size() && plain_single(run_end)) ++run_end;
      bool replaced = false;
      for (std::size_t end = std::min(run_end, g + 8); end >= g + 2 && !replaced; --end) {
        std::vector<QuerySyllable> run;
        for (std::size_t k = g; k < end; ++k) run.push_back(groups[k][0].syllables[0]);
        const std::vector<std::string> abbreviations = gazetteer.AbbreviationsOf(JoinNorm(run, 0, run.size()));
        if (abbreviations.empty()) continue;
        std::vector<Xapian::Query> parts;
        for (std::size_t k = g; k < end; ++k) {
          parts.push_back(clause_query(groups[k][0]));
          if (k > g) note_highlight(groups[k][0]);
        }
        Xapian::Query all(Xapian::Query::OP_AND, parts.begin(), parts.end());
        Xapian::Query alternatives = AlternativesQuery(abbreviations, tokenizer, r, highlight);
        units.push_back(Xapian::Query(Xapian::Query::OP_OR, all, alternatives));
        for (std::size_t k = g + 1; k < end; ++k) add_pair(groups[k - 1][0].syllables[0], groups[k][0].syllables[0]);
        g = end;
        replaced = true;
      }
      if (replaced) continue;
    }
    std::vector<Xapian::Query> alternatives;
    for (const QueryClause& c : group) {
      if (c.negated) negated.push_back(clause_query(c));
      else alternatives.push_back(clause_query(c));
    }
    if (!alternatives.empty()) {
      units.push_back(alternatives.size() == 1
                          ? alternatives.front()
                          : Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end()));
    }
    // Pair boost with the previous plain syllable.
    if (g > 0 && plain_single(g) && plain_single(g - 1)) add_pair(groups[g - 1][0].syllables[0], group[0].syllables[0]);
    ++g;
  }

  auto finish = [&](Xapian::Query main) {
    if (!pairs.empty() && !match_only) {
      main = Xapian::Query(Xapian::Query::OP_AND_MAYBE, main,
                           Xapian::Query(Xapian::Query::OP_OR, pairs.begin(), pairs.end()));
    }
    if (!negated.empty()) {
      main = Xapian::Query(Xapian::Query::OP_AND_NOT, main,
                           Xapian::Query(Xapian::Query::OP_OR, negated.begin(), negated.end()));
    }
    return main;
  };
  if (units.empty()) {
    built.match_all = true;
    built.strict = finish(Xapian::Query::MatchAll);
    return built;
  }
  built.strict = finish(Xapian::Query(Xapian::Query::OP_AND, units.begin(), units.end()));
  if (units.size() >= 2) {
    if (units.size() >= 3) {
      std::vector<Xapian::Query> most;  // all but one, for each one left out
      for (std::size_t leave = 0; leave < units.size(); ++leave) {
        std::vector<Xapian::Query> rest;
        for (std::size_t k = 0; k < units.size(); ++k) {
          if (k != leave) rest.push_back(units[k]);
        }
        most.emplace_back(Xapian::Query::OP_AND, rest.begin(), rest.end());
      }
      built.relaxed = finish(Xapian::Query(Xapian::Query::OP_OR, most.begin(), most.end()));
    }
    built.relaxed_any = finish(Xapian::Query(Xapian::Query::OP_OR, units.begin(), units.end()));
  }
  return built;
}

}  // namespace thidua::search_internal
