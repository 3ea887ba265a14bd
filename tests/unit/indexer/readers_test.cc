#include "indexer/readers.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_util.h"

namespace thidua::indexer {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;
using testing::WriteFile;

struct Collected {
  std::vector<Article> articles;
  std::vector<ReadProblem> problems;
  std::uint64_t records = 0;
};

Collected Read(const std::string& path, ReaderOptions options = {}) {
  Collected c;
  c.records = ReadFile(
      path, options, [&](Article&& a) { c.articles.push_back(std::move(a)); },
      [&](const ReadProblem& p) { c.problems.push_back(p); });
  return c;
}

void WriteGzip(const std::string& path, const std::string& content) {
  gzFile file = gzopen(path.c_str(), "wb");
  ASSERT_NE(file, nullptr);
  ASSERT_EQ(gzwrite(file, content.data(), static_cast<unsigned>(content.size())), static_cast<int>(content.size()));
  gzclose(file);
}

TEST(ParseJsonLine, ReadsAllFields) {
  StatusOr<Article> a = ParseJsonLine(
      R"({"id": "x-1", "title": "Tiêu đề", "body": "Nội dung", "url": "https://a.vn/x", "source": "a.vn", "published": "2023-09-25"})",
      {});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->id, "x-1");
  EXPECT_EQ(a->title, "Tiêu đề");
  EXPECT_EQ(a->body, "Nội dung");
  EXPECT_EQ(a->url, "https://a.vn/x");
  EXPECT_EQ(a->source, "a.vn");
  EXPECT_EQ(a->published, "2023-09-25");
}

TEST(ParseJsonLine, NumericIdAndTimestampDate) {
  std::string warning;
  StatusOr<Article> a = ParseJsonLine(R"({"id": 42, "body": "b", "published": "2021-04-03T08:00:00+07:00"})", {}, &warning);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->id, "42");
  EXPECT_EQ(a->published, "2021-04-03");
  EXPECT_TRUE(warning.empty());
}

TEST(ParseJsonLine, BadDateIsDroppedWithWarning) {
  std::string warning;
  StatusOr<Article> a = ParseJsonLine(R"({"id": "a", "body": "b", "published": "hôm qua"})", {}, &warning);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "");
  EXPECT_THAT(warning, HasSubstr("not YYYY-MM-DD"));
}

struct BadLineCase {
  const char* line;
  const char* reason;
};

class ParseJsonLineRejects : public ::testing::TestWithParam<BadLineCase> {};

TEST_P(ParseJsonLineRejects, WithReason) {
  StatusOr<Article> a = ParseJsonLine(GetParam().line, {});
  ASSERT_FALSE(a.ok());
  EXPECT_THAT(a.status().message(), HasSubstr(GetParam().reason));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseJsonLineRejects,
    ::testing::Values(BadLineCase{R"({"id": "a", "title": "x")", "malformed JSON"},
                      BadLineCase{R"(not json at all)", "malformed JSON"},
                      BadLineCase{R"(["id", "title"])", "not a JSON object"},
                      BadLineCase{R"({"title": "t", "body": "b"})", "missing id"},
                      BadLineCase{R"({"id": "", "title": "t"})", "missing id"},
                      BadLineCase{R"({"id": "a", "title": "", "body": "  "})", "no title and no body"},
                      BadLineCase{R"({"id": "a"})", "no title and no body"},
                      BadLineCase{R"({"id": "a", "title": 5})", "\"title\" is not a string"}));

TEST(ParseJsonLine, FewInvalidBytesAreRepairedWithWarning) {
  std::string line = R"({"id": "a", "title": "Quảng Ninh", "body": ")" + std::string(200, 'x') + "\xFF" + R"("})";
  std::string warning;
  StatusOr<Article> a = ParseJsonLine(line, {}, &warning);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_THAT(warning, HasSubstr("invalid UTF-8"));
  EXPECT_THAT(a->body, HasSubstr("\xEF\xBF\xBD"));  // U+FFFD
}

TEST(ParseJsonLine, MostlyInvalidBytesAreRejected) {
  std::string line = R"({"id": "a", "body": ")" + std::string(100, '\xFF') + R"("})";
  StatusOr<Article> a = ParseJsonLine(line, {});
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kDataLoss);
  EXPECT_THAT(a.status().message(), HasSubstr("not UTF-8"));
}

TEST(ReadFile, BadLinesAreReportedWithFileAndLineAndSkipped) {
  TempDir dir;
  const std::string path = dir.Path("in.jsonl");
  WriteFile(path,
            "{\"id\": \"a\", \"title\": \"A\", \"body\": \"x\"}\n"
            "{\"id\": \"b\", \"title\": \n"
            "{\"id\": \"c\"}\n"
            "\n"
            "{\"id\": \"d\", \"body\": \"" + std::string(300, '\xFE') + "\"}\n"
            "{\"id\": \"e\", \"body\": \"y\"}\r\n");
  const Collected c = Read(path);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].id, "a");
  EXPECT_EQ(c.articles[0].origin, path + ":1");
  EXPECT_EQ(c.articles[1].id, "e");
  EXPECT_EQ(c.articles[1].origin, path + ":6");
  EXPECT_EQ(c.records, 5u);  // the blank line is not a record
  ASSERT_EQ(c.problems.size(), 3u);
  EXPECT_EQ(c.problems[0].origin, path + ":2");
  EXPECT_EQ(c.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_THAT(c.problems[0].reason, HasSubstr("malformed JSON"));
  EXPECT_EQ(c.problems[1].origin, path + ":3");
  EXPECT_THAT(c.problems[1].reason, HasSubstr("no title and no body"));
  EXPECT_EQ(c.problems[2].origin, path + ":5");
  EXPECT_THAT(c.problems[2].reason, HasSubstr("not UTF-8"));
}

TEST(ReadFile, FiftyMegabyteLineIsSkippedAndReadingGoesOn) {
  TempDir dir;
  const std::string path = dir.Path("huge.jsonl");
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\": \"before\", \"body\": \"x\"}\n";
    out << "{\"id\": \"huge\", \"body\": \"" << std::string(50u << 20, 'a') << "\"}\n";
    out << "{\"id\": \"after\", \"body\": \"y\"}\n";
  }
  const Collected c = Read(path);  // default cap: 16 MB
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].id, "before");
  EXPECT_EQ(c.articles[1].id, "after");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].origin, path + ":2");
  EXPECT_EQ(c.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_THAT(c.problems[0].reason, HasSubstr("longer than the limit"));
}

TEST(ReadFile, LineCapIsConfigurable) {
  TempDir dir;
  const std::string path = dir.Path("in.jsonl");
  WriteFile(path, "{\"id\": \"a\", \"body\": \"" + std::string(2000, 'a') + "\"}\n{\"id\": \"b\", \"body\": \"b\"}\n");
  ReaderOptions options;
  options.max_line_bytes = 1000;
  const Collected c = Read(path, options);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].id, "b");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].origin, path + ":1");
}

TEST(ReadFile, GzipJsonLines) {
  TempDir dir;
  const std::string path = dir.Path("in.jsonl.gz");
  WriteGzip(path, "{\"id\": \"g1\", \"title\": \"Hà Nội\", \"body\": \"x\"}\n{\"id\": \"g2\", \"body\": \"y\"}\n");
  const Collected c = Read(path);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].title, "Hà Nội");
  EXPECT_EQ(c.articles[1].id, "g2");
  EXPECT_TRUE(c.problems.empty());
}

TEST(ReadFile, TruncatedGzipIsAnError) {
  TempDir dir;
  const std::string path = dir.Path("cut.jsonl.gz");
  std::string content;
  for (int i = 0; i < 2000; ++i) content += "{\"id\": \"g" + std::to_string(i) + "\", \"body\": \"nội dung " + std::to_string(i * 7919) + "\"}\n";
  WriteGzip(path, content);
  std::filesystem::resize_file(path, std::filesystem::file_size(path) / 2);
  const Collected c = Read(path);
  EXPECT_LT(c.articles.size(), 2000u);
  ASSERT_FALSE(c.problems.empty());
  EXPECT_EQ(c.problems.back().kind, ProblemKind::kError);
}

TEST(ReadFile, MissingFileAndUnknownTypeAreErrors) {
  TempDir dir;
  Collected c = Read(dir.Path("none.jsonl"));
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].kind, ProblemKind::kError);
  WriteFile(dir.Path("x.pdf"), "%PDF");
  c = Read(dir.Path("x.pdf"));
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_THAT(c.problems[0].reason, HasSubstr("unknown file type"));
}

TEST(ReadFile, TextFileTakesIdFromName) {
  TempDir dir;
  const std::string path = dir.Path("bai-01.txt.gz");
  WriteGzip(path, "Tiêu đề bài viết mẫu\n\nĐoạn một của bài viết có nhiều chữ để đọc.\n");
  const Collected c = Read(path);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].id, "bai-01");
  EXPECT_EQ(c.articles[0].title, "Tiêu đề bài viết mẫu");
  EXPECT_THAT(c.articles[0].body, HasSubstr("Đoạn một"));
  EXPECT_THAT(c.articles[0].body, ::testing::Not(HasSubstr("Tiêu đề")));
}

TEST(ReadFile, NonUtf8TextFileIsSkipped) {
  TempDir dir;
  const std::string path = dir.Path("latin.txt");
  WriteFile(path, std::string(500, '\xE9'));
  const Collected c = Read(path);
  EXPECT_TRUE(c.articles.empty());
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_THAT(c.problems[0].reason, HasSubstr("not UTF-8"));
}

struct SeedTitleCase {
  const char* seed;
  const char* title;  // empty: no headline line in the file
  const char* body_starts;
};

class TextTitle : public ::testing::TestWithParam<SeedTitleCase> {};

TEST_P(TextTitle, FromRealSeed) {
  const std::string path = testing::SeedPath(GetParam().seed);
  ASSERT_FALSE(path.empty()) << "seed " << GetParam().seed << " not found under " << THIDUA_SHARED_DATA;
  const Article a = ParseTextArticle(testing::ReadFileText(path), "id");
  EXPECT_EQ(a.title, GetParam().title);
  EXPECT_EQ(a.body.rfind(GetParam().body_starts, 0), 0u) << a.body.substr(0, 200);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, TextTitle,
    ::testing::Values(
        // A paragraph first: no title.
        SeedTitleCase{"000_", "", "TCCS - "},
        SeedTitleCase{"001_", "Đẩy mạnh phong trào thi đua “Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, "
                              "hiệu quả, hội nhập quốc tế”", "\nQua gần 6 năm"},
        SeedTitleCase{"002_", "Đổi mới nội dung, phương thức tổ chức tạo động lực trong thi đua", "\nNhằm phát huy"},
        // Breadcrumb, slogan and dateline before the headline.
        SeedTitleCase{"004_", "Chuyển mình bước vào kỷ nguyên số", "Chi tiết tin - "}));

TEST(ParseTextArticle, TitleBeforeADateline) {
  const Article a = ParseTextArticle(
      "Bến Tre: Mô hình mới giúp nông dân\r\n\r\nNgày đăng: 12-05-2023\r\n\r\nHưởng ứng phong trào, nhiều hội viên "
      "nông dân trong tỉnh đã chuyển sang trồng dừa hữu cơ.\r\n",
      "x");
  EXPECT_EQ(a.title, "Bến Tre: Mô hình mới giúp nông dân");
  EXPECT_THAT(a.body, HasSubstr("Ngày đăng: 12-05-2023"));
  EXPECT_THAT(a.body, ::testing::Not(HasSubstr("Mô hình mới")));
}

TEST(ListInputFiles, RecursiveSortedKnownTypesOnly) {
  TempDir dir;
  WriteFile(dir.Path("b/2.txt"), "x");
  WriteFile(dir.Path("b/1.html"), "x");
  WriteFile(dir.Path("a.jsonl.gz"), "x");
  WriteFile(dir.Path("c/notes.md"), "x");
  WriteFile(dir.Path("c/d/z.ndjson"), "x");
  StatusOr<std::vector<std::string>> files = ListInputFiles(dir.path().string());
  ASSERT_TRUE(files.ok());
  EXPECT_THAT(*files, ::testing::ElementsAre(dir.Path("a.jsonl.gz"), dir.Path("b/1.html"), dir.Path("b/2.txt"),
                                             dir.Path("c/d/z.ndjson")));
  EXPECT_FALSE(ListInputFiles(dir.Path("missing")).ok());
}

TEST(IdFromFileName, StripsDirectoriesAndExtensions) {
  EXPECT_EQ(IdFromFileName("a/b/000_47d2.txt"), "000_47d2");
  EXPECT_EQ(IdFromFileName("x.html.gz"), "x");
  EXPECT_EQ(IdFromFileName("plain"), "plain");
}

TEST(FormatOf, ByExtension) {
  EXPECT_EQ(FormatOf("-"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatOf("a.JSONL"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatOf("a.jsonl.gz"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatOf("a.htm"), InputFormat::kHtml);
  EXPECT_EQ(FormatOf("a.txt.gz"), InputFormat::kText);
  EXPECT_EQ(FormatOf("a.gz"), InputFormat::kUnknown);
}

}  // namespace
}  // namespace thidua::indexer
