/// Splits a span of text into `Token`s.
///
/// Words keep internal hyphens ("Jong-un"), apostrophes ("didn't"), digit groups
/// ("1,000", "12.5") and the dots of dotted abbreviations ("U.S."); a possessive
/// "'s" is a token of its own.
///
/// - Complexity: O(n) in the length of the span.
struct Tokenizer {
  let scalars: ContiguousArray<Unicode.Scalar>
  /// Tokens are written here, room for a whole span made once and kept, and copied out
  /// at their exact count: one allocation per span, and no capacity left over in analyses
  /// that live as long as their document.
  private let scratch = Scratch()

  private final class Scratch {
    var base = UnsafeMutablePointer<Token>.allocate(capacity: 0)
    var capacity = 0

    /// Room for at least `n` tokens.
    func reserve(_ n: Int) -> UnsafeMutablePointer<Token> {
      if n > capacity {
        base.deallocate()
        capacity = max(n, 2 * capacity, 64)
        base = .allocate(capacity: capacity)
      }
      return base
    }

    deinit { base.deallocate() }
  }

  /// Word lists, and the registry names each word starts (`AliasIndex.words`).
  let words: WordTable

  init(scalars: ContiguousArray<Unicode.Scalar>, words: WordTable = Lexical.table) {
    self.scalars = scalars
    self.words = words
  }

  /// The tokens of `start..<end`, at most `limit` of them.
  func tokens(from start: Int, to end: Int, limit: Int = .max) -> [Token] {
    guard start < end, limit > 0 else { return [] }
    // A token has at least one code point.
    let out = scratch.reserve(min(limit, end - start))
    // Over the raw buffer: the loops below index it per code point, and `end` bounds them.
    let count = scalars.withUnsafeBufferPointer {
      Self.tokens(in: $0, from: start, to: end, limit: limit, into: out, words: words)
    }
    return [Token](UnsafeBufferPointer(start: out, count: count))
  }

  /// Writes the tokens to `out` (room for `min(limit, end - start)`) and returns their count.
  private static func tokens(
    in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int, limit: Int,
    into out: UnsafeMutablePointer<Token>, words: WordTable
  ) -> Int {
    var n = 0
    var i = start
    while i < end, n < limit {
      let c = scalars[i]
      if ScalarText.isSpace(c) {
        i += 1
        continue
      }
      if ScalarText.isWordScalar(c) {
        if let token = Self.plainWord(scalars, from: i, to: end, words: words) {
          (out + n).initialize(to: token)
          n += 1
          i = token.end
          continue
        }
        let wordEnd = Self.wordEnd(scalars, from: i, to: end)
        (out + n).initialize(to: Self.makeToken(scalars, .word, i, wordEnd, words))
        n += 1
        i = wordEnd
        continue
      }
      if ScalarText.isApostrophe(c), n > 0, out[n - 1].kind == .word, out[n - 1].end == i {
        // Possessive 's, or a plural possessive apostrophe ("Workers'").
        if i + 1 < end, ScalarText.folded(scalars[i + 1]) == "s",
          i + 2 >= end || !ScalarText.isWordScalar(scalars[i + 2])
        {
          (out + n).initialize(to: Self.makeToken(scalars, .possessive, i, i + 2, words))
          n += 1
          i += 2
          continue
        }
      }
      let kind: Token.Kind =
        ScalarText.isDoubleQuote(c) || ScalarText.isSingleQuote(c) ? .quote : .punctuation
      (out + n).initialize(to: Self.makeToken(scalars, kind, i, i + 1, words))
      n += 1
      i += 1
    }
    return n
  }

  /// The token of a word of ASCII letters and digits starting at `start`, scanned and keyed
  /// in one pass; `nil` when the word goes on past a character `wordEnd` looks at (a
  /// hyphen, an apostrophe, a comma, a dot or any non-ASCII code point).
  @inline(__always)
  private static func plainWord(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int, words: WordTable
  ) -> Token? {
    var hash = TokenKey.offset
    var letters = 0
    var uppers = 0
    var j = start
    while j < end {
      let v = scalars[j].value
      let lower = v | 0x20
      if lower &- 0x61 < 26 {
        hash = (hash ^ UInt64(lower)) &* TokenKey.prime
        letters &+= 1
        if v < 0x61 { uppers &+= 1 }
      } else if v &- 0x30 < 10 {
        hash = (hash ^ UInt64(v)) &* TokenKey.prime
      } else {
        break
      }
      j &+= 1
    }
    if j < end {
      let v = scalars[j].value
      if v >= 0x80 || v == 0x2D || v == 0x27 || v == 0x2C || v == 0x2E, !endsBefore(scalars, j, end) { return nil }
    }
    let first = scalars[start]
    let entry = words[hash]
    return Token(
      kind: .word, isCapitalized: first.value &- 0x41 < 26, isAllCaps: letters >= 2 && uppers == letters,
      first: first, lexical: entry.lexical, nameStart: entry.nameStart, start: start, end: j, key: hash)
  }

  /// Whether `wordEnd` stops at `i`, after a word of ASCII letters and digits, for the
  /// common cases decided by the code point after `i` alone: a comma or period before an
  /// ASCII character that is not a letter or digit (no number, domain or abbreviation goes
  /// on), an apostrophe before one that is not a letter, or a possessive "'s". Others are
  /// left to `wordEnd` (`false`). Out of line, so `plainWord` stays small enough to inline.
  @inline(never)
  private static func endsBefore(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: Int) -> Bool {
    let c = scalars[i].value
    let isApostrophe = c == 0x27 || c == 0x2019
    guard c == 0x2C || c == 0x2E || isApostrophe else { return false }
    guard i + 1 < end else { return true }
    let next = scalars[i + 1].value
    guard next < 0x80 else { return false }
    let isLetter = (next | 0x20) &- 0x61 < 26
    if isApostrophe {
      // The possessive 's is a token of its own.
      return !isLetter || next | 0x20 == 0x73 && (i + 2 >= end || !ScalarText.isWordScalar(scalars[i + 2]))
    }
    return !isLetter && next &- 0x30 >= 10
  }

  private static func wordEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
    var i = start + 1
    while i < end {
      let c = scalars[i]
      if ScalarText.isWordScalar(c) {
        i += 1
        continue
      }
      guard i + 1 < end else { break }
      let next = scalars[i + 1]
      let previous = scalars[i - 1]
      if c == "-" || c == "\u{2010}" || c == "\u{2011}" {
        if ScalarText.isWordScalar(next) {
          i += 1
          continue
        }
      } else if ScalarText.isApostrophe(c) {
        // didn't, we've, O'Brien; but not the possessive 's.
        if ScalarText.isLetter(next) {
          let isPossessive =
            ScalarText.folded(next) == "s"
            && (i + 2 >= end || !ScalarText.isWordScalar(scalars[i + 2]))
          if !isPossessive {
            i += 1
            continue
          }
        }
      } else if c == "," || c == "." {
        if ScalarText.isDigit(previous) && ScalarText.isDigit(next) {
          i += 1
          continue
        }
        // Domain names: "Secunia.com", "ntv.de".
        if c == ".", ScalarText.isLetter(previous), i + 2 < end, ScalarText.isLower(next),
          isDomainEnd(scalars, from: i + 1, to: end)
        {
          i += 1
          continue
        }
        // Dotted abbreviations: U.S., U.N., e.g.
        if c == ".", ScalarText.isLetter(previous), ScalarText.isLetter(next),
          i + 2 < end, scalars[i + 2] == ".", i - start < 6
        {
          i += 2
          continue
        }
      }
      break
    }
    // A dotted abbreviation keeps its final dot: "U.S." (a letter, a dot, a letter, a dot).
    if i < end, scalars[i] == ".", i - start >= 3, scalars[i - 2] == ".", ScalarText.isLetter(scalars[i - 1]) {
      return i + 1
    }
    return i
  }

  /// Whether a top-level domain starts at `start`: "com", "org", "net", "gov", "de", "uk" …
  /// Kept out of line: its string work would otherwise weigh on every call of `wordEnd`.
  @inline(never)
  private static func isDomainEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Bool {
    var e = start
    while e < end, ScalarText.isLower(scalars[e]) { e += 1 }
    guard (2...3).contains(e - start), e == end || !ScalarText.isWordScalar(scalars[e]) else { return false }
    let tld = String(String.UnicodeScalarView(scalars[start..<e]))
    return ["com", "org", "net", "gov", "edu", "de", "uk", "fr", "ru", "io", "int", "us", "ca", "au", "co", "info", "news"].contains(tld)
  }

  /// "al-Maliki", "el-Sisi", "bin-Salman": a short lowercase particle, a hyphen, a capital.
  private static func isParticleName(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
    // Cheap test first: an ASCII lowercase letter and a hyphen within four code points.
    let first = scalars[start].value
    guard first >= 0x61 && first <= 0x7A, end - start >= 3 else { return false }
    var hyphen = start + 1
    while hyphen < end, hyphen - start <= 3, scalars[hyphen] != "-" { hyphen += 1 }
    guard hyphen < end, scalars[hyphen] == "-" else { return false }
    var i = start
    while i < end, i - start <= 3, ScalarText.isLower(scalars[i]) { i += 1 }
    return i > start && i - start <= 3 && i + 1 < end && scalars[i] == "-" && ScalarText.isUpper(scalars[i + 1])
  }

  private static func makeToken(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ kind: Token.Kind, _ start: Int, _ end: Int,
    _ words: WordTable
  ) -> Token {
    var hash = TokenKey.offset
    var letters = 0
    var uppers = 0
    var hasHyphen = false
    for j in start..<end {
      let s = scalars[j]
      TokenKey.add(&hash, ScalarText.folded(s))
      if ScalarText.isLetter(s) {
        letters += 1
        if ScalarText.isUpper(s) { uppers += 1 }
      } else if s == "-" {
        hasHyphen = true
      }
    }
    let first = scalars[start]
    let entry = words[hash]
    return Token(
      kind: kind, isCapitalized: ScalarText.isUpper(first) || hasHyphen && isParticleName(scalars, start, end),
      isAllCaps: letters >= 2 && uppers == letters, hasHyphen: hasHyphen, first: first,
      lexical: entry.lexical, nameStart: entry.nameStart, start: start, end: end, key: hash)
  }
}
