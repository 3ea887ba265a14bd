#include "indexer/cleanup.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "analyzers/text.h"
#include "test_util.h"

namespace thidua::indexer {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct LineCase {
  const char* line;
  LineKind kind;
};

class ClassifyLineTest : public ::testing::TestWithParam<LineCase> {};

TEST_P(ClassifyLineTest, Kind) { EXPECT_EQ(ClassifyLine(GetParam().line), GetParam().kind) << GetParam().line; }

// Lines as they appear in the seed articles (../shared/data/seeds).
INSTANTIATE_TEST_SUITE_P(
    SeedLines, ClassifyLineTest,
    ::testing::Values(
        LineCase{"0:00 / 0:00", LineKind::kPlayer}, LineCase{"0:00", LineKind::kPlayer},
        LineCase{"Xem thêm", LineKind::kNavigation}, LineCase{"Xem thêm »", LineKind::kNavigation},
        LineCase{"Gửi ban biên tập", LineKind::kNavigation}, LineCase{"Tìm kiếm văn bản", LineKind::kNavigation},
        LineCase{"Thống kê truy cập", LineKind::kNavigation}, LineCase{"LỊCH CÔNG TÁC TUẦN", LineKind::kNavigation},
        LineCase{"Chi tiết tin - Sở Khoa học và Công nghệ", LineKind::kBreadcrumb},
        LineCase{"Tin tức - Sự kiện: Chuyển đổi số", LineKind::kBreadcrumb},
        LineCase{"Trang chủ » Thời sự » Xã hội", LineKind::kBreadcrumb},
        LineCase{"Ngày đăng: 25-09-2023", LineKind::kDateline},
        LineCase{"Cập nhật: 10:20 25/9/2023", LineKind::kDateline},
        LineCase{"Thứ Tư, 17/04/2019 - 08:30 | Tác giả: Hoàng Minh", LineKind::kDateline},
        LineCase{"Thứ trưởng Bộ Nội vụ dự hội nghị ngày 17/04/2019.", LineKind::kContent},
        LineCase{"Thứ trưởng nói: hội nghị ngày 17/04/2019", LineKind::kContent},
        LineCase{"Thời gian đăng ký xét tuyển trực tuyến: dự kiến từ 10/5/2021 - 31/5/2021.", LineKind::kContent},
        LineCase{"Số người online: 5", LineKind::kCounter}, LineCase{"Hôm nay: 1118", LineKind::kCounter},
        LineCase{"Tổng lượt truy cập: 3.249.866", LineKind::kCounter}, LineCase{"Thích 12 Chia sẻ 3", LineKind::kCounter},
        LineCase{"https://baoquangtri.vn/", LineKind::kUrl},
        LineCase{"© CỔNG THÔNG TIN ĐIỆN TỬ KHOA HỌC VÀ CÔNG NGHỆ QUẢNG TRỊ", LineKind::kFooter},
        LineCase{"Chịu trách nhiệm: Trần Ngọc Lân, Giám đốc Sở Khoa học và Công nghệ.", LineKind::kFooter},
        LineCase{"\xC2\xA0", LineKind::kBlank}, LineCase{"   ", LineKind::kBlank},
        // Content that must stay.
        LineCase{"Xây dựng nông thôn mới đáng sống", LineKind::kContent},
        LineCase{"Toàn tỉnh có 109 trong số 137 xã được công nhận đạt chuẩn nông thôn mới.", LineKind::kContent},
        LineCase{"Phan Nga", LineKind::kContent}, LineCase{"24.5", LineKind::kContent}, LineCase{"Theo Báo Trà Vinh", LineKind::kContent},
        LineCase{"Hôm nay, 1118 hộ dân nhận hỗ trợ từ quỹ của tỉnh.", LineKind::kContent},
        LineCase{"Ngày 28/3/2018, Ban Thường trực ban hành kế hoạch.", LineKind::kContent}));

struct DateCase {
  const char* line;
  const char* date;
};

class FindDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(FindDateTest, Finds) { EXPECT_EQ(FindDate(GetParam().line), GetParam().date) << GetParam().line; }

INSTANTIATE_TEST_SUITE_P(Cases, FindDateTest,
                         ::testing::Values(DateCase{"Ngày đăng: 25-09-2023", "2023-09-25"},
                                           DateCase{"ngày 28/3/2018", "2018-03-28"},
                                           DateCase{"2024-01-05T10:00", "2024-01-05"},
                                           DateCase{"Cập nhật 10:20 5.2.2022", "2022-02-05"},
                                           DateCase{"Sáng 23/8", ""}, DateCase{"32/13/2020", ""},
                                           DateCase{"số 02-NQ/TU", ""}));

std::string CleanSeed(const char* prefix, std::string* dateline = nullptr, int* removed = nullptr) {
  const std::string path = testing::SeedPath(prefix);
  EXPECT_FALSE(path.empty()) << prefix;
  CleanedText cleaned = CleanBody(PrepareText(testing::ReadFileText(path)).text);
  if (dateline) *dateline = cleaned.dateline;
  if (removed) *removed = cleaned.removed_lines;
  return cleaned.text;
}

TEST(CleanBody, PlayerTextAndRepeatedCaption) {
  const std::string text = CleanSeed("002_");
  EXPECT_THAT(text, Not(HasSubstr("0:00")));
  const std::string caption = "Lễ khai mạc Đại hội thi đua yêu nước toàn quốc lần thứ X. Ảnh: VGP/Nhật Bắc";
  const std::size_t first = text.find(caption);
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(text.find(caption, first + 1), std::string::npos) << "caption kept twice";
  EXPECT_THAT(text, HasSubstr("\nXây dựng nông thôn mới đáng sống\n"));  // a section heading stays
  EXPECT_THAT(text, HasSubstr("Toàn tỉnh có 109 trong số 137 xã"));
}

TEST(CleanBody, RelatedHeadlinesAndTrailingWidgets) {
  const std::string text = CleanSeed("003_");
  for (const char* chrome : {"tỉnh Bắc Kạn tập huấn", "tỉnh Bến Tre tập huấn", "Đà Nẵng trao 40 suất học bổng",
                             "Đồng chí Đỗ Văn Chiến", "Xem thêm", "Gửi ban biên tập", "Tìm kiếm văn bản"}) {
    EXPECT_THAT(text, Not(HasSubstr(chrome))) << chrome;
  }
  EXPECT_THAT(text, HasSubstr("Sáng 23/8, Ban Thường trực UBMTTQ"));
  EXPECT_THAT(text, HasSubstr("tỉnh Trà Vinh đạt 40,73 điểm"));
  // The credit after the last paragraph is part of the article.
  EXPECT_EQ(text.substr(text.size() - std::string("Theo Báo Trà Vinh").size()), "Theo Báo Trà Vinh");
}

TEST(CleanBody, HeaderDatelineAndFooters) {
  std::string dateline;
  const std::string text = CleanSeed("004_", &dateline);
  EXPECT_EQ(dateline, "2023-09-25");
  for (const char* chrome : {"Chi tiết tin", "Khơi dậy khát vọng kiến tạo tương lai", "Tin tức - Sự kiện",
                             "Ngày đăng", "https://baoquangtri.vn/", "LỊCH CÔNG TÁC TUẦN", "CHUYÊN MỤC KH&CN",
                             "Số người online", "Hôm nay: 1118", "3.249.866", "CỔNG THÔNG TIN", "Chịu trách nhiệm"}) {
    EXPECT_THAT(text, Not(HasSubstr(chrome))) << chrome;
  }
  EXPECT_THAT(text, HasSubstr("\nĐi trước nêu gương\n"));
  EXPECT_THAT(text, HasSubstr("Nguyễn Thị Hoài Lê"));
  EXPECT_THAT(text, HasSubstr("thúc đẩy quá trình"));  // the last paragraph stays
}

TEST(CleanBody, CleanArticleLosesNothingButBlankLines) {
  int removed = -1;
  const std::string text = CleanSeed("000_", nullptr, &removed);
  EXPECT_EQ(removed, 0);
  EXPECT_THAT(text, Not(HasSubstr("\n\n")));
  EXPECT_THAT(text, Not(HasSubstr("\xC2\xA0")));
  EXPECT_THAT(text, HasSubstr("Đoàn kết sáng tạo - Phong trào tạo đột phá"));  // NBSP became a space
  const std::string byline = CleanSeed("001_");
  EXPECT_EQ(byline.substr(byline.size() - 8), "Phan Nga");
}

TEST(CleanBody, NbspArtefactsAndWhitespace) {
  const CleanedText cleaned = CleanBody("  Cụ thể, lúc&nbsp11h hôm nay,   giá\xC2\xA0vàng tăng.  \n\n\n Dòng hai. ");
  EXPECT_EQ(cleaned.text, "Cụ thể, lúc 11h hôm nay, giá vàng tăng.\nDòng hai.");
  EXPECT_EQ(cleaned.removed_lines, 0);
}

// Over real crawled bodies: no sentence-final paragraph is ever dropped.
TEST(CleanBody, NeverDropsParagraphsOfRealArticles) {
  std::ifstream in(std::string(THIDUA_SHARED_DATA) + "/corpus/unc.jsonl");
  ASSERT_TRUE(in.good());
  std::string line;
  int records = 0, checked = 0;
  while (records < 400 && std::getline(in, line)) {
    ++records;
    const std::string body = PrepareText(nlohmann::json::parse(line).at("body").get<std::string>()).text;
    const std::string cleaned = CleanBody(body).text;
    std::size_t start = 0;
    while (start < body.size()) {
      std::size_t end = body.find('\n', start);
      if (end == std::string::npos) end = body.size();
      const std::string paragraph = body.substr(start, end - start);
      start = end + 1;
      if (paragraph.size() < 120 || paragraph.back() != '.' || paragraph.find("&nbsp") != std::string::npos ||
          paragraph.find("  ") != std::string::npos || paragraph.find("\xC2\xA0") != std::string::npos) {
        continue;
      }
      ++checked;
      EXPECT_THAT(cleaned, HasSubstr(paragraph)) << "record " << records;
    }
  }
  EXPECT_GT(checked, 1000);
}

// Written for the test: the shapes of crawled news bodies.
TEST(CleanBody, CaptionsAndBylineAfterTheTextStayWithoutChrome) {
  const std::string body =
      "Hội nông dân xã tổ chức tập huấn kỹ thuật nuôi tôm cho hơn 200 hội viên trong tháng này.\n"
      "Bà con tham gia lớp tập huấn tại nhà văn hóa xã\n"
      "Mô hình nuôi tôm sạch của gia đình ông Tư\n"
      "Hà An - Trường Thịnh";
  const CleanedText cleaned = CleanBody(body);
  EXPECT_EQ(cleaned.text, body);
  EXPECT_EQ(cleaned.removed_lines, 0);
}

// A photo story: caption after caption, no final stops, like a block of
// related headlines; but they name the article's own subject, so they stay.
// A block whose lines name other places and people still goes.
TEST(CleanBody, PhotoStoryCaptionsStayRelatedHeadlinesGo) {
  const std::string story =
      "Nghệ nhân Lê Văn Tám mở lớp dạy làm gốm miễn phí cho trẻ em trong làng.\n"
      "Nghệ nhân Lê Văn Tám hướng dẫn các em nhào đất\n"
      "Các em say sưa nặn những chiếc bình đầu tiên\n"
      "Sản phẩm được phơi khô trước sân nhà Lê Văn Tám\n"
      "Lớp học kéo dài đến hết mùa hè";
  const CleanedText kept = CleanBody(story);
  EXPECT_EQ(kept.text, story);
  EXPECT_EQ(kept.removed_lines, 0);
  const std::string related =
      "Nghệ nhân Lê Văn Tám mở lớp dạy làm gốm miễn phí cho trẻ em trong làng.\n"
      "Hội Nông dân tỉnh Cà Mau ra quân làm đường giao thông\n"
      "Thanh niên Bình Dương hiến máu cứu người dịp hè\n"
      "Phụ nữ Lạng Sơn góp vốn giúp nhau thoát nghèo\n"
      "Lớp học kéo dài đến hết mùa hè của các em nhỏ trong làng.";
  const CleanedText cleaned = CleanBody(related);
  EXPECT_EQ(cleaned.removed_lines, 3) << cleaned.text;
  EXPECT_THAT(cleaned.text, Not(HasSubstr("Cà Mau")));
}

TEST(CleanBody, ListsOfLabelledLinesStay) {
  const std::string body =
      "Ban tổ chức công bố kết quả giải thưởng năm nay như sau.\n"
      "Giải nhất tập thể: Hội Nông dân xã An Thạnh\n"
      "Giải nhì tập thể: Đoàn Thanh niên phường Một\n"
      "Giải ba tập thể: Hội Phụ nữ xã Phú Hữu\n"
      "Các giải được trao vào cuối tháng.";
  EXPECT_EQ(CleanBody(body).text, body);
}

TEST(CleanBody, CreditsWithDashesAndNotesStayBeforeTrailingChrome) {
  const CleanedText cleaned = CleanBody(
      "Hội nghị kết thúc với nhiều đề xuất thiết thực cho năm tới của các đơn vị.\n"
      "Mi Vân (Tổng hợp)\n"
      "Tin liên quan\n"
      "Tỉnh bạn trao nhà đại đoàn kết cho hộ nghèo\n");
  EXPECT_EQ(cleaned.text,
            "Hội nghị kết thúc với nhiều đề xuất thiết thực cho năm tới của các đơn vị.\nMi Vân (Tổng hợp)");
}

TEST(CleanBody, RepeatedTableCellsStay) {
  const std::string body = "Điểm chuẩn các ngành năm nay được công bố như sau.\nKế toán\n24.5\n24.5\nMarketing\n25\n25";
  EXPECT_EQ(CleanBody(body).text, body);
}

TEST(CleanTitle, SpacesOnly) { EXPECT_EQ(CleanTitle("  Tin\xC2\xA0 mới\n"), "Tin mới"); }

}  // namespace
}  // namespace thidua::indexer
