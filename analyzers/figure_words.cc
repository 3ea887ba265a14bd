// Word lists and number reading for figure extraction (figure_words_internal.h).
#include "analyzers/figure_words_internal.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace thidua::internal {

// Units that are more than one syllable (longest first is ensured by lookup).
const WordSet& MultiSyllableUnits() {
  static const WordSet s = {
      "sáng kiến", "mô hình", "công trình", "suất quà", "phần quà", "ngôi nhà", "căn nhà", "nhà ở",
      "hợp tác xã", "tổ hợp tác", "doanh nghiệp", "học sinh", "sinh viên", "đoàn viên", "hội viên",
      "đảng viên", "sản phẩm", "đề tài", "tập thể", "cá nhân", "gia đình", "hộ gia đình", "hộ nghèo",
      "hộ cận nghèo", "người lao động", "cán bộ", "giáo viên", "thủ tục", "thủ tục hành chính",
      "dịch vụ công", "đơn vị", "cơ sở", "suất học bổng", "học bổng", "tuyến đường", "con đường",
      "cây xanh", "bài dự thi", "tác phẩm", "công nhân", "công chức", "viên chức", "trẻ em",
      "thanh niên", "tình nguyện viên", "chiến sĩ", "tổ chức", "chi hội", "chi bộ", "điểm cầu",
      "lượt người", "lượt hộ", "ý tưởng", "giải pháp", "lao động", "việc làm", "thẻ bảo hiểm y tế",
      "máy tính", "xe đạp", "hội nghị", "lớp tập huấn", "phòng học", "nhà văn hóa", "bò giống",
      "đồng bào", "khu dân cư", "lượt truy cập", "tình nguyện", "hồ sơ", "văn bản", "cuộc thi",
      "ngày công", "liên hiệp hợp tác xã", "trường hợp", "vận động viên", "nghị sĩ", "thượng nghị sĩ",
      "hạ nghị sĩ", "bàn thắng", "thành viên", "bệnh nhân", "y bác sĩ", "trận đấu", "học viên", "nhân viên",
      "bác sĩ", "du khách", "lượt xe", "phương tiện", "cổ phiếu", "căn hộ", "người dân", "hộ dân", "phiên chợ", "lượt khách", "bữa ăn", "tỷ đồng",
      "đầu sách", "năm ánh sáng",
  };
  return s;
}

// One-syllable units after which the next syllable is a modifier, not part
// of the unit ("36 kênh cấp tỉnh", "107 chợ 4.0", "1.100 học sinh").
const WordSet& OneSyllableUnits() {
  static const WordSet s = {"hộ", "người", "xã", "tấn", "km", "ha", "tổ", "chợ", "kênh", "cầu", "tuyến", "đợt",
                        "căn", "lượt", "con", "cây", "chiếc", "bộ", "suất", "phần", "điểm", "lớp", "trường",
                        "thôn", "ấp", "bản", "huyện", "tỉnh", "đội", "nhóm", "nhà", "cái", "bài", "giải",
                        "em", "cháu", "kg", "m", "cm", "mm", "m2", "km2", "lít", "usd", "đồng", "vnđ", "vnd", "đ", "xe",
                        "cấp", "chi", "tập", "phường", "làng", "mét", "héc", "ngàn", "cơ", "đơn", "bể", "vụ",
                        "phiên", "buổi", "gói", "thẻ", "lớp", "ca", "bao", "chăn", "bình", "lò", "độ",
                        // Measures often glued to the number ("2300MHz", "100mAh", "16MB"); not
                        // "g" ("4G" names a network).
                        "hz", "khz", "mhz", "ghz", "kw", "kwh", "mw", "mah", "mb", "gb", "tb", "mbps", "gbps", "ml"};
  return s;
}

// Words that cannot start or continue a unit.
const WordSet& NotUnitWords() {
  static const WordSet s = {"của", "và", "với", "cho", "được", "đã", "là", "trong", "trên", "tại", "ở", "có", "này",
                        "đó", "các", "những", "mỗi", "từ", "đến", "theo", "về", "thì", "mà", "nhưng", "khi",
                        "đạt", "chiếm", "so", "hơn", "gần", "khoảng", "dưới", "vào", "ra", "nay", "qua", "tới",
                        "sẽ", "đang", "còn", "không", "cùng", "bị", "do", "để", "hoặc", "hay", "trở", "lên",
                        "xuống", "tăng", "giảm", "trước", "sau", "năm", "tháng", "ngày", "giờ", "phút", "tuần",
                        "quý", "tuổi", "lần", "sao", "giây", "đêm", "buổi", "kỳ", "số", "thứ", "nữa", "rồi",
                        "tổng", "cả", "như", "gồm", "thuộc", "vượt", "nhất", "mới", "đều", "thấy", "làm", "đi",
                        "nhận", "giúp", "tham", "đầu", "cuối", "trở", "ấy", "kia", "nào", "này", "đây", "rưỡi"};
  return s;
}

// Time words after a number: a duration or a date part, never a figure.
const WordSet& TimeUnits() {
  static const WordSet s = {"năm", "tháng", "ngày", "giờ", "phút", "giây", "tuần", "quý", "tuổi", "lần", "sao",
                        "đêm", "buổi", "kỳ", "thế", "hạng", "giai", "tiếng",
                        // "3 chiều" (3-D), "2 chiều" (two-way): dimensions, not a count.
                        "chiều"};
  return s;
}

// Words before a number that make it an ordinal, a date part or a label.
const WordSet& NotFigureBefore() {
  static const WordSet s = {"thứ", "lần", "khóa", "kỳ", "điều", "khoản", "chương", "trang", "câu", "ngày", "tháng",
                        "năm", "sáng", "chiều", "tối", "trưa", "đêm", "số", "top", "covid", "luật",
                        "version", "phiên", "nhiệm", "đoạn", "hiệu", "mã", "hotline", "điện", "thoại", "đt", "ngõ",
                        "ngách", "hẻm", "kiệt"};
  return s;
}

// Words before a small number that make it a level or a label ("cấp 3",
// "tổ 5", "hạng 1"); "cấp 500 thẻ" is still a figure.
const WordSet& LevelBefore() {
  static const WordSet s = {"hạng", "mức", "độ", "loại", "tầng", "tập", "phần", "bài", "cấp", "khu", "ấp", "tổ",
                        "thôn", "xóm", "đội", "nhóm", "vụ", "bản", "lô", "phòng", "tuyến", "đường", "lộ",
                        "khối", "lớp", "quận", "phường", "chợ", "ô", "tiêu", "chí"};
  return s;
}

// Words before "số" that make the number after it a count, not a label.
const WordSet& CountBeforeSo() {
  static const WordSet s = {"tổng", "trong", "doanh", "dân", "con", "sĩ"};
  return s;
}

// Measurement and money units (and scale words): after "mức", "độ"... the
// number is a quantity, not a level ("ở mức 10 độ C", "mức 5 triệu đồng").
const WordSet& MeasureUnits() {
  static const WordSet s = {"độ", "km", "m", "cm", "mm", "kg", "tấn", "tạ", "ha", "lít", "m2", "m²", "km2", "đồng",
                        "usd", "triệu", "tỷ", "tỉ", "nghìn", "ngàn"};
  return s;
}

// Words that may stand between "từ"/"đến" and a range's number.
const WordSet& Approximately() {
  static const WordSet s = {"hơn", "gần", "khoảng", "trên", "dưới", "chừng"};
  return s;
}

// Military and police units named by their number, of any size.
const WordSet& NumberedUnits() {
  static const WordSet s = {"trung đoàn", "tiểu đoàn", "sư đoàn", "quân đoàn", "lữ đoàn", "binh đoàn", "hải đoàn",
                        "đại đội", "trung đội", "tiểu đội", "quân khu", "vùng cảnh", "hải đội", "biên đội"};
  return s;
}

// Document types: "Kế hoạch 17", "Quyết định 123".
const WordSet& DocumentTypes() {
  static const WordSet s = {"nghị quyết", "quyết định", "chỉ thị", "thông tư", "nghị định", "kế hoạch", "công văn",
                        "thông báo", "hướng dẫn", "kết luận", "báo cáo", "tờ trình", "quy định", "văn bản",
                        "chương trình", "đề án", "thông tri", "quy chế"};
  return s;
}

const WordSet& MoneyContext() {
  static const WordSet s = {"phí", "giá", "vốn", "thu", "tiền", "tư", "sách", "lực", "động", "nhuận", "nhập",
                        "quỹ", "hộ", "trợ", "lợi", "hóa", "nộp", "chi", "trị", "kinh", "ngân", "đồng"};
  return s;
}

// Parses "62.887" -> 62887, "40,73" -> 40.73, "4.0" -> 4.0; nullopt for
// dates, ranges, times, phone-like groups.
std::optional<double> ParseNumber(std::string_view s, bool scale_follows) {
  if (s.find_first_of("/:-") != std::string_view::npos) return std::nullopt;
  std::size_t dots = std::count(s.begin(), s.end(), '.');
  std::size_t commas = std::count(s.begin(), s.end(), ',');
  std::string digits;
  if (dots > 0 && commas <= 1) {
    // Thousands groups must be exactly three digits: "3.249.866".
    bool groups_ok = true;
    std::size_t last = s.find(',') == std::string_view::npos ? s.size() : s.find(',');
    std::size_t pos = s.find('.');
    if (pos == 0 || pos > 3) groups_ok = false;
    while (groups_ok && pos != std::string_view::npos && pos < last) {
      std::size_t next = s.find('.', pos + 1);
      std::size_t end = next == std::string_view::npos || next > last ? last : next;
      if (end - pos - 1 != 3) groups_ok = false;
      pos = next;
    }
    if (groups_ok) {
      for (char c : s) {
        if (c == ',') digits += '.';
        else if (c != '.') digits += c;
      }
    } else if (dots == 1 && commas == 0) {
      std::size_t after = s.size() - s.find('.') - 1;
      if (after > 2) return std::nullopt;  // "0233.3550"
      if (!scale_follows) {
        // "3.10" is a date (3 October) when it can be one.
        int d = std::atoi(std::string(s.substr(0, s.find('.'))).c_str());
        int m = std::atoi(std::string(s.substr(s.find('.') + 1)).c_str());
        if (d >= 1 && d <= 31 && m >= 1 && m <= 12) return std::nullopt;
      }
      digits = std::string(s);  // "4.0", "2.5 triệu"
    } else {
      return std::nullopt;
    }
  } else if (commas == 1 && dots == 0) {
    digits = std::string(s);
    digits[digits.find(',')] = '.';
  } else if (commas > 1 && dots == 0) {
    for (char c : s) {
      if (c != ',') digits += c;  // "1,234,567"
    }
  } else if (dots == 0 && commas == 0) {
    digits = std::string(s);
  } else {
    return std::nullopt;
  }
  char* end = nullptr;
  double v = std::strtod(digits.c_str(), &end);
  if (end == digits.c_str()) return std::nullopt;
  return v;
}

double Scale(std::string_view norm) {
  if (norm == "nghìn" || norm == "ngàn") return 1e3;
  if (norm == "triệu") return 1e6;
  if (norm == "tỷ" || norm == "tỉ") return 1e9;
  if (norm == "trăm") return 1e2;
  if (norm == "vạn") return 1e4;
  return 0;
}

}  // namespace thidua::internal
