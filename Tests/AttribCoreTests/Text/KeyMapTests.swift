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
}
