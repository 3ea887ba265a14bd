#include "server/http_status.h"

#include <nlohmann/json.hpp>

namespace thidua::server {

int HttpStatusFor(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kDataLoss: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kUnavailable: return 503;
    case StatusCode::kInternal: return 500;
  }
  return 500;
}

std::string ErrorJson(int http_status, std::string_view message) {
  nlohmann::json body = {{"error", {{"code", http_status}, {"message", std::string(message)}}}};
  // `replace` keeps a message with broken UTF-8 (e.g. echoing client bytes)
  // from throwing during serialisation.
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string_view ReasonPhrase(int http_status) {
  switch (http_status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
  }
}

}  // namespace thidua::server
