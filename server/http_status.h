// The one place where thidua::StatusCode meets HTTP status codes, and where
// the API's error body is written. Every error the server sends, whatever
// its cause, goes through ErrorJson so clients always get
//   {"error": {"code": <int status>, "message": "..."}}
// and never an HTML page.
#pragma once

#include <string>
#include <string_view>

#include "analyzers/status.h"

namespace thidua::server {

// kInvalidArgument -> 400, kNotFound -> 404, kUnavailable -> 503,
// kDataLoss -> 400 (the client sent damaged bytes), kInternal -> 500,
// kOk -> 200.
int HttpStatusFor(StatusCode code);

// The error body for `http_status` with a human-readable message.
std::string ErrorJson(int http_status, std::string_view message);

// The standard reason phrase ("Not Found"); "Unknown" for unknown codes.
std::string_view ReasonPhrase(int http_status);

}  // namespace thidua::server
