// Query driver for this project: the search library (thidua::Searcher) called
// directly, one Searcher per client thread, exactly as the server's pool
// does. Snippets are off (the peers return ids and titles only); the
// province facet is the same exact count the API returns. See bench/driver.h.
#include <memory>
#include <stdexcept>

#include "bench/driver.h"
#include "search/engine.h"

namespace {

class ThiduaSession : public bench::EngineSession {
 public:
  ThiduaSession(const std::string& index, std::shared_ptr<const thidua::SearchResources> resources) {
    auto searcher = thidua::Searcher::Open(index, std::move(resources));
    if (!searcher.ok()) throw std::runtime_error(searcher.status().message());
    searcher_ = std::move(*searcher);
  }

  bench::QueryResult Run(const bench::BenchQuery& query) override {
    thidua::SearchRequest request;
    request.q = query.text;
    if (!query.province.empty()) request.filters["province"] = {query.province};
    if (query.facet) request.facets = {"province"};
    request.per_page = 10;
    request.highlight = false;
    auto response = searcher_->Search(request);
    if (!response.ok()) throw std::runtime_error(query.id + ": " + response.status().message());
    bench::QueryResult result;
    for (const auto& hit : (*response)["hits"]) result.ids.push_back(hit.value("id", ""));
    result.found = (*response).value("found", -1LL);
    if (query.facet && response->contains("facets") && (*response)["facets"].contains("province"))
      for (const auto& value : (*response)["facets"]["province"])
        result.facet.emplace_back(value.value("value", ""), value.value("count", 0LL));
    return result;
  }

 private:
  std::unique_ptr<thidua::Searcher> searcher_;
};

}  // namespace

int main(int argc, char** argv) {
  auto resources = thidua::SearchResources::Load();
  if (!resources.ok()) {
    std::fprintf(stderr, "thidua driver: %s\n", resources.status().message().c_str());
    return 1;
  }
  std::shared_ptr<const thidua::SearchResources> shared = *resources;
  return bench::DriverMain(argc, argv, "thidua", [shared](const std::string& db) {
    return std::make_unique<ThiduaSession>(db, shared);
  });
}
