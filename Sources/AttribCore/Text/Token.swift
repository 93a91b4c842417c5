/// A word or punctuation mark in a text, by code point offsets.
struct Token: Hashable, Sendable {
  enum Kind: UInt8, Sendable {
    case word
    /// A possessive `'s` / `’s` or a lone trailing apostrophe after a plural.
    case possessive
    case punctuation
    /// A double or single quotation mark.
    case quote
  }

  // Fields in this order, and the offsets as 32-bit integers, keep the stride at 32 bytes:
  // a sentence's tokens are copied, read and freed with a fifth less memory traffic, and
  // the token array of a sentence of up to 31 tokens is a block the allocator reuses from
  // its per-thread cache. Offsets are into one piece of a document (`Annotator`), at most
  // a few hundred thousand code points.
  var kind: Kind
  /// The first scalar is uppercase.
  var isCapitalized: Bool
  /// Every letter is uppercase and there are at least two letters.
  var isAllCaps: Bool
  /// The token has a hyphen-minus ("Jong-un").
  var hasHyphen = false
  /// The first scalar, for punctuation checks.
  var first: Unicode.Scalar
  /// The word lists of the rules this word is in, looked up once when it is tokenized.
  var lexical: Lexical = []
  /// The registry-name trie node this word leads to from the root, looked up with the
  /// word lists; 0 when no registry name starts with it (or the tokenizer had no registry).
  var nameStart: Int32 = 0
  private var start32: Int32
  private var end32: Int32
  /// FNV-1a hash of the folded text (lowercase, no diacritics, one apostrophe).
  var key: UInt64

  /// Code point offsets into the document; `end` is exclusive.
  var start: Int { Int(start32) }
  var end: Int { Int(end32) }

  init(
    kind: Kind, isCapitalized: Bool, isAllCaps: Bool, hasHyphen: Bool = false, first: Unicode.Scalar,
    lexical: Lexical, nameStart: Int32, start: Int, end: Int, key: UInt64
  ) {
    self.kind = kind
    self.isCapitalized = isCapitalized
    self.isAllCaps = isAllCaps
    self.hasHyphen = hasHyphen
    self.first = first
    self.lexical = lexical
    self.nameStart = nameStart
    start32 = Int32(truncatingIfNeeded: start)
    end32 = Int32(truncatingIfNeeded: end)
    self.key = key
  }
}

/// FNV-1a over folded scalars, the key of a token in every lookup table.
enum TokenKey {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  @inline(__always) static func add(_ hash: inout UInt64, _ scalar: Unicode.Scalar) {
    hash = (hash ^ UInt64(scalar.value)) &* prime
  }

  /// The key of a word as written in code (it is folded first).
  static func of(_ word: String) -> UInt64 {
    var hash = offset
    for scalar in word.unicodeScalars { add(&hash, ScalarText.folded(scalar)) }
    return hash
  }

  static func set(_ words: [String]) -> KeySet { KeySet(words.map(of)) }

  /// The keys of the words of a text split at spaces (and hyphens with `atHyphens`), with
  /// no empty words: the keys of `text.split(…).map(of)`, without a string per word.
  static func words(of text: String, atHyphens: Bool = false) -> [UInt64] {
    var result: [UInt64] = []
    result.reserveCapacity(4)
    var hash = offset
    var isEmpty = true
    for scalar in text.unicodeScalars {
      if scalar == " " || (atHyphens && scalar == "-") {
        if !isEmpty { result.append(hash) }
        hash = offset
        isEmpty = true
      } else {
        add(&hash, ScalarText.folded(scalar))
        isEmpty = false
      }
    }
    if !isEmpty { result.append(hash) }
    return result
  }
}
