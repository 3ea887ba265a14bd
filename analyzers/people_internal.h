// Internal to people extraction: people.cc finds names and their evidence,
// people_titles.cc reads the title phrases around a name. The word lists
// each part needs from the other are declared here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyzers/entities_internal.h"

namespace thidua::internal::people {

using Set = std::unordered_set<std::string_view>;

// Words that cannot sit between a title and the name it belongs to.
const Set& NotInTitle();
// Words that end a title written after the name.
const Set& TitleEnd();
// Military and police ranks ("thượng tá"), academic and honorary titles
// ("pgs.ts", "nsưt"): written before a name, with the office after it.
const Set& Ranks();
const Set& Degrees();

// What the context of one mention says about a person being foreign
// (people_foreign.cc). strong: a Chinese-world word right before the name
// ("diễn viên Trung Quốc Trần Sư Hành"); weak: one elsewhere in the
// sentence, which a Vietnamese sign outweighs; vietnamese: "Việt Nam" right
// before the name ("Bộ Ngoại giao Việt Nam Đoàn Khắc Việt").
struct Foreignness {
  bool strong = false;
  bool weak = false;
  bool vietnamese = false;
};
Foreignness ForeignContext(const ScannedText& text, std::uint32_t first, std::uint32_t last);
// Chinese-world cues and "Việt" in the article text (not in its tail). An
// article about the Chinese-speaking world names them much more often.
struct CueCounts {
  int chinese = 0;
  int vietnamese = 0;
};
CueCounts CountCues(const ScannedText& text);
// Whether the text writes "Việt Nam" right before the name anywhere, also
// where the name was not taken ("Bộ Ngoại giao Việt Nam Đoàn Khắc Việt.").
bool CalledVietnamese(std::string_view text, std::string_view name);

// Per name, over all its mentions in an article.
struct NameEvidence {
  bool foreign_strong = false;
  bool foreign_weak = false;
  bool vietnamese = false;
  bool office = false;  // a title that is an office, not a stage or sport role
};
using EvidenceMap = std::unordered_map<std::string, NameEvidence>;

// Finds the people of one stream (title or body), with their titles.
class PeopleScanner {
 public:
  PeopleScanner(const Gazetteer& g, Stream& s) : g_(g), s_(s), text_(*s.text), toks_(s.text->tokens) {}

  void Run(std::vector<PersonMention>& out, EvidenceMap& evidence);

 private:
  // people.cc: names and their evidence.
  bool NameWord(std::uint32_t i) const;
  std::string_view Norm(std::uint32_t i) const { return toks_[i].norm; }
  std::string AddressBefore(std::uint32_t i, std::string* role = nullptr) const;
  bool GivenNameOnly(std::uint32_t i) const;
  // Whether token i is an item of a list after "<group> như" whose group
  // noun is in `groups` (people: Listed; places: "các phố như ...").
  bool ListedAfter(std::uint32_t i, const Set& groups) const;
  bool Listed(std::uint32_t i) const;
  bool GroupBefore(std::uint32_t nhu, const Set& groups) const;
  // *office: the title found is an office (a title head), not a role.
  std::optional<PersonMention> At(std::uint32_t i, std::uint32_t* last_out, bool* office) const;

  // people_titles.cc: title phrases.
  bool TitleStartsAt(std::uint32_t tok) const;
  std::string TitleBefore(std::uint32_t name) const;
  // *occupation_out: the title is a lower-case occupation, not an office.
  std::string TitleAfter(std::uint32_t last, bool* occupation_out = nullptr) const;
  bool Former(std::uint32_t k) const;
  std::string DashedRole(std::uint32_t j) const;
  std::uint32_t OccupationAt(std::uint32_t k) const;

  const Gazetteer& g_;
  Stream& s_;
  const ScannedText& text_;
  const std::vector<ScanToken>& toks_;
};

}  // namespace thidua::internal::people
