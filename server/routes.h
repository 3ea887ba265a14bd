// The API's route table: every path the server answers (besides static
// files), its method, whether it needs the index, and its handler. The
// OpenAPI document (server/openapi.json) describes exactly these routes; a
// unit test keeps the two in step.
#pragma once

#include <functional>
#include <string_view>

#include "server/metrics.h"
#include "server/router.h"
#include "server/search_pool.h"

namespace thidua::server {

struct RouteDeps {
  const SearchPool* pool = nullptr;      // readiness for /healthz, /metrics
  const Metrics* metrics = nullptr;      // for /metrics
  std::function<int()> in_flight;        // requests being handled, for /metrics
};

Router BuildRouter(const RouteDeps& deps);

// The OpenAPI 3 document served at /api/v1/openapi.json (embedded at build
// time from server/openapi.json).
std::string_view OpenApiJson();

// A JSON response with the given status.
Response JsonResponse(int status, std::string body);
// The error response for a non-OK status (mapped by HttpStatusFor).
Response ErrorResponse(const Status& status);
Response ErrorResponse(int http_status, std::string_view message);

}  // namespace thidua::server
