import Testing

@testable import AttribCore

/// The word lists and word keys of the attribution rules.
struct LexiconTests {
  /// Single-word keys are written as literals; each must be the key of its word.
  @Test func keyLiteralsAreTheirWordsKeys() {
    let literals: [(UInt64, String)] = [
      (Lexicon.that, "that"),
      (Lexicon.said, "said"),
      (Lexicon.according, "according"),
      (Lexicon.to, "to"),
      (Lexicon.citing, "citing"),
      (Lexicon.quoting, "quoting"),
      (Lexicon.`as`, "as"),
      (Lexicon.by, "by"),
      (Lexicon.and, "and"),
      (Lexicon.or, "or"),
      (Lexicon.comma, ","),
      (Lexicon.colon, ":"),
      (Lexicon.the, "the"),
      (Lexicon.from, "from"),
      (Lexicon.through, "through"),
      (Lexicon.released, "released"),
      (Lexicon.issued, "issued"),
      (Lexicon.statement, "statement"),
      (Lexicon.carried, "carried"),
      (Lexicon.report, "report"),
      (Lexicon.reports, "reports"),
      (Lexicon.was, "was"),
      (Lexicon.were, "were"),
      (Lexicon.`is`, "is"),
      (Lexicon.are, "are"),
      (Lexicon.with, "with"),
      (Lexicon.of, "of"),
      (Lexicon.`in`, "in"),
      (DocumentContext.such, "such"),
      (DocumentContext.published, "published"),
      (DocumentContext.who, "who"),
      (DocumentContext.which, "which"),
      (DocumentContext.writing, "writing"),
      (DocumentContext.words, "words"),
    ]
    for (key, word) in literals {
      #expect(key == TokenKey.of(word), "the literal key of \"\(word)\"")
    }
  }
}
