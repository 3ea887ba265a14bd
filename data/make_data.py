#!/usr/bin/env python3
"""Builds the project's gazetteer files (data/*.tsv) from the reference facts
in ../shared/data/reference/*.tsv. Only facts (names, kinds, mappings) are
copied; the project adds its own variants and title heads below.

Usage: python3 data/make_data.py [reference_dir]
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', 'shared', 'data', 'reference')


def rows(name):
    with open(os.path.join(REF, name), encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def write(name, header, data):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        f.write('\t'.join(header) + '\n')
        for r in data:
            f.write('\t'.join(r) + '\n')


# Variants the project adds (spellings seen in news; matching is on folded
# syllables, so only different syllable sequences need listing).
EXTRA_VARIANTS = {
    'Hồ Chí Minh': ['TP.Hồ Chí Minh', 'Tp.HCM', 'TP.HCM', 'Thành phố HCM'],
    'Thừa Thiên Huế': ['TT.Huế', 'Thừa Thiên'],
    'Bà Rịa - Vũng Tàu': ['Bà Rịa – Vũng Tàu'],
    'Đắk Lắk': ['Đắc Lắk', 'Darlac'],
}
# Variants that need context (a city/province word or a place preposition
# before them): HN is also an initialism, Huế a given name, Hồ Chí Minh the
# President's name (Đoàn TNCS Hồ Chí Minh, tư tưởng Hồ Chí Minh, ...).
AMBIGUOUS = {
    'Hà Nội': ['HN'],
    'Hồ Chí Minh': ['Hồ Chí Minh', 'Ho Chi Minh'],
    'Thừa Thiên Huế': ['Thừa Thiên'],
}

provinces = []
for r in rows('provinces.tsv'):
    variants = [v.strip() for v in r['variants'].split(',') if v.strip()]
    variants += [v for v in EXTRA_VARIANTS.get(r['name'], []) if v not in variants]
    provinces.append([r['name'], r['kind'], r['region'], r['merged_into_2025'],
                      ', '.join(variants), ', '.join(AMBIGUOUS.get(r['name'], []))])
write('provinces.tsv', ['name', 'kind', 'region', 'name_2025', 'variants', 'ambiguous'], provinces)

write('provinces_2025.tsv', ['name', 'kind', 'formed_from'],
      [[r['name'], r['kind'], r['formed_from']] for r in rows('provinces_2025.tsv')])

write('districts.tsv', ['name', 'kind', 'province'],
      [[r['name'], r['kind'], r['province']] for r in rows('districts.tsv')])

write('communes.tsv', ['name', 'kind', 'district', 'province'],
      [[r['name'], r['kind'], r['district'], r['province']] for r in rows('communes.tsv')])

EXTRA_ALIASES = {
    'Toàn dân bảo vệ an ninh Tổ quốc': ['Toàn dân tham gia bảo vệ an ninh Tổ quốc'],
    'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh': [
        'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
}
campaigns = []
for r in rows('campaigns.tsv'):
    aliases = [a.strip() for a in r['aliases'].split('; ') if a.strip()]
    aliases += [a for a in EXTRA_ALIASES.get(r['name'], []) if a not in aliases and a != r['name']]
    campaigns.append([r['name'], '; '.join(aliases), r['launched_by'], r['year_started']])
write('campaigns.tsv', ['name', 'aliases', 'launched_by', 'year_started'], campaigns)

write('abbreviations.tsv', ['abbr', 'expansion'],
      [[r['abbr'], r['expansion']] for r in rows('abbreviations.tsv')])

# Title heads: the words a title phrase starts with. The extractor takes the
# phrase from a head up to the person's name (or from the comma after the
# name to the end of the clause), so only heads need listing.
TITLE_HEADS = [
    'Chủ tịch', 'Phó Chủ tịch', 'Bí thư', 'Phó Bí thư', 'Tổng Bí thư', 'Ủy viên',
    'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Phó Tổng Giám đốc', 'Trưởng ban',
    'Phó Trưởng ban', 'Trưởng Ban', 'Phó Trưởng Ban', 'Trưởng phòng', 'Phó Trưởng phòng',
    'Bộ trưởng', 'Thứ trưởng', 'Thủ tướng', 'Phó Thủ tướng', 'Chủ nhiệm', 'Phó Chủ nhiệm',
    'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Chánh án', 'Viện trưởng', 'Hiệu trưởng',
    'Phó Hiệu trưởng', 'Tổng Thư ký', 'Thư ký', 'Trưởng đoàn', 'Trưởng Đoàn', 'Đại biểu Quốc hội',
    'Tư lệnh', 'Chính ủy', 'Chỉ huy trưởng', 'Đại tướng', 'Thượng tướng', 'Trung tướng',
    'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Trưởng Công an',
    'Trưởng thôn', 'Trưởng ấp', 'Trưởng bản', 'Trưởng khu phố', 'Bí thư chi bộ', 'Tổ trưởng',
    'Trưởng Ban công tác Mặt trận', 'Trưởng ban công tác Mặt trận', 'Phó Trưởng ban Thường trực',
    'Người phát ngôn', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng',
    'Tổng Cục trưởng', 'Chủ tịch nước', 'Phó Chủ tịch nước', 'Chủ tịch Quốc hội',
    'Trưởng Ban Dân vận', 'Trưởng Ban Tuyên giáo', 'Trưởng Ban Tổ chức', 'Kế toán trưởng',
    'Nhà giáo Nhân dân', 'Nhà giáo Ưu tú', 'Anh hùng Lao động', 'Nghệ sĩ Nhân dân',
    'Nghệ sĩ Ưu tú', 'Thầy thuốc Nhân dân', 'Thầy thuốc Ưu tú', 'GS.TS', 'PGS.TS', 'TS', 'ThS',
    'Bác sĩ', 'Luật sư', 'Nhà báo', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ',
    'Đội trưởng', 'Đội phó', 'Chính trị viên', 'Chỉ huy phó', 'Trưởng Công an', 'Phó Trưởng Công an',
    'Tổ trưởng', 'Tổ phó', 'Trưởng khu', 'Đại đức', 'Thượng tọa', 'Hòa thượng', 'Linh mục', 'Mục sư',
    'Huấn luyện viên', 'Tiền đạo', 'Tiền vệ', 'Hậu vệ', 'Thủ môn', 'Thuyền trưởng', 'Chuyên gia',
    'Trụ trì', 'Kỹ sư', 'Cụm trưởng', 'Khối trưởng', 'Phó Chánh án', 'Phó Viện trưởng', 'Chủ nhiệm HTX',
    'Giám đốc HTX', 'Chủ cơ sở', 'Chủ trang trại', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy',
]
titles = [[r['title'], r['kind']] for r in rows('titles.tsv')]
titles += [[h, 'head'] for h in TITLE_HEADS]
write('titles.tsv', ['title', 'kind'], titles)

# Common Vietnamese surnames (ordered roughly by frequency). The flag marks
# surnames that are also everyday or place words (Hà, Cao, Lâm, Đoàn, Mai,
# Thái, Ninh, Đồng...): a name starting with one needs a title or a form of
# address (ông, bà, đồng chí...) beside it.
SURNAMES = '''Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương
Đinh Trịnh Lưu Lương Tạ Tô Quách Hứa Khúc Kiều Lại Lò Lục Mạc Nghiêm Ông Phùng Quan Quản
Tăng Thân Thạch Tiêu Triệu Từ Vương Văn Vi Viên Khổng Khương Chu Châu Chế Chử Diệp Doãn
Đàm Đào Đậu Giang Giáp Hà Hàn Hầu Hoa Kim Khuất Khúc La Lạc Lâm Lã Lữ Mai Mẫn Nông
Ninh Phí Phó Phương Quang Sầm Sơn Tôn Trà Trác Triệu Trình Tống Tiết Uông Ứng Vy Xa
Âu Bạch Bế Cao Cù Cung Đoàn Đồng Đới Đường Hạ Hoàng Thái Thái Bành Cầm Mông Y Ksor Rơ
Lường Lô Danh Sùng Giàng Vàng Thào Hờ Mùa Lầu Sần Tòng Quàng Lỳ Chẻo Đèo Ma Siu Nay Kpă Rcom H A
Liêu Lèo Mã Giản Đầu Sái Thiều Thang Đàng'''
AMBIGUOUS_SURNAMES = set('''Hà Cao Lâm Đoàn Mai Thái Ninh Đồng Đường Kim Hoa Quang Sơn
Giang Văn Phó Trà Châu Chu La Y Hạ Thân Từ Tiêu Xa Âu Phương Lạc Hàn Viên Cung Cù Quan
Nông Vi Lò Tống Ông Bạch Khúc Đào Vàng Mùa Ma Nay H A Y Hờ Lầu Sần Tòng Quàng Danh
Mã Giản Đầu Sái Thiều Thang Đàng'''.split())
seen = set()
surnames = []
for s in SURNAMES.split():
    if s not in seen:
        seen.add(s)
        surnames.append([s, 'ambiguous' if s in AMBIGUOUS_SURNAMES else ''])
write('surnames.tsv', ['surname', 'needs_context'], surnames)
