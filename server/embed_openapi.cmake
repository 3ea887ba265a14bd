# Writes OUTPUT (a .cc) defining thidua::server::OpenApiJson() with the bytes
# of INPUT, so the served document is always the checked-in file.
file(READ "${INPUT}" content)
string(FIND "${content}" ")OPENAPI\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "openapi.json contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from server/openapi.json by embed_openapi.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace thidua::server {\n"
  "std::string_view OpenApiJson() {\n"
  "  static constexpr char kJson[] = R\"OPENAPI(${content})OPENAPI\";\n"
  "  return {kJson, sizeof(kJson) - 1};\n"
  "}\n"
  "}  // namespace thidua::server\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
