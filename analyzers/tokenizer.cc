// Vietnamese tokenizer and index terms (analyzers/tokenizer.h).
//
// ICU's word BreakIterator (Vietnamese locale) segments the prepared text
// into syllables and numbers; a pass over its boundaries then joins what
// Vietnamese news writes as one unit (token_patterns.cc), splits letter runs
// ICU glued across '.' or ':' ("nhau.Trong"), and decides where a syllable
// pair may form (no punctuation or line break in between).
#include "analyzers/tokenizer.h"

#include <array>
#include <mutex>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "analyzers/fold_table_internal.h"
#include "analyzers/schema.h"
#include "analyzers/text.h"
#include "analyzers/token_patterns_internal.h"

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

// Characters ICU keeps inside a word (MidLetter / MidNumLet) that in
// Vietnamese text mostly mean a missing space or a domain name.
bool IsGlue(char32_t cp) {
  return cp == '.' || cp == ':' || cp == '\'' || cp == 0x2019 || cp == 0xB7;
}

}  // namespace

struct Tokenizer::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
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
    token.norm = NormalizeTerm(text.substr(begin, end - begin));
    token.folded = Fold(token.norm);
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

Tokenizer::Tokenizer() : impl_(std::make_unique<Impl>()) {
  if (const icu::BreakIterator* prototype = PrototypeWordIterator()) {
    impl_->iterator.reset(prototype->clone());
  }
}

Tokenizer::~Tokenizer() = default;

std::vector<Token> Tokenizer::Tokenize(std::string_view text, std::uint32_t first_position) {
  Impl& impl = *impl_;
  impl.tokens.clear();
  impl.next_position = first_position;
  impl.previous_end = 0;
  impl.have_previous = false;
  impl.text = text;
  if (!impl.iterator || text.empty() || text.size() > UINT32_MAX) return {};

  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return {};
  impl.iterator->setText(utext, status);
  if (U_FAILURE(status)) {
    utext_close(utext);
    return {};
  }
  std::size_t consumed = 0;  // bytes already covered by a compound
  std::int32_t begin = impl.iterator->first();
  for (std::int32_t end = impl.iterator->next(); end != icu::BreakIterator::DONE;
       begin = end, end = impl.iterator->next()) {
    const std::int32_t rule = impl.iterator->getRuleStatus();
    std::size_t segment_begin = static_cast<std::size_t>(begin);
    const std::size_t segment_end = static_cast<std::size_t>(end);
    if (segment_end <= consumed) continue;
    if (segment_begin < consumed) segment_begin = consumed;
    if (rule < UBRK_WORD_NONE_LIMIT) continue;  // spaces, punctuation, symbols
    // Dates before numbers, then codes and abbreviations.
    CompoundMatch match;
    if (text[segment_begin] >= '0' && text[segment_begin] <= '9') {
      match = internal::MatchDate(text, segment_begin);
    }
    if (match.kind == CompoundKind::kNone) match = internal::MatchCompound(text, segment_begin);
    if (match.kind != CompoundKind::kNone && match.end >= segment_end) {
      impl.EmitCompound(segment_begin, match);
      consumed = match.end;
      continue;
    }
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
      impl.EmitSimple(segment_begin, segment_end, TokenKind::kNumber, false);
    } else {
      impl.EmitWordSegment(segment_begin, segment_end);
    }
  }
  utext_close(utext);
  std::vector<Token> result;
  result.swap(impl.tokens);
  return result;
}

bool IsPairStopword(std::string_view norm) {
  static constexpr std::array<std::string_view, 18> kStopwords = {
      "và", "của", "là", "các", "những", "được", "cho", "với", "thì",
      "mà", "đã", "sẽ", "đang", "để", "ở", "tại", "này", "bị"};
  for (std::string_view stopword : kStopwords) {
    if (norm == stopword) return true;
  }
  return false;
}

bool FormsPair(const Token& previous, const Token& token) {
  auto pairable = [](const Token& t) {
    return !t.is_part && (t.kind == TokenKind::kWord || t.kind == TokenKind::kAbbreviation) &&
           !IsPairStopword(t.norm);
  };
  return token.joins_previous && pairable(previous) && pairable(token);
}

void AppendIndexTerms(const std::vector<Token>& tokens, Field field, std::vector<IndexTerm>& out) {
  const bool body = field == Field::kBody;
  const std::string_view exact = body ? schema::kBodyExact : schema::kTitleExact;
  const std::string_view folded = body ? schema::kBodyFolded : schema::kTitleFolded;
  const std::string_view pair = body ? schema::kBodyPair : schema::kTitlePair;
  const std::string_view pair_folded = body ? schema::kBodyPairFolded : schema::kTitlePairFolded;
  auto add = [&out](std::string_view prefix, std::string_view a, std::string_view b,
                    std::uint32_t position) {
    if (a.empty() || prefix.size() + a.size() + b.size() + 1 > kMaxTermBytes) return;
    IndexTerm& term = out.emplace_back();
    term.term.reserve(prefix.size() + a.size() + b.size() + 1);
    term.term.append(prefix).append(a);
    if (!b.empty()) term.term.append(" ").append(b);
    term.position = position;
  };
  const Token* previous = nullptr;  // the previous non-part token
  for (const Token& token : tokens) {
    add(exact, token.norm, {}, token.position);
    add(folded, token.folded, {}, token.position);
    if (token.is_part) continue;
    if (previous != nullptr && FormsPair(*previous, token)) {
      add(pair, previous->norm, token.norm, previous->position);
      add(pair_folded, previous->folded, token.folded, previous->position);
    }
    previous = &token;
  }
}

}  // namespace thidua
