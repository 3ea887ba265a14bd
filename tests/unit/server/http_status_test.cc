#include "server/http_status.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace thidua::server {
namespace {

TEST(HttpStatusFor, MapsEveryStatusCode) {
  const std::pair<StatusCode, int> table[] = {
      {StatusCode::kOk, 200},         {StatusCode::kInvalidArgument, 400},
      {StatusCode::kNotFound, 404},   {StatusCode::kUnavailable, 503},
      {StatusCode::kDataLoss, 400},   {StatusCode::kInternal, 500},
  };
  for (const auto& [code, http] : table) {
    EXPECT_EQ(HttpStatusFor(code), http) << static_cast<int>(code);
  }
}

TEST(ErrorJson, HasCodeAndMessage) {
  for (int status : {400, 404, 405, 413, 414, 431, 500, 503}) {
    const auto body = nlohmann::json::parse(ErrorJson(status, "year: must be a 4-digit year"));
    EXPECT_EQ(body.at("error").at("code"), status);
    EXPECT_EQ(body.at("error").at("message"), "year: must be a 4-digit year");
    EXPECT_EQ(body.size(), 1u);
    EXPECT_NE(ReasonPhrase(status), "Unknown") << status;
  }
}

TEST(ErrorJson, BrokenUtf8InMessageDoesNotThrow) {
  std::string body;
  EXPECT_NO_THROW(body = ErrorJson(400, "bad \xC4 byte"));
  EXPECT_TRUE(nlohmann::json::accept(body));
}

}  // namespace
}  // namespace thidua::server
