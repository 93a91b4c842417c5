/// Finds the attribution chains of every sentence of a document (SPEC §1).
///
/// Works in three passes over a document: find mentions and quotations in each
/// sentence; resolve people across the document; then find cue frames in each
/// sentence, nest them into chains, and carry chains into continuing quotations
/// and pronoun cues.
public struct Attributor: Sendable {
  public let registry: Registry
  /// The most layers a chain may have; deeper nesting is cut (hostile input).
  static let maxDepth = 6
  /// The most parallel chains one sentence may have.
  static let maxChains = 12

  public init(registry: Registry) {
    self.registry = registry
  }

  /// A sentence to attribute: its code point range and the paragraph it is in.
  struct Span {
    var range: Range<Int>
    var block: Int
    var isFirstInBlock: Bool
    var isLastInBlock: Bool
    /// Whether chains are wanted (headline and body); others only feed coreference.
    var isAttributed: Bool
    var isHeadline = false
    /// A headline or sub-heading block.
    var isHeading = false
  }

  func chains(for spans: [Span], scalars: ContiguousArray<Unicode.Scalar>) -> [[Chain]] {
    let finder = MentionFinder(scalars: scalars, registry: registry)
    let tokenizer = Tokenizer(scalars: scalars)
    var analyses: [SentenceAnalysis] = []
    analyses.reserveCapacity(spans.count)
    var quoteOpen = false
    var previousBlock = -1
    for span in spans {
      if span.block != previousBlock { quoteOpen = false }
      previousBlock = span.block
      let tokens = tokenizer.tokens(from: span.range.lowerBound, to: span.range.upperBound)
      let mentions = span.isAttributed ? finder.mentions(in: tokens) : []
      var mentionAt = [Int?](repeating: nil, count: tokens.count)
      for (m, mention) in mentions.enumerated() {
        for t in mention.tokens { mentionAt[t] = m }
      }
      var analysis = SentenceAnalysis(
        range: span.range, block: span.block, isFirstInBlock: span.isFirstInBlock,
        isLastInBlock: span.isLastInBlock, tokens: tokens, mentions: mentions, mentionAt: mentionAt)
      analysis.isHeadline = span.isHeadline
      analysis.isHeading = span.isHeading
      analysis.startsInsideQuote = quoteOpen
      quoteOpen = trackQuotes(&analysis, open: quoteOpen, scalars: scalars)
      analysis.endsInsideQuote = quoteOpen
      analyses.append(analysis)
    }

    var context = DocumentContext(finder: finder, registry: registry, analyses: analyses)
    context.collectEntities()
    var result: [[Chain]] = []
    result.reserveCapacity(spans.count)
    for (s, span) in spans.enumerated() {
      guard span.isAttributed else {
        result.append([])
        continue
      }
      let chains = context.chains(sentence: s)
      context.remember(chains, sentence: s)
      result.append(chains)
    }
    // Continuation: quotations that go on across sentences.
    for s in result.indices where result[s].isEmpty && spans[s].isAttributed {
      if let inherited = context.continuation(of: s, chains: result) {
        result[s] = inherited
      }
    }
    return result
  }

  /// Marks quotation marks as opening or closing; returns whether a quotation is open at the end.
  private func trackQuotes(
    _ analysis: inout SentenceAnalysis, open: Bool, scalars: ContiguousArray<Unicode.Scalar>
  ) -> Bool {
    var open = open
    let tokens = analysis.tokens
    analysis.isQuoted = [Bool](repeating: false, count: tokens.count)
    var closing: Set<Int> = []
    defer {
      // Mark the tokens between the quotation marks found below.
      var inside = analysis.startsInsideQuote
      var opening = Set(analysis.openingQuotes)
      for (t, token) in tokens.enumerated() {
        if token.kind == .quote {
          if opening.remove(t) != nil { inside = true } else if inside, closing.contains(t) { inside = false }
          continue
        }
        analysis.isQuoted[t] = inside
      }
    }
    for (t, token) in tokens.enumerated() where token.kind == .quote {
      analysis.hasQuote = true
      let c = token.first
      let before: Unicode.Scalar = token.start > 0 ? scalars[token.start - 1] : " "
      let after: Unicode.Scalar = token.end < scalars.count ? scalars[token.end] : " "
      let opens: Bool
      switch c {
      case "\u{201C}", "\u{2018}", "\u{201E}", "\u{00AB}":
        // An opening mark with nothing after it closes ("… decision.“" at a sentence end).
        opens = ScalarText.isWordScalar(after) || after == "." || ScalarText.isDoubleQuote(after) || after == "["
      case "\u{201D}", "\u{2019}", "\u{00BB}": opens = false
      default:
        // Straight quotes: opening after space or bracket, before a word.
        opens = (ScalarText.isSpace(before) || before == "(" || token.start == analysis.range.lowerBound)
          && !ScalarText.isSpace(after)
      }
      if ScalarText.isSingleQuote(c) && !opens && !open { continue }
      if ScalarText.isSingleQuote(c) && opens && !ScalarText.isWordScalar(after) { continue }
      if opens {
        if !open {
          open = true
          analysis.openingQuotes.append(t)
          if t == 0 { analysis.startsWithQuote = true }
        }
      } else if open {
        open = false
        closing.insert(t)
      }
    }
    return open
  }
}
