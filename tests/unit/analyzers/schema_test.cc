// schema::Key, EncodeList, DecodeList (analyzers/schema.h).
#include "analyzers/schema.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace thidua::schema {
namespace {

struct KeyCase {
  std::string name;
  std::string key;
};

class KeyTest : public ::testing::TestWithParam<KeyCase> {};

TEST_P(KeyTest, FoldedHyphenatedKey) { EXPECT_EQ(Key(GetParam().name), GetParam().key); }

INSTANTIATE_TEST_SUITE_P(
    Names, KeyTest,
    ::testing::Values(KeyCase{"Thanh Hoá", "thanh-hoa"}, KeyCase{"Thanh Hóa", "thanh-hoa"},
                      KeyCase{"Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"},
                      KeyCase{"Bà Rịa – Vũng Tàu", "ba-ria-vung-tau"},  // en dash
                      KeyCase{"  Quảng   Ninh ", "quang-ninh"}, KeyCase{"ĐÀ NẴNG", "da-nang"},
                      KeyCase{"Thừa Thiên Huế", "thua-thien-hue"},
                      KeyCase{"TP. Hồ Chí Minh", "tp-ho-chi-minh"},
                      KeyCase{"sáng kiến", "sang-kien"}, KeyCase{"Đoàn kết, sáng tạo", "doan-ket-sang-tao"},
                      KeyCase{"", ""}, KeyCase{"--", ""}));

TEST(StringList, RoundTrips) {
  const std::vector<std::vector<std::string>> lists = {
      {},
      {"Quảng Ninh"},
      {"Trà Vinh", "Vĩnh Long", "Bến Tre"},
      {std::string(127, 'x'), std::string(128, 'y'), std::string(20000, 'z')},
      {"sang-kien\t\x01\x02", std::string("a\0b", 3)}};
  for (const auto& list : lists) EXPECT_EQ(DecodeList(EncodeList(list)), list);
}

TEST(StringList, LengthIsAVarint) {
  EXPECT_EQ(EncodeList({"ab"}), std::string("\x02" "ab"));
  EXPECT_EQ(EncodeList({std::string(200, 'q')}).substr(0, 2), std::string("\xC8\x01"));
}

TEST(StringList, DamagedInputKeepsWhatDecodes) {
  const std::string encoded = EncodeList({"Trà Vinh", "Vĩnh Long"});
  EXPECT_EQ(DecodeList(encoded.substr(0, encoded.size() - 1)), std::vector<std::string>{"Trà Vinh"});
  EXPECT_TRUE(DecodeList("\xFF").empty());
  EXPECT_TRUE(DecodeList("\x05" "ab").empty());
}

}  // namespace
}  // namespace thidua::schema
