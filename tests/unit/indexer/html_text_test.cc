#include "indexer/html_text.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace thidua::indexer {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kPage = R"(<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>Hội nghị tổng kết phong trào thi đua | Báo Mẫu</title>
<meta property="article:published_time" content="2024-03-05T08:30:00+07:00">
<meta property="og:site_name" content="Báo Mẫu">
<link rel="canonical" href="https://baomau.vn/hoi-nghi.html">
<style>p { color: red; }</style>
<script>var x = "<p>không phải bài</p>";</script>
</head><body>
<header><div class="logo">Báo Mẫu</div></header>
<nav><ul><li>Trang chủ<li>Thời sự</ul></nav>
<article>
<h1>Hội nghị tổng kết phong trào thi đua năm 2023</h1>
<p>Sáng 5/3, Ủy ban MTTQ tỉnh tổ chức hội nghị &amp; tuyên dương 25 tập thể.
<p>Đại biểu trao đổi về mô hình &ldquo;Chợ 4.0&rdquo; v&agrave; c&#225;ch l&#xE0;m hay.</p>
<div class="related-news"><a href="/x">Tin liên quan khác</a></div>
<figure><img src="a.jpg"><figcaption>Ảnh: Tư liệu</figcaption></figure>
<!-- <p>bình luận ẩn</p> -->
</article>
<aside>Quảng cáo bên phải</aside>
<footer>© Báo Mẫu 2024</footer>
</body></html>)";

TEST(HtmlToArticle, TitleBodyAndMetadata) {
  const HtmlArticle a = HtmlToArticle(kPage);
  EXPECT_EQ(a.title, "Hội nghị tổng kết phong trào thi đua năm 2023");
  EXPECT_EQ(a.published, "2024-03-05");
  EXPECT_EQ(a.url, "https://baomau.vn/hoi-nghi.html");
  EXPECT_EQ(a.source, "Báo Mẫu");
  EXPECT_THAT(a.body, HasSubstr("Sáng 5/3, Ủy ban MTTQ tỉnh tổ chức hội nghị & tuyên dương 25 tập thể.\n"));
  EXPECT_THAT(a.body, HasSubstr("mô hình “Chợ 4.0” và cách làm hay."));
  EXPECT_THAT(a.body, HasSubstr("Ảnh: Tư liệu"));
}

TEST(HtmlToArticle, ChromeIsDropped) {
  const HtmlArticle a = HtmlToArticle(kPage);
  for (const char* chrome : {"color: red", "không phải bài", "Trang chủ", "Thời sự", "Tin liên quan khác",
                             "bình luận ẩn", "Quảng cáo", "© Báo Mẫu", "Hội nghị tổng kết"}) {
    EXPECT_THAT(a.body, Not(HasSubstr(chrome))) << chrome;
  }
}

TEST(HtmlToArticle, TitleTagWithoutH1LosesSiteTail) {
  const HtmlArticle a = HtmlToArticle("<title>Tin chính - Báo X</title><body><p>Một đoạn.</p>");
  EXPECT_EQ(a.title, "Tin chính");
  EXPECT_EQ(a.body, "Một đoạn.");
}

TEST(HtmlToArticle, TolerantOfBrokenMarkup) {
  const HtmlArticle a = HtmlToArticle("<body><p>Một<p>Hai</div></span><b>Ba<i>Bốn</b> < năm <p>Sáu");
  EXPECT_EQ(a.body, "Một\nHai\nBaBốn < năm\nSáu");
}

TEST(HtmlToArticle, HeaderInsideArticleKeepsTheHeadline) {
  const HtmlArticle a = HtmlToArticle("<article><header><h1>Tiêu đề</h1></header><p>Thân bài.</p></article>");
  EXPECT_EQ(a.title, "Tiêu đề");
  EXPECT_EQ(a.body, "Thân bài.");
}

struct EntityCase {
  const char* in;
  const char* out;
};

class DecodeEntities : public ::testing::TestWithParam<EntityCase> {};

TEST_P(DecodeEntities, Decodes) { EXPECT_EQ(DecodeHtmlEntities(GetParam().in), GetParam().out); }

INSTANTIATE_TEST_SUITE_P(Cases, DecodeEntities,
                         ::testing::Values(EntityCase{"a &amp; b", "a & b"}, EntityCase{"&#7889;", "ố"},
                                           EntityCase{"&#x1EA1;", "ạ"}, EntityCase{"&Agrave;&ocirc;", "Àô"},
                                           EntityCase{"lúc&nbsp11h", "lúc 11h"}, EntityCase{"a&nbsp;b", "a b"},
                                           EntityCase{"x\xC2\xA0y", "x y"}, EntityCase{"AT&T", "AT&T"},
                                           EntityCase{"&unknown;", "&unknown;"}, EntityCase{"&#0;", "\xEF\xBF\xBD"}));

}  // namespace
}  // namespace thidua::indexer
