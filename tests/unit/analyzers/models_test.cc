// Exemplary models on real-text shapes (analyzers/models.cc): what is not a
// model name (offices, qualifiers, replicas, institutions, lower-case
// concepts) and the list shapes real articles use. Each row gives a body and
// the model names expected, in order, with their provinces when checked.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "entities_test_util.h"

namespace thidua::testing {
namespace {

struct ModelCase {
  const char* name;
  const char* body;
  std::vector<std::string> models;
  std::vector<std::string> provinces = {};  // empty: not checked
};

class ModelRealTextTest : public ::testing::TestWithParam<ModelCase> {};

TEST_P(ModelRealTextTest, FindsExactlyTheseModels) {
  const ModelCase& c = GetParam();
  Entities e = ExtractBody(c.body);
  std::vector<std::string> names, provinces;
  for (const ModelMention& m : e.models) {
    names.push_back(m.name);
    provinces.push_back(m.province);
  }
  EXPECT_EQ(names, c.models) << c.body;
  if (!c.provinces.empty()) EXPECT_EQ(provinces, c.provinces) << c.body;
}

INSTANTIATE_TEST_SUITE_P(
    Precision, ModelRealTextTest,
    ::testing::Values(
        // A person's office is not a model name.
        ModelCase{"OfficeIsNoModel",
                  "Trường tiên phong thực hiện mô hình Bí thư Đảng ủy kiêm Chủ tịch Hội đồng trường từ năm 2015.", {}},
        ModelCase{"OfficeLedQuoteIsNamedModel", "Huyện duy trì mô hình “Chủ tịch xã đối thoại với dân” mỗi quý.",
                  {"Chủ tịch xã đối thoại với dân"}},
        // Trailing qualifiers end the name.
        ModelCase{"FamousEndsName", "Cuộc thi được tổ chức theo mô hình Sàn giao dịch nổi tiếng của thế giới.",
                  {"Sàn giao dịch"}},
        ModelCase{"QualifierLeavesOneWord", "Cuộc thi được tổ chức theo mô hình Hackathon nổi tiếng của thế giới.", {}},
        ModelCase{"EffectiveEndsName", "Xã nhân rộng mô hình Tổ tự quản an ninh hiệu quả trên toàn huyện.",
                  {"Tổ tự quản an ninh"}},
        ModelCase{"NewEndsName", "Huyện triển khai mô hình Chợ 4.0 mới cho bà con.", {"Chợ 4.0"}},
        ModelCase{"NewInNongThonMoiStays", "Xã xây dựng mô hình Khu dân cư nông thôn mới kiểu mẫu.",
                  {"Khu dân cư nông thôn mới kiểu mẫu"}},
        ModelCase{"KindBeforeExamplesIsNoModel",
                  "Mô hình Khởi nghiệp như Dự án AK-F70 cho phép tôi vừa chăm con, vừa kiếm thêm thu nhập.", {}},
        // "mô hình" as a physical replica or mock-up.
        ModelCase{"ReplicaInWood", "Ông Hùng hoàn thành mô hình Đình làng Hữu Bằng thu nhỏ bằng gỗ sau hai năm.", {}},
        ModelCase{"ReplicaOnDisplay", "Sa bàn và mô hình “Làng Sen quê Bác” được trưng bày tại bảo tàng.", {}},
        ModelCase{"ReplicaCueInsideTheNameCounts", "Hội phụ nữ nhân rộng mô hình “Đồ chơi sạch cho bé” ở các thôn.",
                  {"Đồ chơi sạch cho bé"}},
        // A named institution or landmark is not a model.
        ModelCase{"InstitutionName",
                  "Hai trường hợp tác theo mô hình Trung tâm Quốc tế Hỗn hợp, là một đơn vị nghiên cứu.", {}},
        ModelCase{"InstitutionWordInLowerCaseNameStays",
                  "Xã duy trì mô hình Trung tâm học tập cộng đồng ở các thôn.", {"Trung tâm học tập cộng đồng"}},
        ModelCase{"Landmark", "Các em xếp sách thành mô hình Lăng Bác, nhà sàn.", {}},
        // A lower-case quote is a concept or a foreign phrase.
        ModelCase{"LowerCaseQuote", "Nhờ các mô hình “chợ đêm” này, Bangkok thành điểm đến hàng đầu.", {}},
        ModelCase{"ForeignPhraseQuote", "Khu phức hợp xây dựng theo mô hình “one stop destination” - một điểm đến.",
                  {}},
        // A foreign initiative stays (the gold counts named initiatives); it
        // gets no Vietnamese province.
        ModelCase{"ForeignInitiativeStays",
                  "Australia hủy hai thỏa thuận trong sáng kiến “Vành đai, con đường” của Bắc Kinh.",
                  {"Vành đai, con đường"}, {""}}));

INSTANTIATE_TEST_SUITE_P(
    Recall, ModelRealTextTest,
    ::testing::Values(
        ModelCase{"ExamplesAfterNhu",
                  "Nhiều mô hình như “Khu dân cư không rác thải nhựa”, “Thắp sáng đường quê” đã được nhân rộng.",
                  {"Khu dân cư không rác thải nhựa", "Thắp sáng đường quê"}},
        ModelCase{"ExamplesWithTheirPlaces",
                  "Nhiều mô hình tiêu biểu như “Tổ công nghệ số cộng đồng” ở tỉnh Bến Tre, “Chợ không dùng tiền "
                  "mặt” ở tỉnh Thái Nguyên sẽ được nhân rộng.",
                  {"Tổ công nghệ số cộng đồng", "Chợ không dùng tiền mặt"}, {"Bến Tre", "Thái Nguyên"}},
        ModelCase{"ForExampleIsNoTrigger", "Điển hình như “Giải độc gan” được quảng cáo rầm rộ.", {}},
        ModelCase{"SelfManagedGroup",
                  "Các tổ dân phố đã thành lập tổ tự quản “Tuyến đường văn minh” trên đường Lê Lợi.",
                  {"Tuyến đường văn minh"}},
        ModelCase{"CooperativeGroup", "Anh là tổ trưởng tổ hợp tác “Cà phê sạch buôn Ea Kmar” với 23 thành viên.",
                  {"Cà phê sạch buôn Ea Kmar"}},
        ModelCase{"ProgrammeBetweenTriggerAndQuote",
                  "Sáng kiến chương trình “Điều ước cho em” xuất phát từ cuộc gặp của các cơ quan.",
                  {"Điều ước cho em"}},
        ModelCase{"ClubBetweenTriggerAndQuote", "Trường duy trì mô hình câu lạc bộ “Con chữ cho em” mỗi hè.",
                  {"Con chữ cho em"}},
        ModelCase{"CapitalisedListClosedByVa",
                  "Thành phố nhân rộng mô hình Gia đình học tập, Dòng họ học tập và Cộng đồng học tập trong toàn "
                  "tỉnh Cần Thơ.",
                  {"Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập"}, {"Cần Thơ", "Cần Thơ", "Cần Thơ"}},
        ModelCase{"CommaAloneStartsAClause", "Xã triển khai mô hình Chợ 4.0, Ngân hàng Chính sách hỗ trợ vốn.",
                  {"Chợ 4.0"}}));

}  // namespace
}  // namespace thidua::testing
