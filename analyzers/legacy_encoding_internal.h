// Internal: detection and conversion of the pre-Unicode Vietnamese 8-bit
// encodings TCVN3 (ABC) and VNI (Windows), which still turn up in copied
// documents. Used by PrepareText before UTF-8 repair.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "analyzers/text.h"

namespace thidua::internal {

struct LegacyDecoded {
  SourceEncoding encoding;
  std::string text;  // UTF-8 (not yet NFC)
};

// When raw is legacy-encoded text (not valid UTF-8 and decoding as TCVN3 or
// VNI gives clearly Vietnamese text), returns it converted; otherwise nullopt
// (valid UTF-8, Latin-1/Windows-1252 and other text stay with the caller).
std::optional<LegacyDecoded> DetectAndDecodeLegacy(std::string_view raw);

}  // namespace thidua::internal
