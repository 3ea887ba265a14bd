// The Xapian index schema: every term prefix and value slot the indexer
// writes and the searcher reads. docs/schema.md explains each one; keep the
// two in step. Terms are lower-case after their prefix, so a prefix ends at
// the first non-upper-case byte (Xapian's own convention).
#pragma once

#include <string_view>

#include <xapian.h>

namespace thidua::schema {

// ---- Free-text terms: singles positional, pairs wdf only (no positions;
// docs/schema.md). Body text is unprefixed; the title has
// its own space so title: works and ranking can weigh it separately.
inline constexpr std::string_view kBodyExact = "";        // "hòa"
inline constexpr std::string_view kBodyFolded = "XF";     // "XFhoa"
inline constexpr std::string_view kBodyPair = "XJ";       // "XJnông thôn" (adjacent syllables, exact)
inline constexpr std::string_view kBodyPairFolded = "XK"; // "XKnong thon"
inline constexpr std::string_view kTitleExact = "S";
inline constexpr std::string_view kTitleFolded = "XSF";
inline constexpr std::string_view kTitlePair = "XSJ";
inline constexpr std::string_view kTitlePairFolded = "XSK";

// ---- Boolean filter terms (no positions, wdf 0). Values after the prefix
// are "keys": the folded canonical name with spaces as '-' (see Key()).
inline constexpr std::string_view kId = "Q";                 // Q<article id>, unique
inline constexpr std::string_view kProvince = "XPROV";       // old (pre-2025) province mentioned
inline constexpr std::string_view kProvince2025 = "XPNEW";   // post-2025 province it now belongs to
inline constexpr std::string_view kPrimaryProvince = "XPRI"; // the article's subject province (old)
inline constexpr std::string_view kRegion = "XREG";
inline constexpr std::string_view kCampaign = "XCAMP";
inline constexpr std::string_view kSource = "XSRC";
inline constexpr std::string_view kYear = "Y";               // Y2023
inline constexpr std::string_view kMonth = "M";              // M202309
inline constexpr std::string_view kDay = "D";                // D20230925
inline constexpr std::string_view kHas = "XHAS";             // XHASmodels, XHASfigures, XHASpeople
inline constexpr std::string_view kFigureUnit = "XUNIT";     // XUNITdong, XUNITsang-kien

// ---- Value slots.
enum Slot : Xapian::valueno {
  kSlotPublished = 0,     // "YYYYMMDD" (sorts as a string); empty when unknown
  kSlotSource = 1,        // source host, plain string
  kSlotProvinces = 2,     // string list (see EncodeList) of old canonical names
  kSlotProvinces2025 = 3, // string list of post-2025 canonical names
  kSlotCampaigns = 4,     // string list of canonical campaign names
  kSlotYear = 5,          // "YYYY"
  kSlotMonth = 6,         // "YYYY-MM"
  kSlotPrimaryProvince = 7,
  kSlotRegions = 8,       // string list
  kSlotFigures = 9,       // figure list: EncodeList of "<unit key>\t<sortable_serialise(value)>"
  kSlotTitleLength = 10,  // sortable_serialise(title length in tokens)
};

}  // namespace thidua::schema

#include <string>
#include <vector>

namespace thidua::schema {

// The key of a facet/filter value: NormalizeTerm + Fold, runs of spaces and
// punctuation as one '-', e.g. "Thanh Hoá" -> "thanh-hoa", "Bà Rịa - Vũng Tàu"
// -> "ba-ria-vung-tau". Old and new tone placement give the same key.
std::string Key(std::string_view name);

// The key of a figure unit for XUNIT terms and slot 9, written by the indexer
// and looked up by the searcher: Key(unit), with "%" as "phan-tram" (Key
// would leave nothing of it).
std::string FigureUnitKey(std::string_view unit);

// A list of strings in one value slot: each item as a length-prefixed run
// (Xapian's StringListSerialiser layout is not public in 1.4, so ours is
// "<varint length><bytes>" repeated). Items must not be empty.
std::string EncodeList(const std::vector<std::string>& items);
std::vector<std::string> DecodeList(std::string_view encoded);

}  // namespace thidua::schema
