// TCVN3 / VNI detection and conversion (legacy_encoding_internal.h).
#include "analyzers/legacy_encoding_internal.h"

namespace thidua::internal {

// NOT YET IMPLEMENTED (first commit): no legacy text is detected, so such
// text goes through UTF-8 repair. The conversion tables follow.
std::optional<LegacyDecoded> DetectAndDecodeLegacy(std::string_view) { return std::nullopt; }

}  // namespace thidua::internal
