#include "server/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace thidua::server {
namespace {
namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() /
            ("thidua_static_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(base_);
    fs::create_directories(base_ / "web" / "js");
    fs::create_directories(base_ / "web" / "sub");
    Write(base_ / "web" / "index.html", "<!doctype html>home");
    Write(base_ / "web" / "js" / "app.js", "export {}");
    Write(base_ / "web" / "sub" / "index.html", "sub home");
    Write(base_ / "secret.txt", "outside");
    fs::create_symlink(base_ / "secret.txt", base_ / "web" / "link.txt");
  }
  void TearDown() override { fs::remove_all(base_); }
  static void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

  fs::path base_;
};

TEST_F(StaticFilesTest, ServesFilesWithContentTypes) {
  StaticFiles files((base_ / "web").string());
  auto index = files.Serve("/");
  ASSERT_TRUE(index.has_value());
  EXPECT_EQ(index->body, "<!doctype html>home");
  EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
  auto js = files.Serve("/js/app.js");
  ASSERT_TRUE(js.has_value());
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  auto sub = files.Serve("/sub/");
  ASSERT_TRUE(sub.has_value());
  EXPECT_EQ(sub->body, "sub home");
  EXPECT_TRUE(files.Serve("/sub").has_value());
}

TEST_F(StaticFilesTest, RefusesTraversalAndEscapes) {
  StaticFiles files((base_ / "web").string());
  for (const char* path : {"/../secret.txt", "/js/../../secret.txt", "/./index.html", "//etc/passwd",
                           "/js//app.js", "/link.txt", "/js\\..\\..\\secret.txt", "/missing.html",
                           "relative.html", ""}) {
    EXPECT_FALSE(files.Serve(path).has_value()) << path;
  }
  const std::string with_nul("/index.html\0.js", 15);
  EXPECT_FALSE(files.Serve(with_nul).has_value());
}

TEST_F(StaticFilesTest, MissingRootServesNothing) {
  StaticFiles files((base_ / "nope").string());
  EXPECT_FALSE(files.Serve("/").has_value());
  EXPECT_FALSE(files.Serve("/index.html").has_value());
}

TEST(ContentTypeForPath, KnownAndUnknownExtensions) {
  EXPECT_EQ(ContentTypeForPath("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(ContentTypeForPath("a.svg"), "image/svg+xml");
  EXPECT_EQ(ContentTypeForPath("a.json"), "application/json");
  EXPECT_EQ(ContentTypeForPath("a.woff2"), "font/woff2");
  EXPECT_EQ(ContentTypeForPath("a.bin"), "application/octet-stream");
  EXPECT_EQ(ContentTypeForPath("html"), "application/octet-stream");
}

}  // namespace
}  // namespace thidua::server
