"""Vocabulary and sentence templates for corpus/generate (written for the project).

Templates are str.format_map strings. Keys fixed per article: prov, prov_full,
prov_kind, year, dist, camp_first, camp_short. Any other key is generated fresh
at each use: either by a Generator.slot_<key> method (numbers, names, places,
dates) or by picking from SYN[key] (synonyms). Lists are tuples so that their
order, and so the output, never depends on hashing.
"""

SOURCES = ("baomau.vn", "tinmattran.vn", "thoisutinh.vn", "nongthonviet.vn", "kinhtevn.vn",
           "laodongtinh.vn", "dantocmiennui.vn", "anninhdiaphuong.vn", "tuoitrediaphuong.vn")

BUILTIN_PROVINCES = (
    ("Hà Nội", "thành phố", "Hà Nội"), ("Quảng Ninh", "tỉnh", "Quảng Ninh"), ("Thanh Hóa", "tỉnh", "Thanh Hóa"),
    ("Nghệ An", "tỉnh", "Nghệ An"), ("Thừa Thiên Huế", "tỉnh", "Huế"), ("Đà Nẵng", "thành phố", "Đà Nẵng"),
    ("Quảng Nam", "tỉnh", "Đà Nẵng"), ("Bình Định", "tỉnh", "Gia Lai"), ("Đắk Lắk", "tỉnh", "Đắk Lắk"),
    ("Hồ Chí Minh", "thành phố", "Hồ Chí Minh"), ("Bình Dương", "tỉnh", "Hồ Chí Minh"),
    ("Trà Vinh", "tỉnh", "Vĩnh Long"), ("Bến Tre", "tỉnh", "Vĩnh Long"), ("Cần Thơ", "thành phố", "Cần Thơ"),
    ("Cà Mau", "tỉnh", "Cà Mau"), ("Yên Bái", "tỉnh", "Lào Cai"), ("Hòa Bình", "tỉnh", "Phú Thọ"),
)
BUILTIN_CAMPAIGNS = (
    ("Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế", ["Đoàn kết sáng tạo"], 2017),
    ("Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau", ["Chung tay vì người nghèo"], 2016),
    ("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", ["Toàn dân đoàn kết XDNTM, ĐTVM"], 2016),
    ("Người Việt Nam ưu tiên dùng hàng Việt Nam", ["Ưu tiên dùng hàng Việt"], 2009),
    ("Thi đua yêu nước", ["phong trào thi đua yêu nước"], 1948),
    ("Dân vận khéo", [], 2009),
)
CAMPAIGN_WORDS = ("phong trào", "cvđ", "pttđ", "chương trình", "thi đua", "tháng cao điểm", "cuộc vận động")
BUILTIN_TITLES = ("Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực", "Trưởng ban", "Phó Trưởng ban", "Bí thư")
FALLBACK_PLACES = ("Tân Lập", "Hòa Phú", "An Bình", "Phú Mỹ", "Xuân Sơn", "Đồng Tâm", "Thanh Bình", "Hưng Đạo")
STRIDES = (1, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
ROMAN = ("IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")

SURNAMES = ("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lò", "Hà", "Lương", "Tạ", "Trịnh",
            "Mai", "Đoàn", "Cao", "Lâm", "Thạch", "Giàng", "Sùng", "Quàng", "Triệu", "Kiều", "Chu", "Tô", "La")
MIDDLE_M = ("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Công", "Thanh", "Ngọc", "Đình", "Trọng",
            "Quốc", "Mạnh", "Tiến", "Bá", "Khắc", "Đăng")
MIDDLE_F = ("Thị", "Thị", "Thị", "Thu", "Ngọc", "Kim", "Hồng", "Thanh", "Mỹ", "Bích", "Thúy", "Diệu")
MIDDLE2 = ("Thanh", "Minh", "Thu", "Hoài", "Ngọc", "Kim", "Hải", "Phương", "Việt", "Hồng")
GIVEN_M = ("An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hiếu", "Hòa", "Hoàng", "Hùng", "Hưng",
           "Khánh", "Khoa", "Khải", "Lâm", "Lộc", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân",
           "Quyết", "Sơn", "Tâm", "Thắng", "Thành", "Thịnh", "Tiến", "Toàn", "Trí", "Trung", "Tuấn", "Tùng",
           "Việt", "Vinh", "Pọm", "Sính", "Chứ", "Dơn", "Khiêm", "Thuận", "Bảy", "Tám", "Lợi", "Quý", "Tú",
           "Hậu", "Bửu", "Chiến", "Điền", "Kiên", "Mạnh", "Nhân", "Phát", "Sang", "Thái", "Vũ")
GIVEN_F = ("Anh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huệ", "Hương", "Lan",
           "Liên", "Linh", "Loan", "Mai", "Nga", "Ngọc", "Nhung", "Phương", "Thảo", "Thủy", "Trang", "Uyên",
           "Vân", "Xuân", "Yến", "Sa Rết", "Mỷ", "Dua", "Nguyệt", "Oanh", "Phượng", "Quyên", "Tuyết", "Thoa",
           "Thư", "Trinh", "Vy", "Ly", "My", "Nhàn", "Bích", "Lệ", "Tươi", "Hồng", "Cúc", "Đào", "Sen")
HONORIFICS_M = ("đồng chí", "đồng chí", "ông", "anh")
HONORIFICS_F = ("đồng chí", "đồng chí", "bà", "chị")

SCOPED_TITLES = (
    "Phó Chủ tịch Ủy ban MTTQ Việt Nam {prov}", "Chủ tịch Ủy ban MTTQ Việt Nam {prov}",
    "Phó Chủ tịch Thường trực Ủy ban MTTQ {prov}", "Chủ tịch UBND {dist}", "Phó Chủ tịch UBND {prov}",
    "Chủ tịch Ủy ban MTTQ Việt Nam {dist}", "Trưởng ban Công tác Mặt trận {village}",
    "Bí thư Chi bộ {village}", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội Nông dân {prov}",
    "Chủ tịch Hội Liên hiệp Phụ nữ {dist}", "Chủ tịch Liên đoàn Lao động {prov}", "Bí thư Tỉnh đoàn",
    "Giám đốc Sở Nội vụ", "Trưởng ban Thi đua - Khen thưởng {prov}", "Phó Giám đốc Công an tỉnh",
    "Chủ tịch Hội Cựu chiến binh {dist}", "Trưởng ban Công tác Mặt trận khu dân cư số {n}",
)
LOCAL_TITLE_WORDS = ("tỉnh", "huyện", "xã", "Sở", "cơ sở", "chi bộ", "Mặt trận", "Thành ủy", "thành phố", "Đảng ủy")
HCM_FORMS = ("TP.HCM", "TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh")
MEMBER_UNITS = ("hội viên", "tổ tự quản", "câu lạc bộ", "hợp tác xã", "tổ hợp tác", "doanh nghiệp", "đoàn viên",
                "tổ an ninh nhân dân", "chi hội", "cơ quan, đơn vị")
COOP_KINDS = ("nông nghiệp", "dịch vụ nông nghiệp", "nông nghiệp công nghệ cao", "chè", "rau an toàn", "thủy sản",
              "dược liệu", "cây ăn quả", "du lịch cộng đồng", "mây tre đan")
TITLE_SCOPES = ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Trung ương MTTQ Việt Nam", "Tỉnh ủy", "Huyện ủy",
                "Hội đồng nhân dân tỉnh", "UBND huyện", "Ban Chỉ đạo cuộc vận động", "Đảng ủy xã")
LOCAL_TITLES = ("Chủ tịch UBND {commune}", "Bí thư Đảng ủy {commune}", "Trưởng {village}",
                "Chủ tịch Ủy ban MTTQ {commune}", "tổ trưởng tổ tự quản {village}", "Trưởng ban Công tác Mặt trận {village}")

ORGS_SMALL = ("Hội Nông dân xã", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh",
              "Ban Công tác Mặt trận khu dân cư", "Chi hội Người cao tuổi", "Hợp tác xã", "Công đoàn cơ sở",
              "tổ tự quản", "Chi đoàn thanh niên", "Hội Khuyến học", "Ban Thanh tra nhân dân")
SAY = ("cho biết", "nhấn mạnh", "chia sẻ", "khẳng định", "đề nghị", "nhận định", "thông tin", "bày tỏ")
COUNT_UNITS = ("hộ", "sáng kiến", "mô hình", "hội viên", "ngày công", "suất quà", "căn nhà", "công trình",
               "lượt người", "tập thể", "cá nhân", "đoàn viên", "lao động", "tấn gạo", "km đường", "m² đất",
               "suất học bổng", "sản phẩm OCOP", "hợp tác xã", "camera an ninh", "bóng đèn", "cây xanh")

MODEL_HEADS = ("Tổ tự quản", "Tuyến đường", "Chợ", "Khu dân cư", "Câu lạc bộ", "Hũ gạo", "Tổ hợp tác",
               "Ngôi nhà", "Con đường", "Nhóm", "Tủ sách", "Bữa cơm", "Ngân hàng", "Cánh đồng", "Xóm", "Bản",
               "Góc", "Điểm", "Chi hội", "Tổ phụ nữ", "Gia đình", "Nhà văn hóa", "Tổ liên gia", "Thư viện")
MODEL_TAILS = ("đường hoa", "4.0", "không rác thải nhựa", "văn minh", "tình thương", "nghĩa tình", "xanh - sạch - đẹp",
               "an toàn", "tự quản", "không dùng tiền mặt", "số", "kiểu mẫu", "thắp sáng đường quê", "0 đồng",
               "tiết kiệm vì người nghèo", "đoàn kết", "khuyến học", "không có tội phạm", "sáng tạo", "hữu cơ",
               "liên kết", "nhân ái", "sẻ chia", "bích họa", "cây xanh bóng mát", "dân vận khéo", "thân thiện",
               "không ma túy", "hòa giải", "công nghệ số cộng đồng", "nói không với rác", "ánh sáng", "bình yên")

ARTICLE_KINDS = ("so_ket", "mo_hinh", "quy", "tuyen_duong", "phat_dong")
TITLES = {
    "so_ket": ("{prov}: Sơ kết {camp_years} năm thực hiện {camp_short}", "{prov} tổng kết {camp_short} giai đoạn {period}",
               "{prov_full} đánh giá kết quả {camp_short}", "{prov}: {camp_short} tạo chuyển biến rõ nét ở cơ sở",
               "{prov}: Hơn {n_big} sáng kiến từ {camp_short}"),
    "mo_hinh": ("{prov}: Mô hình “{model_main}” lan tỏa ở {commune_main}", "Nhân rộng mô hình “{model_main}” ở {dist}",
                "{prov}: Hiệu quả từ mô hình “{model_main}”", "{dist}: Khi người dân cùng làm “{model_main}”"),
    "quy": ("{prov}: Quỹ “Vì người nghèo” vận động được {money_main}", "{prov_full} hỗ trợ {count_unit} cho hộ nghèo",
            "{prov}: Chung tay chăm lo cho người nghèo dịp cuối năm", "Trao {n_mid} suất quà cho hộ khó khăn ở {dist}"),
    "tuyen_duong": ("{prov} tuyên dương {n_main} điển hình tiên tiến", "{prov}: Tôn vinh gương sáng trong {camp_short}",
                    "{prov_full} khen thưởng tập thể, cá nhân tiêu biểu", "Những điển hình tiên tiến ở {dist}"),
    "phat_dong": ("{prov} phát động {camp_short}", "{prov_full}: Ra quân hưởng ứng {camp_short}",
                  "{prov}: Phát động thi đua cao điểm chào mừng đại hội", "{dist} phát động phong trào thi đua năm {year}"),
}
LEADS = {
    "so_ket": ("{date}, Ban Thường trực Ủy ban MTTQ Việt Nam {prov_full} tổ chức hội nghị sơ kết thực hiện {camp_first} giai đoạn {period}. Chủ trì hội nghị có {person_titled}.",
               "Sau {camp_years} năm triển khai, {camp_first} trên địa bàn {prov_full} đã đạt nhiều kết quả quan trọng, góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội của địa phương."),
    "mo_hinh": ("Những năm gần đây, mô hình “{model_main}” ở {commune_main}, {dist}, {prov_full} đã trở thành điểm sáng trong thực hiện {camp_first}.",
                "Từ cách làm sáng tạo của {org_small}, mô hình “{model_main}” tại {commune_main} không chỉ làm đẹp cảnh quan mà còn gắn kết tình làng nghĩa xóm, góp phần thực hiện {camp_first}."),
    "quy": ("{date}, Ủy ban MTTQ Việt Nam {prov_full} cho biết Quỹ “Vì người nghèo” các cấp đã tiếp nhận {money_main}, vượt {pct_small} kế hoạch, tiếp tục thực hiện {camp_first}.",
            "Hưởng ứng Tháng cao điểm “Vì người nghèo”, Mặt trận các cấp {prov_full} đã vận động được {money_main} để hỗ trợ hộ nghèo, hộ cận nghèo, gắn với {camp_first}."),
    "tuyen_duong": ("{date}, {prov_full} tổ chức hội nghị biểu dương {n_main} điển hình tiên tiến trong {camp_first} giai đoạn {period}.",
                    "Nhân kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt Nam, {prov_full} đã tôn vinh các tập thể, cá nhân có thành tích xuất sắc trong {camp_first}."),
    "phat_dong": ("{date}, Ủy ban MTTQ Việt Nam {prov_full} tổ chức lễ phát động {camp_first} năm {year}, với sự tham gia của hơn {n_mid} đại biểu.",
                  "Thực hiện {doc}, {prov_full} chính thức phát động {camp_first} trên toàn địa bàn, hướng tới chào mừng các ngày lễ lớn của đất nước."),
}
MERGER = ("Đây là năm đầu tiên {new} vận hành chính quyền địa phương hai cấp sau khi sắp xếp, trong đó có địa bàn tỉnh {old} (cũ), với {n} đơn vị hành chính cấp xã.",
          "Từ ngày 1/7/2025, tỉnh {old} (cũ) đã hợp nhất vào {new}; các phong trào thi đua được tổ chức thống nhất trên địa bàn {n} xã, phường.")

SYN = {
    "dantoc": ("Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na", "Xơ Đăng",
               "Sán Chay", "Cơ Ho", "Chăm", "Sán Dìu", "Hrê", "Mnông", "Raglai", "Xtiêng", "Bru - Vân Kiều", "Thổ",
               "Giáy", "Cơ Tu", "Giẻ Triêng", "Mạ", "Khơ Mú", "Co", "Tà Ôi", "Chơ Ro", "Kháng", "Xinh Mun", "Hà Nhì",
               "Chu Ru", "Lào", "La Chí", "La Ha", "Phù Lá", "La Hủ", "Lự", "Lô Lô", "Chứt", "Mảng", "Pà Thẻn",
               "Cờ Lao", "Cống", "Bố Y", "Si La", "Pu Péo", "Brâu", "Ơ Đu", "Rơ Măm"),
    "nghe": ("dệt thổ cẩm", "đan lát mây tre", "làm gốm", "rèn", "chạm khắc gỗ", "làm bánh tráng", "làm nón lá",
             "thêu ren", "đúc đồng", "làm hương", "nấu rượu men lá", "làm miến dong", "làm nước mắm", "dệt chiếu cói",
             "làm bún", "làm đậu phụ", "sơn mài", "khảm trai", "làm trống", "làm giấy dó", "đóng tàu gỗ", "chế biến hải sản"),
    "lehoi": ("lễ hội đền Hùng", "lễ hội Lồng Tồng", "Tết Chôl Chnăm Thmây", "lễ cúng trăng Ok Om Bok", "lễ hội cầu ngư",
              "lễ mừng cơm mới", "lễ hội đua ghe ngo", "lễ hội Gầu Tào", "lễ hội Katê", "hội làng", "lễ hội Nghinh Ông",
              "lễ hội cồng chiêng", "Tết Độc lập", "lễ hội xuống đồng", "hội thi nấu cơm", "lễ hội hoa ban"),
    "monan": ("bánh chưng", "xôi ngũ sắc", "cơm lam", "thịt trâu gác bếp", "cá nướng", "bánh giầy", "canh chua",
              "bánh pía", "chè lam", "mắm bò hóc", "bún nước lèo", "gà nướng mắc khén", "lạp xưởng", "bánh tét"),
    "nghenghiep": ("giáo viên", "bác sĩ", "kỹ sư", "công nhân", "ngư dân", "tiểu thương", "thợ may", "thợ xây",
                   "nhân viên y tế thôn bản", "bộ đội biên phòng", "cán bộ khuyến nông", "kế toán hợp tác xã",
                   "hướng dẫn viên du lịch", "tài xế", "thợ điện", "dược sĩ"),
    "loaicay": ("keo lai", "thông", "quế", "hồi", "sa nhân", "mắc ca", "tre Bát Độ", "lát hoa", "giổi", "sơn tra",
                "chanh leo", "bơ", "mít Thái", "na", "ổi", "mận hậu", "lê", "táo mèo", "đinh lăng", "sâm Ngọc Linh"),
    "trienkhai": ("triển khai", "thực hiện", "tổ chức thực hiện", "đẩy mạnh", "cụ thể hóa", "duy trì"),
    "hieuqua": ("hiệu quả", "thiết thực", "sâu rộng", "bài bản", "đồng bộ", "thực chất"),
    "nguoidan": ("nhân dân", "người dân", "bà con", "quần chúng nhân dân", "cộng đồng dân cư", "đồng bào các dân tộc"),
    "dongy": ("đồng thuận", "hưởng ứng", "chung sức", "tích cực tham gia", "nhiệt tình ủng hộ"),
    "linhvuc": ("cải cách hành chính", "chuyển đổi số", "sản xuất nông nghiệp", "bảo vệ môi trường", "an sinh xã hội",
                "giáo dục", "y tế cơ sở", "an ninh trật tự", "xây dựng đời sống văn hóa", "phát triển du lịch cộng đồng",
                "giảm nghèo bền vững", "xây dựng nông thôn mới"),
    "hanche": ("một số nơi còn hình thức", "sáng kiến chưa được nhân rộng kịp thời", "nguồn lực còn hạn chế",
               "việc khen thưởng người lao động trực tiếp còn ít", "công tác tuyên truyền chưa thường xuyên",
               "một bộ phận người dân còn tâm lý trông chờ"),
    "capnhat": ("Theo báo cáo", "Theo số liệu của Ban Thường trực", "Thống kê cho thấy", "Theo đánh giá",
                "Qua rà soát", "Theo Văn phòng Điều phối"),
    "time": ("năm qua", "trong giai đoạn vừa qua", "từ đầu năm đến nay", "sau 5 năm", "trong 3 năm gần đây",
             "đến cuối năm", "tính đến nay"),
    "animal": ("bò sinh sản", "lợn rừng lai", "gà đồi", "dê", "cá lồng", "tôm thẻ chân trắng", "vịt", "ong mật", "trâu"),
    "good": ("phấn khởi", "tin tưởng", "yên tâm", "đồng lòng", "hăng hái", "tự hào"),
    "crop": ("cà phê", "sầu riêng", "lúa chất lượng cao", "chè", "bưởi", "xoài", "ngô", "rau an toàn", "dừa",
             "mía", "thanh long", "hồ tiêu", "nhãn", "vải thiều", "dược liệu", "cam", "chuối", "mắc ca"),
}

BODY_SENTENCES = (
    "Ở các thôn, bản có đông đồng bào {dantoc}, {dantoc} sinh sống, Mặt trận phối hợp già làng vận động bà con giữ gìn bản sắc văn hóa, bài trừ hủ tục.",
    "Nghề {nghe} truyền thống ở {commune} được khôi phục, tạo việc làm cho {n_mid} lao động, chủ yếu là phụ nữ.",
    "Dịp {lehoi}, {org_small} tổ chức thi gói {monan}, thi {nghe}, thu hút đông đảo {nguoidan} tham gia.",
    "Tấm gương {nghenghiep} {person_any} ở {village} được nhiều người biết đến nhờ nhiều năm tận tụy giúp đỡ người nghèo.",
    "Nhiều hộ ở vùng cao đã chuyển từ trồng ngô, sắn sang trồng {loaicay}, {loaicay} dưới tán rừng, cho thu nhập ổn định.",
    "Đồng bào {dantoc} ở {commune} đã tự nguyện góp {n_tiny} ngày công mỗi người để làm nhà văn hóa cộng đồng theo kiến trúc truyền thống.",
    "Sản phẩm {monan} và hàng {nghe} của địa phương được giới thiệu tại hội chợ, mang lại doanh thu {money_mid}.",
    "Đội văn nghệ của {village} gồm {n_small} thành viên là {nghenghiep}, {nghenghiep} và học sinh, thường xuyên biểu diễn phục vụ bà con.",
    "{capnhat}, {time}, {nguoidan} {prov_full} đã đóng góp {money} và {n_big} ngày công để làm đường giao thông, nhà văn hóa, kênh mương nội đồng.",
    "{capnhat}, toàn {prov_kind} có {ratio} đạt chuẩn, tăng {n_tiny} đơn vị so với cùng kỳ.",
    "{time}, các cơ quan, đơn vị đã có {n_big} sáng kiến được công nhận, giá trị làm lợi ước tính {money}.",
    "Tỷ lệ hộ nghèo giảm {poverty_change}; thu nhập bình quân đầu người khu vực nông thôn đạt {money_small}/năm.",
    "Tại {commune}, {dist}, mô hình “{model}” do {org_small} khởi xướng đã giúp {n_mid} hộ cải thiện đời sống.",
    "Ở {commune}, {org_small} phối hợp vận động {nguoidan} hiến {n_big} m² đất, mở rộng {n_tiny} tuyến đường liên thôn.",
    "Mô hình “{model_main}” tại {village}, {commune_main} được đánh giá cao và đang được nhân rộng ra {n_small} địa phương khác.",
    "{person_titled}, {say}, phong trào đã được {trienkhai} {hieuqua}, khơi dậy tinh thần đoàn kết, sáng tạo trong {nguoidan}.",
    "Theo {person_titled}, điểm mới năm nay là mỗi cơ quan, đơn vị chọn một khâu đột phá trong lĩnh vực {linhvuc} để thi đua.",
    "Bên cạnh kết quả đạt được, {hanche}; {hanche}.",
    "Chỉ số hài lòng của {nguoidan} đối với sự phục vụ của cơ quan hành chính đạt {pct_high}, tương đương {points}.",
    "Điểm đánh giá phong trào bình quân của các xã đạt {points}, tăng {n_tiny} bậc so với năm trước.",
    "Phong trào được {trienkhai} gắn với {camp_short} và {doc}.",
    "{nguoidan} {dongy}, nhiều hộ tự nguyện tháo dỡ hàng rào, cây cối để mở rộng đường, không đòi hỏi bồi thường.",
    "Nhiều hộ đã mạnh dạn chuyển sang trồng {crop} và nuôi {animal} theo hướng liên kết chuỗi, cho thu nhập {money_small} mỗi năm.",
    "Từ nguồn Quỹ “Vì người nghèo”, {prov_kind} đã hỗ trợ xây mới {n_mid} căn nhà Đại đoàn kết, mỗi căn {money_house}.",
    "Đoàn viên, thanh niên đã ra quân {n_mid} lượt, trồng {n_big} cây xanh và thu gom {n_small} tấn rác thải.",
    "Hội Liên hiệp Phụ nữ duy trì {n_mid} câu lạc bộ, tổ nhóm phụ nữ giúp nhau phát triển kinh tế với tổng vốn {money_mid}.",
    "Ban Công tác Mặt trận ở {village} thường xuyên nắm bắt tâm tư, nguyện vọng của {nguoidan}, kịp thời hòa giải {n_small} vụ việc ngay từ cơ sở.",
    "Toàn {prov_kind} hiện có {members}, {members} và {members} tham gia phong trào.",
    "Năm {year}, Mặt trận các cấp đã phối hợp tổ chức {n_mid} hội nghị tuyên truyền với {n_big} lượt người tham dự.",
    "Các sáng kiến tập trung vào lĩnh vực {linhvuc} và {linhvuc}, trong đó nhiều giải pháp đã được áp dụng rộng rãi.",
    "Chủ tịch UBND {dist} {person_any} cho biết địa phương đã công nhận {n_mid} mô hình tiêu biểu trong lĩnh vực {linhvuc}.",
    "Kinh phí thực hiện chủ yếu do {nguoidan} đóng góp, khoảng {money_mid}, phần còn lại từ ngân sách và các nhà hảo tâm.",
    "Sau {n_tiny} tháng thực hiện, tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt {pct_high}, thời gian xử lý rút ngắn còn {n_tiny} ngày.",
    "{coop} hiện có {n_mid} thành viên, doanh thu năm {year} đạt {money_mid}, tạo việc làm cho {n_mid} lao động.",
    "{capnhat}, đã có {ratio} ký cam kết thực hiện các tiêu chí của phong trào.",
    "Các cấp hội đã giúp {n_mid} hộ thoát nghèo, {n_mid} hộ vươn lên khá giả.",
    "Nhờ phong trào, bộ mặt {commune} thay đổi rõ rệt: đường làng được bê tông hóa, hai bên đường trồng hoa, lắp đèn chiếu sáng.",
    "Lực lượng công an cơ sở đã tiếp nhận {n_mid} tin báo từ {nguoidan}, giải quyết dứt điểm {n_small} vụ việc về an ninh trật tự.",
    "Dịp này, {prov_kind} đã khen thưởng {n_small} tập thể và {n_small} cá nhân có thành tích tiêu biểu.",
    "Nhiều doanh nghiệp trên địa bàn đã ủng hộ {money_mid} và nhận đỡ đầu {n_tiny} xã khó khăn.",
    "Trong lĩnh vực {linhvuc}, {org_small} ở {commune} đã có cách làm riêng, được {nguoidan} {dongy}.",
    "Điểm nhấn của phong trào là việc phát huy vai trò của người có uy tín, già làng, trưởng bản và chức sắc tôn giáo.",
    "Các điển hình tiên tiến được giới thiệu trên cổng thông tin điện tử và mạng xã hội, tạo sức lan tỏa trong {nguoidan}.",
    "Năm {year_next}, {prov_kind} phấn đấu có thêm {n_small} xã đạt chuẩn nông thôn mới nâng cao, {n_tiny} xã đạt chuẩn kiểu mẫu.",
    "Hiện {crop_main} của địa phương đã có {n_small} sản phẩm OCOP, được bán tại hệ thống siêu thị và sàn thương mại điện tử.",
    "{time}, Ủy ban MTTQ {dist} đã giám sát {n_small} cuộc, tổ chức {n_tiny} hội nghị phản biện xã hội.",
    "Toàn {prov_kind} có {n_big} hộ đăng ký danh hiệu “Gia đình văn hóa”, trong đó {pct_high} số hộ đạt danh hiệu.",
    "Tổ dân phố {n_tiny} ở {commune} huy động {money_small} lắp {n_small} bóng đèn năng lượng mặt trời dọc các ngõ.",
    "Mỗi tháng, các hội viên góp {n_tiny} kg gạo vào “{model}” để giúp người già neo đơn, trẻ em mồ côi.",
    "Các trường học trên địa bàn đã trao {n_mid} suất học bổng, mỗi suất {money_gift}, cho học sinh nghèo vượt khó.",
    "Từ {date}, đoàn kiểm tra liên ngành đã làm việc tại {n_small} xã, phường để đánh giá thực chất kết quả phong trào.",
    "Việc ứng dụng công nghệ số giúp {nguoidan} gửi phản ánh, kiến nghị qua điện thoại, được trả lời trung bình trong {n_tiny} ngày.",
    "Ở vùng đồng bào dân tộc thiểu số, cán bộ Mặt trận “đi từng ngõ, gõ từng nhà”, dùng tiếng dân tộc để tuyên truyền chính sách.",
    "Tại {commune}, {n_mid} hộ đã ký cam kết không xả rác ra kênh rạch, phân loại rác tại nguồn.",
    "{org_small} {village} nhận chăm sóc {n_tiny} km tuyến đường hoa, mỗi tuần ra quân dọn vệ sinh một lần.",
    "Sản lượng {crop_main} năm {year} đạt {n_big} tấn, giá bán cao hơn {pct_small} so với sản xuất truyền thống nhờ liên kết với doanh nghiệp.",
    "Nhiều cựu chiến binh làm kinh tế giỏi đã cho {n_small} hộ nghèo mượn vốn, con giống không tính lãi.",
    "Các cơ sở tôn giáo trên địa bàn đã đóng góp {money_mid} cho công tác an sinh xã hội.",
    "Đến nay, {ratio} đã có camera an ninh kết nối với công an xã, góp phần kéo giảm {pct_small} số vụ trộm cắp.",
    "Công tác giám sát việc hỗ trợ nhà ở được thực hiện công khai, bảo đảm đúng đối tượng, không để xảy ra thắc mắc, khiếu nại.",
    "Hội Nông dân đã phối hợp với ngân hàng giải ngân {money} vốn vay ưu đãi cho {n_big} hội viên.",
    "Chương trình “Mỗi xã một sản phẩm” đã giúp {n_small} sản phẩm của {dist} đạt từ 3 sao trở lên.",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {pct_high}, tỷ lệ hộ dùng nước sạch đạt {pct_high}.",
)
QUOTES = (
    "{person_titled}, {say}: “Phong trào chỉ bền vững khi người dân thấy được lợi ích thiết thực, tự giác làm chứ không phải làm theo phong trào.”",
    "“Lúc đầu bà con còn e ngại, nhưng khi thấy cách làm hiệu quả thì ai cũng {good} tham gia”, {person_titled}, {say}.",
    "Ông {person_m}, người dân {village}, chia sẻ: “Giờ đường sá sạch đẹp, có đèn sáng, con cháu đi học an toàn, bà con ai cũng {good}.”",
    "{person_titled}, {say}: “Việc gì có lợi cho dân thì phải bàn với dân, làm cùng dân, công khai để dân kiểm tra.”",
    "“Sáng kiến không nhất thiết phải lớn, miễn là giải quyết được việc cụ thể ở cơ quan, ở thôn bản”, {person_titled}, nhấn mạnh.",
    "Bà {person_f}, hội viên {org_small} ở {village}, {say}: “Có tổ, có nhóm, chị em giúp nhau vốn, giúp nhau kinh nghiệm nên làm ăn ngày càng khá.”",
    "Anh {person_m}, chủ một trang trại {animal} ở {commune}, kể: “Được vay {money_small}, lại được cán bộ hướng dẫn kỹ thuật, tôi mới dám mở rộng sản xuất.”",
    "“Nhà tôi trước dột nát, mưa to là cả nhà phải sang hàng xóm ngủ nhờ. Nay có nhà mới, tôi {good} lắm”, bà {person_f} ở {village} xúc động nói.",
)
CLOSINGS = (
    "Thời gian tới, {prov_kind} sẽ tiếp tục {trienkhai} {camp_short}, phấn đấu đến năm {year_next} mỗi xã, phường có ít nhất {n_tiny} mô hình tiêu biểu.",
    "Phát biểu kết luận, {person_titled}, đề nghị các cấp, các ngành khắc phục hạn chế, kịp thời phát hiện, biểu dương điển hình tiên tiến.",
    "Dịp này, Ủy ban MTTQ Việt Nam {prov_full} đã tặng bằng khen cho {n_small} tập thể và {n_small} cá nhân có thành tích xuất sắc.",
    "Hội nghị đã thống nhất mục tiêu giai đoạn tới: giảm tỷ lệ hộ nghèo bình quân {pct_tiny} mỗi năm, nâng tỷ lệ khu dân cư văn hóa lên trên {pct_high}.",
)

OTHER_TOPICS = (
    {"titles": ("{prov}: Xe tải lật trên quốc lộ, giao thông ùn tắc nhiều giờ",
                "Va chạm giữa xe khách và xe tải ở {dist}, nhiều người bị thương"),
     "leads": ("Khoảng {hour} giờ {date}, trên quốc lộ đoạn qua {dist}, {prov_full} xảy ra vụ tai nạn giao thông giữa xe tải và xe khách.",),
     "sentences": (
         "Theo thông tin ban đầu, xe tải chở vật liệu xây dựng lưu thông theo hướng về trung tâm {dist} thì bất ngờ mất lái.",
         "Cú va chạm khiến phần đầu xe khách bị biến dạng, tài xế và {n_small} hành khách bị thương, được người dân đưa đi cấp cứu.",
         "Vụ tai nạn khiến giao thông qua khu vực ùn tắc kéo dài gần {n_small} km trong nhiều giờ.",
         "Lực lượng cảnh sát giao thông đã có mặt phân luồng, đồng thời điều xe cẩu đưa hai phương tiện vào lề đường.",
         "Anh {person_m}, một hành khách trên xe, kể lại lúc đó trời còn tối, mọi người đang ngủ thì nghe tiếng động rất lớn.",
         "Công an {dist} đang phối hợp các đơn vị chức năng điều tra làm rõ nguyên nhân vụ tai nạn.",
         "Từ đầu năm đến nay, địa bàn {prov_kind} xảy ra {n_mid} vụ tai nạn giao thông, làm chết {n_small} người, bị thương {n_small} người.",
         "Nhà xe đã bố trí phương tiện khác để đưa hành khách tiếp tục hành trình.",
         "Đoạn đường này thường xuyên xảy ra tai nạn do có nhiều khúc cua, tầm nhìn bị che khuất.")},
    {"titles": ("Giá {crop} tại {prov} biến động mạnh", "{prov}: Thương lái ồ ạt thu mua {crop}"),
     "leads": ("Những ngày gần đây, giá {crop} tại các vựa thu mua ở {dist}, {prov_full} liên tục biến động, khiến nhiều nhà vườn lo lắng.",),
     "sentences": (
         "Giá {crop} loại 1 hiện được thương lái thu mua ở mức {price}, tăng {pct} so với tuần trước.",
         "Bà {person_f}, chủ vựa ở {commune}, cho biết lượng hàng về ít nên các vựa phải cạnh tranh nhau mua.",
         "Nhiều hộ kinh doanh ở {commune} cho biết sức mua giảm khoảng {pct} so với cùng kỳ năm trước.",
         "Theo Sở Nông nghiệp, diện tích {crop} toàn {prov_kind} hiện khoảng {n_big} ha, sản lượng dự kiến {n_big} tấn.",
         "Các chuyên gia khuyến cáo nông dân không nên ồ ạt mở rộng diện tích khi giá tăng cao.",
         "Một số doanh nghiệp xuất khẩu đã ký hợp đồng bao tiêu với giá sàn {price}.",
         "Chi phí phân bón, thuốc bảo vệ thực vật tăng khiến lợi nhuận của nhà vườn không cao như kỳ vọng.",
         "Thị trường xuất khẩu chính vẫn là Trung Quốc, chiếm khoảng {pct} sản lượng.")},
    {"titles": ("{prov}: Mưa lớn gây ngập nhiều tuyến đường ở {dist}", "Mưa lớn kéo dài, {prov} sơ tán hàng trăm hộ dân"),
     "leads": ("Do ảnh hưởng của không khí lạnh kết hợp gió đông, từ đêm qua đến {date}, {prov_full} có mưa to đến rất to.",),
     "sentences": (
         "Lượng mưa đo được tại trạm {dist} đạt {n_mid} mm, nhiều tuyến đường bị ngập sâu từ 0,3 đến 0,5 m.",
         "Chính quyền địa phương đã sơ tán {n_mid} hộ dân ở vùng trũng thấp đến nơi an toàn.",
         "Tại {commune}, nước lũ dâng cao làm ngập {n_mid} ha lúa và hoa màu vừa gieo trồng.",
         "Theo dự báo, trong {n_small} ngày tới khu vực tiếp tục có mưa rào và dông, nguy cơ sạt lở đất ở vùng núi rất cao.",
         "Lực lượng quân đội, công an và dân quân đã hỗ trợ người dân di chuyển tài sản, gia súc lên chỗ cao.",
         "Ông {person_m}, người dân {village}, cho biết nước lên rất nhanh, gia đình chỉ kịp kê cao đồ đạc.",
         "Ngành giáo dục đã cho học sinh ở các vùng bị ngập nghỉ học để bảo đảm an toàn.")},
    {"titles": ("{prov} khai mạc giải bóng đá thiếu niên năm {year}", "Sôi nổi giải thể thao truyền thống ở {dist}"),
     "leads": ("{date}, Sở Văn hóa, Thể thao và Du lịch {prov_full} tổ chức lễ khai mạc giải thể thao với {n_mid} vận động viên tham gia.",),
     "sentences": (
         "Giải có {n_small} đội bóng tham gia, chia thành các bảng thi đấu vòng tròn tính điểm.",
         "Trận khai mạc diễn ra sôi nổi, thu hút hàng nghìn khán giả đến sân cổ vũ.",
         "Ban tổ chức trao giải nhất trị giá {money} cùng cúp và huy chương cho đội vô địch.",
         "Huấn luyện viên {person_m} cho biết đây là dịp để các em rèn luyện và giao lưu.",
         "Giải đấu nhằm phát hiện, tuyển chọn các tài năng trẻ cho các đội tuyển của {prov_kind}.",
         "Bên cạnh bóng đá, chương trình còn có các môn kéo co, đẩy gậy, bắn nỏ của đồng bào dân tộc.")},
)
RELATED = ("Ủy ban MTTQ tỉnh {prov} tập huấn nghiệp vụ cho cán bộ cơ sở", "{prov}: Trao {n} căn nhà Đại đoàn kết cho hộ nghèo",
           "{prov} ra mắt mô hình camera an ninh khu dân cư", "{prov} tuyên dương {n} gương người tốt việc tốt",
           "Hội thi Trưởng ban Công tác Mặt trận giỏi ở {prov}")
