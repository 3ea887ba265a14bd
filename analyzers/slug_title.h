// A headline for an article that has none, from its URL slug.
//
// Vietnamese news sites put the headline in the URL without diacritics
// ("https://dantri.com.vn/kinh-doanh/vinamilk-lot-top-1000-thuong-hieu-hang-
// dau-chau-a-20201001163534963.htm"); most records of a crawled corpus keep
// only the body paragraphs. Each slug word is read as the spelling the
// article's own text uses for it, chosen in context (syllable pairs of the
// text, Viterbi), with the text's capitalisation: "Vinamilk lọt top 1.000
// thương hiệu hàng đầu châu Á".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyzers/tokenizer.h"

namespace thidua {

struct SlugTitle {
  std::string text;        // the restored headline; empty when there is none
  bool confident = false;  // every word's spelling is certain enough to show
};

// The headline restored from `url`'s last path segment, using `tokens` of the
// prepared `text` (Tokenizer::Tokenize). Empty when the URL has no slug of at
// least three words, or when fewer than 70 % of its words occur in the text.
// A word's spelling is certain when the text spells it one way, when a pair
// of the text supports it, or when it is far more frequent than the others;
// `confident` needs every letter word certain (a headline with a wrong tone
// misleads, one without diacritics does not: show the slug instead).
SlugTitle TitleFromSlug(std::string_view url, std::string_view text, const std::vector<Token>& tokens);

// The words of `url`'s slug: the last path segment without its extension
// and trailing numeric id, split on '-'; empty unless every word is ASCII
// letters or digits.
std::vector<std::string> SlugWords(std::string_view url);

}  // namespace thidua
