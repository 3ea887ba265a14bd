// Campaigns: gazetteer names and aliases, quoted names after cues, the
// "(gọi tắt là ...)" link, and one campaign however it is punctuated.
#include "entities_test_util.h"

namespace thidua {
namespace {

using testing::ExtractBody;

const char* const kDkst = "Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế";

std::vector<std::string> Names(const Entities& e) {
  std::vector<std::string> out;
  for (const auto& c : e.campaigns) out.push_back(c.name);
  return out;
}

struct CampaignCase {
  const char* name;
  const char* body;
  std::vector<std::string> campaigns;
};

class CampaignTest : public ::testing::TestWithParam<CampaignCase> {};

TEST_P(CampaignTest, FindsExactlyTheCampaigns) {
  EXPECT_EQ(Names(ExtractBody(GetParam().body)), GetParam().campaigns) << GetParam().body;
}

INSTANTIATE_TEST_SUITE_P(
    Patterns, CampaignTest,
    ::testing::Values(
        CampaignCase{"QuotedShortAlias", "Hưởng ứng phong trào “Đoàn kết sáng tạo” trên địa bàn.", {kDkst}},
        CampaignCase{"WithComma", "Phong trào “Đoàn kết, sáng tạo” lan tỏa.", {kDkst}},
        CampaignCase{"StraightQuotes", "Thực hiện PTTĐ \"Đoàn kết sáng tạo\" hiệu quả.", {kDkst}},
        CampaignCase{"AllSpellingsAreOne",
                     "Phong trào “Đoàn kết sáng tạo” và phong trào thi đua Đoàn kết sáng tạo, “Đoàn kết, sáng tạo”.",
                     {kDkst}},
        CampaignCase{"CvdAbbreviatedName", "Gắn với CVĐ “Toàn dân đoàn kết XDNTM, đô thị văn minh”.",
                     {"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"}},
        CampaignCase{"UnknownAfterCue", "Phát động phong trào “Nông dân Bắc Giang làm giàu” năm nay.",
                     {"Nông dân Bắc Giang làm giàu"}},
        CampaignCase{"UnknownAfterCuocVanDong",
                     "Cuộc vận động xây dựng người cán bộ, công chức “Trung thành, trách nhiệm, liêm chính” lan tỏa.",
                     {"Trung thành, trách nhiệm, liêm chính"}},
        CampaignCase{"ListAfterKnown", "Các phong trào “Giỏi việc nước, đảm việc nhà”, “Phụ nữ tự tin khởi nghiệp” đều hiệu quả.",
                     {"Giỏi việc nước, đảm việc nhà", "Phụ nữ tự tin khởi nghiệp"}},
        CampaignCase{"ProvincialEdition", "Phong trào “Hà Tĩnh chung sức xây dựng nông thôn mới” đạt kết quả.",
                     {"Cả nước chung sức xây dựng nông thôn mới"}},
        CampaignCase{"GenericLowerCaseIsNot", "Tính đoàn kết, sáng tạo ở đây là sự chủ động.", {}},
        CampaignCase{"QuoteWithoutCueIsNot", "Ông gọi đó là “cú hích” cho cơ sở.", {}},
        CampaignCase{"NounAfterCueIsNotWithoutQuotes", "Phong trào thi đua ở tỉnh diễn ra sôi nổi.", {}},
        CampaignCase{"MedalIsNot", "Tặng \"Huy chương Vì an ninh Tổ quốc\" và Huy chương Vì an ninh Tổ quốc.", {}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CampaignAliasTest, GoiTatLinksTheShortName) {
  Entities e = ExtractBody(
      "Phát động phong trào thi đua “Công nhân Hải Dương lao động giỏi, sáng tạo, vì quê hương” "
      "(gọi tắt là “Công nhân giỏi”). Phong trào “Công nhân giỏi” thu hút nhiều đoàn viên.");
  ASSERT_EQ(e.campaigns.size(), 1u);
  EXPECT_EQ(e.campaigns[0].name, "Công nhân Hải Dương lao động giỏi, sáng tạo, vì quê hương");
  EXPECT_FALSE(e.campaigns[0].known);
}

TEST(CampaignAliasTest, KnownCampaignKeepsCanonicalAndShortNames) {
  Entities e = ExtractBody("Phong trào “Đoàn kết sáng tạo” đạt kết quả.");
  ASSERT_EQ(e.campaigns.size(), 1u);
  EXPECT_TRUE(e.campaigns[0].known);
  EXPECT_EQ(e.campaigns[0].short_name, "Đoàn kết sáng tạo");
}

}  // namespace
}  // namespace thidua
