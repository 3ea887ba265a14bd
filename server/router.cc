#include "server/router.h"

#include <algorithm>

namespace thidua::server {

std::string_view MethodName(Method m) {
  switch (m) {
    case Method::kGet: return "GET";
    case Method::kHead: return "HEAD";
    case Method::kPost: return "POST";
    case Method::kPut: return "PUT";
    case Method::kDelete: return "DELETE";
    case Method::kPatch: return "PATCH";
    case Method::kOptions: return "OPTIONS";
    case Method::kOther: return "OTHER";
  }
  return "OTHER";
}

bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>* params) {
  std::map<std::string, std::string> found;
  while (true) {
    if (pattern.empty() || path.empty()) {
      if (!pattern.empty() || !path.empty()) return false;
      break;
    }
    if (pattern.front() != '/' || path.front() != '/') return false;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    const std::size_t pattern_end = std::min(pattern.find('/'), pattern.size());
    const std::size_t path_end = std::min(path.find('/'), path.size());
    const std::string_view pattern_segment = pattern.substr(0, pattern_end);
    const std::string_view path_segment = path.substr(0, path_end);
    if (pattern_segment.size() >= 2 && pattern_segment.front() == '{' &&
        pattern_segment.back() == '}') {
      if (path_segment.empty()) return false;
      found[std::string(pattern_segment.substr(1, pattern_segment.size() - 2))] =
          std::string(path_segment);
    } else if (pattern_segment != path_segment) {
      return false;
    }
    pattern.remove_prefix(pattern_end);
    path.remove_prefix(path_end);
  }
  if (params != nullptr) *params = std::move(found);
  return true;
}

void Router::Add(Route route) { routes_.push_back(std::move(route)); }

Router::Match Router::Find(Method method, std::string_view path) const {
  Match match;
  const Route* get_route = nullptr;
  std::map<std::string, std::string> get_params;
  for (const Route& route : routes_) {
    std::map<std::string, std::string> params;
    if (!MatchPattern(route.pattern, path, &params)) continue;
    if (route.method == method) {
      match.outcome = Outcome::kFound;
      match.route = &route;
      match.path_params = std::move(params);
      return match;
    }
    if (method == Method::kHead && route.method == Method::kGet && get_route == nullptr) {
      get_route = &route;
      get_params = std::move(params);
    }
    if (std::find(match.allowed.begin(), match.allowed.end(), route.method) ==
        match.allowed.end()) {
      match.allowed.push_back(route.method);
    }
  }
  if (get_route != nullptr) {
    match.outcome = Outcome::kFound;
    match.route = get_route;
    match.path_params = std::move(get_params);
    match.allowed.clear();
    return match;
  }
  match.outcome = match.allowed.empty() ? Outcome::kNotFound : Outcome::kMethodNotAllowed;
  return match;
}

std::string Router::AllowHeader(const std::vector<Method>& methods) {
  std::string out;
  for (Method m : methods) {
    if (!out.empty()) out += ", ";
    out += MethodName(m);
  }
  // A GET route also answers HEAD.
  if (std::find(methods.begin(), methods.end(), Method::kGet) != methods.end() &&
      std::find(methods.begin(), methods.end(), Method::kHead) == methods.end()) {
    out += ", HEAD";
  }
  return out;
}

}  // namespace thidua::server
