// Static files of the web UI (server/web), served read-only.
//
// The root is resolved at run time: env THIDUA_WEB_DIR, else the compiled-in
// THIDUA_WEB_DIR (the source tree's server/web). A request path is mapped
// under the root only if every segment is a plain name (no "..", ".", empty
// segment, backslash or NUL) and the resolved file stays inside the root
// after following symlinks; "/" and directories serve their index.html.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "server/router.h"

namespace thidua::server {

class StaticFiles {
 public:
  explicit StaticFiles(std::string root);
  // THIDUA_WEB_DIR env var, else the compile-time default.
  static std::string DefaultRoot();

  // The file for a decoded request path, or nullopt when there is none (or
  // the path is not allowed). Files over 32 MB are not served.
  std::optional<Response> Serve(std::string_view path) const;

  const std::string& root() const { return root_; }

 private:
  std::string root_;  // canonical when it exists
};

// "text/html; charset=utf-8" for ".html", etc.; application/octet-stream
// for unknown extensions.
std::string_view ContentTypeForPath(std::string_view path);

}  // namespace thidua::server
