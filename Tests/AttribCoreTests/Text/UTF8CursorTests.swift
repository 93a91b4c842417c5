import Testing

@testable import AttribCore

/// The cursor that turns sentences' code point offsets into byte offsets.
struct UTF8CursorTests {
  /// Every increasing sequence of targets lands on the byte where the standard library's
  /// code point view puts that offset, across one- to four-byte code points and block edges.
  @Test func byteOffsetsMatchTheStandardLibrary() {
    let pieces = ["a", "Zürich ", "“", "”", "—", "北京", "🙂", "plain ASCII words ", "é", " "]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(truncatingIfNeeded: state >> 1)
    }
    for _ in 0..<2_000 {
      var text = ""
      for _ in 0..<(next() % 30) { text += pieces[next() % pieces.count] }
      let scalars = Array(text.unicodeScalars)
      // The byte offset of each code point offset, and of the end.
      var expected: [Int] = []
      var offset = 0
      for scalar in scalars {
        expected.append(offset)
        offset += String(scalar).utf8.count
      }
      expected.append(offset)
      var targets: [Int] = []
      var t = 0
      while t <= scalars.count {
        targets.append(t)
        t += next() % 6
      }
      var cursor = ScalarText.UTF8Cursor()
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        for target in targets {
          #expect(cursor.advance(to: target, in: buffer) == expected[target], "\(text) \(target)")
        }
      }
    }
  }
}
