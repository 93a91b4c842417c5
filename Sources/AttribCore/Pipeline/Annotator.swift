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
    // Sentence texts are cut from the document's own UTF-8 (no re-encoding, no validation):
    // a cursor walks the code points once, in order, to find each sentence's byte offsets.
    var text = document.text
    text.makeContiguousUTF8()
    let utf8 = text.utf8
    var scalar = 0
    var byte = 0
    let isASCII = utf8.count == scalars.count
    func advance(to target: Int) -> String.Index {
      if isASCII { return utf8.index(utf8.startIndex, offsetBy: target) }
      if target < scalar { (scalar, byte) = (0, 0) }  // not expected: sentences do not overlap
      while scalar < target {
        byte += ScalarText.utf8Length(scalars[scalar])
        scalar += 1
      }
      return utf8.index(utf8.startIndex, offsetBy: byte)
    }
    for (i, span) in spans.enumerated() {
      let start = advance(to: span.range.lowerBound)
      let end = advance(to: span.range.upperBound)
      sentences.append(
        AnnotatedSentence(
          index: i, section: sections[i], start: span.range.lowerBound, end: span.range.upperBound,
          text: String(text[start..<end]), chains: chains[i]))
    }
    return AnnotatedDocument(id: document.id, metadata: metadata, meta: document.meta, sentences: sentences)
  }
}
