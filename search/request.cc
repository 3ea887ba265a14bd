// ParseSearchRequest: parameters (query string, JSON body or CLI flags) to a
// validated SearchRequest; every error names the parameter and says why.
#include <charconv>

#include "search/internal.h"

namespace thidua {
namespace {

using search_internal::FindFacetField;
using search_internal::IsFilterField;
using search_internal::ValidateFilterValue;

StatusOr<int> ParseInt(const std::string& name, const std::string& value, int low, int high) {
  int out = 0;
  const char* end = value.data() + value.size();
  auto [ptr, ec] = std::from_chars(value.data(), end, out);
  if (ec != std::errc() || ptr != end || value.empty()) {
    return Status::InvalidArgument(name + ": must be an integer");
  }
  if (out < low || out > high) {
    return Status::InvalidArgument(name + ": must be between " + std::to_string(low) + " and " + std::to_string(high));
  }
  return out;
}

std::vector<std::string> SplitComma(const std::string& value) {
  std::vector<std::string> parts;
  std::string current;
  for (char c : value) {
    if (c == ',') {
      if (!current.empty()) parts.push_back(current);
      current.clear();
    } else if (c != ' ') {
      current.push_back(c);
    }
  }
  if (!current.empty()) parts.push_back(current);
  return parts;
}

}  // namespace

StatusOr<SearchRequest> ParseSearchRequest(const Params& params) {
  SearchRequest request;
  std::map<std::string, int> seen;
  for (const auto& [name, value] : params) {
    const int count = ++seen[name];
    const bool single = name == "q" || name == "facet_limit" || name == "sort" || name == "page" ||
                        name == "per_page" || name == "highlight" || name == "relax_below";
    if (single && count > 1) return Status::InvalidArgument(name + ": give it once");
    if (name == "q") {
      if (value.size() > 2000) return Status::InvalidArgument("q: longer than 2000 bytes");
      request.q = value;
    } else if (name == "facets" || name == "facet_by") {
      for (const std::string& f : SplitComma(value)) {
        if (FindFacetField(f) == nullptr) {
          return Status::InvalidArgument(
              "facets: unknown facet '" + f + "' (province, province_2025, campaign, source, year, month, region)");
        }
        if (std::find(request.facets.begin(), request.facets.end(), f) == request.facets.end()) {
          request.facets.push_back(f);
        }
      }
    } else if (name == "facet_limit") {
      StatusOr<int> v = ParseInt(name, value, 1, 1000);
      if (!v.ok()) return v.status();
      request.facet_limit = *v;
    } else if (name == "sort") {
      if (value != "relevance" && value != "newest" && value != "oldest") {
        return Status::InvalidArgument("sort: must be relevance, newest or oldest");
      }
      request.sort = value;
    } else if (name == "page") {
      StatusOr<int> v = ParseInt(name, value, 1, 10000);
      if (!v.ok()) return v.status();
      request.page = *v;
    } else if (name == "per_page") {
      StatusOr<int> v = ParseInt(name, value, 0, 100);
      if (!v.ok()) return v.status();
      request.per_page = *v;
    } else if (name == "relax_below") {
      StatusOr<int> v = ParseInt(name, value, 0, 100);
      if (!v.ok()) return v.status();
      request.relax_below = *v;
    } else if (name == "highlight") {
      if (value == "true" || value == "1") {
        request.highlight = true;
      } else if (value == "false" || value == "0") {
        request.highlight = false;
      } else {
        return Status::InvalidArgument("highlight: must be true or false");
      }
    } else if (IsFilterField(name)) {
      const bool split = name == "year" || name == "has";
      for (const std::string& v : split ? SplitComma(value) : std::vector<std::string>{value}) {
        if (Status s = ValidateFilterValue(name, v); !s.ok()) return s;
        request.filters[name].push_back(v);
      }
      if (split && request.filters[name].empty()) return Status::InvalidArgument(name + ": must not be empty");
    } else {
      return Status::InvalidArgument(name + ": unknown parameter");
    }
  }
  if (static_cast<long>(request.page) * request.per_page > 100000) {
    return Status::InvalidArgument("page: page * per_page must not exceed 100000");
  }
  return request;
}

}  // namespace thidua
