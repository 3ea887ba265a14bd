#include "server/request_params.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace thidua::server {
namespace {

std::vector<std::string> Values(const Params& params, const std::string& name) {
  std::vector<std::string> out;
  auto [b, e] = params.equal_range(name);
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  return out;
}

TEST(ParamsFromJsonBody, ScalarsArraysAndNull) {
  auto params = ParamsFromJsonBody(
      R"({"q":"đoàn kết","province":["A","B"],"page":2,"highlight":false,"figure_min":1e9,"to":null})");
  ASSERT_TRUE(params.ok()) << params.status().message();
  EXPECT_EQ(Values(*params, "q"), (std::vector<std::string>{"đoàn kết"}));
  EXPECT_EQ(Values(*params, "province"), (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(Values(*params, "page"), (std::vector<std::string>{"2"}));
  EXPECT_EQ(Values(*params, "highlight"), (std::vector<std::string>{"false"}));
  ASSERT_EQ(Values(*params, "figure_min").size(), 1u);
  EXPECT_DOUBLE_EQ(std::stod(Values(*params, "figure_min")[0]), 1e9);
  EXPECT_TRUE(Values(*params, "to").empty());
}

TEST(ParamsFromJsonBody, RejectsNonObjectsAndNesting) {
  struct Case {
    const char* body;
    const char* names;  // expected in the message
  } cases[] = {{"[1,2]", "body"}, {"not json", "body"}, {R"({"q":{"a":1}})", "q"},
               {R"({"province":[["A"]]})", "province"}, {"\"q\"", "body"}};
  for (const Case& c : cases) {
    auto params = ParamsFromJsonBody(c.body);
    ASSERT_FALSE(params.ok()) << c.body;
    EXPECT_NE(params.status().message().find(c.names), std::string::npos) << params.status().message();
  }
}

TEST(RequestParams, MergesQueryAndBodyByContentType) {
  Request request;
  request.method = Method::kPost;
  request.query = {{"page", "2"}};
  request.content_type = "application/json; charset=utf-8";
  request.body = R"({"q":"hoa binh"})";
  auto params = RequestParams(request);
  ASSERT_TRUE(params.ok());
  EXPECT_EQ(Values(*params, "q"), (std::vector<std::string>{"hoa binh"}));
  EXPECT_EQ(Values(*params, "page"), (std::vector<std::string>{"2"}));

  request.content_type = "application/x-www-form-urlencoded";
  request.body = "q=hoa+binh&province=A&province=B";
  params = RequestParams(request);
  ASSERT_TRUE(params.ok());
  EXPECT_EQ(Values(*params, "q"), (std::vector<std::string>{"hoa binh"}));
  EXPECT_EQ(Values(*params, "province"), (std::vector<std::string>{"A", "B"}));

  request.content_type = "";  // sniffed as JSON
  request.body = "  {\"q\":\"x\"}";
  params = RequestParams(request);
  ASSERT_TRUE(params.ok());
  EXPECT_EQ(Values(*params, "q"), (std::vector<std::string>{"x"}));

  request.content_type = "text/xml";
  params = RequestParams(request);
  ASSERT_FALSE(params.ok());
  EXPECT_NE(params.status().message().find("Content-Type"), std::string::npos);
}

TEST(RequestParams, GetIgnoresBody) {
  Request request;
  request.method = Method::kGet;
  request.query = {{"q", "a"}};
  request.body = "q=b";
  auto params = RequestParams(request);
  ASSERT_TRUE(params.ok());
  EXPECT_EQ(Values(*params, "q"), (std::vector<std::string>{"a"}));
}

TEST(TakeParam, RemovesAllAndReturnsLast) {
  Params params = {{"format", "json"}, {"format", "csv"}, {"q", "x"}};
  EXPECT_EQ(TakeParam(params, "format"), "csv");
  EXPECT_EQ(params.count("format"), 0u);
  EXPECT_EQ(params.size(), 1u);
  EXPECT_EQ(TakeParam(params, "absent", "dflt"), "dflt");
}

}  // namespace
}  // namespace thidua::server
