// PostgreSQL 15 full-text search peer, set up as a competent user would: a
// text search configuration "vn" = simple + unaccent (so to_tsvector('vn',…)
// stays immutable and can feed a stored generated column), title weighted A
// and body B, a GIN index built after the COPY, websearch_to_tsquery for the
// user's text and ts_rank for ordering; doc_province holds the project's
// extracted provinces for filters and the GROUP BY facet.
//
//   thidua-bench-pg load --db CONNINFO [--provinces TSV] FILE.jsonl...
//   thidua-bench-pg latency|run --db CONNINFO ...   (see bench/driver.h)
#include <libpq-fe.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/driver.h"

namespace {

struct Result {
  explicit Result(PGresult* r) : res(r) {}
  ~Result() { PQclear(res); }
  PGresult* res;
};

void Check(PGconn* conn, PGresult* res, const std::string& what) {
  const ExecStatusType status = PQresultStatus(res);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN) {
    const std::string message = PQerrorMessage(conn);
    PQclear(res);
    throw std::runtime_error(what + ": " + message);
  }
}

void Exec(PGconn* conn, const std::string& sql) {
  PGresult* res = PQexec(conn, sql.c_str());
  Check(conn, res, sql);
  PQclear(res);
}

PGconn* Connect(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    const std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    throw std::runtime_error("connect: " + message);
  }
  return conn;
}

class PgSession : public bench::EngineSession {
 public:
  explicit PgSession(const std::string& conninfo) : conn_(Connect(conninfo)) {
    const std::string filter = " AND id IN (SELECT doc FROM doc_province WHERE province = $2)";
    const std::string top = "SELECT ext_id, title FROM articles, websearch_to_tsquery('vn', $1) q WHERE tsv @@ q";
    const std::string order = " ORDER BY ts_rank(tsv, q) DESC LIMIT 10";
    Prepare("top", top + order, 1);
    Prepare("top_filtered", top + filter + order, 2);
    Prepare("count", "SELECT count(*) FROM articles WHERE tsv @@ websearch_to_tsquery('vn', $1)", 1);
    Prepare("facet",
            "SELECT province, count(*) FROM doc_province WHERE doc IN (SELECT id FROM articles "
            "WHERE tsv @@ websearch_to_tsquery('vn', $1)) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10", 1);
  }
  ~PgSession() override { PQfinish(conn_); }

  bench::QueryResult Run(const bench::BenchQuery& query) override {
    bench::QueryResult result;
    const char* params[2] = {query.text.c_str(), query.province.c_str()};
    {
      Result top(Query(query.province.empty() ? "top" : "top_filtered", query.province.empty() ? 1 : 2, params));
      for (int i = 0; i < PQntuples(top.res); ++i) result.ids.emplace_back(PQgetvalue(top.res, i, 0));
    }
    if (query.facet) {
      Result count(Query("count", 1, params));
      if (PQntuples(count.res) == 1) result.found = std::atoll(PQgetvalue(count.res, 0, 0));
      Result facet(Query("facet", 1, params));
      for (int i = 0; i < PQntuples(facet.res); ++i)
        result.facet.emplace_back(PQgetvalue(facet.res, i, 0), std::atoll(PQgetvalue(facet.res, i, 1)));
    }
    return result;
  }

 private:
  void Prepare(const char* name, const std::string& sql, int params) {
    PGresult* res = PQprepare(conn_, name, sql.c_str(), params, nullptr);
    Check(conn_, res, sql);
    PQclear(res);
  }
  PGresult* Query(const char* name, int n, const char* const* params) {
    PGresult* res = PQexecPrepared(conn_, name, n, params, nullptr, nullptr, 0);
    Check(conn_, res, name);
    return res;
  }
  PGconn* conn_;
};

// COPY text format: backslash, tab, newline and CR escaped.
void AppendCopyField(std::string& out, const std::string& s) {
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

void CopyIn(PGconn* conn, const std::string& sql, const std::function<void(std::string&, const std::function<void()>&)>& fill) {
  PGresult* res = PQexec(conn, sql.c_str());
  Check(conn, res, sql);
  PQclear(res);
  std::string buffer;
  auto flush = [&] {
    if (PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size())) != 1)
      throw std::runtime_error(std::string("COPY: ") + PQerrorMessage(conn));
    buffer.clear();
  };
  fill(buffer, [&] { if (buffer.size() > (1u << 20)) flush(); });
  if (!buffer.empty()) flush();
  if (PQputCopyEnd(conn, nullptr) != 1) throw std::runtime_error(std::string("COPY end: ") + PQerrorMessage(conn));
  Result end(PQgetResult(conn));
  if (PQresultStatus(end.res) != PGRES_COMMAND_OK) throw std::runtime_error(std::string("COPY: ") + PQerrorMessage(conn));
}

int Load(int argc, char** argv) {
  std::string conninfo, provinces;
  std::vector<std::string> inputs;
  for (int i = 2; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--db") && i + 1 < argc) conninfo = argv[++i];
    else if (!std::strcmp(argv[i], "--provinces") && i + 1 < argc) provinces = argv[++i];
    else inputs.push_back(argv[i]);
  }
  if (conninfo.empty() || inputs.empty()) throw std::invalid_argument("load --db CONNINFO [--provinces TSV] FILE.jsonl...");
  PGconn* conn = Connect(conninfo);
  Exec(conn, "SET client_min_messages = warning");
  Exec(conn, "DROP TABLE IF EXISTS doc_province; DROP TABLE IF EXISTS articles");
  Exec(conn, "CREATE EXTENSION IF NOT EXISTS unaccent");
  Exec(conn, "DROP TEXT SEARCH CONFIGURATION IF EXISTS vn");
  Exec(conn, "CREATE TEXT SEARCH CONFIGURATION vn (COPY = simple)");
  Exec(conn, "ALTER TEXT SEARCH CONFIGURATION vn ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple");
  Exec(conn,
       "CREATE TABLE articles (id integer PRIMARY KEY, ext_id text NOT NULL, title text, body text, "
       "tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('vn', coalesce(title, '')), 'A') || "
       "setweight(to_tsvector('vn', coalesce(body, '')), 'B')) STORED)");
  Exec(conn, "CREATE TABLE doc_province (doc integer NOT NULL, province text NOT NULL)");
  std::unordered_map<std::string, int> ids;
  CopyIn(conn, "COPY articles (id, ext_id, title, body) FROM STDIN", [&](std::string& buffer, const std::function<void()>& maybe_flush) {
    const std::size_t bytes = bench::ForEachArticle(inputs, [&](const std::string& id, const std::string& title, const std::string& body) {
      const int row = static_cast<int>(ids.size()) + 1;
      ids.emplace(id, row);
      buffer += std::to_string(row);
      buffer += '\t';
      AppendCopyField(buffer, id);
      buffer += '\t';
      AppendCopyField(buffer, title);
      buffer += '\t';
      AppendCopyField(buffer, body);
      buffer += '\n';
      maybe_flush();
    });
    std::fprintf(stderr, "loaded %zu articles, %zu bytes\n", ids.size(), bytes);
  });
  CopyIn(conn, "COPY doc_province (doc, province) FROM STDIN", [&](std::string& buffer, const std::function<void()>& maybe_flush) {
    for (const auto& [id, province] : bench::ReadProvinceTable(provinces)) {
      const auto row = ids.find(id);
      if (row == ids.end()) continue;
      buffer += std::to_string(row->second) + '\t';
      AppendCopyField(buffer, province);
      buffer += '\n';
      maybe_flush();
    }
  });
  Exec(conn, "CREATE INDEX articles_tsv ON articles USING GIN (tsv)");
  Exec(conn, "CREATE INDEX doc_province_by_province ON doc_province (province, doc)");
  Exec(conn, "CREATE INDEX doc_province_by_doc ON doc_province (doc, province)");
  Exec(conn, "VACUUM ANALYZE articles");
  Exec(conn, "VACUUM ANALYZE doc_province");
  Result size(PQexec(conn, "SELECT pg_total_relation_size('articles') + pg_total_relation_size('doc_province')"));
  if (PQntuples(size.res) == 1) std::printf("{\"bytes_on_disk\": %s}\n", PQgetvalue(size.res, 0, 0));
  PQfinish(conn);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return bench::DriverMainWithLoader(argc, argv, "postgresql", Load, [](const std::string& db) {
    return std::make_unique<PgSession>(db);
  });
}
