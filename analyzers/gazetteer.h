// Gazetteer: the project's reference facts (data/*.tsv) loaded into hash
// maps keyed by folded syllable sequences, for two users:
//  - the entity extractor, which walks token sequences and asks "does a known
//    name start here?" (linear, no regex per entry), and
//  - the searcher, which resolves filter values and expands abbreviations:
//    any province spelling (accentless, tone variant, old or post-2025 name)
//    to its canonical names, a campaign alias to its canonical name, an
//    abbreviation to its expansions and back.
// Immutable after Load; every const method is thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/status.h"

namespace thidua {

struct ProvinceInfo {      // a pre-2025 province (63)
  std::string name;        // canonical, e.g. "Thừa Thiên Huế"
  std::string kind;        // "tỉnh" | "thành phố"
  std::string region;      // one of 8 regions
  std::string name_2025;   // the post-2025 unit it belongs to, e.g. "Huế"
};

struct Province2025Info {  // a post-2025 province (34)
  std::string name;
  std::string kind;
  std::vector<std::string> formed_from;  // old canonical names, namesake first
};

struct CampaignInfo {
  std::string name;                  // canonical full name
  std::string short_name;            // the first alias, or name when none
  std::vector<std::string> aliases;
};

struct AbbreviationInfo {
  std::string abbr;       // as written, e.g. "MTTQ"
  std::string expansion;  // e.g. "Mặt trận Tổ quốc"
};

// A lower administrative unit (district or commune) as of 1/3/2025.
struct LocalUnit {
  std::string name;       // without kind word, e.g. "Mù Căng Chải"
  std::string kind;       // quận | huyện | thị xã | thành phố | phường | xã | thị trấn
  std::int16_t province;  // index into Gazetteer::provinces()
};

// What a free-form province spelling resolves to. Either side may be null:
// "Hà Giang" is only old, "Huế" is new (and the old Thừa Thiên Huế's city),
// "Hà Nội" is both.
struct ProvinceResolution {
  const ProvinceInfo* old_province = nullptr;
  const Province2025Info* new_province = nullptr;
};

class Gazetteer {
 public:
  // Reads data_dir/{provinces,provinces_2025,districts,communes,campaigns,
  // abbreviations,titles}.tsv. NotFound / DataLoss on missing or bad files.
  static StatusOr<Gazetteer> Load(const std::string& data_dir);

  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  // ---- Search-side lookups. Inputs are any spelling; matching is on the
  // folded, space-normalised form ("tp hcm", "Sai Gon", "thua thien - hue").
  ProvinceResolution ResolveProvince(std::string_view any_spelling) const;
  // The old provinces a post-2025 province was formed from (any spelling of
  // the new name); empty when unknown.
  std::vector<std::string> OldProvincesOf(std::string_view new_name) const;
  // Canonical campaign for a canonical name or alias (with or without
  // commas/quotes/diacritics); nullptr when unknown.
  const CampaignInfo* ResolveCampaign(std::string_view any_alias) const;
  // Expansions of an abbreviation (case-insensitive, "ubmttq" works).
  std::vector<std::string> ExpandAbbreviation(std::string_view abbr) const;
  // Abbreviations whose expansion is this phrase (folded comparison).
  std::vector<std::string> AbbreviationsOf(std::string_view expansion) const;

  const std::vector<ProvinceInfo>& provinces() const;
  const std::vector<Province2025Info>& provinces_2025() const;
  const std::vector<CampaignInfo>& campaigns() const;
  const std::vector<AbbreviationInfo>& abbreviations() const;
  const std::vector<std::string>& titles() const;  // canonical title phrases

  // ---- Extractor-side: longest-match tables over folded syllables.
  // Each returns the number of syllables matched at folded[i] (0 = none)
  // and fills the index of the entry (into provinces(), campaigns(), ...).
  struct Match {
    std::uint32_t length = 0;  // syllables
    std::int32_t index = -1;
    bool ambiguous = false;    // a variant that needs context (HN, Huế, Hồ Chí Minh)
  };
  Match MatchProvince(const std::vector<std::string_view>& folded, std::size_t i) const;
  // True when norm_key (NormalizeTerm per syllable, space-joined) is a known
  // province spelling with its diacritics: a folded match written with other
  // tones ("Huệ" for "Huế") is another word.
  bool IsProvinceSpelling(std::string_view norm_key) const;
  Match MatchCampaign(const std::vector<std::string_view>& folded, std::size_t i) const;
  Match MatchTitle(const std::vector<std::string_view>& folded, std::size_t i) const;
  // Districts / communes whose name is the longest match at folded[i]: all
  // homonyms (many "Châu Thành"); *length gets the syllable count (0: none).
  std::vector<const LocalUnit*> MatchDistricts(const std::vector<std::string_view>& folded, std::size_t i,
                                               std::uint32_t* length) const;
  std::vector<const LocalUnit*> MatchCommunes(const std::vector<std::string_view>& folded, std::size_t i,
                                              std::uint32_t* length) const;
  // Surnames (data/surnames.tsv), keyed by the normalised syllable ("nguyễn").
  // *needs_context: also an everyday or place word (Hà, Cao, Đoàn...).
  bool IsSurname(std::string_view norm_syllable, bool* needs_context) const;
  // Title kind ("party", "front", "head", ...) of titles()[index].
  const std::string& TitleKind(std::int32_t index) const;
  bool IsAbbreviation(std::string_view surface) const;  // exact case

  // Folded, space-joined key used by all tables: NormalizeTerm + Fold per
  // syllable, punctuation dropped ("Thừa Thiên - Huế" -> "thua thien hue").
  static std::string FoldedKey(std::string_view text);

  // A syllable that never matches: the extractor puts it between sentences.
  static constexpr std::string_view kBarrier = "\x01";

 private:
  Gazetteer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace thidua
