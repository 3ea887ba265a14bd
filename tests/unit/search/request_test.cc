// ParseSearchRequest: valid parameters convert, bad ones name the parameter.
#include <gtest/gtest.h>

#include "search/engine.h"

namespace thidua {
namespace {

struct BadCase {
  Params params;
  std::string message_start;
};

TEST(ParseSearchRequestTest, RejectsBadParametersNamingThem) {
  const std::vector<BadCase> cases = {
      {{{"year", "21"}}, "year: must be a 4-digit year"},
      {{{"year", "2021,abc"}}, "year: must be a 4-digit year"},
      {{{"per_page", "101"}}, "per_page: must be between 0 and 100"},
      {{{"per_page", "ten"}}, "per_page: must be an integer"},
      {{{"page", "0"}}, "page: must be between"},
      {{{"sort", "best"}}, "sort: must be relevance, newest or oldest"},
      {{{"facets", "province,colour"}}, "facets: unknown facet 'colour'"},
      {{{"from", "2021-13-01"}}, "from: must be a date"},
      {{{"from", "2021-02-29"}}, "from: must be a date"},  // not a leap year
      {{{"to", "2023-04-31"}}, "to: must be a date"},
      {{{"to", "yesterday"}}, "to: must be a date"},
      {{{"has", "photos"}}, "has: must be models, figures or people"},
      {{{"figure_min", "lots"}}, "figure_min: must be a number"},
      {{{"highlight", "yes"}}, "highlight: must be true or false"},
      {{{"q", "a"}, {"q", "b"}}, "q: give it once"},
      {{{"colour", "red"}}, "colour: unknown parameter"},
      {{{"province", "  "}}, "province: must not be empty"},
      {{{"month", "2021-4"}}, "month: must be YYYY-MM"},
  };
  for (const BadCase& c : cases) {
    auto request = ParseSearchRequest(c.params);
    ASSERT_FALSE(request.ok()) << c.message_start;
    EXPECT_EQ(request.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(request.status().message().rfind(c.message_start, 0), 0u)
        << "got '" << request.status().message() << "', want '" << c.message_start << "...'";
  }
}

TEST(ParseSearchRequestTest, ConvertsValidParameters) {
  auto request = ParseSearchRequest({{"q", "đoàn kết"},
                                     {"province", "Vĩnh Long"},
                                     {"province", "Trà Vinh"},
                                     {"year", "2020,2021"},
                                     {"facets", "province,year"},
                                     {"facets", "campaign,province"},
                                     {"facet_limit", "5"},
                                     {"sort", "newest"},
                                     {"page", "3"},
                                     {"per_page", "20"},
                                     {"highlight", "false"},
                                     {"from", "2021-04"},
                                     {"to", "2024-02-29"}});  // a leap day
  ASSERT_TRUE(request.ok()) << request.status().message();
  EXPECT_EQ(request->q, "đoàn kết");
  EXPECT_EQ(request->filters["province"], (std::vector<std::string>{"Vĩnh Long", "Trà Vinh"}));
  EXPECT_EQ(request->filters["year"], (std::vector<std::string>{"2020", "2021"}));
  EXPECT_EQ(request->filters["from"], (std::vector<std::string>{"2021-04"}));
  EXPECT_EQ(request->facets, (std::vector<std::string>{"province", "year", "campaign"}));
  EXPECT_EQ(request->facet_limit, 5);
  EXPECT_EQ(request->sort, "newest");
  EXPECT_EQ(request->page, 3);
  EXPECT_EQ(request->per_page, 20);
  EXPECT_FALSE(request->highlight);
}

TEST(ParseSearchRequestTest, DefaultsWhenEmpty) {
  auto request = ParseSearchRequest({});
  ASSERT_TRUE(request.ok());
  EXPECT_EQ(request->q, "");
  EXPECT_EQ(request->page, 1);
  EXPECT_EQ(request->per_page, 10);
  EXPECT_EQ(request->sort, "relevance");
  EXPECT_TRUE(request->highlight);
  EXPECT_TRUE(request->facets.empty());
}

}  // namespace
}  // namespace thidua
