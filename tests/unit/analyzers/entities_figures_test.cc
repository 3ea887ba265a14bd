// Figures: value scaling, units, percentages, "x trong số y", and what is
// not a figure (dates, years, codes, ordinals, durations).
#include <cmath>
#include <tuple>

#include "entities_test_util.h"

namespace thidua {
namespace {

using testing::ExtractBody;

struct FigureCase {
  const char* name;
  const char* body;
  double value;
  const char* unit;
};

class FigureTest : public ::testing::TestWithParam<FigureCase> {};

TEST_P(FigureTest, ExtractsOneFigure) {
  const FigureCase& c = GetParam();
  Entities e = ExtractBody(c.body);
  ASSERT_EQ(e.figures.size(), 1u) << c.body;
  EXPECT_NEAR(e.figures[0].value, c.value, std::fabs(c.value) * 1e-9) << c.body;
  EXPECT_EQ(e.figures[0].unit, c.unit) << c.body;
}

INSTANTIATE_TEST_SUITE_P(
    Values, FigureTest,
    ::testing::Values(
        FigureCase{"Thousands", "Có 62.887 sáng kiến được áp dụng.", 62887, "sáng kiến"},
        FigureCase{"Billions", "Tổng trị giá trên 2.905 tỷ đồng tham gia.", 2.905e12, "đồng"},
        FigureCase{"Decimal", "Tỉnh đạt 40,73 điểm chỉ số.", 40.73, "điểm"},
        FigureCase{"ThousandBillions", "Doanh thu đạt khoảng 357 nghìn tỷ đồng.", 3.57e14, "đồng"},
        FigureCase{"ScaleWithMoneyContext", "Tổng kinh phí hơn 107,8 tỷ.", 1.078e11, "đồng"},
        FigureCase{"ScaleWithoutMoneyContext", "Dân số vùng khoảng 1,5 triệu.", 1.5e6, "triệu"},
        FigureCase{"TiSpelling", "Huy động được 12 tỉ đồng.", 1.2e10, "đồng"},
        FigureCase{"Ngan", "Gần 40 ngàn lượt người tham gia.", 40000, "lượt người"},
        FigureCase{"Percent", "Tỷ lệ đạt 45% kế hoạch.", 45, "%"},
        FigureCase{"PercentSpaced", "Tỷ lệ đạt 45 % kế hoạch.", 45, "%"},
        FigureCase{"PercentWords", "Tỷ lệ đạt 45 phần trăm.", 45, "%"},
        FigureCase{"Households", "Hỗ trợ 1.250 hộ nghèo.", 1250, "hộ nghèo"},
        FigureCase{"Hectares", "Trồng mới 320 ha rừng.", 320, "ha"},
        FigureCase{"GeneralTwoSyllableUnit", "Trao 300 suất quà cho đồng bào.", 300, "suất quà"},
        FigureCase{"UnknownNounStillAUnit", "Xây dựng 15 nhà văn hóa thôn.", 15, "nhà văn hóa"},
        FigureCase{"Usd", "Kim ngạch đạt 25 triệu USD.", 2.5e7, "USD"},
        FigureCase{"CountAfterTongSo", "Với tổng số 2.255 tổ được thành lập.", 2255, "tổ"},
        FigureCase{"SalesFigure", "Hãng đạt doanh số 1.250 xe trong tháng.", 1250, "xe"},
        FigureCase{"Population", "Thị trấn có dân số 12.500 người.", 12500, "người"},
        FigureCase{"BookTitles", "Thư viện nhận thêm 420 đầu sách mới.", 420, "đầu sách"},
        FigureCase{"CountAfterOneGroup", "Một nhóm 6 sinh viên tình nguyện về bản.", 6, "sinh viên"},
        FigureCase{"MeasureAfterLevelWord", "Nhiệt độ ổn định ở mức 12 độ C.", 12, "độ"},
        FigureCase{"Negative", "Ban đêm nhiệt độ hạ xuống -8 độ C.", -8, "độ"},
        FigureCase{"ToAsLimitNotRange", "Mỗi suất được giảm đến 15 triệu đồng.", 1.5e7, "đồng"},
        FigureCase{"Centimetres", "Lớp bê tông dày 15cm.", 15, "cm"},
        FigureCase{"AndAHalfAfterUnit", "Con đường dài 3 km rưỡi.", 3.5, "km"},
        FigureCase{"AndAHalfAfterScale", "Mỗi hộ vay 2 triệu rưỡi đồng.", 2.5e6, "đồng"},
        FigureCase{"LightYears", "Ngôi sao cách chúng ta 4.200 năm ánh sáng.", 4200, "năm ánh sáng"},
        FigureCase{"TimeOfDayWordBeforeMoney", "Giá vàng giảm mỗi chiều 150.000 đồng/lượng.", 150000, "đồng"},
        FigureCase{"WithinADistance", "Trong vòng 200 m quanh trường không bán thuốc lá.", 200, "m"},
        FigureCase{"YearAfterToIsNoRange", "Xã phấn đấu có 40 hộ khá đến 2030.", 40, "hộ"},
        FigureCase{"GluedFrequency", "Mạng thử nghiệm trên băng tần 2600MHz tại thành phố.", 2600, "mhz"},
        FigureCase{"GluedBattery", "Máy dùng viên pin 4.200mAh khá bền.", 4200, "mah"},
        FigureCase{"DegreeEndsTheUnit", "Trẻ sốt 39 độ nhiều ngày liền.", 39, "độ"},
        FigureCase{"CapitalisedPrizesAreCounted", "Ca sĩ từng giành được 3 Giải Mai Vàng.", 3, "giải"},
        FigureCase{"CapitalisedTeamsAreCounted", "Thành phố lập 2.833 Tổ Covid cộng đồng.", 2833, "tổ"},
        FigureCase{"GluedStorageEndsTheUnit", "Phiên bản 64GB bộ nhớ trong có giá tốt.", 64, "gb"},
        FigureCase{"SizeBesideADimension", "Tấm ảnh 20 x 30 cm được in trên 45 tờ lịch.", 45, "tờ lịch"},
        FigureCase{"LatitudeBesideADistance", "Tâm bão ở 16,2 độ Vĩ Bắc, cách bờ 250km.", 250, "km"},
        // "kỷ luật" (to discipline) is a verb, not a law's name.
        FigureCase{"CountAfterDiscipline", "Tỉnh ủy vừa kỷ luật 2 lãnh đạo huyện.", 2, "lãnh đạo"},
        FigureCase{"ChainageBesideADistance", "Tai nạn ở km 1939+400m, xe văng xa 10m.", 10, "m"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(FigureTest, OfTotal) {
  Entities e = ExtractBody("Toàn tỉnh có 109 trong số 137 xã đạt chuẩn nông thôn mới.");
  ASSERT_EQ(e.figures.size(), 1u);
  EXPECT_EQ(e.figures[0].value, 109);
  EXPECT_EQ(e.figures[0].unit, "xã");
  ASSERT_TRUE(e.figures[0].of_total.has_value());
  EXPECT_EQ(*e.figures[0].of_total, 137);
}

TEST(FigureTest, OfTotalAfterAGroupOrApproximation) {
  // "3 trong số nhóm 6 người", "12 trong số hơn 20 xã": the total may be a
  // group's size or approximate.
  for (auto [body, value, total, unit] :
       {std::tuple<const char*, double, double, const char*>{"Ba em cứu được 3 trong số nhóm 6 người bị đuối nước.", 3, 6,
                                                             "người"},
        {"Đã có 12 trong số hơn 20 xã về đích.", 12, 20, "xã"}}) {
    Entities e = ExtractBody(body);
    ASSERT_EQ(e.figures.size(), 1u) << body;
    EXPECT_EQ(e.figures[0].value, value) << body;
    EXPECT_EQ(e.figures[0].unit, unit) << body;
    ASSERT_TRUE(e.figures[0].of_total.has_value()) << body;
    EXPECT_EQ(*e.figures[0].of_total, total) << body;
  }
}

TEST(FigureTest, OfTotalWithTongSo) {
  Entities e = ExtractBody("Thôn có 212 trên tổng số 230 hộ tham gia.");
  ASSERT_EQ(e.figures.size(), 1u);
  EXPECT_EQ(e.figures[0].value, 212);
  EXPECT_EQ(e.figures[0].unit, "hộ");
  ASSERT_TRUE(e.figures[0].of_total.has_value());
  EXPECT_EQ(*e.figures[0].of_total, 230);
}

TEST(FigureTest, NumbersBesideARangeStay) {
  // A range in the middle does not take its neighbours with it.
  Entities e = ExtractBody("Trao 120 suất quà, mỗi suất từ 300 đến 500 nghìn đồng, cho 60 hộ nghèo.");
  std::vector<double> values;
  for (const Figure& f : e.figures) values.push_back(f.value);
  EXPECT_EQ(values, (std::vector<double>{120, 60}));
}

TEST(FigureTest, PercentCountsItsNoun) {
  Entities e = ExtractBody("Có 100% thủ tục hành chính được thực hiện trực tuyến.");
  ASSERT_EQ(e.figures.size(), 1u);
  EXPECT_EQ(e.figures[0].counts, "thủ tục hành chính");
}

TEST(FigureTest, SentenceSpanHoldsTheFigure) {
  std::string body = PrepareText("Mở đầu. Tỉnh có 206 mô hình hay. Kết thúc.").text;
  Entities e = testing::Extractor().Extract("", body, std::nullopt);
  ASSERT_EQ(e.figures.size(), 1u);
  std::string sentence = body.substr(e.figures[0].sentence.begin, e.figures[0].sentence.end - e.figures[0].sentence.begin);
  EXPECT_EQ(sentence, "Tỉnh có 206 mô hình hay.");
}

class NotFigureTest : public ::testing::TestWithParam<const char*> {};

TEST_P(NotFigureTest, ExtractsNothing) {
  Entities e = ExtractBody(GetParam());
  EXPECT_TRUE(e.figures.empty()) << GetParam() << " -> " << e.figures[0].text;
}

INSTANTIATE_TEST_SUITE_P(
    Traps, NotFigureTest,
    ::testing::Values("Sáng 23/8, hội nghị khai mạc.", "Ngày 5-2-2022, Ban Thường vụ ban hành.",
                      "Đến ngày 3.10 sẽ tổng kết.", "Trong năm 2022, phong trào phát triển.",
                      "Giai đoạn 2021-2025 có nhiều đổi mới.", "Thực hiện Nghị quyết 09-NQ/TU của Tỉnh ủy.",
                      "Theo Kế hoạch số 17 của Ban Thường trực.", "Đại hội lần thứ X diễn ra.",
                      "Tỉnh đứng thứ 2 cả nước.", "Qua gần 6 năm triển khai.", "Chỉ thị số 34-CT/TW được quán triệt.",
                      "Phòng chống dịch COVID-19 hiệu quả.", "Dịch vụ công mức độ 3, 4 được đẩy mạnh.",
                      "Phong trào “10.000 sáng kiến” lan tỏa.", "Mô hình Chợ 4.0 được nhân rộng.",
                      "Trung đoàn 66 tiến vào Sài Gòn.", "Ông nhập ngũ vào Sư đoàn 324 năm ấy.",
                      // Ranges, at either end, are not figures.
                      "Mỗi căn được hỗ trợ từ 35 đến 50 triệu đồng.", "Thu nhập đạt 6 - 9 triệu đồng mỗi tháng.",
                      "Giá vé dao động 150.000 – 220.000 đồng.", "Lò nung đạt từ 700 độ C đến 900 độ C.",
                      "Lò nung đạt 700 độ C đến 900 độ C.", "Lãi suất giảm từ 1,5% đến 2%.",
                      "Giá bán giảm từ 40 triệu đến hơn 55 triệu đồng.", "Tuyển thêm 8 - 12 lao động.",
                      "Mức lương từ 7 triệu đồng tới 9 triệu đồng.",
                      "Vùng an toàn từ 4.000 năm ánh sáng tính từ tâm đến khoảng 9.000 năm ánh sáng.",
                      "Mùa đông lạnh từ -20 độ C đến -35 độ C.", "Dịch Covid -19 diễn biến phức tạp.",
                      // Rounds and minutes of a match are labels.
                      "Đội nhà thắng ở vòng 34 Ngoại hạng Anh.", "Phút 78 Nguyễn Văn A ghi bàn.",
                      // Sizes in two numbers and map positions are not figures.
                      "Màn hình có độ phân giải 720 x 1.600 pixel.", "Bức tranh khổ 60 × 80 cm treo ở sảnh.",
                      "Tâm áp thấp ở khoảng 9,4 độ Vĩ Bắc; 112,6 độ Kinh Đông.",
                      "Rãnh áp thấp có trục qua 11 độ vĩ Bắc.",
                      // Streets and product names after a number.
                      "Quán mở ở 75 Hàng Mã từ lâu.", "Nhà hàng (29 Phạm Văn Đồng) đông khách.",
                      "Liên hệ địa chỉ: 59 Lý Thái Tổ.", "Giá iPhone 12 Pro Max giảm mạnh.",
                      "Hãng ngừng bán iPhone 8 Plus từ tháng trước.",
                      "Người dùng iPhone 12 series đã có 5G.", "Máy iPad 10 mới ra mắt.",
                      // A position along a road (chainage) and dimensions ("3 chiều" = 3D, "2 chiều" = two-way).
                      "Vụ va chạm xảy ra tại km 15+200 quốc lộ 1.", "Hình ảnh đồ họa 3 chiều bộ não người.",
                      "Phim được chiếu ở định dạng 3 chiều tại rạp."));

}  // namespace
}  // namespace thidua
