// Autocomplete: provinces and campaigns from the gazetteer, titles and
// exemplary models from the index; all by accent-insensitive prefix (every
// typed word complete except the last, which may be partial).
#include <algorithm>
#include <charconv>

#include "analyzers/schema.h"
#include "analyzers/text.h"
#include "search/internal.h"
#include "search/searcher_util.h"

namespace thidua {

using namespace search_internal;

namespace {

bool KeyHasWordPrefix(const std::string& key, const std::string& prefix) {
  if (prefix.empty()) return false;
  return key.compare(0, prefix.size(), prefix) == 0 || key.find("-" + prefix) != std::string::npos;
}

// Folded words of the typed text; `partial` when the last one may be unfinished.
std::vector<std::string> FoldedWords(const std::string& q, Tokenizer& tokenizer, bool* partial) {
  std::vector<std::string> words;
  for (const Token& t : tokenizer.Tokenize(PrepareText(q).text)) {
    if (!t.is_part) words.push_back(t.folded);
  }
  *partial = !q.empty() && q.back() != ' ';
  return words;
}

// Documents whose field (title or body) holds the words, the last as a prefix.
Xapian::Query PrefixQuery(const std::vector<std::string>& words, bool partial, std::string_view folded_prefix) {
  std::vector<Xapian::Query> parts;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string term = std::string(folded_prefix) + words[i];
    if (i + 1 == words.size() && partial) {
      parts.emplace_back(Xapian::Query::OP_WILDCARD, term, 64, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
    } else {
      parts.emplace_back(term);
    }
  }
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

}  // namespace

StatusOr<nlohmann::json> Searcher::Suggest(const Params& params) {
  std::string q;
  int limit = 8;
  for (const auto& [name, value] : params) {
    if (name == "q") {
      q = value;
    } else if (name == "limit") {
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), limit);
      if (ec != std::errc() || ptr != value.data() + value.size() || limit < 1 || limit > 50) {
        return Status::InvalidArgument("limit: must be an integer between 1 and 50");
      }
    } else {
      return Status::InvalidArgument(name + ": unknown parameter");
    }
  }
  if (q.size() > 200) return Status::InvalidArgument("q: longer than 200 bytes");
  nlohmann::json suggestions = nlohmann::json::array();
  const std::string key = schema::Key(q);
  if (key.empty()) return nlohmann::json{{"q", q}, {"suggestions", suggestions}};
  std::vector<std::string> seen;
  auto add = [&](const std::string& text, const char* kind) {
    if (static_cast<int>(suggestions.size()) >= limit) return;
    const std::string k = schema::Key(text);
    if (std::find(seen.begin(), seen.end(), k) != seen.end()) return;
    seen.push_back(k);
    suggestions.push_back({{"text", text}, {"kind", kind}});
  };
  const Gazetteer& gazetteer = impl_->resources->gazetteer();
  for (const Province2025Info& p : gazetteer.provinces_2025()) {
    if (KeyHasWordPrefix(schema::Key(p.name), key)) add(p.name, "province");
  }
  for (const ProvinceInfo& p : gazetteer.provinces()) {
    if (KeyHasWordPrefix(schema::Key(p.name), key)) add(p.name, "province");
  }
  for (const CampaignInfo& c : gazetteer.campaigns()) {
    bool match = KeyHasWordPrefix(schema::Key(c.name), key);
    for (const std::string& alias : c.aliases) match = match || KeyHasWordPrefix(schema::Key(alias), key);
    if (match) add(c.name, "campaign");
  }
  bool partial = false;
  const std::vector<std::string> words = FoldedWords(q, impl_->tokenizer, &partial);
  if (words.empty()) return nlohmann::json{{"q", q}, {"suggestions", suggestions}};
  return RunWithRetry(impl_->db, [&]() -> nlohmann::json {
    impl_->db.reopen();
    Xapian::Enquire enquire(impl_->db);
    ConfigureEnquire(enquire, "relevance");
    // Models: documents with models whose body has the words; keep model names that match.
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, PrefixQuery(words, partial, schema::kBodyFolded),
                                    Xapian::Query(std::string(schema::kHas) + "models")));
    Xapian::MSet mset = enquire.get_mset(0, 20);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const nlohmann::json data = ParseDocumentData(it.get_document());
      const auto e = data.find("entities");
      if (e == data.end() || !e->is_object() || !e->contains("models")) continue;
      for (const auto& m : (*e)["models"]) {
        const std::string name = m.value("name", "");
        if (KeyHasWordPrefix(schema::Key(name), key)) add(name, "model");
      }
    }
    enquire.set_query(PrefixQuery(words, partial, schema::kTitleFolded));
    mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const std::string title = ParseDocumentData(it.get_document()).value("title", "");
      if (!title.empty()) add(title, "title");
    }
    return nlohmann::json{{"q", q}, {"suggestions", suggestions}};
  });
}

}  // namespace thidua
