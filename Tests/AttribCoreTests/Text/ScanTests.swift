import Testing

@testable import AttribCore

/// The block-at-a-time scans agree with a plain loop over the same test, at every start and
/// end, so the block part, the rest after it and a match at either edge are all covered.
struct ScanTests {
  /// Code points that a scan stops at, or that sit next to those (U+2027 beside the line
  /// separators, U+2025 beside "…", U+0009 and U+000E beside U+000A…U+000D, U+2018 beside
  /// "’"), and the "s" of a possessive.
  static let palette: [Unicode.Scalar] = [
    "a", "b", " ", ",", "Z", "é", "\u{2019}", ".", "!", "?", "\u{2026}", "\u{2025}", "\n", "\r", "\u{0B}", "\u{0C}",
    "\u{09}", "\u{0E}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{85}", "'", "\u{02BC}", "\u{2018}", "s",
  ]

  static func texts() -> [ContiguousArray<Unicode.Scalar>] {
    var state: UInt64 = 12_345
    var result: [ContiguousArray<Unicode.Scalar>] = []
    for length in [0, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33] {
      for _ in 0..<12 {
        var text = ContiguousArray<Unicode.Scalar>()
        for _ in 0..<length {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          // Mostly letters and spaces, so long runs without a stop occur too.
          let pick = Int(state >> 33) % (palette.count * 3)
          text.append(pick < palette.count ? palette[pick] : pick % 2 == 0 ? "e" : " ")
        }
        result.append(text)
      }
    }
    return result
  }

  @Test func terminalCandidateFindsTheFirstSentencePunctuation() {
    Self.check(ScalarText.terminalCandidate, against: ScalarText.isTerminal)
  }

  @Test func newlineFindsTheFirstLineBreak() {
    Self.check(ScalarText.newline, against: ScalarText.isNewline)
  }

  @Test func apostropheFindsTheFirstApostrophe() {
    Self.check(ScalarText.apostrophe, against: ScalarText.isApostrophe)
  }

  /// `scan` returns the first index from every start to every end whose code point passes `test`.
  static func check(
    _ scan: (UnsafeBufferPointer<Unicode.Scalar>, Int, Int) -> Int, against test: (Unicode.Scalar) -> Bool,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for text in texts() {
      text.withUnsafeBufferPointer { buffer in
        for start in 0...text.count {
          for end in start...text.count {
            var expected = start
            while expected < end, !test(text[expected]) { expected += 1 }
            #expect(scan(buffer, start, end) == expected, "\(Array(text)) \(start)..<\(end)", sourceLocation: sourceLocation)
          }
        }
      }
    }
  }

  /// Quotes, backslashes and every control character stop the scan; DEL, spaces and UTF-8
  /// continuation bytes do not.
  @Test func plainRunEndStopsAtWhatAJSONStringMustEscape() {
    let palette: [UInt8] = [0x61, 0x20, 0x22, 0x5C, 0x00, 0x0A, 0x1F, 0x7F, 0x21, 0x5B, 0xC3, 0xA9, 0xE2, 0x80]
    var state: UInt64 = 99
    for length in [0, 1, 7, 8, 9, 15, 16, 17, 23, 24, 25, 40, 64] {
      for _ in 0..<20 {
        var bytes: [UInt8] = []
        for _ in 0..<length {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          let pick = Int(state >> 33) % (palette.count * 4)
          bytes.append(pick < palette.count ? palette[pick] : 0x65)
        }
        bytes.withUnsafeBufferPointer { buffer in
          for start in 0...bytes.count {
            var expected = start
            while expected < bytes.count, bytes[expected] != 0x22, bytes[expected] != 0x5C, bytes[expected] >= 0x20 {
              expected += 1
            }
            #expect(JSONBytes.plainRunEnd(buffer, from: start) == expected, "\(bytes) from \(start)")
          }
        }
      }
    }
  }

  /// The cue of a reporting verb and its "-ing" test agree with lowercasing the word as a
  /// string, for ASCII words and for words beyond it.
  @Test func lowercasedCuesAndTheirIngEnding() {
    let words = [
      "said", "SAID", "Says", "saying", "SAYING", "Ing", "ing", "ng", "sing", "singe", "Déclaré", "DÉCLARANT",
      "İNG", "İstanbul", "ÆTHELRED", "Straße", "ﬁnding",
    ]
    for word in words {
      let scalars = ContiguousArray(word.unicodeScalars)
      #expect(ScalarText.lowercasedString(scalars, 0..<scalars.count) == word.lowercased(), "\(word)")
      #expect(
        ScalarText.endsInIng(scalars, before: scalars.count, from: 0) == word.lowercased().hasSuffix("ing"),
        "\(word)")
    }
  }

  /// The phrase finder agrees with `String.contains` on texts made of the phrases' own
  /// pieces: phrases that share a first byte, a one-byte phrase, a phrase at either end.
  @Test func phraseFinderAgreesWithContains() {
    let sets: [[String]] = [
      ["app store", "app-store", "apple", "cookie", "click here", "co"],
      ["/", " via ", "photo", "getty", "file)"],
      ["download", "store"],
    ]
    let pieces = ["app", " ", "store", "-", "co", "ok", "ie", "/", "via", "photo", "get", "ty", "file", ")", "é", "click", "here"]
    var state: UInt64 = 99
    var found = 0
    for phrases in sets {
      let finder = PhraseFinder(phrases)
      for length in 0..<10 {
        for _ in 0..<40 {
          var text = ""
          for _ in 0..<length {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += pieces[Int(state >> 33) % pieces.count]
          }
          let expected = phrases.contains { text.utf8.count >= $0.utf8.count && text.contains($0) }
          #expect(finder.occurs(in: text) == expected, "\(phrases) in \"\(text)\"")
          if expected { found += 1 }
        }
      }
    }
    // Both answers come up often.
    #expect(found > 200 && found < 1_000)
  }
}
