// The served OpenAPI document lists exactly the routes of the route table.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "server/routes.h"

namespace thidua::server {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

TEST(OpenApi, IsValidJsonListingEveryRouteAndNothingElse) {
  const auto doc = nlohmann::json::parse(OpenApiJson());
  EXPECT_EQ(doc.at("openapi").get<std::string>().substr(0, 2), "3.");
  const Router router = BuildRouter({});
  std::set<std::pair<std::string, std::string>> from_routes, from_doc;
  for (const Route& route : router.routes()) {
    from_routes.insert({route.pattern, Lower(MethodName(route.method))});
  }
  for (const auto& [path, item] : doc.at("paths").items()) {
    for (const auto& [method, operation] : item.items()) {
      from_doc.insert({path, method});
      EXPECT_TRUE(operation.contains("responses")) << path << " " << method;
    }
  }
  EXPECT_EQ(from_routes, from_doc);
}

TEST(OpenApi, PathParametersAreDeclared) {
  const auto doc = nlohmann::json::parse(OpenApiJson());
  for (const auto& [path, item] : doc.at("paths").items()) {
    for (std::size_t open = path.find('{'); open != std::string::npos; open = path.find('{', open + 1)) {
      const std::string name = path.substr(open + 1, path.find('}', open) - open - 1);
      for (const auto& [method, operation] : item.items()) {
        const auto& params = operation.at("parameters");
        const bool declared = std::any_of(params.begin(), params.end(), [&](const auto& p) {
          return p.at("in") == "path" && p.at("name") == name;
        });
        EXPECT_TRUE(declared) << path << " " << method << " {" << name << "}";
      }
    }
  }
}

}  // namespace
}  // namespace thidua::server
