import Testing

@testable import AttribCore

/// The UTF-8 check that decides whether a document was repaired.
struct FileIOTests {
  /// Agrees with the standard library's validation on edge cases and on random bytes biased
  /// towards the lead and continuation bytes where UTF-8 goes wrong.
  @Test func validityMatchesTheStandardLibrary() {
    var cases: [[UInt8]] = [
      [], Array("plain ASCII text that is longer than eight bytes".utf8), Array("Zürich “quoted” — 北京 🙂".utf8),
      [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
      [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
      [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xFF],
      [0xE2, 0x80], Array("abcdefg".utf8) + [0xE2, 0x80],
    ]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
    for _ in 0..<20_000 {
      let length = Int(next() % 12)
      cases.append((0..<length).map { _ in
        let r = next()
        return r % 3 == 0 ? UInt8(truncatingIfNeeded: r >> 8) : interesting[Int(r >> 8) % interesting.count]
      })
    }
    for bytes in cases {
      let expected = String(validating: bytes, as: UTF8.self) != nil
      #expect(FileIO.isValidUTF8(bytes) == expected, "\(bytes)")
    }
  }
}
