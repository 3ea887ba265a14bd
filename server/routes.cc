#include "server/routes.h"

#include <string>

#include "server/http_status.h"
#include "server/request_params.h"

namespace thidua::server {
namespace {

std::string Dump(const nlohmann::json& json) {
  // Output is UTF-8; `replace` guards against a broken byte sequence in
  // stored data turning into an exception.
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Response FromResult(const StatusOr<nlohmann::json>& result) {
  if (!result.ok()) return ErrorResponse(result.status());
  return JsonResponse(200, Dump(*result));
}

bool AcceptsCsv(std::string_view accept) {
  return accept.find("text/csv") != std::string_view::npos;
}

Response Search(const Request& request, HandlerContext& context) {
  auto params = RequestParams(request);
  if (!params.ok()) return ErrorResponse(params.status());
  auto parsed = ParseSearchRequest(*params);
  if (!parsed.ok()) return ErrorResponse(parsed.status());
  return FromResult(context.searcher->Search(*parsed));
}

Response Document(const Request& request, HandlerContext& context) {
  Params params = request.query;
  const std::string raw = TakeParam(params, "raw", "0");
  if (!params.empty()) {
    return ErrorResponse(400, params.begin()->first + ": unknown parameter (only raw is accepted)");
  }
  bool want_raw = false;
  if (raw == "1" || raw == "true") want_raw = true;
  else if (raw != "0" && raw != "false") return ErrorResponse(400, "raw: must be 0, 1, true or false");
  return FromResult(context.searcher->GetDocument(request.path_params.at("id"), want_raw));
}

Response Models(const Request& request, HandlerContext& context) {
  return FromResult(context.searcher->Models(request.query));
}

Response Figures(const Request& request, HandlerContext& context) {
  Params params = request.query;
  const std::string format = TakeParam(params, "format", AcceptsCsv(request.accept) ? "csv" : "json");
  if (format != "csv" && format != "json") return ErrorResponse(400, "format: must be json or csv");
  auto result = context.searcher->Figures(params);
  if (!result.ok() || format == "json") return FromResult(result);
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = FiguresToCsv(*result);
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"figures.csv\"");
  return response;
}

Response FacetValues(const Request& request, HandlerContext& context) {
  return FromResult(context.searcher->FacetValues(request.path_params.at("field"), request.query));
}

Response Suggest(const Request& request, HandlerContext& context) {
  return FromResult(context.searcher->Suggest(request.query));
}

}  // namespace

Response JsonResponse(int status, std::string body) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

Response ErrorResponse(int http_status, std::string_view message) {
  return JsonResponse(http_status, ErrorJson(http_status, message));
}

Response ErrorResponse(const Status& status) {
  return ErrorResponse(HttpStatusFor(status.code()), status.message());
}

Router BuildRouter(const RouteDeps& deps) {
  Router router;
  router.Add({Method::kGet, "/api/v1/search", Search, IndexUse::kRequired});
  router.Add({Method::kPost, "/api/v1/search", Search, IndexUse::kRequired});
  router.Add({Method::kGet, "/api/v1/documents/{id}", Document, IndexUse::kRequired});
  router.Add({Method::kGet, "/api/v1/models", Models, IndexUse::kRequired});
  router.Add({Method::kGet, "/api/v1/figures", Figures, IndexUse::kRequired});
  router.Add({Method::kGet, "/api/v1/facets/{field}", FacetValues, IndexUse::kRequired});
  router.Add({Method::kGet, "/api/v1/suggest", Suggest, IndexUse::kRequired});
  router.Add({Method::kGet, "/api/v1/openapi.json",
              [](const Request&, HandlerContext&) {
                return JsonResponse(200, std::string(OpenApiJson()));
              },
              IndexUse::kNone});
  const SearchPool* pool = deps.pool;
  router.Add({Method::kGet, "/healthz",
              [pool](const Request&, HandlerContext& context) {
                nlohmann::json body;
                if (context.searcher != nullptr) {
                  body = {{"status", "ok"}, {"ready", true}, {"documents", context.searcher->DocCount()}};
                  return JsonResponse(200, Dump(body));
                }
                body = {{"status", "unavailable"},
                        {"ready", false},
                        {"error", pool != nullptr ? pool->last_error() : "no index"}};
                return JsonResponse(503, Dump(body));
              },
              IndexUse::kOptional});
  const Metrics* metrics = deps.metrics;
  auto in_flight = deps.in_flight;
  router.Add({Method::kGet, "/metrics",
              [metrics, in_flight](const Request&, HandlerContext& context) {
                Metrics::IndexState index;
                if (context.searcher != nullptr) {
                  index.ready = true;
                  index.documents = context.searcher->DocCount();
                }
                Response response;
                response.content_type = "text/plain; version=0.0.4; charset=utf-8";
                response.body = metrics != nullptr
                                    ? metrics->Render(index, in_flight ? in_flight() : 0)
                                    : std::string();
                return response;
              },
              IndexUse::kOptional});
  return router;
}

}  // namespace thidua::server
