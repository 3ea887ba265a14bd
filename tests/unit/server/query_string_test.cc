#include "server/query_string.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace thidua::server {
namespace {

struct DecodeCase {
  std::string encoded;
  bool plus_as_space;
  std::string expected;
};

class PercentDecodeTest : public ::testing::TestWithParam<DecodeCase> {};

TEST_P(PercentDecodeTest, Decodes) {
  const DecodeCase& c = GetParam();
  auto decoded = PercentDecode(c.encoded, c.plus_as_space);
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(*decoded, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, PercentDecodeTest,
    ::testing::Values(DecodeCase{"abc", true, "abc"},
                      DecodeCase{"a+b", true, "a b"},
                      DecodeCase{"a+b", false, "a+b"},  // paths keep '+'
                      DecodeCase{"a%20b", false, "a b"},
                      DecodeCase{"%2B", true, "+"},
                      DecodeCase{"%C4%91o%C3%A0n+k%E1%BA%BFt", true, "đoàn kết"},
                      DecodeCase{"%c4%91", true, "đ"},  // lower-case hex
                      DecodeCase{"Vĩnh Long", true, "Vĩnh Long"},  // raw UTF-8 passes
                      DecodeCase{"100%25", true, "100%"},
                      DecodeCase{"", true, ""}));

TEST(PercentDecode, RejectsMalformedEscapesAndBadUtf8) {
  for (const char* bad : {"%", "%4", "abc%", "%zz", "%g1", "%C4", "%FF", "%C0%AF", "%ED%A0%80"}) {
    auto decoded = PercentDecode(bad, true);
    EXPECT_FALSE(decoded.ok()) << bad;
    if (!decoded.ok()) {
      EXPECT_EQ(decoded.status().code(), StatusCode::kInvalidArgument) << bad;
    }
  }
}

TEST(ParseQueryString, KeepsRepeatedKeysInOrder) {
  auto params = ParseQueryString("province=A&q=doan+ket&province=B&province=C");
  ASSERT_TRUE(params.ok());
  auto [begin, end] = params->equal_range("province");
  std::vector<std::string> provinces;
  for (auto it = begin; it != end; ++it) provinces.push_back(it->second);
  EXPECT_EQ(provinces, (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_EQ(params->find("q")->second, "doan ket");
  EXPECT_EQ(params->size(), 4u);
}

TEST(ParseQueryString, EmptyPairsSkippedAndMissingValueIsEmpty) {
  auto params = ParseQueryString("&&a=1&&b&c=&");
  ASSERT_TRUE(params.ok());
  ASSERT_EQ(params->size(), 3u);
  EXPECT_EQ(params->find("a")->second, "1");
  EXPECT_EQ(params->find("b")->second, "");
  EXPECT_EQ(params->find("c")->second, "");
}

TEST(ParseQueryString, ValueKeepsLaterEqualsSigns) {
  auto params = ParseQueryString("q=a%3Db=c");
  ASSERT_TRUE(params.ok());
  EXPECT_EQ(params->find("q")->second, "a=b=c");
}

TEST(ParseQueryString, ErrorNamesTheParameter) {
  auto params = ParseQueryString("q=ok&province=%ZZ");
  ASSERT_FALSE(params.ok());
  EXPECT_NE(params.status().message().find("province"), std::string::npos)
      << params.status().message();
  auto empty_name = ParseQueryString("=x");
  EXPECT_FALSE(empty_name.ok());
}

TEST(SplitRequestTarget, SplitsPathQueryAndDropsFragment) {
  SplitTarget t = SplitRequestTarget("/api/v1/search?q=x&y=1#frag");
  EXPECT_EQ(t.path, "/api/v1/search");
  EXPECT_EQ(t.query, "q=x&y=1");
  t = SplitRequestTarget("/healthz");
  EXPECT_EQ(t.path, "/healthz");
  EXPECT_EQ(t.query, "");
  t = SplitRequestTarget("/a?");
  EXPECT_EQ(t.path, "/a");
  EXPECT_EQ(t.query, "");
}

TEST(IsValidUtf8, AcceptsVietnameseRejectsBrokenBytes) {
  EXPECT_TRUE(IsValidUtf8("Đoàn kết sáng tạo"));
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_FALSE(IsValidUtf8("\xC4"));
  EXPECT_FALSE(IsValidUtf8("\xFF"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));  // overlong '/'
}

}  // namespace
}  // namespace thidua::server
