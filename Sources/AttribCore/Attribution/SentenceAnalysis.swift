/// What the attributor knows about one sentence: its tokens, mentions and quotation state.
///
/// An immutable class: the rules read analyses of neighbouring sentences all the time, and a
/// shared reference costs one retain where a struct copy would retain each of its arrays.
final class SentenceAnalysis {
  let range: Range<Int>
  /// Index of the paragraph (block) the sentence is in.
  let block: Int
  let isFirstInBlock: Bool
  let isLastInBlock: Bool
  let isHeadline: Bool
  let isHeading: Bool
  let tokens: [Token]
  let mentions: [Mention]
  /// For each token, the index of the mention covering it.
  let mentionAt: MentionIndex
  /// A quotation opened before the sentence is still open at its start.
  let startsInsideQuote: Bool
  /// A quotation is open at the sentence's end.
  let endsInsideQuote: Bool
  /// The first token is an opening quotation mark.
  let startsWithQuote: Bool
  /// The sentence has at least one quotation mark.
  let hasQuote: Bool
  /// Token indices of quotation marks that open a quotation.
  let openingQuotes: [Int]
  /// For each token, whether it stands inside a quotation; empty when none does.
  private let quoted: [Bool]

  /// Whether token `t` stands inside a quotation.
  @inline(__always) func isQuoted(_ t: Int) -> Bool { !quoted.isEmpty && quoted[t] }

  init(
    range: Range<Int>, block: Int, isFirstInBlock: Bool, isLastInBlock: Bool, isHeadline: Bool, isHeading: Bool,
    tokens: [Token], mentions: [Mention], mentionAt: MentionIndex, startsInsideQuote: Bool, quotes: Attributor.QuoteMarks
  ) {
    self.range = range
    self.block = block
    self.isFirstInBlock = isFirstInBlock
    self.isLastInBlock = isLastInBlock
    self.isHeadline = isHeadline
    self.isHeading = isHeading
    self.tokens = tokens
    self.mentions = mentions
    self.mentionAt = mentionAt
    self.startsInsideQuote = startsInsideQuote
    endsInsideQuote = quotes.endsOpen
    startsWithQuote = quotes.startsWithQuote
    hasQuote = quotes.hasQuote
    openingQuotes = quotes.opening
    quoted = quotes.isQuoted
  }
}
