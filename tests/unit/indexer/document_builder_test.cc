#include "indexer/document_builder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "analyzers/schema.h"
#include "test_util.h"

namespace thidua::indexer {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using schema::FigureUnitKey;  // moved to analyzers/schema.h, shared with search

class DocumentBuilderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    StatusOr<EntityExtractor> loaded = EntityExtractor::Load(testing::DataDir());
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    extractor_ = new EntityExtractor(std::move(*loaded));
  }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }

  static std::set<std::string> Terms(const Xapian::Document& doc, std::string_view prefix = "") {
    std::set<std::string> terms;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
      const std::string term = *it;
      if (term.rfind(prefix, 0) == 0) terms.insert(term);
    }
    return terms;
  }

  // Written for this test (not copied from any article).
  static Article Sample() {
    Article a;
    a.id = "test-001";
    a.title = "Tỉnh Quảng Ninh sơ kết phong trào “Đoàn kết sáng tạo”";
    a.body =
        "Chi tiết tin - Ban Tuyên giáo\n"
        "Sáng 12/5, Ủy ban MTTQ tỉnh Quảng Ninh tổ chức hội nghị sơ kết phong trào thi đua "
        "“Đoàn kết sáng tạo” với sự tham gia của nhiều đơn vị trong tỉnh.\n"
        "0:00 / 0:00\n"
        "Năm qua, các đơn vị đã có 1.250 sáng kiến được công nhận, làm lợi 2.905 tỷ đồng cho tỉnh.\n"
        "Xem thêm\n";
    a.url = "https://baomau.vn/x.html";
    a.source = "BaoMau.vn";
    a.published = "2023-09-25";
    return a;
  }

  static EntityExtractor* extractor_;
};

EntityExtractor* DocumentBuilderTest::extractor_ = nullptr;

TEST_F(DocumentBuilderTest, TextTermsInEveryFormWithPositions) {
  DocumentBuilder builder(*extractor_);
  const Xapian::Document doc = builder.Build(Sample());
  const std::set<std::string> terms = Terms(doc);
  for (const char* term : {"Sđoàn", "XSFdoan", "XSJđoàn kết", "XSKdoan ket", "hội", "XFhoi", "XJsáng kiến",
                           "XKsang kien", "Qtest-001"}) {
    EXPECT_THAT(terms, Contains(term)) << term;
  }
  // Chrome is not indexed.
  EXPECT_THAT(terms, Not(Contains("xem")));
  EXPECT_THAT(terms, Not(Contains("0:00")));
  // Positional: folded singles only ("sáng kiến" is a phrase on XF terms);
  // exact singles carry a wdf but no positions (docs/schema.md).
  auto positions = [&](const std::string& term) {
    std::vector<Xapian::termpos> out;
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
      if (*it != term) continue;
      for (auto p = it.positionlist_begin(); p != it.positionlist_end(); ++p) out.push_back(*p);
    }
    return out;
  };
  EXPECT_FALSE(positions("XFsang").empty());
  EXPECT_FALSE(positions("XFkien").empty());
  EXPECT_TRUE(positions("sáng").empty());
  {
    Xapian::TermIterator it = doc.termlist_begin();
    it.skip_to("sáng");
    ASSERT_TRUE(it != doc.termlist_end() && *it == "sáng");
    EXPECT_GT(it.get_wdf(), 0u);
  }
  // Pair terms have a wdf but no positions (docs/schema.md).
  for (const char* pair : {"XJsáng kiến", "XKsang kien", "XSKdoan ket"}) {
    EXPECT_TRUE(positions(pair).empty()) << pair;
    Xapian::TermIterator it = doc.termlist_begin();
    it.skip_to(pair);
    ASSERT_TRUE(it != doc.termlist_end() && *it == pair) << pair;
    EXPECT_GT(it.get_wdf(), 0u) << pair;
  }
  // Boolean terms carry no wdf.
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if ((*it)[0] == 'Q' || (*it).rfind("XPROV", 0) == 0) {
      EXPECT_EQ(it.get_wdf(), 0u) << *it;
    }
  }
}

TEST_F(DocumentBuilderTest, FilterTermsAndValuesFollowTheSchema) {
  DocumentBuilder builder(*extractor_);
  const AnalyzedArticle analyzed = builder.Analyze(Sample());
  const Xapian::Document doc = builder.Assemble(analyzed);
  const std::set<std::string> terms = Terms(doc);
  for (const char* term : {"Y2023", "M202309", "D20230925", "XSRCbaomau.vn", "XPROVquang-ninh", "XPRIquang-ninh",
                           "XHASfigures", "XUNITdong", "XUNITsang-kien"}) {
    EXPECT_THAT(terms, Contains(term)) << term;
  }
  EXPECT_EQ(doc.get_value(schema::kSlotPublished), "20230925");
  EXPECT_EQ(doc.get_value(schema::kSlotYear), "2023");
  EXPECT_EQ(doc.get_value(schema::kSlotMonth), "2023-09");
  EXPECT_EQ(doc.get_value(schema::kSlotSource), "BaoMau.vn");
  EXPECT_EQ(doc.get_value(schema::kSlotPrimaryProvince), "Quảng Ninh");
  EXPECT_THAT(schema::DecodeList(doc.get_value(schema::kSlotProvinces)), Contains("Quảng Ninh"));
  EXPECT_THAT(schema::DecodeList(doc.get_value(schema::kSlotProvinces2025)), Contains("Quảng Ninh"));
  EXPECT_FALSE(doc.get_value(schema::kSlotRegions).empty());
  EXPECT_GT(Xapian::sortable_unserialise(doc.get_value(schema::kSlotTitleLength)), 5.0);

  // Every extracted entity has its terms and slot entries, whatever was found.
  for (const ProvinceMention& p : analyzed.entities.provinces) {
    EXPECT_THAT(terms, Contains("XPROV" + schema::Key(p.name)));
    EXPECT_THAT(terms, Contains("XPNEW" + schema::Key(p.name_2025)));
  }
  std::vector<std::string> campaigns = schema::DecodeList(doc.get_value(schema::kSlotCampaigns));
  ASSERT_FALSE(analyzed.entities.campaigns.empty());
  for (const CampaignMention& c : analyzed.entities.campaigns) {
    EXPECT_THAT(terms, Contains("XCAMP" + schema::Key(c.name)));
    EXPECT_THAT(campaigns, Contains(c.name));
  }
  const std::vector<std::string> figures = schema::DecodeList(doc.get_value(schema::kSlotFigures));
  ASSERT_EQ(figures.size(), analyzed.entities.figures.size());
  bool money = false;
  for (const std::string& item : figures) {
    const std::size_t tab = item.find('\t');
    ASSERT_NE(tab, std::string::npos);
    if (item.substr(0, tab) == "dong") {
      money = true;
      EXPECT_NEAR(Xapian::sortable_unserialise(item.substr(tab + 1)), 2.905e12, 1e9);
    }
  }
  EXPECT_TRUE(money);
}

TEST_F(DocumentBuilderTest, DataHoldsCleanTextRawAndEntities) {
  DocumentBuilder builder(*extractor_);
  const Xapian::Document doc = builder.Build(Sample());
  const nlohmann::json data = nlohmann::json::parse(doc.get_data());
  EXPECT_EQ(data.at("id"), "test-001");
  EXPECT_EQ(data.at("title"), "Tỉnh Quảng Ninh sơ kết phong trào “Đoàn kết sáng tạo”");
  EXPECT_EQ(data.at("url"), "https://baomau.vn/x.html");
  EXPECT_EQ(data.at("source"), "BaoMau.vn");
  EXPECT_EQ(data.at("published"), "2023-09-25");
  const std::string text = data.at("text");
  EXPECT_THAT(text, Not(HasSubstr("Xem thêm")));
  EXPECT_THAT(text, Not(HasSubstr("Chi tiết tin")));
  EXPECT_THAT(std::string(data.at("raw")), HasSubstr("Xem thêm"));
  ASSERT_TRUE(data.at("entities").is_object());
  // Offsets refer to the cleaned text (or the title).
  for (const auto& province : data.at("entities").at("provinces")) {
    const std::string& base = province.value("in_title", false) ? std::string(data.at("title")) : text;
    const std::size_t begin = province.at("begin"), end = province.at("end");
    ASSERT_LE(end, base.size());
    EXPECT_THAT(base.substr(begin, end - begin), HasSubstr("Quảng Ninh"));
  }
}

// Most crawled records have no title but a URL slug: the slug, spelled as
// the body spells it, is indexed as the title and stored when certain.
TEST_F(DocumentBuilderTest, TitleFromTheUrlWhenTheRecordHasNone) {
  DocumentBuilder builder(*extractor_);
  Article a;
  a.id = "slug";
  a.body = "Năm nay Hà Nội hỗ trợ hộ nghèo 500 triệu đồng. Các hộ nghèo ở Hà Nội được hỗ trợ kịp thời.";
  a.url = "https://baomau.vn/xa-hoi/ha-noi-ho-tro-ho-ngheo-20210426093145334.htm";
  const Xapian::Document doc = builder.Build(a);
  const nlohmann::json data = nlohmann::json::parse(doc.get_data());
  EXPECT_EQ(data.at("title"), "Hà Nội hỗ trợ hộ nghèo");
  EXPECT_EQ(data.at("title_source"), "url");
  EXPECT_THAT(Terms(doc, std::string(schema::kTitleExact)), Contains(std::string(schema::kTitleExact) + "nghèo"));
  EXPECT_TRUE(data.at("entities").at("provinces").size() > 0);
  for (const auto& province : data.at("entities").at("provinces")) EXPECT_FALSE(province.value("in_title", false));

  a.title = "Tin có tiêu đề";  // a record's own title wins
  const nlohmann::json titled = nlohmann::json::parse(builder.Build(a).get_data());
  EXPECT_EQ(titled.at("title"), "Tin có tiêu đề");
  EXPECT_FALSE(titled.contains("title_source"));
}

// A slug whose words the body mostly does not use cannot be spelt, but it is
// still the headline: its words are folded title terms (no exact forms, whose
// tones would be guesses), and no title is shown.
TEST_F(DocumentBuilderTest, UnspellableSlugGivesFoldedTitleTermsOnly) {
  DocumentBuilder builder(*extractor_);
  Article a;
  a.id = "slug-far";
  a.body = "Nhiều bệnh viện đang cạn kiệt khí. Người dân xếp hàng chờ mua bình.";
  a.url = "https://baomau.vn/the-gioi/an-do-thieu-oxy-tram-trong-20210426093145334.htm";
  const Xapian::Document doc = builder.Build(a);
  const nlohmann::json data = nlohmann::json::parse(doc.get_data());
  EXPECT_FALSE(data.contains("title_source"));
  const std::string folded(schema::kTitleFolded), pair(schema::kTitlePairFolded);
  EXPECT_THAT(Terms(doc, folded), Contains(folded + "oxy"));
  EXPECT_THAT(Terms(doc, folded), Contains(folded + "thieu"));
  EXPECT_THAT(Terms(doc, pair), Contains(pair + "an do"));
  EXPECT_TRUE(Terms(doc, std::string(schema::kTitleExact)).empty());
  EXPECT_TRUE(Terms(doc, std::string(schema::kTitlePair)).empty());
}

TEST_F(DocumentBuilderTest, NoRawWhenNothingWasRemoved) {
  DocumentBuilder builder(*extractor_);
  Article a;
  a.id = "plain";
  a.title = "Tin ngắn";
  a.body = "Một đoạn văn bình thường, không có gì thừa.";
  const nlohmann::json data = nlohmann::json::parse(builder.Build(a).get_data());
  EXPECT_FALSE(data.contains("raw"));
  EXPECT_FALSE(data.contains("published"));
  EXPECT_FALSE(data.contains("url"));
}

TEST_F(DocumentBuilderTest, PublishedFallsBackToTheDateline) {
  DocumentBuilder builder(*extractor_);
  Article a;
  a.id = "dated";
  a.body = "Ngày đăng: 25-09-2023\nSáng 23/8, hội nghị sơ kết được tổ chức tại trụ sở Ủy ban MTTQ tỉnh.";
  const AnalyzedArticle analyzed = builder.Analyze(a);
  EXPECT_EQ(analyzed.published, "2023-09-25");
  ASSERT_TRUE(analyzed.entities.published.has_value());
  EXPECT_EQ(*analyzed.entities.published, "2023-09-25");
  const Xapian::Document doc = builder.Assemble(analyzed);
  EXPECT_THAT(Terms(doc, "D"), Contains("D20230925"));

  a.body = "Sáng 23/8, hội nghị sơ kết được tổ chức.";
  const AnalyzedArticle undated = builder.Analyze(a);
  EXPECT_FALSE(undated.entities.published.has_value());
  EXPECT_TRUE(Terms(builder.Assemble(undated), "Y").empty());
}

TEST_F(DocumentBuilderTest, ContentHashIsStoredAndFollowsTheContent) {
  DocumentBuilder builder(*extractor_);
  Article a = Sample();
  const std::string hash = ContentHash(a);
  EXPECT_EQ(hash.size(), 16u);
  EXPECT_EQ(nlohmann::json::parse(builder.Build(a).get_data()).at("content_hash"), hash);
  EXPECT_EQ(ContentHash(Sample()), hash);
  a.body += ".";
  EXPECT_NE(ContentHash(a), hash);
  a = Sample();
  a.title += a.body.substr(0, 1);
  a.body.erase(0, 1);  // the same bytes split differently
  EXPECT_NE(ContentHash(a), hash);
}

TEST(FigureUnitKey, PercentHasAKey) {
  EXPECT_EQ(FigureUnitKey("%"), "phan-tram");
  EXPECT_EQ(FigureUnitKey("sáng kiến"), "sang-kien");
  EXPECT_EQ(FigureUnitKey("đồng"), "dong");
}

}  // namespace
}  // namespace thidua::indexer
