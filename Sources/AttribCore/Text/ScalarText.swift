/// Character classes and folding over `Unicode.Scalar`, fast for ASCII.
enum ScalarText {
  @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2028, 0x2029, 0x202F, 0x3000: return true
    case 0x2000...0x200A: return true
    default: return false
    }
  }

  /// "\n", "\u{0B}", "\u{0C}", "\r", U+2028 and U+2029.
  @inline(__always) static func isNewline(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v > 0x0D { return v == 0x2028 || v == 0x2029 }
    return v >= 0x0A
  }

  @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
    s.value >= 0x30 && s.value <= 0x39
  }

  @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
    return isLetterBeyondASCII(s)
  }

  @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return isUpperBeyondASCII(s)
  }

  @inline(__always) static func isLower(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    return isLowerBeyondASCII(s)
  }

  @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 {
      return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
    }
    return isWordScalarBeyondASCII(s)
  }

  // The Unicode property look-ups live out of line: `Unicode.NumericType` and
  // `Unicode.GeneralCategory` are resilient types, and inlining them put a metadata look-up
  // and a dynamic stack allocation into the prologue of every hot function using these tests.
  @inline(never) static func isLetterBeyondASCII(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
  @inline(never) static func isUpperBeyondASCII(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }
  @inline(never) static func isLowerBeyondASCII(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }
  @inline(never) static func isWordScalarBeyondASCII(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
  }

  /// Quotation marks that open or close a quotation (straight ones can do either).
  @inline(__always) static func isDoubleQuote(_ s: Unicode.Scalar) -> Bool {
    s == "\"" || s == "\u{201C}" || s == "\u{201D}" || s == "\u{201E}" || s == "\u{00AB}"
      || s == "\u{00BB}"
  }

  @inline(__always) static func isSingleQuote(_ s: Unicode.Scalar) -> Bool {
    s == "'" || s == "\u{2018}" || s == "\u{2019}" || s == "\u{201A}"
  }

  @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
    s == "'" || s == "\u{2019}" || s == "\u{02BC}"
  }

  /// Marks that may follow a sentence's final punctuation and still belong to it.
  @inline(__always) static func isCloser(_ s: Unicode.Scalar) -> Bool {
    isDoubleQuote(s) || isSingleQuote(s) || s == ")" || s == "]"
  }

  @inline(__always) static func isTerminal(_ s: Unicode.Scalar) -> Bool {
    s == "." || s == "!" || s == "?" || s == "\u{2026}"
  }

  /// The scalar used for matching: lowercased, without diacritics, one apostrophe.
  @inline(__always) static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    if v < 0x80 {
      if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(UInt8(v + 0x20)) }
      return s
    }
    return foldedBeyondASCII(s)
  }

  @inline(never) static func foldedBeyondASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    if v == 0x2019 || v == 0x02BC || v == 0x2018 { return "'" }
    if v == 0x2010 || v == 0x2011 { return "-" }
    if v >= 0xC0 && v < 0x250 { return latinFold[Int(v - 0xC0)] }
    if s.properties.isUppercase, let lower = s.properties.lowercaseMapping.unicodeScalars.first {
      return lower
    }
    return s
  }

  /// Folds of U+00C0 ..< U+0250: the base letter, lowercased.
  private static let latinFold: [Unicode.Scalar] = (0xC0..<0x250).map { value in
    guard let scalar = Unicode.Scalar(UInt32(value)) else { return "?" }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    let special: [UInt32: Unicode.Scalar] = [0xDF: "s", 0xF8: "o", 0xD8: "o", 0x141: "l", 0x142: "l",
                                             0x110: "d", 0x111: "d", 0xC6: "a", 0xE6: "a", 0x131: "i"]
    if let mapped = special[UInt32(value)] { return mapped }
    let base = baseLetter(lower)
    return base
  }

  /// The first scalar of the canonical decomposition, for Latin letters with diacritics.
  private static func baseLetter(_ s: Unicode.Scalar) -> Unicode.Scalar {
    // Decomposition tables for the Latin ranges folded here.
    let name = s.properties.name ?? ""
    // "LATIN SMALL LETTER E WITH ACUTE" -> "e"
    let prefix = "LATIN SMALL LETTER "
    guard name.hasPrefix(prefix) else { return s }
    let rest = name.dropFirst(prefix.count)
    guard let letter = rest.split(separator: " ").first, letter.count == 1,
      let first = letter.unicodeScalars.first
    else { return s }
    return Unicode.Scalar(first.value + 0x20) ?? s
  }
}

extension ScalarText {
  /// The text of `scalars[range]`, encoded directly to UTF-8 (much faster than
  /// appending scalars to a `String.UnicodeScalarView`).
  /// Whether the code points just before `end` are `suffix` (as written, not folded).
  static func hasSuffix(_ scalars: ContiguousArray<Unicode.Scalar>, before end: Int, _ suffix: [Unicode.Scalar]) -> Bool {
    guard end >= suffix.count else { return false }
    for (k, scalar) in suffix.enumerated() where scalars[end - suffix.count + k] != scalar { return false }
    return true
  }

  static let ing: [Unicode.Scalar] = ["i", "n", "g"]
  static let ed: [Unicode.Scalar] = ["e", "d"]

  /// The index of the first byte at or after `start` that is not ASCII (or the end),
  /// tested eight bytes at a time.
  @inline(__always) static func asciiRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    while i + 8 <= bytes.count,
      UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
    {
      i += 8
    }
    while i < bytes.count, bytes[i] < 0x80 { i += 1 }
    return i
  }

  /// The index of the first code point in `start..<end` that is sentence punctuation
  /// (`isTerminal`), or `end`.
  static func terminalCandidate(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
    firstIndex(of: Terminals.self, buffer, from: start, to: end)
  }

  /// The index of the first line break (`isNewline`) in `start..<end`, or `end`.
  static func newline(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
    firstIndex(of: LineBreaks.self, buffer, from: start, to: end)
  }

  /// The index of the first apostrophe (`isApostrophe`) in `start..<end`, or `end`.
  static func apostrophe(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
    firstIndex(of: Apostrophes.self, buffer, from: start, to: end)
  }

  /// The index of the first code point of class `C` in `start..<end`, or `end`; four code
  /// points are compared at a time.
  @inline(__always) private static func firstIndex<C: ScalarClass>(
    of _: C.Type, _ buffer: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int
  ) -> Int {
    var i = start
    if let base = buffer.baseAddress {
      let raw = UnsafeRawPointer(base)
      while i + 4 <= end, !any(C.matches(raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD4<UInt32>.self))) { i += 4 }
    }
    while i < end, !C.contains(buffer[i]) { i += 1 }
    return i
  }

  /// Copies a run of ASCII from `utf8[i..<end]` to `buffer[k...]` as code points, eight
  /// at a time, advancing `i` and `k`; stops before the last few (fewer than eight).
  @inline(__always) static func widenASCII(
    _ utf8: UnsafeBufferPointer<UInt8>, _ i: inout Int, to end: Int, into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>,
    at k: inout Int
  ) {
    guard let source = utf8.baseAddress, let target = buffer.baseAddress else { return }
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    while i + 8 <= end {
      let bytes = from.loadUnaligned(fromByteOffset: i, as: SIMD8<UInt8>.self)
      to.storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: bytes), toByteOffset: k * 4, as: SIMD8<UInt32>.self)
      i += 8
      k += 8
    }
  }

  /// The code points of `text`, decoded straight from its UTF-8 (a `String` is always
  /// valid UTF-8), several times faster than `ContiguousArray(text.unicodeScalars)`.
  static func scalars(of text: String) -> ContiguousArray<Unicode.Scalar> {
    var text = text
    return text.withUTF8 { scalars(ofUTF8: $0) }
  }

  /// The code points of valid UTF-8 (a piece of a `String`'s UTF-8 cut between code points).
  static func scalars(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> ContiguousArray<Unicode.Scalar> {
    let n = utf8.count
    return ContiguousArray(unsafeUninitializedCapacity: n) { buffer, count in
      var i = 0
      var k = 0
      while i < n {
        // A run of ASCII needs no decoding.
        let asciiEnd = asciiRunEnd(utf8, from: i)
        widenASCII(utf8, &i, to: asciiEnd, into: buffer, at: &k)
        while i < asciiEnd {
          buffer.initializeElement(at: k, to: Unicode.Scalar(utf8[i]))
          i += 1
          k += 1
        }
        guard i < n else { break }
        let b0 = UInt32(utf8[i])
        var v: UInt32
        if b0 < 0x80 {
          v = b0
          i += 1
        } else if b0 < 0xE0 {
          v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
          i += 2
        } else if b0 < 0xF0 {
          v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
          i += 3
        } else {
          v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
            | UInt32(utf8[i + 3] & 0x3F)
          i += 4
        }
        buffer.initializeElement(at: k, to: Unicode.Scalar(v) ?? "\u{FFFD}")
        k += 1
      }
      count = k
    }
  }

  static func string<C: RandomAccessCollection>(_ scalars: C, _ range: Range<C.Index>) -> String
  where C.Element == Unicode.Scalar, C.Index == Int {
    if range.isEmpty { return "" }
    // The exact UTF-8 length first: a string keeps the capacity it was made with.
    var length = 0
    for i in range { length += utf8Length(scalars[i]) }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var n = 0
      for i in range { encode(scalars[i], into: buffer, at: &n) }
      return n
    }
  }

  /// The folded text (`folded(_:)` of each code point) of `scalars[range]`; ASCII text is
  /// lowercased straight into the string's buffer.
  static func foldedString(_ scalars: ContiguousArray<Unicode.Scalar>, _ range: Range<Int>) -> String {
    scalars.withUnsafeBufferPointer { buffer in
      guard range.allSatisfy({ buffer[$0].value < 0x80 }) else {
        // One pass, with room for the longest encoding of every code point.
        return String(unsafeUninitializedCapacity: range.count * 4) { out in
          var n = 0
          for i in range { encode(folded(buffer[i]), into: out, at: &n) }
          return n
        }
      }
      return asciiLowercased(buffer, range)
    }
  }

  /// `string(scalars, range).lowercased()`, made directly for ASCII text (where folding is
  /// lowercasing), without a string lowercased after it is made.
  static func lowercasedString(_ scalars: ContiguousArray<Unicode.Scalar>, _ range: Range<Int>) -> String {
    scalars.withUnsafeBufferPointer { buffer in
      range.allSatisfy({ buffer[$0].value < 0x80 })
        ? asciiLowercased(buffer, range) : string(buffer, range).lowercased()
    }
  }

  /// ASCII code points, lowercased straight into a string's buffer.
  private static func asciiLowercased(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count) { out in
      var n = 0
      for i in range {
        out[n] = UInt8(truncatingIfNeeded: folded(buffer[i]).value)
        n += 1
      }
      return n
    }
  }

  /// Whether the word ending at `end` ends in "ing", in any case: the last three code points
  /// are i, n and g (the only ones that lowercase to them).
  static func endsInIng(_ scalars: ContiguousArray<Unicode.Scalar>, before end: Int, from start: Int) -> Bool {
    guard end - start >= 3 else { return false }
    return scalars[end - 3].value | 0x20 == 0x69 && scalars[end - 2].value | 0x20 == 0x6E
      && scalars[end - 1].value | 0x20 == 0x67
  }

  @inline(__always) static func utf8Length(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
  }

  /// How many of the eight UTF-8 bytes at `i` start a code point: those that are not
  /// continuation bytes (10xxxxxx).
  @inline(__always) static func codePointStarts(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
    // Eight ASCII bytes, the common case, without the bit count (a dozen instructions on
    // processors the build cannot assume to have a population-count instruction).
    let highs = word & 0x8080_8080_8080_8080
    return highs == 0 ? 8 : 8 - (highs & ~(word << 1)).nonzeroBitCount
  }

  /// The number of code points of valid UTF-8, counted eight bytes at a time.
  static func codePointCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var i = 0
    while i + 8 <= bytes.count {
      count += codePointStarts(bytes, at: i)
      i += 8
    }
    while i < bytes.count {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }

  /// Finds the byte offsets of increasing code point offsets in UTF-8 text, in one pass.
  struct UTF8Cursor {
    /// Code points before `byte`.
    private var scalar = 0
    private var byte = 0

    /// The byte offset of code point `target` (not before the last target), or the end.
    mutating func advance(to target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
      if target < scalar { (scalar, byte) = (0, 0) }  // not expected: sentences do not overlap
      let n = bytes.count
      // Eight bytes at a time while the target lies past them.
      while byte + 8 <= n {
        let starts = ScalarText.codePointStarts(bytes, at: byte)
        guard scalar + starts < target else { break }
        scalar += starts
        byte += 8
      }
      while byte < n {
        if bytes[byte] & 0xC0 != 0x80 {
          if scalar == target { break }
          scalar += 1
        }
        byte += 1
      }
      return byte
    }
  }

  /// The text of `tokens[range]` as one string (not one per word): a single space before
  /// each word that does not touch the token before it, none before punctuation.
  static func words(_ scalars: ContiguousArray<Unicode.Scalar>, _ tokens: [Token], _ range: Range<Int>) -> String {
    func spaceBefore(_ t: Int) -> Bool {
      tokens[t].kind == .word && !(t > 0 && tokens[t - 1].end == tokens[t].start)
    }
    var capacity = 0
    for t in range {
      capacity += 1
      for i in tokens[t].start..<tokens[t].end { capacity += utf8Length(scalars[i]) }
    }
    if capacity == 0 { return "" }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var n = 0
      for t in range {
        if n > 0 && spaceBefore(t) {
          buffer[n] = 0x20
          n += 1
        }
        for i in tokens[t].start..<tokens[t].end { encode(scalars[i], into: buffer, at: &n) }
      }
      return n
    }
  }

  /// Writes the UTF-8 bytes of a scalar at `n` and moves `n` past them.
  @inline(__always) static func encode(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at n: inout Int) {
    let v = scalar.value
    if v < 0x80 {
      buffer[n] = UInt8(v)
      n += 1
    } else if v < 0x800 {
      buffer[n] = UInt8(0xC0 | (v >> 6))
      buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
      n += 2
    } else if v < 0x10000 {
      buffer[n] = UInt8(0xE0 | (v >> 12))
      buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
      buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
      n += 3
    } else {
      buffer[n] = UInt8(0xF0 | (v >> 18))
      buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
      buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
      buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
      n += 4
    }
  }

  /// Whether two ranges of the same text hold the same scalars.
  static func equal(_ scalars: ContiguousArray<Unicode.Scalar>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
    guard a.count == b.count else { return false }
    var i = a.lowerBound
    var j = b.lowerBound
    while i < a.upperBound {
      if scalars[i] != scalars[j] { return false }
      i += 1
      j += 1
    }
    return true
  }
}

/// Finds whether any of a fixed set of phrases occurs in a text, byte for byte.
///
/// One pass over the text: a bitmap of the phrases' first two bytes rules out almost every
/// position before any phrase is compared, and then only the phrases with that first byte are.
struct PhraseFinder: Sendable {
  /// The phrases' bytes, one after another, grouped by first byte.
  private let phraseBytes: [UInt8]
  /// Each phrase's bytes in `phraseBytes`, grouped by first byte.
  private let phrases: [Range<Int>]
  /// For each byte value, the indices in `phrases` of the phrases that start with it.
  private let byFirst: [Range<Int>]
  /// Bit `b0 << 8 | b1` is set when a phrase starts with the bytes b0, b1.
  private let starts: [UInt64]

  init(_ phrases: [String]) {
    let sorted = phrases.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
    var phraseBytes: [UInt8] = []
    var ranges: [Range<Int>] = []
    var byFirst = [Range<Int>](repeating: 0..<0, count: 256)
    var starts = [UInt64](repeating: 0, count: 1024)
    for (p, phrase) in sorted.enumerated() {
      ranges.append(phraseBytes.count..<(phraseBytes.count + phrase.count))
      phraseBytes += phrase
      let first = Int(phrase[0])
      byFirst[first] = (byFirst[first].isEmpty ? p : byFirst[first].lowerBound)..<(p + 1)
      let pair = first << 8 | Int(phrase.count > 1 ? phrase[1] : 0)
      if phrase.count > 1 {
        starts[pair >> 6] |= 1 << UInt64(pair & 63)
      } else {
        // A one-byte phrase may be followed by anything.
        for b1 in 0..<256 {
          let p = first << 8 | b1
          starts[p >> 6] |= 1 << UInt64(p & 63)
        }
      }
    }
    self.phraseBytes = phraseBytes
    self.phrases = ranges
    self.byFirst = byFirst
    self.starts = starts
  }

  func occurs(in text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let n = bytes.count
      guard n > 0 else { return false }
      return starts.withUnsafeBufferPointer { starts in
        // Each position's pair of bytes, the last one's with 0: the byte read for one
        // position is the first of the next one's pair.
        var first = Int(bytes[0])
        for i in 0..<n {
          let second = i + 1 < n ? Int(bytes[i + 1]) : 0
          let pair = first << 8 | second
          first = second
          guard starts[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
          if matches(bytes, at: i) { return true }
        }
        return false
      }
    }
  }

  /// Whether a phrase starts at `i`.
  private func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    for p in byFirst[Int(bytes[i])] where phrases[p].count <= bytes.count - i {
      let phrase = phrases[p]
      var j = 0
      while j < phrase.count, bytes[i + j] == phraseBytes[phrase.lowerBound + j] { j += 1 }
      if j == phrase.count { return true }
    }
    return false
  }
}

/// A set of code points that `ScalarText` scans for four at a time. The vectors compared
/// with are made by `SIMD4(repeating:)`: comparing with a scalar literal (`v .== 0x2E`)
/// compiled to a generic call per block, many times slower.
private protocol ScalarClass {
  static func contains(_ scalar: Unicode.Scalar) -> Bool
  /// Lanes whose code points are in the class.
  static func matches(_ scalars: SIMD4<UInt32>) -> SIMDMask<SIMD4<Int32>>
}

/// ".", "!", "?" and "…" (`ScalarText.isTerminal`).
private enum Terminals: ScalarClass {
  @inline(__always) static func contains(_ scalar: Unicode.Scalar) -> Bool { ScalarText.isTerminal(scalar) }

  @inline(__always) static func matches(_ v: SIMD4<UInt32>) -> SIMDMask<SIMD4<Int32>> {
    (v .== SIMD4(repeating: 0x2E)) .| (v .== SIMD4(repeating: 0x21)) .| (v .== SIMD4(repeating: 0x3F))
      .| (v .== SIMD4(repeating: 0x2026))
  }
}

/// U+000A…U+000D, U+2028 and U+2029 (`ScalarText.isNewline`).
private enum LineBreaks: ScalarClass {
  @inline(__always) static func contains(_ scalar: Unicode.Scalar) -> Bool { ScalarText.isNewline(scalar) }

  /// U+2028 and U+2029 are the code points equal to U+2029 with the low bit set.
  @inline(__always) static func matches(_ v: SIMD4<UInt32>) -> SIMDMask<SIMD4<Int32>> {
    ((v .>= SIMD4(repeating: 0x0A)) .& (v .<= SIMD4(repeating: 0x0D)))
      .| ((v | SIMD4(repeating: 1)) .== SIMD4(repeating: 0x2029))
  }
}

/// "'", "’" and "ʼ" (`ScalarText.isApostrophe`).
private enum Apostrophes: ScalarClass {
  @inline(__always) static func contains(_ scalar: Unicode.Scalar) -> Bool { ScalarText.isApostrophe(scalar) }

  @inline(__always) static func matches(_ v: SIMD4<UInt32>) -> SIMDMask<SIMD4<Int32>> {
    (v .== SIMD4(repeating: 0x27)) .| (v .== SIMD4(repeating: 0x2019)) .| (v .== SIMD4(repeating: 0x02BC))
  }
}
