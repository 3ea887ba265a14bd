// SQLite FTS5 peer, set up as a competent user would: one FTS5 table
// (tokenize='unicode61 remove_diacritics 2', bm25 with the title weighted 5x,
// 'optimize' after the bulk load), plus a doc_province table (the project's
// extracted provinces, bench/dump_provinces.cc) for filters and the
// GROUP BY facet.
//
//   thidua-bench-sqlite load --db FILE [--provinces TSV] FILE.jsonl...
//   thidua-bench-sqlite latency|run ...          (see bench/driver.h)
#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/driver.h"

namespace {

void Check(sqlite3* db, int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

void Exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "?";
    sqlite3_free(error);
    throw std::runtime_error(std::string(sql) + ": " + message);
  }
}

struct Statement {
  Statement(sqlite3* db, const std::string& sql) : db(db) {
    Check(db, sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), sql.c_str());
  }
  ~Statement() { sqlite3_finalize(stmt); }
  void Bind(int i, const std::string& s) {
    Check(db, sqlite3_bind_text(stmt, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT), "bind");
  }
  bool Step() {
    const int rc = sqlite3_step(stmt);
    Check(db, rc, "step");
    return rc == SQLITE_ROW;
  }
  std::string Text(int i) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
    return p ? std::string(p, sqlite3_column_bytes(stmt, i)) : std::string();
  }
  void Reset() { sqlite3_reset(stmt); sqlite3_clear_bindings(stmt); }
  sqlite3* db;
  sqlite3_stmt* stmt = nullptr;
};

bool HasWordChar(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0x80 || std::isalnum(c)) return true;
  return false;
}

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// The user's text as an FTS5 expression: words and "phrases" as FTS5
// strings (implicit AND), OR kept, -word as NOT.
std::string ToFts5(const std::string& text) {
  std::string positive, negative;
  for (auto& [part, phrase] : bench::SplitQuery(text)) {
    if (!phrase && part == "OR") {
      if (!positive.empty()) positive += " OR";
      continue;
    }
    if (!phrase && part.size() > 1 && part[0] == '-') {
      if (HasWordChar(part.substr(1))) negative.append(negative.empty() ? "" : " OR ").append(Quote(part.substr(1)));
      continue;
    }
    if (!HasWordChar(part)) continue;
    positive.append(positive.empty() ? "" : " ").append(Quote(part));
  }
  if (negative.empty() || positive.empty()) return positive;
  // append(), not operator+ on temporaries: GCC 12 gives a -Wrestrict false positive
  std::string expression = "(";
  expression.append(positive).append(") NOT (").append(negative).append(")");
  return expression;
}

class SqliteSession : public bench::EngineSession {
 public:
  explicit SqliteSession(const std::string& path) {
    Check(db_, sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr), "open");
    // "+rowid" keeps the constraint away from FTS5's xBestIndex: FTS5 then
    // runs the match once, in rank order, and SQLite filters; plain "rowid IN"
    // makes FTS5 re-run the match once per document of the province (4x
    // slower on 1k articles, worse as provinces grow).
    const std::string filter = " AND +rowid IN (SELECT doc FROM doc_province WHERE province = ?2)";
    top_ = std::make_unique<Statement>(db_, "SELECT ext_id, title FROM articles WHERE articles MATCH ?1 ORDER BY rank LIMIT 10");
    top_filtered_ = std::make_unique<Statement>(
        db_, "SELECT ext_id, title FROM articles WHERE articles MATCH ?1" + filter + " ORDER BY rank LIMIT 10");
    count_ = std::make_unique<Statement>(db_, "SELECT count(*) FROM articles WHERE articles MATCH ?1");
    facet_ = std::make_unique<Statement>(
        db_, "SELECT province, count(*) FROM doc_province WHERE doc IN "
             "(SELECT rowid FROM articles WHERE articles MATCH ?1) GROUP BY province ORDER BY 2 DESC, 1 LIMIT 10");
  }
  ~SqliteSession() override {
    top_.reset(); top_filtered_.reset(); count_.reset(); facet_.reset();
    sqlite3_close(db_);
  }

  bench::QueryResult Run(const bench::BenchQuery& query) override {
    bench::QueryResult result;
    const std::string match = ToFts5(query.text);
    if (match.empty()) return result;
    Statement& top = query.province.empty() ? *top_ : *top_filtered_;
    top.Bind(1, match);
    if (!query.province.empty()) top.Bind(2, query.province);
    while (top.Step()) {
      result.ids.push_back(top.Text(0));
      (void)top.Text(1);  // a results page shows the title: fetch it as ours does
    }
    top.Reset();
    if (query.facet) {
      count_->Bind(1, match);
      if (count_->Step()) result.found = sqlite3_column_int64(count_->stmt, 0);
      count_->Reset();
      facet_->Bind(1, match);
      while (facet_->Step()) result.facet.emplace_back(facet_->Text(0), sqlite3_column_int64(facet_->stmt, 1));
      facet_->Reset();
    }
    return result;
  }

 private:
  sqlite3* db_ = nullptr;
  std::unique_ptr<Statement> top_, top_filtered_, count_, facet_;
};

int Load(int argc, char** argv) {
  std::string path, provinces;
  std::vector<std::string> inputs;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--db") && i + 1 < argc) path = argv[++i];
    else if (!std::strcmp(argv[i], "--provinces") && i + 1 < argc) provinces = argv[++i];
    else inputs.push_back(argv[i]);
  }
  if (path.empty() || inputs.empty()) throw std::invalid_argument("load --db FILE [--provinces TSV] FILE.jsonl...");
  std::remove(path.c_str());
  sqlite3* db = nullptr;
  Check(db, sqlite3_open(path.c_str(), &db), "open");
  Exec(db, "PRAGMA cache_size=-262144");  // 256 MB; one transaction, default journal
  Exec(db, "CREATE VIRTUAL TABLE articles USING fts5(ext_id UNINDEXED, title, body, "
           "tokenize='unicode61 remove_diacritics 2')");
  Exec(db, "INSERT INTO articles(articles, rank) VALUES('rank', 'bm25(0.0, 5.0, 1.0)')");
  Exec(db, "CREATE TABLE doc_province(doc INTEGER NOT NULL, province TEXT NOT NULL)");
  Exec(db, "BEGIN");
  std::unordered_map<std::string, sqlite3_int64> rowids;
  {
    Statement insert(db, "INSERT INTO articles(ext_id, title, body) VALUES(?1, ?2, ?3)");
    const std::size_t bytes = bench::ForEachArticle(inputs, [&](const std::string& id, const std::string& title,
                                                               const std::string& body) {
      insert.Bind(1, id);
      insert.Bind(2, title);
      insert.Bind(3, body);
      insert.Step();
      insert.Reset();
      rowids[id] = sqlite3_last_insert_rowid(db);
    });
    std::fprintf(stderr, "loaded %zu articles, %zu bytes\n", rowids.size(), bytes);
    Statement insert_province(db, "INSERT INTO doc_province(doc, province) VALUES(?1, ?2)");
    for (const auto& [id, province] : bench::ReadProvinceTable(provinces)) {
      const auto row = rowids.find(id);
      if (row == rowids.end()) continue;
      sqlite3_bind_int64(insert_province.stmt, 1, row->second);
      insert_province.Bind(2, province);
      insert_province.Step();
      insert_province.Reset();
    }
  }
  Exec(db, "COMMIT");
  Exec(db, "CREATE INDEX doc_province_by_province ON doc_province(province, doc)");
  Exec(db, "CREATE INDEX doc_province_by_doc ON doc_province(doc, province)");
  Exec(db, "INSERT INTO articles(articles) VALUES('optimize')");
  Exec(db, "ANALYZE");
  sqlite3_close(db);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return bench::DriverMainWithLoader(argc, argv, "sqlite-fts5", Load, [](const std::string& db) {
    return std::make_unique<SqliteSession>(db);
  });
}
