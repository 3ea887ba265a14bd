#include "server/request_params.h"

#include <cctype>
#include <string>

#include <nlohmann/json.hpp>

namespace thidua::server {
namespace {

// A scalar JSON value as a parameter string; false for objects/arrays.
bool ScalarToString(const nlohmann::json& value, std::string* out) {
  if (value.is_string()) {
    *out = value.get<std::string>();
    return true;
  }
  if (value.is_boolean()) {
    *out = value.get<bool>() ? "true" : "false";
    return true;
  }
  if (value.is_number_integer() || value.is_number_unsigned()) {
    *out = value.dump();
    return true;
  }
  if (value.is_number_float()) {
    // 1e9 must stay parseable by the search library: dump() gives
    // "1000000000.0", which strtod accepts.
    *out = value.dump();
    return true;
  }
  return false;
}

std::string LowerMediaType(std::string_view content_type) {
  std::string type(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back()))) type.pop_back();
  std::size_t start = 0;
  while (start < type.size() && std::isspace(static_cast<unsigned char>(type[start]))) ++start;
  type.erase(0, start);
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

}  // namespace

StatusOr<Params> ParamsFromJsonBody(std::string_view body) {
  nlohmann::json parsed = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return Status::InvalidArgument("body: not valid JSON");
  if (!parsed.is_object()) return Status::InvalidArgument("body: must be a JSON object");
  Params params;
  for (const auto& [name, value] : parsed.items()) {
    if (value.is_null()) continue;
    std::string text;
    if (value.is_array()) {
      for (const auto& item : value) {
        if (item.is_null()) continue;
        if (!ScalarToString(item, &text)) {
          return Status::InvalidArgument(name + ": array items must be strings, numbers or booleans");
        }
        params.emplace(name, text);
      }
      continue;
    }
    if (!ScalarToString(value, &text)) {
      return Status::InvalidArgument(name + ": must be a string, number, boolean or array");
    }
    params.emplace(name, text);
  }
  return params;
}

StatusOr<Params> RequestParams(const Request& request) {
  Params params = request.query;
  if (request.method != Method::kPost || request.body.empty()) return params;
  const std::string type = LowerMediaType(request.content_type);
  StatusOr<Params> body = Status::InvalidArgument("");
  if (type == "application/json" ||
      (type.empty() && request.body.find_first_not_of(" \t\r\n") != std::string::npos &&
       request.body[request.body.find_first_not_of(" \t\r\n")] == '{')) {
    body = ParamsFromJsonBody(request.body);
  } else if (type == "application/x-www-form-urlencoded" || type.empty()) {
    body = ParseQueryString(request.body);
  } else {
    return Status::InvalidArgument("Content-Type: '" + type +
                                   "' is not supported; send application/json or "
                                   "application/x-www-form-urlencoded");
  }
  if (!body.ok()) return body.status();
  params.merge(*body);
  return params;
}

std::string TakeParam(Params& params, const std::string& name, std::string fallback) {
  auto [begin, end] = params.equal_range(name);
  std::string value = std::move(fallback);
  for (auto it = begin; it != end; ++it) value = it->second;
  params.erase(begin, end);
  return value;
}

}  // namespace thidua::server
