// People decided by their context: foreigners named in Sino-Vietnamese
// (people_foreign.cc), roles written in lower case after a comma, and lists.
#include "entities_test_util.h"

namespace thidua {
namespace {

// Rows of PersonTest (entities_test_util.h; the test body is in
// entities_people_test.cc).
using testing::PersonCase;
using testing::PersonTest;

INSTANTIATE_TEST_SUITE_P(
    Foreign, PersonTest,
    ::testing::Values(
        PersonCase{"CountryRightBeforeName", "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị nói tại cuộc họp.", {}},
        PersonCase{"CountryAfterDash", "Cô kết hôn với tỷ phú Hồng Kông - Hứa Thế Huân vào năm 2008.", {}},
        PersonCase{"ForeignMinistrySpokesman",
                    "Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân cảnh báo Mỹ.", {}},
        PersonCase{"CueElsewhereInSentence",
                    "Phạm Băng Băng được xem là biểu tượng nhan sắc của làng giải trí Hoa ngữ.", {}},
        PersonCase{"BornInTaiwan", "Triệu Văn Tuyên sinh năm 1960 tại Đài Loan.", {}},
        // The rest of a cast is named in sentences without a cue.
        PersonCase{"ChineseStoryDropsTheCast",
                    "Phim là hiện tượng của làng phim Trung Quốc với dàn diễn viên như Trần Hiểu Húc, Trương Lợi. "
                    "Đoàn phim ghi hình ở Bắc Kinh và Thượng Hải. Sau này Đặng Tiệp kết hôn với Trương Quốc Lập.",
                    {}},
        PersonCase{"HanoiWardIsNoCue", "Các tuyến phố Trung Hòa, Mễ Trì có nhiều quán. Ông Lê Văn Hùng bán hàu nướng.",
                    {{"Lê Văn Hùng", ""}}},
        PersonCase{"OfficeOutweighsSentenceCue",
                    "Ông Nguyễn Văn Khương, Giám đốc Trung tâm Y tế thị xã, cho biết nhóm chuyên gia Trung Quốc đã "
                    "về nước.",
                    {{"Nguyễn Văn Khương", "Giám đốc Trung tâm Y tế thị xã"}}},
        PersonCase{"ThiOutweighsSentenceCue", "Chị nhớ đến Lương Thị Săn, người lấy chồng Trung Quốc từ lâu.",
                    {{"Lương Thị Săn", ""}}},
        PersonCase{"VietnamBeforeNameElsewhere",
                    "Phó Phát ngôn Bộ Ngoại giao Việt Nam Đoàn Khắc Việt trả lời họp báo. Về hoạt động của Trung "
                    "Quốc, ông Đoàn Khắc Việt nói rõ lập trường.",
                    {{"Đoàn Khắc Việt", ""}}},
        PersonCase{"PlaceBeforeCountryIsNoCue",
                    "Đoàn về từ Đài Loan - Nguyễn Văn Tâm, Giám đốc Công ty Sao Mai, cho biết hàng đã đến.",
                    {{"Nguyễn Văn Tâm", "Giám đốc Công ty Sao Mai"}}},
        PersonCase{"KoreaIsNoCue", "Bị can Ngô Duy Bảo môi giới người sang Hàn Quốc.", {{"Ngô Duy Bảo", ""}}}),
    [](const auto& info) { return std::string(info.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Roles, PersonTest,
    ::testing::Values(
        PersonCase{"CookAfterComma", "\"Đó là đặc trưng\", anh Mã Văn Hùng, đầu bếp tại Nga Tân, huyện Nga Sơn, chia sẻ.",
                    {{"Mã Văn Hùng", "đầu bếp"}}},
        PersonCase{"TeacherWithSchool", "Chị Nguyễn Thị Thu Hằng, giáo viên Trường Trung học Phổ thông Hòa Bình, cho biết.",
                    {{"Nguyễn Thị Thu Hằng", "giáo viên Trường Trung học Phổ thông Hòa Bình"}}},
        PersonCase{"ShopOwnerAfterDash", "Anh gặp anh Nguyễn Hùng Đức - chủ bưu cục để tìm hiểu công việc.",
                    {{"Nguyễn Hùng Đức", "chủ bưu cục"}}},
        PersonCase{"QuantifierEndsRole", "Anh Ngô Văn Quyết, công nhân may một doanh nghiệp điện tử, có 7 sáng kiến.",
                    {{"Ngô Văn Quyết", "công nhân may"}}},
        PersonCase{"AgeIsSkipped", "Ông Nguyễn Văn Tám, 72 tuổi, tổ trưởng tổ dân phố ở phường 14, được tuyên dương.",
                    {{"Nguyễn Văn Tám", "tổ trưởng tổ dân phố"}}},
        PersonCase{"ArtistAddressesTheNextPerson", "Khán giả gồm NSND Bạch Tuyết, nhạc sĩ Nguyễn Hải Phong.",
                    {{"Nguyễn Hải Phong", "nhạc sĩ"}}},
        PersonCase{"EverydayNounIsNoRole", "Ông Trần Văn Nam, người dân xã bên, kể lại.", {{"Trần Văn Nam", ""}}},
        PersonCase{"DegreeWithFullStop", "TS. Vũ Duy Thức, Giám đốc điều hành công ty OhmniLabs, chia sẻ.",
                    {{"Vũ Duy Thức", "TS, Giám đốc điều hành công ty OhmniLabs"}}},
        PersonCase{"NextPersonsDegreeIsNoTitle", "Gợi ý của TS. Trần Việt Hùng, TS. Vũ Duy Thức và GS. Vũ Ngọc Tâm.",
                    {{"Trần Việt Hùng", "TS"}, {"Vũ Duy Thức", "TS"}, {"Vũ Ngọc Tâm", "GS"}}}),
    [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace thidua
