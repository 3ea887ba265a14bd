#!/usr/bin/env python3
"""Regenerates tests/relevance/{queries,judgments}.tsv from the shared corpus.

Grades (see docs/benchmarks.md "Relevance"): 3 = the headline (URL slug of a
dantri record, title of a seed) is about the query's concept and the concept
occurs >= 3 times; 2 = headline about it, or >= 5 occurrences; 1 = 2-4
occurrences; otherwise 0 (not written). Occurrences are counted on folded
text (no diacritics) unless the concept starts with '=' (exact lower-case
form). Only ids and grades are written, never article text.

usage: tests/relevance/grade.py [../shared/data/corpus]
"""
import json
import re
import sys
import unicodedata

def fold(s):
    s = unicodedata.normalize('NFD', s.lower()).replace('đ', 'd')
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return unicodedata.normalize('NFC', s)


Q=[
 ('chuyển đổi số','diacritics','chuyen doi so'),
 ('học bổng','diacritics','hoc bong'),
 ('khởi nghiệp','diacritics','khoi nghiep'),
 ('tiêm vắc xin','diacritics','tiem vac xin|tiem phong vac xin|tiem chung'),
 ('giá vàng','diacritics','gia vang'),
 ('tuyển sinh','diacritics','tuyen sinh'),
 ('ứng cử đại biểu Quốc hội','diacritics','ung cu dai bieu quoc hoi|ung vien dai bieu quoc hoi|dai bieu quoc hoi'),
 ('Super League','diacritics','super league|sieu giai dau'),
 ('trí tuệ nhân tạo','diacritics','tri tue nhan tao'),
 ('xe điện','diacritics','xe dien'),
 ('bất động sản','diacritics','bat dong san'),
 ('thủy điện','diacritics','thuy dien'),
 ('biến chủng','diacritics','=biến chủng'),
 ('đội tuyển Việt Nam','diacritics','doi tuyen viet nam'),
 ('chứng khoán','diacritics','chung khoan'),
 ('Phạm Minh Chính','diacritics','pham minh chinh'),
 ('Đoàn kết sáng tạo','diacritics','doan ket sang tao'),
 ('thi đua yêu nước','diacritics','thi dua yeu nuoc'),
 ('Thanh Hóa','diacritics','thanh hoa'),
 ('chuyen doi so','accentless','chuyen doi so'),
 ('hoc bong','accentless','hoc bong'),
 ('khoi nghiep','accentless','khoi nghiep'),
 ('tiem vac xin','accentless','tiem vac xin|tiem phong vac xin|tiem chung'),
 ('gia vang','accentless','gia vang'),
 ('tri tue nhan tao','accentless','tri tue nhan tao'),
 ('bat dong san','accentless','bat dong san'),
 ('doan ket sang tao','accentless','doan ket sang tao'),
 ('thi dua yeu nuoc','accentless','thi dua yeu nuoc'),
 ('bien chung','accentless','bien chung'),
 ('chung khoan','accentless','chung khoan'),
 ('doi tuyen viet nam','accentless','doi tuyen viet nam'),
 ('thuỷ điện','tone_variant','thuy dien'),
 ('Thanh Hoá','tone_variant','thanh hoa'),
 ('Khánh Hoà','tone_variant','khanh hoa'),
 ('hoà bình','tone_variant','hoa binh'),
 ('sức khoẻ','tone_variant','suc khoe'),
 ('MTTQ','abbreviation','mttq|mat tran to quoc'),
 ('HĐND','abbreviation','hdnd|hoi dong nhan dan'),
 ('ĐBQH','abbreviation','dbqh|dai bieu quoc hoi'),
 ('TP.HCM','abbreviation','tp.hcm|tphcm|tp hcm|thanh pho ho chi minh'),
 ('BHXH','abbreviation','bhxh|bao hiem xa hoi'),
 ('"chuyển đổi số"','phrase','chuyen doi so'),
 ('"trí tuệ nhân tạo"','phrase','tri tue nhan tao'),
 ('"giá vàng"','phrase','gia vang'),
 ('"nông thôn mới"','phrase','nong thon moi'),
 ('"đội tuyển Việt Nam"','phrase','doi tuyen viet nam'),
 ('"biến chủng"','phrase','=biến chủng'),
]


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/corpus'
    docs = []  # (id, folded slug or title, folded text, exact lower-case text)
    for name in ('unc.jsonl', 'seeds.jsonl'):
        for line in open(f'{corpus}/{name}', encoding='utf-8'):
            d = json.loads(line)
            text = unicodedata.normalize('NFC', (d.get('title', '') + ' ' + d['body']).lower())
            if d['id'].startswith('seed'):
                headline = fold(d.get('title', ''))
            else:
                slug = d.get('url', '').rstrip('/').split('/')[-1].replace('.htm', '')
                headline = re.sub(r'-?\d{10,}$', '', slug).replace('-', ' ')
            docs.append((d['id'], headline, fold(text), text))
    with open('tests/relevance/queries.tsv', 'w') as qf, open('tests/relevance/judgments.tsv', 'w') as jf:
        qf.write('query\tkind\n')
        jf.write('query\tdoc_id\tgrade\n')
        for query, kind, concept in Q:
            qf.write(f'{query}\t{kind}\n')
            exact = concept.startswith('=')
            phrases = concept.lstrip('=').split('|')
            graded = []
            for doc_id, headline, folded, text in docs:
                haystack = text if exact else folded
                count = sum(len(re.findall(r'\b' + re.escape(p) + r'\b', haystack)) for p in phrases)
                if not count:
                    continue
                in_headline = any(fold(p) in headline for p in phrases)
                grade = 3 if in_headline and count >= 3 else 2 if in_headline or count >= 5 else 1 if count >= 2 else 0
                if grade:
                    graded.append((in_headline, count, doc_id, grade))
            for _, _, doc_id, grade in sorted(graded, reverse=True):
                jf.write(f'{query}\t{doc_id}\t{grade}\n')


if __name__ == '__main__':
    main()
