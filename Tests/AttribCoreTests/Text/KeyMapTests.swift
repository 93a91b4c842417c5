import Testing

@testable import AttribCore

/// The open-addressing table behind every word list and the registry trie.
struct KeyMapTests {
  /// Agrees with a `Dictionary` through growth, overwrites and the key 0 (its empty marker).
  @Test func agreesWithADictionary() {
    var map = KeyMap<Int>()
    var reference: [UInt64: Int] = [:]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for i in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      // Keys with few distinct top bits too, so probes collide and wrap around.
      let key = i % 7 == 0 ? UInt64(i % 50) : (i % 5 == 0 ? state & 0xFFFF : state)
      map[key] = i
      reference[key] = i
    }
    #expect(map.count == reference.count)
    for (key, value) in reference { #expect(map[key] == value, "key \(key)") }
    #expect(map[0] == reference[0])
    #expect(Set(map.allKeys) == Set(reference.keys))
    for probe in [UInt64.max, 123_456_789, 0xDEAD_BEEF] where reference[probe] == nil {
      #expect(map[probe] == nil && !map.contains(probe))
    }
  }

  /// The word table (filter and slots) agrees with a `Dictionary` through growth, repeated
  /// updates and the key 0, and gives an empty entry for every key it does not hold.
  @Test func wordTableAgreesWithADictionary() {
    var table = WordTable(minimumCapacity: 4)
    var reference: [UInt64: WordEntry] = [:]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    for i in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let key = i % 7 == 0 ? UInt64(i % 50) : (i % 5 == 0 ? state & 0xFFFF : state)
      let flag = Lexical(rawValue: 1 << UInt32(i % 10))
      table.update(key) { $0.lexical.formUnion(flag) }
      reference[key, default: WordEntry()].lexical.formUnion(flag)
      if i % 3 == 0 {
        table.update(key) { $0.nameStart = Int32(i) }
        reference[key]?.nameStart = Int32(i)
      }
    }
    for (key, entry) in reference {
      #expect(table[key].lexical == entry.lexical && table[key].nameStart == entry.nameStart, "key \(key)")
    }
    var missing = 0
    for _ in 0..<2_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      guard reference[state] == nil else { continue }
      #expect(table[state].lexical.isEmpty && table[state].nameStart == 0)
      missing += 1
    }
    #expect(missing > 1_900)
  }
}
