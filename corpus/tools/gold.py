#!/usr/bin/env python3
"""Source of tests/gold/corpus.jsonl: hand annotations of corpus/articles-*.jsonl.

Figures are written as (text, unit); the value is read from the text by
value_of() (Vietnamese formats: "." thousands, "," decimals, tỷ/tỉ/triệu/
nghìn/ngàn multipliers) and the output is reviewed by hand. Then run
check_gold.py, which fills provinces_2025 and published and validates.
"""
import json, os, re

C = {
    "DKST": "Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế",
    "NTMDT": "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
    "NGHEO": "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau",
    "NGAY": "Ngày vì người nghèo",
    "CHUNGSUC": "Cả nước chung sức xây dựng nông thôn mới",
    "DVK": "Dân vận khéo",
    "HCM": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "TDYN": "Thi đua yêu nước",
    "KDC": "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
    "DSVH": "Toàn dân đoàn kết xây dựng đời sống văn hóa",
    "HANGVIET": "Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "NHATAM": "Chung tay xóa nhà tạm, nhà dột nát trên phạm vi cả nước",
    "LDG": "Lao động giỏi, lao động sáng tạo",
    "DTHT": "Dạy tốt – học tốt",
    "DNVN": "Doanh nghiệp Việt Nam hội nhập và phát triển",
    "VANTQ": "Vì an ninh Tổ quốc",
    "BVANTQ": "Toàn dân bảo vệ an ninh Tổ quốc",
    "VHCS": "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
    "CDS": "Cả nước thi đua đổi mới sáng tạo và chuyển đổi số",
    "TRIEUSK": "Một triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19",
    "HAIGIOI": "Giỏi việc nước, đảm việc nhà",
    "CCB": "Cựu chiến binh gương mẫu",
    "NONGDAN": "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
    "5K3S": "Xây dựng gia đình 5 không, 3 sạch",
    "BSS": "Ba sẵn sàng",
    "SV5T": "Sinh viên 5 tốt",
}
MULT = {"nghìn tỷ": 10**12, "nghìn tỉ": 10**12, "tỷ": 10**9, "tỉ": 10**9,
        "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3}

def value_of(text):
    m = re.match(r"\s*([\d.]+(?:,\d+)?)", text)
    num = float(m.group(1).replace(".", "").replace(",", "."))
    rest = text[m.end():].strip()
    if not rest.startswith("trong số"):
        for word, mult in MULT.items():
            if rest.startswith(word + " "):
                num *= mult
                break
    return int(num) if num == int(num) else round(num, 6)

def F(text, unit):
    return {"text": text, "value": value_of(text), "unit": unit}

def P(name, title):
    return {"name": name, "title": title}

G = []
def gold(id, provinces, primary, campaigns, figures, people, models):
    G.append({"id": id, "provinces": provinces, "provinces_2025": [], "primary_province": primary,
              "campaigns": [C.get(c, c) for c in campaigns], "figures": figures,
              "people": people, "models": models})

gold("tds-001", ["Quảng Ninh"], "Quảng Ninh", ["DKST"],
     [F("62.887 sáng kiến", "sáng kiến"), F("4.215 sáng kiến", "sáng kiến"), F("356 tỷ đồng", "đồng"),
      F("3,2 km", "km"), F("12 khu phố", "khu phố"), F("30%", "%"), F("198 sản phẩm", "sản phẩm"),
      F("24 sản phẩm", "sản phẩm"), F("45 tập thể", "tập thể"), F("60 cá nhân", "cá nhân"),
      F("10.000 sáng kiến", "sáng kiến")],
     [P("Đỗ Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh")],
     ["Tổ tự quản đường hoa"])
gold("tds-002", ["Trà Vinh"], "Trà Vinh", ["DKST", "NTMDT"],
     [F("1.846 công trình", "công trình"), F("1.312 công trình", "công trình"), F("412 giải pháp", "giải pháp"),
      F("12,5%", "%"), F("86 hộ", "hộ"), F("150 triệu đồng", "đồng"), F("25 tập thể", "tập thể"),
      F("32 cá nhân", "cá nhân")],
     [P("Thạch Thị Sa Rết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Lâm Văn Phước", "Phó Chủ tịch UBND tỉnh")],
     ["Vườn cây ăn trái kiểu mẫu", "Thu gom rác thải nhựa đổi quà"])
gold("tds-003", ["Hà Nội"], "Hà Nội", ["NTMDT", "HCM"],
     [F("382 trong số 386 xã", "xã"), F("107 xã", "xã"), F("40 xã", "xã"), F("1.124 tỷ đồng", "đồng"),
      F("305.000 m²", "m²"), F("89,6%", "%"), F("30%", "%")],
     [P("Lê Thị Minh Nguyệt", "Trưởng ban Công tác Mặt trận khu dân cư số 6, phường Hàng Bạc"),
      P("Nguyễn Văn Thạnh", "Chủ tịch UBND huyện"),
      P("Phạm Thị Lan Chi", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội")],
     ["Phố văn minh đô thị", "Tuyến phố không rác"])
gold("tds-004", ["Thanh Hóa"], "Thanh Hóa", ["NGAY", "NGHEO"],
     [F("107,8 tỷ đồng", "đồng"), F("7,8%", "%"), F("1.250 nhà", "nhà"), F("2.300 suất", "suất"),
      F("5.000 lượt", "lượt"), F("12,36%", "%"), F("9,8%", "%"), F("11 huyện", "huyện"), F("4,5%", "%"),
      F("37 hộ", "hộ"), F("120 con", "con"), F("110 tỷ đồng", "đồng"), F("1.000 nhà", "nhà")],
     [P("Lê Thị Hoà", "Trưởng ban Công tác Mặt trận thôn Xuân Phú"),
      P("Hoàng Thị Thanh Thuỷ", "Chủ tịch Uỷ ban MTTQ Việt Nam tỉnh")],
     ["Tổ hợp tác chăn nuôi bò sinh sản"])
gold("tds-005", ["Quảng Bình"], "Quảng Bình", ["CHUNGSUC", "NGAY", "DVK"],
     [F("18 tỷ đồng", "đồng"), F("40.000 ngày công", "ngày công"), F("11 trong số 14 xã", "xã"),
      F("600 người", "người"), F("42 hộ", "hộ"), F("21,4%", "%"), F("13,7%", "%"), F("72 xã", "xã"),
      F("53,3%", "%"), F("39,5 triệu đồng", "đồng")],
     [P("Hoàng Văn Lợi", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Quảng Ninh"),
      P("Đinh Xuân Tâm", "Chủ tịch UBND xã Thanh Hóa"),
      P("Trần Quang Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
     ["Nhà cộng đồng tránh lũ"])
gold("tds-006", ["Yên Bái"], "Yên Bái", ["DVK"],
     [F("100%", "%"), F("46 mô hình", "mô hình"), F("24,6 triệu đồng", "đồng"), F("2,1 triệu đồng", "đồng"),
      F("37,2%", "%"), F("15 mô hình", "mô hình")],
     [P("Giàng A Chu", "Trưởng bản Trống Tông"), P("Lý Thị Mai", "Trưởng Ban Dân vận Huyện ủy")],
     ["Bản không có người nghiện ma túy", "Hợp tác xã du lịch cộng đồng La Pán Tẩn"])
gold("tds-007", ["Hồ Chí Minh"], "Hồ Chí Minh", ["HCM", "TDYN", "DVK"],
     [F("134 tập thể", "tập thể"), F("2.700 mô hình", "mô hình"), F("87%", "%"), F("3 tấn", "tấn"),
      F("1,2 tỷ đồng", "đồng")],
     [P("Nguyễn Văn Tám", "tổ trưởng tổ dân phố"), P("Nguyễn Thị Thanh Tâm", "Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM")],
     ["Chợ 4.0", "ATM gạo nghĩa tình"])
gold("tds-008", ["Thừa Thiên Huế"], "Thừa Thiên Huế", ["KDC"],
     [F("18 thành viên", "thành viên"), F("126 hộ", "hộ"), F("45 triệu đồng", "đồng"),
      F("1.523 trong số 1.600 khu dân cư", "khu dân cư"), F("95,2%", "%")],
     [P("Hồ Thị Thu", "Trưởng ban Công tác Mặt trận tổ dân phố 3"),
      P("Nguyễn Đình Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
     ["Tuyến đường văn minh", "Khu dân cư không rác thải nhựa", "Thắp sáng đường quê"])

gold("tds-009", ["Đắk Lắk"], "Đắk Lắk", ["NONGDAN", "NTMDT"],
     [F("96.540 hộ", "hộ"), F("51.230 hộ", "hộ"), F("2 ha", "ha"), F("600 triệu đồng", "đồng"),
      F("8 lao động", "lao động"), F("23 thành viên", "thành viên"), F("82,4 tỷ đồng", "đồng"), F("50%", "%"),
      F("30 chuỗi", "chuỗi"), F("35 tỷ đồng", "đồng")],
     [P("Y Khiêm Niê", "tổ trưởng tổ hợp tác “Cà phê sạch buôn Ea Kmar”"), P("Nguyễn Hoài Dương", "Chủ tịch Hội Nông dân tỉnh")],
     ["Cà phê sạch buôn Ea Kmar"])
gold("tds-010", ["Vĩnh Long", "Bến Tre", "Trà Vinh"], "Vĩnh Long", ["NHATAM"],
     [F("9.862 căn", "căn"), F("512 tỷ đồng", "đồng"), F("3.415 căn", "căn"), F("3.970 căn", "căn"),
      F("60 triệu đồng", "đồng"), F("30 triệu đồng", "đồng"), F("146,3 tỷ đồng", "đồng"), F("52.000 ngày công", "ngày công")],
     [P("Nguyễn Văn Thắm", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long")], [])
gold("tds-011", [], None, ["TDYN", "NGHEO", "CHUNGSUC", "DNVN"],
     [F("2.000 đại biểu", "đại biểu"), F("1.620 đại biểu", "đại biểu"), F("9,88%", "%"), F("3%", "%"),
      F("5.291 xã", "xã"), F("62,4%", "%"), F("17.632 Huân chương", "Huân chương"), F("1.140 danh hiệu", "danh hiệu")],
     [], [])
gold("tds-012", [], None, [],
     [F("15 triệu đồng", "đồng"), F("84,8 triệu đồng/lượng", "đồng/lượng"), F("87,1 triệu đồng/lượng", "đồng/lượng"),
      F("1,2 triệu đồng", "đồng"), F("74,5 triệu đồng/lượng", "đồng/lượng"), F("2.360 USD/ounce", "USD/ounce"),
      F("72 triệu đồng/lượng", "đồng/lượng"), F("3.400 lượng", "lượng"), F("14,3 tấn", "tấn"), F("6%", "%")],
     [P("Trần Văn Phúc", "chuyên gia tài chính")], [])
gold("tds-013", ["Đồng Nai", "Bình Thuận", "Hồ Chí Minh"], "Đồng Nai", [],
     [F("2 người", "người"), F("34 hành khách", "hành khách"), F("2 km", "km"), F("87 vụ", "vụ"),
      F("64 người", "người"), F("52 người", "người"), F("11 vụ", "vụ")], [], [])
gold("tds-014", ["Hải Phòng", "Nam Định"], "Hải Phòng", [],
     [F("18.000 khán giả", "khán giả"), F("3 điểm", "điểm"), F("25 điểm", "điểm"), F("5 điểm", "điểm")],
     [P("Nguyễn Văn Lâm", "tiền đạo"), P("Trần Đức Hiếu", "tiền vệ"), P("Lê Quang Thịnh", "huấn luyện viên")], [])
gold("tds-015", [], None, ["NHATAM", "NGAY"],
     [F("315.000 căn", "căn"), F("1.900 tỷ đồng", "đồng")], [], [])
gold("tds-016", ["Bắc Giang"], "Bắc Giang", ["HANGVIET"],
     [F("48 gian hàng", "gian hàng"), F("22 doanh nghiệp", "doanh nghiệp"), F("9.000 lượt", "lượt"),
      F("1,6 tỷ đồng", "đồng"), F("92%", "%"), F("12 phiên chợ", "phiên chợ"), F("2 hội chợ", "hội chợ"),
      F("15 điểm bán", "điểm bán")],
     [P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Trưởng Ban Chỉ đạo cuộc vận động")], [])

gold("tds-017", ["Nghệ An"], "Nghệ An", ["DTHT", "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo"],
     [F("1.512 sáng kiến", "sáng kiến"), F("84 học sinh", "học sinh"), F("99,1%", "%"), F("230 học sinh", "học sinh"),
      F("46.000 đầu sách", "đầu sách")],
     [P("Lô Thị Hương", "Hiệu trưởng Trường Tiểu học Mường Lống 1"), P("Hoàng Văn Tuệ", "Giám đốc Sở Giáo dục và Đào tạo")],
     ["Lớp học cậy chữ", "Thư viện xanh"])
gold("tds-018", ["Cần Thơ"], "Cần Thơ", ["DSVH"],
     [F("412 trên tổng số 430 hộ", "hộ"), F("95,8%", "%"), F("286 triệu đồng", "đồng"), F("1.100 ngày công", "ngày công"),
      F("1,8 km", "km"), F("64 bóng đèn", "bóng đèn"), F("3 hộ", "hộ"), F("20 phần quà", "phần quà"),
      F("500.000 đồng", "đồng"), F("12 gia đình", "gia đình")],
     [P("Trần Văn Bảy", "Trưởng ban Công tác Mặt trận khu vực"), P("Đỗ Hoàng Phúc", "Phó Chủ tịch UBND thành phố Cần Thơ")],
     ["Đèn đường năng lượng mặt trời", "Cây xanh bóng mát"])
gold("tds-019", ["Long An"], "Long An", ["DVK"],
     [F("1.000 mô hình", "mô hình"), F("1.046 mô hình", "mô hình"), F("41,2%", "%"), F("28,5%", "%"), F("12,3%", "%"),
      F("52.000 m²", "m²"), F("38 tuyến đường", "tuyến đường"), F("312 hội viên", "hội viên"), F("27 hộ", "hộ"),
      F("35 tập thể", "tập thể"), F("40 cá nhân", "cá nhân")],
     [P("Nguyễn Thanh Hải", "Trưởng Ban Dân vận Tỉnh ủy")],
     ["Hiến đất mở đường", "Chi hội phụ nữ tiết kiệm"])
gold("tds-020", ["Tây Ninh", "Long An"], "Tây Ninh", ["CDS", "DKST"],
     [F("96 xã", "xã"), F("3,3 triệu người", "người"), F("100%", "%"), F("80%", "%"), F("5.340 sáng kiến", "sáng kiến"),
      F("1.200 tỷ đồng", "đồng"), F("500 điện thoại", "điện thoại")],
     [P("Võ Thị Bích Trâm", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Phan Thành Đạt", "Chủ tịch UBND tỉnh")],
     ["Tổ công nghệ số cộng đồng", "Chợ không dùng tiền mặt"])
gold("tds-021", ["Kiên Giang"], "Kiên Giang", ["BVANTQ", "NTMDT"],
     [F("2.100 tin báo", "tin báo"), F("1.432 vụ", "vụ"), F("86,7%", "%"), F("2.846 tổ", "tổ"), F("145 tổ", "tổ"),
      F("98 tổ", "tổ"), F("312 mắt camera", "mắt camera"), F("1,9 tỷ đồng", "đồng"), F("1.250 hộ", "hộ"), F("90%", "%"),
      F("6 tập thể", "tập thể"), F("9 cá nhân", "cá nhân")],
     [P("Danh Sà Rết", "người có uy tín trong đồng bào Khmer ở xã Vĩnh Điều"), P("Lê Hồng Phúc", "Thượng tá, Phó Giám đốc Công an tỉnh")],
     ["Camera an ninh", "Tự quản đường biên, cột mốc"])
gold("tds-022", ["Bà Rịa - Vũng Tàu"], "Bà Rịa - Vũng Tàu", ["BSS", "Thanh niên tình nguyện"],
     [F("92 gương", "gương"), F("1.280 công trình", "công trình"), F("23,5 tỷ đồng", "đồng"), F("1.680 đoàn viên", "đoàn viên"),
      F("100%", "%"), F("47 đoàn viên", "đoàn viên"), F("3.000 cây", "cây"), F("3.500 thanh niên", "thanh niên")],
     [P("Trần Hữu Nghĩa", "Bí thư Đoàn xã Long Sơn"), P("Lê Thị Ngọc Linh", "Bí thư Tỉnh đoàn BR-VT")],
     ["Tuyến đường ven biển xanh - sạch - đẹp"])
gold("tds-023", ["Hà Nội"], "Hà Nội", ["5K3S"],
     [F("1.124 hội viên", "hội viên"), F("9 chi hội", "chi hội"), F("96,3%", "%"), F("1,2 km", "km"),
      F("2.000 cây", "cây"), F("18 triệu đồng", "đồng")],
     [P("Nguyễn Thị Hằng", "Chủ tịch Hội LHPN xã Hòa Bình")],
     ["Con đường hoa phụ nữ", "Tổ phụ nữ thu gom phế liệu gây quỹ"])
gold("tds-024", ["Gia Lai", "Bình Định"], "Gia Lai", ["DKST"],
     [F("7.215 sáng kiến", "sáng kiến"), F("4.102 sáng kiến", "sáng kiến"), F("3.113 sáng kiến", "sáng kiến"),
      F("2.905 tỷ đồng", "đồng"), F("640 xã viên", "xã viên"), F("318 tàu cá", "tàu cá"), F("50 điển hình", "điển hình"),
      F("86 tập thể", "tập thể")],
     [P("Đinh Văn Thuận", "Giám đốc Hợp tác xã Nông nghiệp Ia Pếch"), P("Rơ Châm H’Luyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
     ["Sổ tay nông hộ điện tử", "Tàu cá an toàn - kết nối"])

gold("tds-025", ["Cà Mau"], "Cà Mau", ["NGAY", "NGHEO"],
     [F("43 tỷ đồng", "đồng"), F("43,6 tỷ đồng", "đồng"), F("9%", "%"), F("312 căn", "căn"), F("50 triệu đồng", "đồng"),
      F("145 căn", "căn"), F("20 triệu đồng", "đồng"), F("8.200 phần quà", "phần quà"), F("10.000 đồng", "đồng"),
      F("36 hộ", "hộ"), F("4.713 hộ", "hộ"), F("1,68%", "%"), F("1,2%", "%")],
     [P("Lê Thị Ngọc Hân", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
     ["Tổ tiết kiệm vì người nghèo"])
gold("tds-026", ["Lâm Đồng"], "Lâm Đồng", ["HAIGIOI"],
     [F("14.560 nữ đoàn viên", "đoàn viên"), F("11.208 chị", "chị"), F("3 sáng kiến", "sáng kiến"), F("15%", "%"),
      F("18 căn", "căn"), F("720 triệu đồng", "đồng"), F("2.500 suất", "suất"), F("500.000 đồng", "đồng")],
     [P("Nguyễn Thị Phương Thảo", "công nhân Công ty TNHH Trà Tâm Châu"),
      P("Phạm Thị Ngọc Hà", "Trưởng Ban Nữ công Liên đoàn Lao động tỉnh")],
     ["Mái ấm Công đoàn"])
gold("tds-027", ["Bắc Ninh"], "Bắc Ninh", ["LDG", "TRIEUSK"],
     [F("2.365 sáng kiến", "sáng kiến"), F("210 tỷ đồng", "đồng"), F("0,3%", "%"), F("7 sáng kiến", "sáng kiến"),
      F("1,5 triệu đồng", "đồng"), F("1 tỉ đồng", "đồng"), F("46 doanh nghiệp", "doanh nghiệp"),
      F("320.000 công nhân", "công nhân")],
     [P("Ngô Văn Quyết", "tổ trưởng sản xuất"), P("Nguyễn Văn Trưởng", "Chủ tịch Liên đoàn Lao động tỉnh Bắc Ninh")],
     ["Đồ gá kiểm tra nhanh bo mạch", "Ngày thứ bảy sáng tạo"])
gold("tds-028", ["Sơn La"], "Sơn La", ["CCB"],
     [F("31.400 hội viên", "hội viên"), F("1.870 hội viên", "hội viên"), F("246 doanh nghiệp", "doanh nghiệp"),
      F("4.300 lao động", "lao động"), F("8,6%", "%"), F("3,1%", "%"), F("3 ha", "ha"), F("400 triệu đồng", "đồng"),
      F("12 hộ", "hộ"), F("14 tỷ đồng", "đồng"), F("26.000 ngày công", "ngày công"), F("320 vụ việc", "vụ việc")],
     [P("Lò Văn Pọm", "Cựu chiến binh"), P("Quàng Văn Hặc", "Đại tá, Chủ tịch Hội Cựu chiến binh tỉnh")],
     ["Tổ cựu chiến binh tự quản đường biên"])
gold("tds-029", ["Đà Nẵng"], "Đà Nẵng", ["VHCS"],
     [F("82,47%", "%"), F("3,2 điểm phần trăm", "điểm phần trăm"), F("1.600 hồ sơ", "hồ sơ"), F("98,7%", "%"),
      F("95%", "%"), F("120 triệu đồng", "đồng")],
     [P("Lê Thị Kim Oanh", "công chức bộ phận một cửa phường Thạch Thang"), P("Nguyễn Văn Hùng", "Giám đốc Sở Nội vụ")],
     ["Nụ cười công sở", "Ngày thứ năm không giấy tờ"])
gold("tds-030", ["Quảng Nam"], "Quảng Nam", ["NHATAM", "NGAY"],
     [F("6.318 căn", "căn"), F("4.527 căn", "căn"), F("1.791 căn", "căn"), F("2.945 căn", "căn"), F("1.468 căn", "căn"),
      F("23,2%", "%"), F("9.000 ngày công", "ngày công"), F("60 triệu đồng", "đồng"), F("97 tỷ đồng", "đồng")],
     [P("Hồ Văn Thịnh", "Chủ tịch UBND huyện Nam Trà My"), P("Trần Văn Lộc", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")], [])
gold("tds-031", ["Khánh Hòa"], "Khánh Hòa", ["HCM"],
     [F("60 tập thể", "tập thể"), F("7 ngư dân", "ngư dân"), F("312 tổ", "tổ"), F("1.860 tàu cá", "tàu cá"),
      F("100 tấm gương", "tấm gương")],
     [P("Phan Văn Thuỷ", "thuyền trưởng tàu cá"), P("Nguyễn Thị Hoà", "Phó Trưởng Ban Tuyên giáo Tỉnh uỷ")],
     ["Tổ đoàn kết trên biển"])
gold("tds-032", ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"], "Phú Thọ", ["NTMDT", "NGHEO"],
     [F("148 điểm cầu", "điểm cầu"), F("1.320 tỷ đồng", "đồng"), F("412.000 m²", "m²"), F("40,73%", "%"),
      F("92,5 điểm", "điểm")],
     [P("Bùi Văn Khánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
     ["Bản du lịch cộng đồng không rác thải", "Khu dân cư số"])

gold("tds-033", ["Tiền Giang"], "Tiền Giang", ["CHUNGSUC", "NTMDT"],
     [F("109 trong số 137 xã", "xã"), F("79,56%", "%"), F("35.600 tỷ đồng", "đồng"), F("2.150 tỷ đồng", "đồng"),
      F("1.300 km", "km"), F("50,2 triệu đồng", "đồng"), F("11,8%", "%"), F("1,62%", "%"), F("420 hộ", "hộ")],
     [P("Trương Văn Chiến", "Trưởng ấp Hậu Thành"), P("Lê Văn Nghĩa", "Phó Chủ tịch UBND tỉnh")],
     ["Vườn cây ăn trái liên kết tiêu thụ"])
gold("tds-034", ["Hải Dương"], "Hải Dương", ["TRIEUSK", "LDG"],
     [F("3.128 sáng kiến", "sáng kiến"), F("56%", "%"), F("12%", "%"), F("2,4 tỷ đồng", "đồng"),
      F("215 sáng kiến", "sáng kiến"), F("1 triệu đồng", "đồng"), F("230.000 đoàn viên", "đoàn viên")],
     [P("Vũ Thị Nhàn", "công nhân may"), P("Lê Văn Hiệu", "Chủ tịch Liên đoàn Lao động tỉnh")],
     ["Bàn là hơi tự ngắt"])
gold("tds-035", ["Bình Dương"], "Bình Dương", ["DNVN", "NGAY"],
     [F("120 doanh nghiệp", "doanh nghiệp"), F("2,1 tỷ USD", "USD"), F("41.700 tỷ đồng", "đồng"),
      F("43.000 doanh nghiệp", "doanh nghiệp"), F("1,1 triệu lao động", "lao động"), F("20,8 tỷ USD", "USD"),
      F("8,2%", "%"), F("35%", "%"), F("28 tỷ đồng", "đồng"), F("96 nhà", "nhà")],
     [P("Nguyễn Văn Lộc", "Giám đốc một doanh nghiệp đồ gỗ xuất khẩu"), P("Trần Quốc Khải", "Chủ tịch UBND tỉnh")], [])
gold("tds-036", ["Hà Tĩnh"], "Hà Tĩnh", ["CHUNGSUC", "NTMDT"],
     [F("124 xã", "xã"), F("52,5%", "%"), F("1.248 vườn mẫu", "vườn mẫu"), F("346 khu dân cư", "khu dân cư"),
      F("3,2 triệu m²", "m²"), F("2.476 tỷ đồng", "đồng"), F("32 triệu đồng", "đồng"), F("70%", "%")],
     [P("Nguyễn Thị Tuyết", "Trưởng ban Công tác Mặt trận thôn Liên Hương"), P("Đặng Văn Phú", "Phó Chủ tịch UBND tỉnh")],
     ["khu dân cư nông thôn mới kiểu mẫu", "vườn mẫu"])
gold("tds-037", ["Lào Cai", "Yên Bái"], "Lào Cai", ["NGAY"],
     [F("12 xã", "xã"), F("6.000 suất quà", "suất quà"), F("4,8 tỷ đồng", "đồng"), F("800.000 đồng", "đồng"),
      F("2.400 lượt", "lượt"), F("45.000 suất quà", "suất quà"), F("31 tỷ đồng", "đồng")],
     [P("Sùng Thị Dua", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
     ["Chợ Tết 0 đồng"])
gold("tds-038", ["Điện Biên"], "Điện Biên", ["NHATAM", "NGAY"],
     [F("5.412 căn", "căn"), F("3.680 căn", "căn"), F("68%", "%"), F("120 căn", "căn"), F("4.500 ngày công", "ngày công"),
      F("48 m²", "m²")],
     [P("Lường Văn Pâng", "Thiếu tá, Đội trưởng Công an huyện Mường Nhé"), P("Lò Văn Mừng", "Phó Chủ tịch UBND tỉnh")], [])
gold("tds-039", ["Đồng Tháp"], "Đồng Tháp", ["DVK"],
     [F("42 cánh đồng", "cánh đồng"), F("16.800 ha", "ha"), F("6,8 tấn/ha", "tấn/ha"), F("18 hộ", "hộ"),
      F("96 hộ", "hộ"), F("150 ha", "ha"), F("2.174 mô hình", "mô hình")],
     [P("Nguyễn Văn Rớt", "Tổ trưởng tổ hợp tác sản xuất lúa ấp 3, xã Mỹ An"),
      P("Phạm Thị Kim Phượng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
     ["Cánh đồng không ranh giới"])
gold("tds-040", ["Thái Bình"], "Thái Bình", ["NONGDAN"],
     [F("150 hộ", "hộ"), F("162.400 hộ", "hộ"), F("98.700 hộ", "hộ"), F("1.215 hộ", "hộ"), F("32 ha", "ha"),
      F("1,1 tỷ đồng", "đồng"), F("15 lao động", "lao động"), F("42,5 tỷ đồng", "đồng"), F("1.860 hộ", "hộ"),
      F("1.350 tỷ đồng", "đồng")],
     [P("Phạm Văn Tuấn", "Chủ tịch Hội Nông dân tỉnh")],
     ["Cánh đồng mẫu lớn"])

gold("tds-041", ["Ninh Bình", "Hà Nam", "Nam Định"], "Ninh Bình", ["DKST"],
     [F("3.943 km²", "km²"), F("4,4 triệu người", "người"), F("240 nghìn tỷ đồng", "đồng"), F("5 nội dung", "nội dung"),
      F("9.846 sáng kiến", "sáng kiến"), F("300 hộ", "hộ")],
     [P("Trần Thị Vân Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
     ["Làng nghề số"])
gold("tds-042", ["Kon Tum"], "Kon Tum", ["BVANTQ", "VANTQ"],
     [F("98%", "%"), F("7%", "%"), F("146 nguồn tin", "nguồn tin"), F("23 vụ", "vụ"), F("5 vụ", "vụ")],
     [P("A Ngơm", "Già làng"), P("A Tuấn", "Thiếu tá, Trưởng Công an xã Đắk Choong"),
      P("Y Nham", "Đại tá, Phó Giám đốc Công an tỉnh")],
     ["Già làng nói, dân làng nghe"])
gold("tds-043", ["Thái Nguyên", "Bắc Kạn"], "Thái Nguyên", ["SV5T"],
     [F("426 sinh viên", "sinh viên"), F("38 sinh viên", "sinh viên"), F("11 sinh viên", "sinh viên"),
      F("2 bài báo", "bài báo"), F("500 sinh viên", "sinh viên"), F("120 suất", "suất"), F("2 triệu đồng", "đồng")],
     [P("Hoàng Thị Thu Trang", "sinh viên năm thứ tư Trường Đại học Sư phạm"),
      P("Lương Văn Quang", "Chủ tịch Hội Sinh viên Việt Nam tỉnh")],
     ["Con chữ cho em"])
gold("tds-044", ["Bạc Liêu"], "Bạc Liêu", ["HANGVIET"],
     [F("90%", "%"), F("85%", "%"), F("8 phiên chợ", "phiên chợ"), F("2 tuần lễ", "tuần lễ"), F("6,5 tỷ đồng", "đồng"),
      F("46 sản phẩm", "sản phẩm"), F("3 chuỗi siêu thị", "chuỗi siêu thị"), F("12 tấn", "tấn"), F("40%", "%")],
     [P("Huỳnh Văn Chiến", "chủ cơ sở sản xuất muối hầm Hòa Bình"),
      P("Lâm Thị Mỹ", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Chỉ đạo cuộc vận động")], [])
gold("tds-045", [], None, ["CHUNGSUC", "NTMDT"],
     [F("357 nghìn tỷ đồng", "đồng"), F("11%", "%"), F("6.044 xã", "xã"), F("73,1%", "%"), F("1.640 xã", "xã"),
      F("305 xã", "xã"), F("264 đơn vị", "đơn vị"), F("47,2 triệu đồng", "đồng"), F("10.332 sản phẩm", "sản phẩm"),
      F("17 xã", "xã"), F("10 tiêu chí", "tiêu chí"), F("47,8%", "%")],
     [P("Trần Văn Khởi", "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn")], [])
gold("tds-046", ["Quảng Trị"], "Quảng Trị", ["DKST"],
     [F("40,73 điểm", "điểm"), F("6,2 điểm", "điểm"), F("78 trong số 101 xã", "xã"), F("4.900 thành viên", "thành viên"),
      F("2.350 hộ", "hộ"), F("100%", "%"), F("25 sáng kiến", "sáng kiến"), F("1.870 hộ", "hộ"), F("90%", "%"), F("70%", "%")],
     [P("Lê Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị")],
     ["Hộ gia đình số", "Bản đồ số an sinh"])
gold("tds-047", ["Hưng Yên", "Thái Bình"], "Hưng Yên", ["TDYN", "NHATAM", "CDS"],
     [F("9,1%", "%"), F("58.600 tỷ đồng", "đồng"), F("1.436 căn", "căn"), F("19 tập thể", "tập thể"),
      F("87 tập thể", "tập thể"), F("42 tập thể", "tập thể"), F("120 ha", "ha")],
     [P("Đào Quang Minh", "Chủ tịch UBND tỉnh")],
     ["Cánh đồng lúa hữu cơ"])
gold("tds-048", ["Lai Châu", "Điện Biên", "Sơn La", "Hòa Bình", "Lào Cai", "Yên Bái"], "Lai Châu", ["NGHEO", "CHUNGSUC"],
     [F("6 tỉnh", "tỉnh"), F("8,4%", "%"), F("4,2%", "%"), F("67 xã", "xã"), F("10 xã", "xã")],
     [P("Lò Văn Tiến", "Phó Chủ tịch UBND tỉnh Lai Châu, Cụm trưởng năm 2018")],
     ["Tổ liên gia tự quản", "Bản văn hóa du lịch", "Nhà văn hóa cộng đồng thông minh"])
gold("tds-049", ["Hòa Bình"], "Hòa Bình", ["DKST"],
     [F("1.724 sáng kiến", "sáng kiến"), F("612 sáng kiến", "sáng kiến"), F("46,5%", "%"), F("30%", "%"), F("57 hộ", "hộ"),
      F("70%", "%"), F("2 sáng kiến", "sáng kiến"), F("90%", "%"), F("18 tập thể", "tập thể"), F("24 cá nhân", "cá nhân")],
     [P("Bùi Thị Thu Hà", "Phó Chủ tịch Uỷ ban MTTQ Việt Nam tỉnh")],
     ["Tổ dân phố không giấy tờ", "Homestay xanh"])
gold("tds-050", ["An Giang", "Hồ Chí Minh", "Bình Dương", "Đồng Nai"], "An Giang", ["NGHEO", "NGAY"],
     [F("186 tỷ đồng", "đồng"), F("2.400 tấn", "tấn"), F("312.000 lượt", "lượt"), F("42.000 lao động", "lao động"),
      F("50.000 suất", "suất"), F("52,6 tỷ đồng", "đồng"), F("640 căn", "căn"), F("8.700 lao động", "lao động"), F("2%", "%")],
     [P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
     ["Siêu thị 0 đồng", "Gian hàng nghĩa tình"])

gold("tds-051", ["Sóc Trăng"], "Sóc Trăng", ["CHUNGSUC"],
     [F("62 trong số 80 xã", "xã"), F("50%", "%"), F("14,6%", "%"), F("5,82%", "%"), F("320 triệu đồng", "đồng"),
      F("1.600 ngày công", "ngày công"), F("2,4 km", "km"), F("8.000 phần quà", "phần quà"), F("400.000 đồng", "đồng")],
     [P("Lý Sa Ri", "Đại đức, trụ trì chùa Đầu Giồng"), P("Thạch Sô Phal", "Trưởng ban Công tác Mặt trận ấp Đầu Giồng"),
      P("Trần Thị Hồng Diễm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
     ["Chùa xanh - phum sóc sạch"])
gold("tds-052", ["Hà Giang"], "Hà Giang", ["Thi đua Quyết thắng"],
     [F("46 học sinh", "học sinh"), F("500.000 đồng", "đồng"), F("18 cháu", "cháu"), F("3,5 km", "km"), F("12 ha", "ha"),
      F("274 km", "km"), F("386 cột mốc", "cột mốc"), F("1.426 hộ", "hộ"), F("2.300 suất quà", "suất quà"),
      F("1,15 tỷ đồng", "đồng")],
     [P("Vàng Mí Sính", "Thượng tá, Chính trị viên Đồn Biên phòng Lũng Cú"),
      P("Đỗ Xuân Tùng", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
     ["Nâng bước em tới trường", "Con nuôi đồn Biên phòng"])
gold("tds-053", ["Thừa Thiên Huế", "Hà Nội"], "Thừa Thiên Huế", ["TDYN", "NHATAM"],
     [F("5 điển hình", "điển hình"), F("5 tập thể", "tập thể"), F("85 ha", "ha"), F("14.500 tỷ đồng", "đồng"),
      F("1,94%", "%"), F("1.127 căn", "căn")],
     [P("Tôn Nữ Thị Thanh Tâm", "Trưởng ban Công tác Mặt trận tổ dân phố 11, phường Phú Xuân"),
      P("Phan Quý Thiện", "Phó Chủ tịch UBND thành phố")],
     ["Cánh đồng lúa hữu cơ liên kết"])
gold("tds-054", ["Lạng Sơn"], "Lạng Sơn",
     ["Xây dựng trường học thân thiện, học sinh tích cực",
      "Nói không với tiêu cực trong thi cử và bệnh thành tích trong giáo dục", "DTHT"],
     [F("418 trong số 632 trường", "trường"), F("66,1%", "%"), F("99,6%", "%"), F("0,18%", "%"), F("3 tấn", "tấn"),
      F("25 tỷ đồng", "đồng")],
     [P("Hoàng Văn Páo", "Hiệu trưởng nhà trường"), P("Chu Thị Hạnh", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
     ["Vườn rau bán trú"])
gold("tds-055", ["Bình Phước"], "Bình Phước", ["DKST", "HANGVIET"],
     [F("158.000 ha", "ha"), F("195.000 tấn", "tấn"), F("50%", "%"), F("480 doanh nghiệp", "doanh nghiệp"),
      F("34 doanh nghiệp", "doanh nghiệp"), F("1,02 tỷ USD", "USD"), F("12 sáng kiến", "sáng kiến"), F("40%", "%"),
      F("60%", "%"), F("1.200 điểm bán", "điểm bán"), F("96 thành viên", "thành viên"), F("3.000 đồng/kg", "đồng/kg")],
     [P("Phạm Quốc Hưng", "Giám đốc công ty"), P("Lê Thị Xuân Trang", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")], [])
gold("tds-056", ["Đắk Lắk", "Phú Yên"], "Đắk Lắk", ["NTMDT"],
     [F("612 trong số 640 hộ", "hộ"), F("186 triệu đồng", "đồng"), F("4 hộ", "hộ"), F("38 tàu cá", "tàu cá"),
      F("30 phần quà", "phần quà"), F("1 triệu đồng", "đồng")],
     [P("Huỳnh Tấn Lực", "Tổ trưởng tổ tàu thuyền đoàn kết số 2"), P("Y Ngọc Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
     ["Tổ tàu thuyền đoàn kết"])
gold("tds-057", ["Tuyên Quang"], "Tuyên Quang", ["HCM"],
     [F("100%", "%"), F("420 m²", "m²"), F("35 triệu đồng", "đồng"), F("6 km", "km"), F("43 triệu đồng", "đồng"),
      F("8 triệu đồng", "đồng"), F("2,1%", "%")],
     [P("Ma Văn Thắng", "Cựu chiến binh"), P("Hà Thị Lụa", "Bí thư Đảng ủy xã Tân Trào")],
     ["Đường hoa làm theo lời Bác"])
gold("tds-058", ["Đắk Nông"], "Đắk Nông", ["NONGDAN", "CHUNGSUC"],
     [F("42.150 hộ", "hộ"), F("2.810 hộ", "hộ"), F("1 tỷ đồng", "đồng"), F("27 tổ hợp tác", "tổ hợp tác"),
      F("1,5 ha", "ha"), F("6 ha", "ha"), F("700 triệu đồng", "đồng"), F("15 hộ", "hộ"), F("36,8 tỷ đồng", "đồng"),
      F("1.120 hộ", "hộ"), F("10 chuỗi", "chuỗi"), F("500 hộ", "hộ"), F("12,4 tỷ đồng", "đồng"),
      F("32.000 ngày công", "ngày công")],
     [P("Lê Văn Tình", "Chủ tịch Hội Nông dân tỉnh")], [])

# __MORE__

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "..", "tests", "gold", "corpus.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for g in G:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(G)} records")
