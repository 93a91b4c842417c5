/// Finds the attribution chains of every sentence of a document (SPEC §1).
///
/// Works in three passes over a document: find mentions and quotations in each
/// sentence; resolve people across the document; then find cue frames in each
/// sentence, nest them into chains, and carry chains into continuing quotations
/// and pronoun cues.
public struct Attributor: Sendable {
  public let registry: Registry
  /// The token keys of each registered person's name, split at hyphens too, for coreference.
  let personNameKeys: [[UInt64]]
  /// The most layers a chain may have; deeper nesting is cut (hostile input).
  static let maxDepth = 6
  /// The most parallel chains one sentence may have.
  static let maxChains = 12

  public init(registry: Registry) {
    self.registry = registry
    personNameKeys = registry.people.map { TokenKey.words(of: $0.name, atHyphens: true) }
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

  /// The chains of every sentence, in order.
  func chains(for spans: [Span], scalars: ContiguousArray<Unicode.Scalar>) -> [[Chain]] {
    let finder = MentionFinder(scalars: scalars, registry: registry)
    let tokenizer = Tokenizer(scalars: scalars, words: registry.index.words)
    var analyses: [SentenceAnalysis] = []
    analyses.reserveCapacity(spans.count)
    var quoteOpen = false
    var previousBlock = -1
    for span in spans {
      if span.block != previousBlock { quoteOpen = false }
      previousBlock = span.block
      // Sentences outside the headline and body get no chains and feed no coreference.
      let tokens = span.isAttributed ? tokenizer.tokens(from: span.range.lowerBound, to: span.range.upperBound) : []
      let (mentions, mentionAt) = span.isAttributed ? finder.mentionsAndIndex(in: tokens) : ([], MentionIndex(count: 0))
      let quotes = Self.quoteMarks(tokens, range: span.range, open: quoteOpen, scalars: scalars)
      let analysis = SentenceAnalysis(
        range: span.range, block: span.block, isFirstInBlock: span.isFirstInBlock,
        isLastInBlock: span.isLastInBlock, isHeadline: span.isHeadline, isHeading: span.isHeading,
        tokens: tokens, mentions: mentions, mentionAt: mentionAt, startsInsideQuote: quoteOpen, quotes: quotes)
      quoteOpen = quotes.endsOpen
      analyses.append(analysis)
    }

    var context = DocumentContext(
      finder: finder, registry: registry, personNameKeys: personNameKeys, analyses: analyses)
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

  /// The quotation marks of a sentence, as opening or closing, and the tokens between them.
  struct QuoteMarks {
    /// The sentence has at least one quotation mark.
    var hasQuote = false
    /// The first token is an opening quotation mark.
    var startsWithQuote = false
    /// Token indices of quotation marks that open a quotation.
    var opening: [Int] = []
    /// For each token, whether it stands inside a quotation; empty when none does.
    var isQuoted: [Bool] = []
    /// A quotation is open at the sentence's end.
    var endsOpen = false
  }

  /// Marks quotation marks as opening or closing, given whether a quotation is open at the start.
  static func quoteMarks(
    _ tokens: [Token], range: Range<Int>, open startsOpen: Bool, scalars: ContiguousArray<Unicode.Scalar>
  ) -> QuoteMarks {
    var marks = QuoteMarks()
    var open = startsOpen
    var closing: [Int] = []
    for (t, token) in tokens.enumerated() where token.kind == .quote {
      marks.hasQuote = true
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
        opens = (ScalarText.isSpace(before) || before == "(" || token.start == range.lowerBound)
          && !ScalarText.isSpace(after)
      }
      if ScalarText.isSingleQuote(c) && !opens && !open { continue }
      if ScalarText.isSingleQuote(c) && opens && !ScalarText.isWordScalar(after) { continue }
      if opens {
        if !open {
          open = true
          marks.opening.append(t)
          if t == 0 { marks.startsWithQuote = true }
        }
      } else if open {
        open = false
        closing.append(t)
      }
    }
    marks.endsOpen = open
    // Mark the tokens between the quotation marks found above (both lists ascend).
    guard marks.hasQuote || startsOpen else { return marks }
    marks.isQuoted = ArrayFill.make(tokens.count, false)
    var inside = startsOpen
    var o = 0
    var c = 0
    for (t, token) in tokens.enumerated() {
      if token.kind == .quote {
        while c < closing.count, closing[c] < t { c += 1 }
        if o < marks.opening.count, marks.opening[o] == t {
          o += 1
          inside = true
        } else if inside, c < closing.count, closing[c] == t {
          inside = false
        }
        continue
      }
      marks.isQuoted[t] = inside
    }
    return marks
  }
}
