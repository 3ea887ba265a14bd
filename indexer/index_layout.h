// The on-disk layout of an index: a directory DIR holding N shards, each a
// plain glass database DIR/shard-00, DIR/shard-01, ..., and a Xapian stub
// file DIR/XAPIANDB listing them ("auto shard-00" lines). Xapian opens such a
// directory as the combined database (Xapian::Database(DIR): searcher,
// server, xapian-delve), so readers need no code of their own; the combined
// docid of shard s's local docid d is (d - 1) * N + s + 1. The stub is the
// record of N, fixed when the index is created: a document always goes to
// shard ShardOf(id, N), so replacing and deleting by id hit the right shard
// and the Q<id> term stays unique across shards.
//
// A plain glass database at DIR (an index made before shards) is read and
// written as one shard: DIR itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/status.h"

namespace thidua::indexer {

inline constexpr std::string_view kStubFileName = "XAPIANDB";

struct IndexLayout {
  // Paths of the shard databases, in shard order (DIR/shard-00, ...); for a
  // plain index, DIR itself.
  std::vector<std::string> shard_paths;
  // The names as listed in the stub (relative to DIR); empty for a plain index.
  std::vector<std::string> shard_names;
  bool sharded() const { return !shard_names.empty(); }
  std::size_t shard_count() const { return shard_paths.size(); }
};

// FNV-1a (64 bit) of the id's bytes: stable across builds, platforms and
// runs, unlike std::hash.
std::uint64_t StableIdHash(std::string_view id);
// The shard of `id` among shard_count (>= 1) shards.
std::size_t ShardOf(std::string_view id, std::size_t shard_count);
// "shard-00", "shard-01", ... (three digits from 100 shards on).
std::string ShardName(std::size_t index);

// The layout of the index at `dir`. NotFound when dir holds neither a stub
// nor a database (missing, empty, or a fresh directory); InvalidArgument for
// a stub this tool cannot write (no shards, or a backend other than auto or
// glass, or a name leaving DIR).
StatusOr<IndexLayout> ReadIndexLayout(const std::string& dir);

// ReadIndexLayout, or for a directory that holds no index yet, the layout of
// a new index of shard_count (>= 1) shards: creates dir and writes the stub
// (atomically, and never over a stub another process wrote meanwhile). The
// shard databases themselves are created by their writers.
StatusOr<IndexLayout> OpenOrCreateLayout(const std::string& dir, std::size_t shard_count);

}  // namespace thidua::indexer
