#include "server/router.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace thidua::server {
namespace {

Response Named(std::string name) {
  Response r;
  r.body = std::move(name);
  return r;
}

Router TestRouter() {
  Router router;
  auto h = [](std::string name) {
    return [name](const Request&, HandlerContext&) { return Named(name); };
  };
  router.Add({Method::kGet, "/api/v1/search", h("search-get")});
  router.Add({Method::kPost, "/api/v1/search", h("search-post")});
  router.Add({Method::kGet, "/api/v1/documents/{id}", h("document")});
  router.Add({Method::kGet, "/api/v1/facets/{field}", h("facets")});
  router.Add({Method::kGet, "/healthz", h("healthz")});
  return router;
}

struct MatchCase {
  Method method;
  std::string path;
  Router::Outcome outcome;
  std::string handler;                         // for kFound
  std::map<std::string, std::string> params;   // for kFound
  std::string allow;                           // for kMethodNotAllowed
};

class RouterTest : public ::testing::TestWithParam<MatchCase> {};

TEST_P(RouterTest, Matches) {
  const MatchCase& c = GetParam();
  const Router router = TestRouter();
  Router::Match m = router.Find(c.method, c.path);
  ASSERT_EQ(m.outcome, c.outcome) << c.path;
  if (c.outcome == Router::Outcome::kFound) {
    ASSERT_NE(m.route, nullptr);
    Request request;
    HandlerContext context;
    EXPECT_EQ(m.route->handler(request, context).body, c.handler);
    EXPECT_EQ(m.path_params, c.params);
  }
  if (c.outcome == Router::Outcome::kMethodNotAllowed) {
    EXPECT_EQ(Router::AllowHeader(m.allowed), c.allow);
  }
}

using O = Router::Outcome;
INSTANTIATE_TEST_SUITE_P(
    Table, RouterTest,
    ::testing::Values(
        MatchCase{Method::kGet, "/api/v1/search", O::kFound, "search-get", {}, ""},
        MatchCase{Method::kPost, "/api/v1/search", O::kFound, "search-post", {}, ""},
        MatchCase{Method::kHead, "/api/v1/search", O::kFound, "search-get", {}, ""},
        MatchCase{Method::kDelete, "/api/v1/search", O::kMethodNotAllowed, "", {}, "GET, POST, HEAD"},
        MatchCase{Method::kPost, "/healthz", O::kMethodNotAllowed, "", {}, "GET, HEAD"},
        MatchCase{Method::kGet, "/api/v1/documents/seed-003", O::kFound, "document",
                  {{"id", "seed-003"}}, ""},
        MatchCase{Method::kGet, "/api/v1/facets/province_2025", O::kFound, "facets",
                  {{"field", "province_2025"}}, ""},
        MatchCase{Method::kPut, "/api/v1/documents/x", O::kMethodNotAllowed, "", {}, "GET, HEAD"},
        // A placeholder matches exactly one non-empty segment.
        MatchCase{Method::kGet, "/api/v1/documents/", O::kNotFound, "", {}, ""},
        MatchCase{Method::kGet, "/api/v1/documents/a/b", O::kNotFound, "", {}, ""},
        MatchCase{Method::kGet, "/api/v1/documents", O::kNotFound, "", {}, ""},
        // No prefix matching, trailing slash is another path.
        MatchCase{Method::kGet, "/api/v1/search/", O::kNotFound, "", {}, ""},
        MatchCase{Method::kGet, "/api/v1/searchx", O::kNotFound, "", {}, ""},
        MatchCase{Method::kGet, "/api/v1", O::kNotFound, "", {}, ""},
        MatchCase{Method::kGet, "/", O::kNotFound, "", {}, ""},
        MatchCase{Method::kGet, "", O::kNotFound, "", {}, ""}));

TEST(MatchPattern, LiteralAndPlaceholders) {
  std::map<std::string, std::string> params;
  EXPECT_TRUE(MatchPattern("/a/{x}/c/{y}", "/a/1/c/2", &params));
  EXPECT_EQ(params, (std::map<std::string, std::string>{{"x", "1"}, {"y", "2"}}));
  EXPECT_FALSE(MatchPattern("/a/{x}/c", "/a/1/d", &params));
  EXPECT_FALSE(MatchPattern("/a", "a", &params));
  EXPECT_TRUE(MatchPattern("/", "/", &params));
  EXPECT_FALSE(MatchPattern("/", "//", &params));
}

TEST(Router, FirstRouteWinsForSameMethodAndPath) {
  Router router;
  router.Add({Method::kGet, "/x", [](const Request&, HandlerContext&) { return Named("first"); }});
  router.Add({Method::kGet, "/{any}", [](const Request&, HandlerContext&) { return Named("second"); }});
  Request request;
  HandlerContext context;
  EXPECT_EQ(router.Find(Method::kGet, "/x").route->handler(request, context).body, "first");
  EXPECT_EQ(router.Find(Method::kGet, "/y").route->handler(request, context).body, "second");
}

}  // namespace
}  // namespace thidua::server
