// Turning an HTTP request into the search library's Params multimap.
// Parameter *meaning* and validation live in search/ (ParseSearchRequest and
// friends), so the CLI and the API agree; this file only handles transport
// encodings.
#pragma once

#include <string_view>

#include "analyzers/status.h"
#include "search/engine.h"
#include "server/router.h"

namespace thidua::server {

// A JSON object body as Params: strings as they are, numbers and booleans
// in their JSON spelling ("2", "true"), arrays as repeated values, null
// skipped. Nested objects, arrays of arrays and non-object bodies are
// InvalidArgument naming the member.
StatusOr<Params> ParamsFromJsonBody(std::string_view body);

// All parameters of a request: the query string's, plus for POST the body's
// (JSON when Content-Type is application/json or the body starts with '{',
// form-encoded when application/x-www-form-urlencoded or no type). Other
// body types are InvalidArgument.
StatusOr<Params> RequestParams(const Request& request);

// Removes every value of `name` from `params` and returns the last one (or
// `fallback` when absent): for transport-only parameters such as format=.
std::string TakeParam(Params& params, const std::string& name, std::string fallback = "");

}  // namespace thidua::server
