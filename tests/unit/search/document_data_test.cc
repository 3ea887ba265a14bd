// ReadHitFields (the per-hit reader of the stored document data) against
// nlohmann's parse of the whole object: same fields for the indexer's own
// output and for hand-written edge cases (escapes, surrogate pairs, key
// order, non-string values), and false for data it cannot read.
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "search/internal.h"
#include "tests/unit/search/fixture.h"

namespace thidua {
namespace {

using search_internal::HitFields;
using search_internal::ReadHitFields;

std::optional<std::string> StringOf(const nlohmann::json& data, const char* key) {
  const auto it = data.find(key);
  if (it == data.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// The expected fields, from nlohmann's tree of the whole data.
HitFields FromTree(const std::string& text) {
  const nlohmann::json data = nlohmann::json::parse(text);
  HitFields f;
  f.id = StringOf(data, "id").value_or("");
  f.title = StringOf(data, "title").value_or("");
  f.text = StringOf(data, "text").value_or("");
  f.url = StringOf(data, "url");
  f.source = StringOf(data, "source");
  f.published = StringOf(data, "published");
  const auto entities = data.find("entities");
  if (entities != data.end() && entities->is_object() && entities->contains("figures")) {
    f.figures = entities->at("figures");
  }
  return f;
}

void ExpectSame(const std::string& data) {
  HitFields got;
  ASSERT_TRUE(ReadHitFields(data, true, &got)) << data;
  const HitFields want = FromTree(data);
  EXPECT_EQ(got.id, want.id) << data;
  EXPECT_EQ(got.title, want.title) << data;
  EXPECT_EQ(got.text, want.text) << data;
  EXPECT_EQ(got.url, want.url) << data;
  EXPECT_EQ(got.source, want.source) << data;
  EXPECT_EQ(got.published, want.published) << data;
  EXPECT_EQ(got.figures, want.figures) << data;
}

TEST(DocumentDataTest, SameFieldsAsTheWholeParseForEveryFixtureDocument) {
  Xapian::Database db(testing::FixtureIndex::Get().path());
  int checked = 0;
  for (Xapian::PostingIterator it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const std::string data = db.get_document(*it).get_data();
    ExpectSame(data);
    ++checked;
  }
  EXPECT_EQ(checked, static_cast<int>(testing::FixtureArticles().size()));
}

TEST(DocumentDataTest, EscapesKeyOrderAndValueTypes) {
  for (const std::string& data : std::vector<std::string>{
           R"({"id":"a\"b\\c\/d","title":"line\nnext\ttab\r\b\f","text":"caf\u00e9 \u1ea1 \ud83d\ude00 \u0041"})",
           R"({ "text" : "t" , "entities" : { "people" : [ {"name" : "}{][\"" } ], "figures" : [ {"text":"2 tỷ đồng","value":2e9,"unit":"đồng","sentence":[1,2]} ] } , "id" : "x" })",
           R"({"url":12,"source":null,"published":["2021"],"title":{"a":"b"},"id":true})",
           R"({"raw":"{\"id\":\"fake\"}","id":"real","entities":{"figures":[]}})",
           R"({"entities":[],"id":"e"})",
           R"({"entities":{"figures":null},"id":"e"})",
           R"({"id":"dup","id":"second"})",
           R"({})",
           "{\"id\":\"\xE1\xBA\xA1\",\"text\":\"Vi\xE1\xBB\x87t Nam \\u201cquote\\u201d\",\"x\":-1.5e-3,\"y\":false}",
       }) {
    ExpectSame(data);
  }
}

TEST(DocumentDataTest, TextIsLeftOutWhenNotWanted) {
  HitFields got;
  ASSERT_TRUE(ReadHitFields(R"({"id":"a","text":"long body"})", false, &got));
  EXPECT_EQ(got.id, "a");
  EXPECT_EQ(got.text, "");
}

TEST(DocumentDataTest, UnreadableDataIsRefused) {
  HitFields got;
  for (const std::string& data : std::vector<std::string>{
           "", "[]", "not json", R"({"id":"unterminated)", R"({"id":"a")", R"({"id":"bad \x"})",
           R"({"id":"\u12"})", R"({"id":"\ud83d alone"})", R"({"id":"\ude00"})", R"({"id" "a"})",
           R"({"id":"a",})", R"({"entities":{"figures":[1,}})"}) {
    EXPECT_FALSE(ReadHitFields(data, true, &got)) << data;
  }
}

}  // namespace
}  // namespace thidua
