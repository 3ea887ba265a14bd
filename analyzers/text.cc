// Text preparation, term normalisation and folding (analyzers/text.h).
//
// Fast paths: ASCII and the precomposed Latin letters Vietnamese uses are
// lower-cased, tone-unified and folded through tables (fold_table.cc); other
// scripts and decomposed input go through ICU (CaseMap, Normalizer2).
#include "analyzers/text.h"

#include <iterator>
#include <optional>

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "analyzers/fold_table_internal.h"
#include "analyzers/legacy_encoding_internal.h"

namespace thidua {
namespace {

using internal::DecodeUtf8;
using internal::LetterInfo;
using internal::LookupLetter;

constexpr char32_t kReplacement = 0xFFFD;

// Copies raw to out, replacing each maximal ill-formed subsequence (Unicode
// "best practice", as ICU and WHATWG do) with U+FFFD; returns the number of
// bytes replaced.
std::size_t RepairUtf8(std::string_view raw, std::string& out) {
  std::size_t invalid = 0;
  out.reserve(out.size() + raw.size());
  std::size_t i = 0;
  const std::size_t n = raw.size();
  while (i < n) {
    // Copy the ASCII run in one go.
    std::size_t ascii_end = i;
    while (ascii_end < n && static_cast<unsigned char>(raw[ascii_end]) < 0x80) ++ascii_end;
    out.append(raw.data() + i, ascii_end - i);
    i = ascii_end;
    if (i >= n) break;
    const auto b0 = static_cast<unsigned char>(raw[i]);
    int length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      if (b0 == 0xE0) low = 0xA0;
      if (b0 == 0xED) high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      if (b0 == 0xF0) low = 0x90;
      if (b0 == 0xF4) high = 0x8F;
    }
    if (length == 0) {
      internal::AppendUtf8(out, kReplacement);
      ++invalid;
      ++i;
      continue;
    }
    int good = 1;
    while (good < length && i + good < n) {
      const auto b = static_cast<unsigned char>(raw[i + good]);
      const unsigned char lo = good == 1 ? low : 0x80;
      const unsigned char hi = good == 1 ? high : 0xBF;
      if (b < lo || b > hi) break;
      ++good;
    }
    if (good == length) {
      out.append(raw.data() + i, length);
    } else {
      internal::AppendUtf8(out, kReplacement);
      invalid += good;
    }
    i += good;
  }
  return invalid;
}

// U+00D0 (Ð, C3 90) -> U+0110 (Đ, C4 90); U+00F0 (ð, C3 B0) -> U+0111 (đ, C4 91).
// Both are two-byte sequences, so offsets do not move.
void ReplaceEth(std::string& text) {
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) != 0xC3) continue;
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (next == 0x90) {
      text[i] = static_cast<char>(0xC4);
    } else if (next == 0xB0) {
      text[i] = static_cast<char>(0xC4);
      text[i + 1] = static_cast<char>(0x91);
    }
  }
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// NFC through ICU unless the text already is (quick check first).
void ToNfc(std::string& text) {
  if (IsAscii(text)) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  if (nfc->isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                            status) && U_SUCCESS(status)) {
    return;
  }
  status = U_ZERO_ERROR;
  std::string normalized;
  normalized.reserve(text.size());
  icu::StringByteSink<std::string> sink(&normalized);
  nfc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                     nullptr, status);
  if (U_SUCCESS(status)) text.swap(normalized);
}

// ICU lower-case (root locale) then NFC: the slow path for anything the
// tables do not cover (other scripts, combining marks, U+0130).
std::string IcuLowerNfc(std::string_view token) {
  UErrorCode status = U_ZERO_ERROR;
  std::string lowered;
  icu::StringByteSink<std::string> sink(&lowered);
  icu::CaseMap::utf8ToLower("", 0, icu::StringPiece(token.data(), static_cast<int32_t>(token.size())),
                            sink, nullptr, status);
  if (U_FAILURE(status)) lowered.assign(token);
  ToNfc(lowered);
  return lowered;
}

bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  const LetterInfo* info = LookupLetter(cp);
  return info && info->is_letter;
}

}  // namespace

PreparedText PrepareText(std::string_view raw) {
  PreparedText prepared;
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);  // BOM
  if (std::optional<internal::LegacyDecoded> legacy = internal::DetectAndDecodeLegacy(raw)) {
    prepared.source_encoding = legacy->encoding;
    prepared.text = std::move(legacy->text);
  } else {
    prepared.invalid_bytes = RepairUtf8(raw, prepared.text);
  }
  ReplaceEth(prepared.text);
  ToNfc(prepared.text);
  return prepared;
}

std::string NormalizeTerm(std::string_view token) {
  // ASCII: lower-case only (no tone marks to move).
  if (IsAscii(token)) {
    std::string out(token);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return out;
  }
  // Lower-case into code points: tables first, ICU when any code point is not covered.
  std::u32string long_buffer;
  char32_t short_buffer[64];
  char32_t* letters = short_buffer;
  if (token.size() > std::size(short_buffer)) {
    long_buffer.resize(token.size());
    letters = long_buffer.data();
  }
  std::size_t count = 0;
  bool needs_icu = false;
  for (std::size_t i = 0; i < token.size();) {
    const char32_t cp = DecodeUtf8(token, i);
    if (cp < 0x80) {
      letters[count++] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
      continue;
    }
    const LetterInfo* info = LookupLetter(cp);
    if (info == nullptr || info->lower == 0) {
      needs_icu = true;
      break;
    }
    letters[count++] = info->lower;
  }
  if (needs_icu) {
    const std::string lowered = IcuLowerNfc(token);
    long_buffer.clear();
    for (std::size_t i = 0; i < lowered.size();) long_buffer.push_back(DecodeUtf8(lowered, i));
    letters = long_buffer.data();
    count = long_buffer.size();
  }
  // U+00F0 (ð, often typed for đ) -> đ, as PrepareText does for Ð; then one
  // tone placement per run of letters (a syllable in Vietnamese).
  for (std::size_t i = 0; i < count;) {
    if (letters[i] == 0xF0) letters[i] = 0x111;
    if (!IsLetter(letters[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < count && IsLetter(letters[j])) {
      if (letters[j] == 0xF0) letters[j] = 0x111;
      ++j;
    }
    internal::UnifyToneInPlace(letters, i, j);
    i = j;
  }
  std::string out;
  out.reserve(token.size() + 4);
  for (std::size_t i = 0; i < count; ++i) internal::AppendUtf8(out, letters[i]);
  return out;
}

std::string Fold(std::string_view normalized) {
  if (IsAscii(normalized)) return std::string(normalized);
  std::string out;
  out.reserve(normalized.size());
  for (std::size_t i = 0; i < normalized.size();) {
    const auto byte = static_cast<unsigned char>(normalized[i]);
    if (byte < 0x80) {
      out.push_back(static_cast<char>(byte));
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = DecodeUtf8(normalized, i);
    if (cp >= 0x300 && cp < 0x370) continue;  // stray combining mark
    const LetterInfo* info = LookupLetter(cp);
    if (info != nullptr && info->folded != cp) {
      internal::AppendUtf8(out, info->folded);
    } else {
      out.append(normalized.data() + start, i - start);
    }
  }
  return out;
}

bool HasDiacritics(std::string_view normalized) {
  for (std::size_t i = 0; i < normalized.size();) {
    if (static_cast<unsigned char>(normalized[i]) < 0x80) {
      ++i;
      continue;
    }
    const char32_t cp = DecodeUtf8(normalized, i);
    if (cp >= 0x300 && cp < 0x370) return true;
    const LetterInfo* info = LookupLetter(cp);
    if (info != nullptr && info->folded != cp) return true;
  }
  return false;
}

void AppendUtf8(std::string& out, char32_t code_point) { internal::AppendUtf8(out, code_point); }

std::string IyVariant(std::string_view syllable) {
  // By tone: none, sắc, huyền, hỏi, ngã, nặng.
  static constexpr std::string_view kI[] = {"i", "\u00ED", "\u00EC", "\u1EC9", "\u0129", "\u1ECB"};
  static constexpr std::string_view kY[] = {"y", "\u00FD", "\u1EF3", "\u1EF7", "\u1EF9", "\u1EF5"};
  std::size_t initial = 0;
  if (syllable.size() >= 3 && syllable.substr(0, 2) == "qu") {
    initial = 2;
  } else if (!syllable.empty() && std::string_view("hklmst").find(syllable[0]) != std::string_view::npos) {
    initial = 1;
  } else {
    return {};
  }
  const std::string_view vowel = syllable.substr(initial);
  for (std::size_t tone = 0; tone < std::size(kI); ++tone) {
    if (vowel == kI[tone]) return std::string(syllable.substr(0, initial)) + std::string(kY[tone]);
    if (vowel == kY[tone]) return std::string(syllable.substr(0, initial)) + std::string(kI[tone]);
  }
  return {};
}

}  // namespace thidua
