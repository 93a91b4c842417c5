/// Annotates documents: page structure, sentences, attribution chains.
public struct Annotator: Sendable {
  public let registry: Registry
  private let attributor: Attributor

  public init(registry: Registry) {
    self.init(attributor: Attributor(registry: registry))
  }

  init(attributor: Attributor) {
    self.registry = attributor.registry
    self.attributor = attributor
  }

  /// The sentences of a document with their sections and chains.
  ///
  /// Sentences of every section are returned; filter by `section` to choose.
  public func annotate(_ document: Document) -> AnnotatedDocument {
    let scalars = ScalarText.scalars(of: document.text)
    let (blocks, metadata) = PageStructure(scalars: scalars).blocks()
    let segmenter = Segmenter(scalars: scalars)
    var spans: [Attributor.Span] = []
    var sections: [Section] = []
    for (b, block) in blocks.enumerated() {
      let ranges = segmenter.sentences(in: block)
      for (r, range) in ranges.enumerated() {
        spans.append(
          Attributor.Span(
            range: range, block: b, isFirstInBlock: r == 0, isLastInBlock: r == ranges.count - 1,
            isAttributed: block.section == .headline || block.section == .body,
            isHeadline: block.section == .headline, isHeading: block.isHeading))
        sections.append(block.section)
      }
    }
    let chains = attributor.chains(for: spans, scalars: scalars)
    var sentences: [AnnotatedSentence] = []
    sentences.reserveCapacity(spans.count)
    for (i, span) in spans.enumerated() {
      sentences.append(
        AnnotatedSentence(
          index: i, section: sections[i], start: span.range.lowerBound, end: span.range.upperBound,
          text: ScalarText.string(scalars, span.range), chains: chains[i]))
    }
    return AnnotatedDocument(id: document.id, metadata: metadata, meta: document.meta, sentences: sentences)
  }
}
