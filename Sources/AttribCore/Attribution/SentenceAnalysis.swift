/// What the attributor knows about one sentence: its tokens, mentions and quotation state.
struct SentenceAnalysis {
  var range: Range<Int>
  /// Index of the paragraph (block) the sentence is in.
  var block: Int
  var isFirstInBlock: Bool
  var isLastInBlock: Bool
  var isHeadline = false
  var isHeading = false
  var tokens: [Token]
  var mentions: [Mention]
  /// For each token, the index of the mention covering it.
  var mentionAt: [Int?]
  /// A quotation opened before the sentence is still open at its start.
  var startsInsideQuote = false
  /// A quotation is open at the sentence's end.
  var endsInsideQuote = false
  /// The first token is an opening quotation mark.
  var startsWithQuote = false
  /// The sentence has at least one quotation mark.
  var hasQuote = false
  /// Token indices of quotation marks that open a quotation.
  var openingQuotes: [Int] = []
  /// For each token, whether it stands inside a quotation.
  var isQuoted: [Bool] = []
}
