// Abbreviations, the publication date, the --extract-only JSON and the
// gazetteer's search-side lookups.
#include <nlohmann/json.hpp>

#include "entities_test_util.h"

namespace thidua {
namespace {

using testing::Contains;
using testing::ExtractBody;

TEST(AbbreviationTest, ReportsThosePresent) {
  Entities e = ExtractBody("MTTQ các cấp đẩy mạnh CCHC&CĐS; UBMTTQ tỉnh và LĐLĐ phối hợp. PTTĐ lan tỏa.");
  for (const char* a : {"MTTQ", "CCHC", "CĐS", "UBMTTQ", "LĐLĐ", "PTTĐ"}) EXPECT_TRUE(Contains(e.abbreviations, a)) << a;
  EXPECT_FALSE(Contains(e.abbreviations, "XDNTM"));
}

TEST(TailLinesTest, NumberedTableRowsAreTheArticles) {
  // A board list laid out as a table: row number, name, role lines. Its
  // short unpunctuated lines are no related headlines.
  Entities e = ExtractBody(
      "Danh sách thành viên Hội đồng trường như sau:\nTT\nHọ tên\nChức vụ\n1\nGS. Lê Anh Tuấn\n"
      "Chủ tịch Hội đồng Trường - Ủy viên Ban thường vụ Đảng ủy\nViện trưởng Viện Cơ khí Động lực\n2\n"
      "PGS. Huỳnh Quyết Thắng\nPhó Bí thư Đảng ủy\nHiệu trưởng\n3\nÔng Ngô Quế Lâm\n"
      "Tổng giám đốc Tổng công ty Bia - Rượu - Nước giải khát Hà Nội\n");
  std::vector<std::string> names;
  for (const PersonMention& p : e.people) names.push_back(p.name);
  for (const char* name : {"Lê Anh Tuấn", "Huỳnh Quyết Thắng", "Ngô Quế Lâm"}) {
    EXPECT_TRUE(Contains(names, name)) << name;
  }
  EXPECT_TRUE(Contains(e.DistinctProvinces(), "Hà Nội"));
  // Unnumbered, the same short lines still read as a block of headlines.
  EXPECT_TRUE(ExtractBody("Bài viết chính kết thúc ở đây.\nUBND tỉnh Bắc Kạn tập huấn công tác năm nay\n"
                          "Ủy ban MTTQ tỉnh Bến Tre trao nhà đại đoàn kết cho hộ nghèo\n")
                  .DistinctProvinces()
                  .empty());
}

struct DateCase {
  const char* name;
  const char* body;
  std::optional<std::string_view> hint;
  std::optional<std::string> published;
};

class PublishedTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(PublishedTest, FindsTheStatedDate) {
  Entities e = ExtractBody(GetParam().body, "", GetParam().hint);
  EXPECT_EQ(e.published, GetParam().published);
}

INSTANTIATE_TEST_SUITE_P(
    Dates, PublishedTest,
    ::testing::Values(DateCase{"Labelled", "Tin tức\nNgày đăng: 25-09-2023\nNội dung bài.", std::nullopt, "2023-09-25"},
                      DateCase{"Dateline", "Ngày 28/3/2018, Ban Thường trực ban hành kế hoạch.", std::nullopt, "2018-03-28"},
                      DateCase{"RelativeWithHint", "Sáng 23/8, hội nghị khai mạc.", "2023-08-24", "2023-08-23"},
                      DateCase{"RelativeAcrossNewYear", "Chiều 30/12, hội nghị tổng kết.", "2024-01-02", "2023-12-30"},
                      DateCase{"RelativeWithoutHint", "Sáng 23/8, hội nghị khai mạc.", std::nullopt, std::nullopt},
                      DateCase{"NoDate", "Phong trào phát triển mạnh.", std::nullopt, std::nullopt},
                      DateCase{"WrittenOut", "Hà Nội, ngày 26 tháng 11 năm 2003\nLUẬT", std::nullopt, "2003-11-26"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ExtractJsonTest, HasExactlyTheFields) {
  Entities e = ExtractBody("Đồng chí Võ Minh Khoa, Phó Chủ tịch Ủy ban MTTQ tỉnh Thanh Hóa cho biết có 62.887 sáng kiến "
                           "trong phong trào “Đoàn kết sáng tạo”.",
                           "Thanh Hóa: tổng kết");
  nlohmann::json j = ToExtractJson("doc-1", e);
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"campaigns", "figures", "id", "models", "people", "primary_province",
                                            "provinces", "provinces_2025", "published"}));
  EXPECT_EQ(j["id"], "doc-1");
  EXPECT_EQ(j["provinces"], nlohmann::json({"Thanh Hóa"}));
  EXPECT_EQ(j["primary_province"], "Thanh Hóa");
  EXPECT_TRUE(j["published"].is_null());
  EXPECT_EQ(j["figures"][0]["value"], 62887);
  EXPECT_EQ(j["figures"][0]["unit"], "sáng kiến");
  EXPECT_EQ(j["people"][0]["title"], "Phó Chủ tịch Ủy ban MTTQ tỉnh Thanh Hóa");
}

TEST(GazetteerTest, ResolvesProvinceSpellings) {
  const Gazetteer& g = testing::Extractor().gazetteer();
  struct Case {
    const char* spelling;
    const char* old_name;   // "" when none
    const char* new_name;   // "" when none
  };
  for (const Case& c : {Case{"thanh hoa", "Thanh Hóa", "Thanh Hóa"}, Case{"Thanh Hoá", "Thanh Hóa", "Thanh Hóa"},
                        Case{"tp hcm", "Hồ Chí Minh", "Hồ Chí Minh"}, Case{"Sai Gon", "Hồ Chí Minh", "Hồ Chí Minh"},
                        Case{"Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"}, Case{"Huế", "Thừa Thiên Huế", "Huế"},
                        Case{"thua thien - hue", "Thừa Thiên Huế", ""}, Case{"ha giang", "Hà Giang", ""},
                        Case{"tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", ""}, Case{"BR-VT", "Bà Rịa - Vũng Tàu", ""},
                        Case{"Dak Lak", "Đắk Lắk", "Đắk Lắk"}, Case{"vinh long", "Vĩnh Long", "Vĩnh Long"},
                        Case{"Atlantis", "", ""}}) {
    ProvinceResolution r = g.ResolveProvince(c.spelling);
    EXPECT_EQ(r.old_province ? r.old_province->name : "", c.old_name) << c.spelling;
    EXPECT_EQ(r.new_province ? r.new_province->name : "", c.new_name) << c.spelling;
  }
  EXPECT_EQ(g.provinces().size(), 63u);
  EXPECT_EQ(g.provinces_2025().size(), 34u);
}

TEST(GazetteerTest, OldProvincesOfANewOne) {
  const Gazetteer& g = testing::Extractor().gazetteer();
  std::vector<std::string> old = g.OldProvincesOf("vinh long");
  EXPECT_EQ(old.front(), "Vĩnh Long");
  EXPECT_TRUE(Contains(old, "Trà Vinh"));
  EXPECT_TRUE(Contains(old, "Bến Tre"));
  EXPECT_TRUE(g.OldProvincesOf("Hà Giang").empty());
}

TEST(GazetteerTest, ResolvesCampaignAliases) {
  const Gazetteer& g = testing::Extractor().gazetteer();
  for (const char* alias : {"Đoàn kết sáng tạo", "doan ket, sang tao", "“Đoàn kết sáng tạo”", "phong trào Đoàn kết sáng tạo"}) {
    const CampaignInfo* c = g.ResolveCampaign(alias);
    ASSERT_NE(c, nullptr) << alias;
    EXPECT_EQ(c->name, "Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế");
  }
  EXPECT_EQ(g.ResolveCampaign("Một phong trào không có thật"), nullptr);
}

TEST(GazetteerTest, AbbreviationsBothWays) {
  const Gazetteer& g = testing::Extractor().gazetteer();
  EXPECT_TRUE(Contains(g.ExpandAbbreviation("mttq"), "Mặt trận Tổ quốc"));
  EXPECT_TRUE(Contains(g.ExpandAbbreviation("CĐS"), "chuyển đổi số") || Contains(g.ExpandAbbreviation("CĐS"), "Chuyển đổi số"));
  EXPECT_TRUE(Contains(g.AbbreviationsOf("mat tran to quoc"), "MTTQ"));
  EXPECT_TRUE(g.ExpandAbbreviation("ZZZQ").empty());
}

TEST(GazetteerTest, MissingDataDirIsNotFound) {
  auto g = Gazetteer::Load("/nonexistent-thidua-data");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace thidua
