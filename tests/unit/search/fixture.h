// A small fixture index built with the indexer's DocumentBuilder from
// articles written for these tests (no shared corpus text), in a temporary
// directory shared by all tests of the process.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "analyzers/entities.h"
#include "indexer/document_builder.h"
#include "search/engine.h"

namespace thidua::testing {

struct FixtureArticle {
  const char* id;
  const char* title;
  const char* body;
  const char* published;
  const char* source;
};

// Bodies are the tests' own sentences; each exercises one feature.
inline const std::vector<FixtureArticle>& FixtureArticles() {
  static const std::vector<FixtureArticle> articles = {
      {"sport", "Phong trào thể dục thể thao", "Hội thi thể dục thể thao của công nhân diễn ra sôi nổi. Thể lực tốt giúp lao động tốt.",
       "2021-04-02", "dantri.com.vn"},
      {"world", "", "Tình hình thế giới biến động, thế nhưng kinh tế trong nước vẫn tăng trưởng.", "2021-04-03",
       "dantri.com.vn"},
      {"ntm", "Xây dựng nông thôn mới ở Quảng Ninh",
       "Tỉnh Quảng Ninh đẩy mạnh xây dựng nông thôn mới. Phong trào nông thôn mới huy động 2 tỷ đồng từ nhân dân. "
       "Mô hình \"Chợ 4.0\" được nhân rộng.",
       "2021-03-15", "baoquangninh.vn"},
      {"scatter", "", "Người nông dân ở thôn Đông vừa xây nhà mới, cuộc sống ổn định.", "2020-11-20", "dantri.com.vn"},
      {"dkst", "Phong trào “Đoàn kết sáng tạo” ở tỉnh Trà Vinh",
       "Ủy ban MTTQ tỉnh Trà Vinh phát động phong trào thi đua Đoàn kết sáng tạo. Đoàn kết sáng tạo giúp nâng cao năng suất. "
       "Phong trào đã có 1.200 sáng kiến.",
       "2021-04-10", "baotravinh.vn"},
      {"dkst2", "", "Công nhân thi đua đoàn kết sáng tạo, chuyển sang sản xuất sạch tại Hà Nội. Đoàn kết sáng tạo là động lực.",
       "2021-04-11", "dantri.com.vn"},
      {"mttq", "", "Mặt trận Tổ quốc Việt Nam tỉnh Thừa Thiên Huế tổ chức hội nghị thi đua yêu nước.", "2021-04-12",
       "dantri.com.vn"},
      {"peace", "Hòa bình và hợp tác", "Các nước cam kết giữ gìn hòa bình, hoà bình là khát vọng chung.", "2021-02-01",
       "dantri.com.vn"},
      {"yeunuoc", "Thi đua yêu nước", "Phong trào thi đua yêu nước lan tỏa tại Cần Thơ, thi đua yêu nước gắn với sản xuất.",
       "2021-01-05", "dantri.com.vn"},
      {"escape", "", "Chương trình <An sinh> & \"Vì người nghèo\" tại Bến Tre huy động 500 triệu đồng.", "2020-12-01",
       "dantri.com.vn"},
      {"tin", "", "Thông tin về nông thôn mới tại Trà Vinh được cập nhật. Nông thôn mới thay đổi diện mạo thôn xóm.",
       "2021-04-20", "dantri.com.vn"},
      {"nodate", "", "Đoàn viên thanh niên tham gia tình nguyện mùa hè xanh.", "", "dantri.com.vn"},
  };
  return articles;
}

// Writes `articles` through the indexer's DocumentBuilder into a new index at `path`.
inline void WriteArticles(const std::string& path, const std::vector<FixtureArticle>& articles) {
  auto extractor = EntityExtractor::Load(THIDUA_DATA_DIR);
  ASSERT_TRUE(extractor.ok()) << extractor.status().message();
  indexer::DocumentBuilder builder(*extractor);
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  for (const FixtureArticle& a : articles) {
    indexer::Article article;
    article.id = a.id;
    article.title = a.title;
    article.body = a.body;
    article.published = a.published;
    article.source = a.source;
    db.replace_document(indexer::IdTerm(article.id), builder.Build(std::move(article)));
  }
  db.commit();
}

class FixtureIndex {
 public:
  static const FixtureIndex& Get() {
    static FixtureIndex* index = new FixtureIndex();
    return *index;
  }
  const std::string& path() const { return path_; }
  std::shared_ptr<const SearchResources> resources() const { return resources_; }
  std::unique_ptr<Searcher> OpenSearcher() const {
    auto searcher = Searcher::Open(path_, resources_);
    EXPECT_TRUE(searcher.ok()) << searcher.status().message();
    return std::move(searcher).value();
  }

 private:
  FixtureIndex() {
    char pattern[] = "/tmp/thidua-search-test-XXXXXX";
    path_ = mkdtemp(pattern);
    WriteArticles(path_, FixtureArticles());
    auto resources = SearchResources::Load(THIDUA_DATA_DIR);
    EXPECT_TRUE(resources.ok()) << resources.status().message();
    resources_ = *resources;
    std::atexit([] { std::filesystem::remove_all(Get().path_); });
  }
  std::string path_;
  std::shared_ptr<const SearchResources> resources_;
};

// Ids of the hits of a search, in rank order.
inline std::vector<std::string> HitIds(const nlohmann::json& response) {
  std::vector<std::string> ids;
  for (const auto& hit : response["hits"]) ids.push_back(hit["id"].get<std::string>());
  return ids;
}

inline nlohmann::json MustSearch(Searcher& searcher, const Params& params) {
  auto request = ParseSearchRequest(params);
  EXPECT_TRUE(request.ok()) << request.status().message();
  if (!request.ok()) return nlohmann::json::object();
  auto response = searcher.Search(*request);
  EXPECT_TRUE(response.ok()) << response.status().message();
  if (!response.ok()) return nlohmann::json::object();
  return *response;
}

}  // namespace thidua::testing
