// thidua-search: the search API from the command line. Flags map to the same
// parameters the HTTP API takes and the same code answers, so the output is
// exactly the JSON of /api/v1/search (or /api/v1/documents/{id}).
//
//   thidua-search --index DIR [--filter k=v]... [--facets a,b] [--facet-limit N]
//                 [--page N] [--per-page N] [--sort relevance|newest|oldest]
//                 [--relax-below N] [--no-highlight] [--pretty] [--data DIR] QUERY...
//   thidua-search --index DIR --document ID [--raw]
#include <cstdio>
#include <iostream>
#include <string>

#include "search/engine.h"

namespace {

int Usage(const char* message) {
  std::cerr << "thidua-search: " << message << "\n"
            << "usage: thidua-search --index DIR [--filter k=v]... [--facets a,b] [--facet-limit N]\n"
               "                     [--page N] [--per-page N] [--sort relevance|newest|oldest]\n"
               "                     [--relax-below N] [--no-highlight] [--pretty] [--data DIR] QUERY...\n"
               "       thidua-search --index DIR --document ID [--raw]\n";
  return 2;
}

const char* CodeName(thidua::StatusCode code) {
  switch (code) {
    case thidua::StatusCode::kInvalidArgument: return "invalid_argument";
    case thidua::StatusCode::kNotFound: return "not_found";
    case thidua::StatusCode::kUnavailable: return "unavailable";
    default: return "internal";
  }
}

int Fail(const thidua::Status& status, bool pretty) {
  const nlohmann::json error = {{"error", {{"code", CodeName(status.code())}, {"message", status.message()}}}};
  std::cout << error.dump(pretty ? 2 : -1) << "\n";
  std::cerr << "thidua-search: " << status.message() << "\n";
  switch (status.code()) {
    case thidua::StatusCode::kInvalidArgument: return 2;
    case thidua::StatusCode::kNotFound: return 4;
    case thidua::StatusCode::kUnavailable: return 3;
    default: return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string index_dir, data_dir, document_id, query;
  bool pretty = false, raw = false;
  thidua::Params params;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto next = [&](const char* flag) -> const char* {
      if (i + 1 >= argc) return nullptr;
      (void)flag;
      return argv[++i];
    };
    auto value_flag = [&](const char* flag, const char* param) -> bool {
      if (arg != flag) return false;
      const char* v = next(flag);
      if (v == nullptr) return false;
      params.emplace(param, v);
      return true;
    };
    if (arg == "--index") {
      const char* v = next("--index");
      if (v == nullptr) return Usage("--index needs a directory");
      index_dir = v;
    } else if (arg == "--data") {
      const char* v = next("--data");
      if (v == nullptr) return Usage("--data needs a directory");
      data_dir = v;
    } else if (arg == "--document") {
      const char* v = next("--document");
      if (v == nullptr) return Usage("--document needs an id");
      document_id = v;
    } else if (arg == "--filter") {
      const char* v = next("--filter");
      const std::string kv = v == nullptr ? "" : v;
      const std::size_t eq = kv.find('=');
      if (eq == std::string::npos || eq == 0) return Usage("--filter needs key=value");
      params.emplace(kv.substr(0, eq), kv.substr(eq + 1));
    } else if (value_flag("--facets", "facets") || value_flag("--facet-limit", "facet_limit") ||
               value_flag("--page", "page") || value_flag("--per-page", "per_page") ||
               value_flag("--sort", "sort") || value_flag("--relax-below", "relax_below")) {
    } else if (arg == "--no-highlight") {
      params.emplace("highlight", "false");
    } else if (arg == "--pretty") {
      pretty = true;
    } else if (arg == "--raw") {
      raw = true;
    } else if (arg == "--help" || arg == "-h") {
      Usage("help");
      return 0;
    } else if (arg.size() > 2 && arg.compare(0, 2, "--") == 0) {
      return Usage(("unknown or incomplete flag " + arg).c_str());
    } else {
      if (!query.empty()) query += ' ';
      query += arg;
    }
  }
  if (index_dir.empty()) return Usage("--index is required");
  if (!query.empty()) params.emplace("q", query);

  auto resources = thidua::SearchResources::Load(data_dir);
  if (!resources.ok()) return Fail(resources.status(), pretty);
  auto searcher = thidua::Searcher::Open(index_dir, *resources);
  if (!searcher.ok()) return Fail(searcher.status(), pretty);
  thidua::StatusOr<nlohmann::json> result = nlohmann::json();
  if (!document_id.empty()) {
    result = (*searcher)->GetDocument(document_id, raw);
  } else {
    auto request = thidua::ParseSearchRequest(params);
    if (!request.ok()) return Fail(request.status(), pretty);
    result = (*searcher)->Search(*request);
  }
  if (!result.ok()) return Fail(result.status(), pretty);
  std::cout << result->dump(pretty ? 2 : -1) << "\n";
  return 0;
}
