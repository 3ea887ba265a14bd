// A small, tolerant HTML-to-text converter for news pages: no DOM, one pass
// over the tags with a stack of open elements so that unclosed <p>/<li> and
// stray end tags do not derail it. Page chrome elements (script, style, nav,
// header, footer, aside, form, ...) are dropped with their content; block
// elements become line breaks; character references are decoded.
#pragma once

#include <string>
#include <string_view>

namespace thidua::indexer {

struct HtmlArticle {
  std::string title;      // first <h1>, else <title> (with a " | Site" / " - Site" tail removed)
  std::string body;       // text of the first <article> when it has one, else of <body>;
                          // paragraphs separated by '\n', the <h1> title left out
  std::string published;  // from <meta property="article:published_time"> etc., "YYYY-MM-DD"
  std::string url;        // <link rel="canonical"> or og:url
  std::string source;     // og:site_name
};

HtmlArticle HtmlToArticle(std::string_view html);

// Decodes character references (&amp; &#7889; &#x1EA1; &agrave; ... and the
// bare "&nbsp" that crawlers leave); U+00A0 becomes a plain space.
std::string DecodeHtmlEntities(std::string_view text);

}  // namespace thidua::indexer
