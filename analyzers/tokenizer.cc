// Vietnamese tokenizer and index terms (analyzers/tokenizer.h).
//
// ICU's word BreakIterator (Vietnamese locale) segments the prepared text
// into syllables and numbers; a pass over its boundaries then joins what
// Vietnamese news writes as one unit (token_patterns.cc), splits letter runs
// ICU glued across '.' or ':' ("nhau.Trong"), and decides where a syllable
// pair may form (no punctuation or line break in between).
#include "analyzers/tokenizer.h"

#include <algorithm>
#include <array>
#include <functional>
#include <mutex>

#include <unicode/brkiter.h>

#include "analyzers/fold_table_internal.h"
#include "analyzers/schema.h"
#include "analyzers/text.h"
#include "analyzers/token_patterns_internal.h"
#include "analyzers/word_segmenter_internal.h"

namespace thidua {
namespace {

using internal::CompoundKind;
using internal::CompoundMatch;
using internal::DecodeUtf8;

// Xapian rejects terms longer than 245 bytes; longer "words" are noise.
constexpr std::size_t kMaxTermBytes = 240;

// The word iterator is built once (rule compilation is slow) and cloned.
const icu::BreakIterator* PrototypeWordIterator() {
  static const icu::BreakIterator* prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator* iterator =
        icu::BreakIterator::createWordInstance(icu::Locale("vi"), status);
    if (U_FAILURE(status)) {
      delete iterator;
      status = U_ZERO_ERROR;
      iterator = icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
    }
    return U_SUCCESS(status) ? iterator : nullptr;
  }();
  return prototype;
}

bool AllUpperLetters(std::string_view surface) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < surface.size();) {
    const char32_t cp = DecodeUtf8(surface, i);
    if (internal::IsLowerLetter(cp)) return false;
    if (internal::IsUpperLetter(cp)) ++letters;
  }
  return letters >= 2;
}

// Characters ICU keeps inside a word (MidLetter / MidNumLet, and '@' which
// its rules treat as a letter) that in Vietnamese text mostly mean a missing
// space, a domain name or an e-mail address: split there.
bool IsGlue(char32_t cp) {
  return cp == '.' || cp == ':' || cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0xB7 ||
         cp == '@';
}

// A compound can only start where the segment is followed by a joiner
// ('/', '-', '&', '.') or is a '.'-joined segment itself ("TP.HCM").
bool IsCompoundJoiner(std::string_view text, std::size_t begin, std::size_t end) {
  const char next = text[end];
  if (next == '/' || next == '-' || next == '&' || next == '.') return true;
  return text.substr(begin, end - begin).find('.') != std::string_view::npos;
}

}  // namespace

struct Tokenizer::Impl {
  explicit Impl(icu::BreakIterator* word_iterator)
      : iterator(word_iterator), segmenter(iterator.get()) {}

  std::unique_ptr<icu::BreakIterator> iterator;  // nullptr if ICU failed: fast path only
  internal::WordSegmenter segmenter;
  std::vector<internal::WordSegment> segments;
  // A direct-mapped cache surface -> (norm, folded): news text repeats a
  // few thousand syllables, so this spares most NormalizeTerm/Fold work.
  struct Forms {
    bool used = false;
    std::string surface;
    std::string norm;
    std::string folded;
  };
  static constexpr std::size_t kMaxCachedSurface = 32;
  static constexpr std::size_t kCacheSlots = 1 << 14;
  std::vector<Forms> forms = std::vector<Forms>(kCacheSlots);
  std::vector<Token> tokens;
  std::uint32_t next_position = 0;
  std::size_t previous_end = 0;  // end of the previous non-part token
  bool have_previous = false;
  std::string_view text;

  // A token ends a pair run unless only inline spaces separate it from the previous one.
  bool JoinsPrevious(std::size_t begin) const {
    if (!have_previous) return false;
    for (std::size_t i = previous_end; i < begin;) {
      if (!internal::IsInlineSpace(DecodeUtf8(text, i))) return false;
    }
    return true;
  }

  Token& Emit(std::size_t begin, std::size_t end, TokenKind kind, bool is_part, bool joins) {
    Token& token = tokens.emplace_back();
    token.begin = static_cast<std::uint32_t>(begin);
    token.end = static_cast<std::uint32_t>(end);
    const std::string_view surface = text.substr(begin, end - begin);
    if (surface.size() <= kMaxCachedSurface) {
      Forms& slot = forms[std::hash<std::string_view>{}(surface) & (kCacheSlots - 1)];
      if (!slot.used || slot.surface != surface) {
        slot.used = true;
        slot.surface.assign(surface);
        slot.norm = NormalizeTerm(surface);
        slot.folded = Fold(slot.norm);
      }
      token.norm = slot.norm;
      token.folded = slot.folded;
    } else {
      token.norm = NormalizeTerm(surface);
      token.folded = Fold(token.norm);
    }
    token.kind = kind;
    token.is_part = is_part;
    token.joins_previous = joins;
    return token;
  }

  void EmitSimple(std::size_t begin, std::size_t end, TokenKind kind, bool force_break) {
    const bool joins = !force_break && JoinsPrevious(begin);
    Token& token = Emit(begin, end, kind, false, joins);
    token.position = next_position++;
    previous_end = end;
    have_previous = true;
  }

  void EmitCompound(std::size_t begin, const CompoundMatch& match) {
    const TokenKind kind = match.kind == CompoundKind::kDate ? TokenKind::kDate
                           : match.kind == CompoundKind::kCode ? TokenKind::kCode
                                                               : TokenKind::kAbbreviation;
    const bool joins = JoinsPrevious(begin);
    Token& whole = Emit(begin, match.end, kind, false, joins);
    const std::uint32_t position = next_position;
    whole.position = position;
    for (std::size_t k = 0; k < match.parts.size(); ++k) {
      const auto [part_begin, part_end] = match.parts[k];
      const std::string_view surface = text.substr(part_begin, part_end - part_begin);
      TokenKind part_kind = TokenKind::kWord;
      if (surface.find_first_not_of("0123456789") == std::string_view::npos) {
        part_kind = TokenKind::kNumber;
      } else if (AllUpperLetters(surface)) {
        part_kind = TokenKind::kAbbreviation;
      }
      Token& part = Emit(part_begin, part_end, part_kind, true, false);
      part.position = position + static_cast<std::uint32_t>(k);
    }
    next_position = position + static_cast<std::uint32_t>(std::max<std::size_t>(1, match.parts.size()));
    previous_end = match.end;
    have_previous = true;
  }

  // A letter segment, split where ICU glued pieces across '.', ':' or an apostrophe.
  void EmitWordSegment(std::size_t begin, std::size_t end) {
    std::size_t piece_begin = begin;
    bool after_glue = false;
    for (std::size_t i = begin; i < end;) {
      const std::size_t at = i;
      const char32_t cp = DecodeUtf8(text, i);
      if (!IsGlue(cp)) continue;
      if (at > piece_begin) EmitWord(piece_begin, at, after_glue);
      piece_begin = i;
      after_glue = true;
    }
    if (end > piece_begin) EmitWord(piece_begin, end, after_glue);
  }

  void EmitWord(std::size_t begin, std::size_t end, bool force_break) {
    const std::string_view surface = text.substr(begin, end - begin);
    EmitSimple(begin, end, AllUpperLetters(surface) ? TokenKind::kAbbreviation : TokenKind::kWord,
               force_break);
  }
};

Tokenizer::Tokenizer() {
  const icu::BreakIterator* prototype = PrototypeWordIterator();
  impl_ = std::make_unique<Impl>(prototype != nullptr ? prototype->clone() : nullptr);
}

Tokenizer::~Tokenizer() = default;

std::vector<Token> Tokenizer::Tokenize(std::string_view text, std::uint32_t first_position) {
  Impl& impl = *impl_;
  impl.tokens.clear();
  impl.segments.clear();
  impl.next_position = first_position;
  impl.previous_end = 0;
  impl.have_previous = false;
  impl.text = text;
  if (text.empty() || text.size() > UINT32_MAX) return {};
  impl.segmenter.Segment(text, impl.segments);
  impl.tokens.reserve(impl.segments.size());
  std::size_t consumed = 0;  // bytes already covered by a compound
  for (const internal::WordSegment& segment : impl.segments) {
    std::size_t segment_begin = segment.begin;
    const std::size_t segment_end = segment.end;
    if (segment_end <= consumed) continue;
    if (segment_begin < consumed) segment_begin = consumed;
    // Dates before numbers, then codes and abbreviations.
    CompoundMatch match;
    const char first = text[segment_begin];
    if (first >= '0' && first <= '9') match = internal::MatchDate(text, segment_begin);
    if (match.kind == CompoundKind::kNone && segment_end < text.size() &&
        IsCompoundJoiner(text, segment_begin, segment_end)) {
      match = internal::MatchCompound(text, segment_begin);
    }
    if (match.kind != CompoundKind::kNone && match.end >= segment_end) {
      impl.EmitCompound(segment_begin, match);
      consumed = match.end;
      continue;
    }
    if (!segment.has_letter) {
      impl.EmitSimple(segment_begin, segment_end, TokenKind::kNumber, false);
    } else {
      impl.EmitWordSegment(segment_begin, segment_end);
    }
  }
  std::vector<Token> result;
  result.swap(impl.tokens);
  return result;
}

bool IsPairStopword(std::string_view norm) {
  static constexpr std::array<std::string_view, 18> kStopwords = {
      "và", "của", "là", "các", "những", "được", "cho", "với", "thì",
      "mà", "đã", "sẽ", "đang", "để", "ở", "tại", "này", "bị"};
  static constexpr std::size_t kLongest = [] {
    std::size_t longest = 0;
    for (std::string_view stopword : kStopwords) longest = std::max(longest, stopword.size());
    return longest;
  }();
  if (norm.empty() || norm.size() > kLongest) return false;
  for (std::string_view stopword : kStopwords) {
    if (norm.size() == stopword.size() && norm[0] == stopword[0] && norm == stopword) return true;
  }
  return false;
}

namespace {

bool Pairable(const Token& token) {
  return !token.is_part && (token.kind == TokenKind::kWord || token.kind == TokenKind::kAbbreviation) &&
         !IsPairStopword(token.norm);
}

// A number or date completes a pair after a word ("lớp 10", "dịp 30/4",
// "THPT 2021": the number names the thing) but never starts one ("10 người"
// is a count, already a figure).
bool EndsPair(const Token& token) {
  return Pairable(token) ||
         (!token.is_part && (token.kind == TokenKind::kNumber || token.kind == TokenKind::kDate));
}

}  // namespace

bool FormsPair(const Token& previous, const Token& token) {
  return token.joins_previous && Pairable(previous) && EndsPair(token);
}

void AppendIndexTerms(const std::vector<Token>& tokens, Field field, std::vector<IndexTerm>& out) {
  const bool body = field == Field::kBody;
  const std::string_view exact = body ? schema::kBodyExact : schema::kTitleExact;
  const std::string_view folded = body ? schema::kBodyFolded : schema::kTitleFolded;
  const std::string_view pair = body ? schema::kBodyPair : schema::kTitlePair;
  const std::string_view pair_folded = body ? schema::kBodyPairFolded : schema::kTitlePairFolded;
  auto add = [&out](std::string_view prefix, std::string_view a, std::string_view b,
                    std::uint32_t position, bool positional = true) {
    if (a.empty() || prefix.size() + a.size() + b.size() + 1 > kMaxTermBytes) return;
    IndexTerm& term = out.emplace_back();
    term.term.reserve(prefix.size() + a.size() + b.size() + 1);
    term.term.append(prefix).append(a);
    if (!b.empty()) term.term.append(" ").append(b);
    term.position = position;
    term.positional = positional;
  };
  out.reserve(out.size() + tokens.size() * 4);
  const Token* previous = nullptr;  // the previous non-part token
  bool previous_pairable = false;
  for (const Token& token : tokens) {
    // Positions only on the folded form: phrase queries run on folded
    // syllables (an exact phrase adds its exact terms as an AND filter), so
    // exact positions would double the position table for nothing.
    add(exact, token.norm, {}, token.position, false);
    add(folded, token.folded, {}, token.position);
    if (token.is_part) continue;
    const bool pairable = Pairable(token);  // FormsPair, each token checked once
    if (previous != nullptr && token.joins_previous && previous_pairable && (pairable || EndsPair(token))) {
      add(pair, previous->norm, token.norm, previous->position, false);
      add(pair_folded, previous->folded, token.folded, previous->position, false);
    }
    previous = &token;
    previous_pairable = pairable;
  }
}

}  // namespace thidua
