// The word lists and number reading behind figure extraction (figures.cc):
// which nouns are units, which words rule a number out, and Vietnamese
// number and scale parsing. Internal to analyzers/.
#pragma once

#include <optional>
#include <string_view>
#include <unordered_set>

namespace thidua::internal {

using WordSet = std::unordered_set<std::string_view>;

// Units that are more than one syllable (longest first is ensured by lookup).
const WordSet& MultiSyllableUnits();

// One-syllable units after which the next syllable is a modifier, not part
// of the unit ("36 kênh cấp tỉnh", "107 chợ 4.0", "1.100 học sinh").
const WordSet& OneSyllableUnits();

// Words that cannot start or continue a unit.
const WordSet& NotUnitWords();

// Time words after a number: a duration or a date part, never a figure.
const WordSet& TimeUnits();

// Words before a number that make it an ordinal, a date part or a label.
const WordSet& NotFigureBefore();

// Words before a small number that make it a level or a label ("cấp 3",
// "tổ 5", "hạng 1"); "cấp 500 thẻ" is still a figure.
const WordSet& LevelBefore();

// Words before "số" that make the number after it a count, not a label.
const WordSet& CountBeforeSo();

// Measurement and money units (and scale words): after "mức", "độ"... the
// number is a quantity, not a level ("ở mức 10 độ C", "mức 5 triệu đồng").
const WordSet& MeasureUnits();

// Words that may stand between "từ"/"đến" and a range's number.
const WordSet& Approximately();

// Military and police units named by their number, of any size.
const WordSet& NumberedUnits();

// Document types: "Kế hoạch 17", "Quyết định 123".
const WordSet& DocumentTypes();

const WordSet& MoneyContext();

// Parses "62.887" -> 62887, "40,73" -> 40.73, "4.0" -> 4.0; nullopt for
// dates, ranges, times, phone-like groups.
std::optional<double> ParseNumber(std::string_view s, bool scale_follows);

double Scale(std::string_view norm);

}  // namespace thidua::internal
