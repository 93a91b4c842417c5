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
    // a cursor walks the bytes once, in order, counting code points to find each sentence's
    // byte offsets.
    var text = document.text
    text.makeContiguousUTF8()
    let utf8 = text.utf8
    let byteRanges: [Range<Int>] = text.withUTF8 { bytes in
      var cursor = ScalarText.UTF8Cursor()
      return spans.map { span in
        let start = cursor.advance(to: span.range.lowerBound, in: bytes)
        return start..<cursor.advance(to: span.range.upperBound, in: bytes)
      }
    }
    for (i, span) in spans.enumerated() {
      let start = utf8.index(utf8.startIndex, offsetBy: byteRanges[i].lowerBound)
      let end = utf8.index(utf8.startIndex, offsetBy: byteRanges[i].upperBound)
      sentences.append(
        AnnotatedSentence(
          index: i, section: sections[i], start: span.range.lowerBound, end: span.range.upperBound,
          text: String(text[start..<end]), chains: chains[i]))
    }
    return AnnotatedDocument(id: document.id, metadata: metadata, meta: document.meta, sentences: sentences)
  }
}
