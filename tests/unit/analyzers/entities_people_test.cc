// People with titles, and exemplary models.
#include "entities_test_util.h"

namespace thidua {
namespace {

using testing::ExtractBody;
using testing::PersonCase;
using testing::PersonTest;

TEST_P(PersonTest, FindsPeopleAndTitles) {
  Entities e = ExtractBody(GetParam().body);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& p : e.people) got.emplace_back(p.name, p.title);
  EXPECT_EQ(got, GetParam().people) << GetParam().body;
}

INSTANTIATE_TEST_SUITE_P(
    Patterns, PersonTest,
    ::testing::Values(
        PersonCase{"DongChiThenTitle", "Đồng chí Võ Minh Khoa, Phó Chủ tịch Ủy ban MTTQ tỉnh cho biết: năm nay tốt.",
                   {{"Võ Minh Khoa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"}}},
        PersonCase{"TitleBeforeName", "Chủ tịch CĐVC tỉnh Nguyễn Thị Hoài Lê thông tin.",
                   {{"Nguyễn Thị Hoài Lê", "Chủ tịch CĐVC tỉnh"}}},
        PersonCase{"TitleWithProvinceBeforeName", "Chủ tịch Ủy ban MTTQ tỉnh Thái Nguyên Phạm Thái Hanh trao đổi.",
                   {{"Phạm Thái Hanh", "Chủ tịch Ủy ban MTTQ tỉnh Thái Nguyên"}}},
        PersonCase{"TwoTitles", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trịnh Việt Hùng cho biết.",
                   {{"Trịnh Việt Hùng", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"}}},
        PersonCase{"OngThenTitle", "Ông Nguyễn Văn An, Bí thư Huyện ủy, phát biểu.", {{"Nguyễn Văn An", "Bí thư Huyện ủy"}}},
        PersonCase{"TitleAfterDash", "Ông Đoàn Tấn Bửu - Phó Chủ tịch UBND tỉnh Đồng Tháp làm việc với Sở.",
                   {{"Đoàn Tấn Bửu", "Phó Chủ tịch UBND tỉnh Đồng Tháp"}}},
        PersonCase{"TitleAfterEnDash", "Bà Võ Thị Hồng Ánh – Phó Chủ tịch UBND TP Cần Thơ trao bằng khen.",
                   {{"Võ Thị Hồng Ánh", "Phó Chủ tịch UBND TP Cần Thơ"}}},
        PersonCase{"NoTitleAfterDashVerb", "Khi đó ông Nguyễn Sơn Văn - là người chỉ huy trung đoàn.",
                   {{"Nguyễn Sơn Văn", ""}}},
        PersonCase{"BaWithoutTitle", "Bà Trần Thị Mai chia sẻ niềm vui.", {{"Trần Thị Mai", ""}}},
        PersonCase{"GivenNameLikeCity", "Bà Nguyễn Thị Huế, Chủ tịch Hội Nông dân xã, cho biết.",
                   {{"Nguyễn Thị Huế", "Chủ tịch Hội Nông dân xã"}}},
        PersonCase{"ToneVariantTitle", "Phó Chủ tịch Uỷ ban MTTQ tỉnh Lê Văn Bình dự.",
                   {{"Lê Văn Bình", "Phó Chủ tịch Uỷ ban MTTQ tỉnh"}}},
        PersonCase{"RankAndRole", "Thượng tá Lê Hồng Phúc, Phó Giám đốc Công an tỉnh, cho biết.",
                   {{"Lê Hồng Phúc", "Thượng tá, Phó Giám đốc Công an tỉnh"}}},
        PersonCase{"PresidentIsNotReported", "Học tập tư tưởng của Chủ tịch Hồ Chí Minh.", {}},
        PersonCase{"SchoolNameIsNot", "Học sinh Trường THPT Lê Quý Đôn đạt giải.", {}},
        PersonCase{"StreetNameIsNot", "Cửa hàng trên đường Nguyễn Văn Cừ đông khách.", {}},
        PersonCase{"MonumentIsNot", "Du khách dạo quanh tượng đài Lý Thái Tổ và hồ Gươm.", {}},
        PersonCase{"ListOfStreetsIsNot", "Quán vẫn đông ở các phố như Tạ Hiện, Lương Ngọc Quyến, Đào Duy Từ.", {}},
        PersonCase{"BylineIsNot", "Bài viết kết thúc ở đây.\nPhan Nga", {}},
        PersonCase{"AmbiguousSurnameNeedsCue", "Hà Văn Tùng tham gia. Anh Hà Văn Tùng vui.", {{"Hà Văn Tùng", ""}}},
        PersonCase{"GivenNameAfterAddress", "Chị Ngọc Hân sống ở quận 7 cùng con.", {{"Ngọc Hân", ""}}},
        PersonCase{"ForeignNamesAfterAddressAreNot", "Anh Park Ji-sung cho hay. Ông Bob Marley nói.", {}},
        PersonCase{"StageTitleGivenName", "Ca sĩ Hồng Nhung bày tỏ niềm vui.", {{"Hồng Nhung", "Ca sĩ"}}},
        PersonCase{"StageTitleFullName", "Đạo diễn Trần Anh Hùng chia sẻ.", {{"Trần Anh Hùng", "Đạo diễn"}}},
        PersonCase{"OwnerAddress", "Ông bầu Đoàn Văn Lực khen các cầu thủ.", {{"Đoàn Văn Lực", ""}}},
        PersonCase{"GivenNameLaterIsSamePerson",
                   "Chủ tịch Hội Phụ nữ xã Lê Thị Thanh Mai phát biểu. Sau đó, chị Thanh Mai trao quà.",
                   {{"Lê Thị Thanh Mai", "Chủ tịch Hội Phụ nữ xã"}}},
        PersonCase{"LowerCaseRoleBetweenDashes", "Anh Lê Văn Bảy - thủ kho - cho biết hàng đã về.",
                   {{"Lê Văn Bảy", "thủ kho"}}},
        PersonCase{"DashClosesTitle",
                   "Ông Trần Văn Tư - Trưởng phòng Nông nghiệp huyện Cái Bè - huyện có nhiều vườn cây.",
                   {{"Trần Văn Tư", "Trưởng phòng Nông nghiệp huyện Cái Bè"}}},
        PersonCase{"ApostropheGivenName", "Em H'Lan Niê (10 tuổi) rất vui.", {{"H'Lan Niê", ""}}},
        PersonCase{"ApostropheInFullName", "Phó Chủ tịch UBND huyện Ksor H’Bia phát biểu.",
                   {{"Ksor H’Bia", "Phó Chủ tịch UBND huyện"}}},
        PersonCase{"CapitalisedAddressInsideASentenceIsATitle",
                   "Bài hát Anh Chưa Về được yêu thích. Quán Cô Hai Lúa đông khách.", {}},
        PersonCase{"ChildrenIsNoAddress", "Quà gửi tới trẻ em Lai Châu vùng cao.", {}},
        PersonCase{"ForeignNameAfterAmbiguousSurname", "Nam ca sĩ Kim Hyun Joong đến Hà Nội.", {}},
        PersonCase{"KhmerGivenName", "Ông Danh Phal, người có uy tín trong ấp, cho biết.", {{"Danh Phal", ""}}},
        PersonCase{"QuotedWorkAfterStageTitle", "Nữ diễn viên \"Hoa Cỏ May\" vừa sinh con.", {}},
        PersonCase{"DashInsideTitleStays", "Ông Lê Văn Ba - Giám đốc Sở Kế hoạch - Đầu tư cho biết.",
                   {{"Lê Văn Ba", "Giám đốc Sở Kế hoạch - Đầu tư"}}},
        PersonCase{"FormerTitleInBrackets", "Ông Trần Văn Nam (nguyên Hiệu trưởng đại học Cần Thơ) khởi kiện.",
                   {{"Trần Văn Nam", "nguyên Hiệu trưởng đại học Cần Thơ"}}},
        PersonCase{"FormerTitleBeforeName", "Hôm qua, cựu Bộ trưởng Lê Văn Sơn đã lên tiếng.",
                   {{"Lê Văn Sơn", "cựu Bộ trưởng"}}},
        PersonCase{"ActingTitleAfterComma", "Bà Vũ Thị Hạnh, quyền Giám đốc Sở Y tế, cho biết.",
                   {{"Vũ Thị Hạnh", "quyền Giám đốc Sở Y tế"}}},
        PersonCase{"AbbreviationInsideTitle", "Ông Đỗ Văn Long - Chủ tịch Hội đồng quản trị (HĐQT) Minh Phát trả lời.",
                   {{"Đỗ Văn Long", "Chủ tịch Hội đồng quản trị (HĐQT) Minh Phát"}}},
        PersonCase{"ListAfterGroupAndNhu", "Nhiều sao Việt như Minh Hằng, Lê Thúy và Bảo Anh đã gửi lời chúc.",
                   {{"Minh Hằng", ""}, {"Lê Thúy", ""}, {"Bảo Anh", ""}}},
        PersonCase{"ListOfPlayersWithColon", "Đội hình có những cầu thủ như: Văn Lâm, Hồng Duy.",
                   {{"Văn Lâm", ""}, {"Hồng Duy", ""}}},
        PersonCase{"ListAfterOtherNounsIsNot", "Các thương hiệu như Minh Long, Hòa Phát tăng trưởng tốt.", {}},
        PersonCase{"SportRoleBeforeAmbiguousSurname", "Ở cự ly 42km, VĐV Hà Thị Mai về nhất.", {{"Hà Thị Mai", "VĐV"}}},
        PersonCase{"SportRoleBeforeGivenName", "Thủ môn Văn Lâm có pha cứu thua xuất sắc.", {{"Văn Lâm", "Thủ môn"}}},
        PersonCase{"SportRoleBeforeCountryIsNot", "Võ sĩ Trung Quốc thách đấu võ sư.", {}},
        PersonCase{"VerbEndsTitle", "TS Lê Văn Tâm, Giám đốc Bệnh viện Tỉnh khuyến cáo người dân đeo khẩu trang.",
                   {{"Lê Văn Tâm", "TS, Giám đốc Bệnh viện Tỉnh"}}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ModelTest, CapitalisedAndQuotedModelsWithProvince) {
  Entities e = ExtractBody(
      "Thái Nguyên triển khai mô hình Chợ 4.0 - chợ không dùng tiền mặt. Tỉnh Bến Tre có mô hình “Tổ nhân dân tự quản” "
      "và “Ngôi nhà nhân ái”. Nhiều mô hình sản xuất hiệu quả.");
  ASSERT_EQ(e.models.size(), 3u);
  EXPECT_EQ(e.models[0].name, "Chợ 4.0");
  EXPECT_EQ(e.models[0].province, "Thái Nguyên");
  EXPECT_EQ(e.models[0].kind, "mô hình");
  EXPECT_EQ(e.models[1].name, "Tổ nhân dân tự quản");
  EXPECT_EQ(e.models[1].province, "Bến Tre");
  EXPECT_EQ(e.models[2].name, "Ngôi nhà nhân ái");
}

TEST(ModelTest, GenericUsesAreNotModels) {
  Entities e = ExtractBody("Có nhiều mô hình sản xuất, sáng kiến hay và điển hình tiên tiến.");
  EXPECT_TRUE(e.models.empty());
}

TEST(ModelTest, ModelNumbersAreNotFigures) {
  Entities e = ExtractBody("Xã có mô hình “Chợ Tết 0 đồng” cho người nghèo.");
  ASSERT_EQ(e.models.size(), 1u);
  EXPECT_TRUE(e.figures.empty());
}

}  // namespace
}  // namespace thidua
