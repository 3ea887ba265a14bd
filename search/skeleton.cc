// Placeholder implementation so the server can link while the engine is
// written; every entry point reports Internal("not implemented").
#include "search/engine.h"

namespace thidua {

StatusOr<SearchRequest> ParseSearchRequest(const Params&) { return Status::Internal("not implemented"); }

struct SearchResources::Impl {};
SearchResources::SearchResources() = default;
SearchResources::~SearchResources() = default;
StatusOr<std::shared_ptr<const SearchResources>> SearchResources::Load(const std::string&) {
  return Status::Internal("not implemented");
}

struct Searcher::Impl {};
Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;
StatusOr<std::unique_ptr<Searcher>> Searcher::Open(const std::string&, std::shared_ptr<const SearchResources>) {
  return Status::Internal("not implemented");
}
StatusOr<nlohmann::json> Searcher::Search(const SearchRequest&) { return Status::Internal("not implemented"); }
StatusOr<nlohmann::json> Searcher::GetDocument(std::string_view, bool) { return Status::Internal("not implemented"); }
StatusOr<nlohmann::json> Searcher::Models(const Params&) { return Status::Internal("not implemented"); }
StatusOr<nlohmann::json> Searcher::Figures(const Params&) { return Status::Internal("not implemented"); }
StatusOr<nlohmann::json> Searcher::FacetValues(std::string_view, const Params&) {
  return Status::Internal("not implemented");
}
StatusOr<nlohmann::json> Searcher::Suggest(const Params&) { return Status::Internal("not implemented"); }
Xapian::doccount Searcher::DocCount() { return 0; }
void Searcher::Reopen() {}
std::string FiguresToCsv(const nlohmann::json&) { return {}; }

}  // namespace thidua
