/// Annotates documents: page structure, sentences, attribution chains.
///
/// A very long document (over `pieceThreshold` code points, 200,000 by default: some
/// 30,000 words, many times a long news article) is annotated in pieces of at most
/// `pieceSize` bytes of UTF-8 (also 200,000), cut at a blank line
/// where one is near, else at a line break, else at a space. Only one piece's code points,
/// tokens and records are in memory at a time, so memory is bounded by the piece and the
/// document's own text. The first piece holds the headline and the page's metadata; later
/// pieces continue in the section where the piece before ended. A line is not joined across
/// a cut, and coreference and quotations do not reach across one.
public struct Annotator: Sendable {
  public let registry: Registry
  private let attributor: Attributor
  /// Documents with more code points than this are annotated in pieces.
  let pieceThreshold: Int
  /// The most UTF-8 bytes of one piece.
  let pieceSize: Int
  private static let largestPiece = 1 << 30

  public init(registry: Registry) {
    self.init(attributor: Attributor(registry: registry))
  }

  /// An annotator that cuts documents of more than `pieceThreshold` code points into pieces
  /// of at most `pieceSize` bytes (at least 8). Both are at most 2^30: tokens hold their
  /// offsets in a piece as 32-bit integers.
  public init(registry: Registry, pieceThreshold: Int, pieceSize: Int) {
    self.init(attributor: Attributor(registry: registry), pieceThreshold: pieceThreshold, pieceSize: pieceSize)
  }

  init(attributor: Attributor, pieceThreshold: Int = 200_000, pieceSize: Int = 200_000) {
    self.registry = attributor.registry
    self.attributor = attributor
    self.pieceThreshold = min(pieceThreshold, Self.largestPiece)
    self.pieceSize = min(max(pieceSize, 8), Self.largestPiece)
  }

  /// The sentences of a document with their sections and chains.
  ///
  /// Sentences of every section are returned; filter by `section` to choose.
  public func annotate(_ document: Document) -> AnnotatedDocument {
    var result: AnnotatedDocument?
    annotate(document) { piece in
      if result == nil {
        result = piece
      } else {
        result?.sentences += piece.sentences
      }
    }
    // `emit` is called at least once, for an empty text too.
    return result ?? AnnotatedDocument(id: document.id, metadata: PageMetadata(), meta: document.meta, sentences: [])
  }

  /// Annotates a document a piece at a time: `emit` receives the sentences in order, each
  /// time with the document's id, metadata and meta (once, with every sentence, unless the
  /// document is longer than `pieceThreshold` code points).
  public func annotate(_ document: Document, emit: (AnnotatedDocument) throws -> Void) rethrows {
    var text = document.text
    text.makeContiguousUTF8()
    let utf8 = text.utf8
    let pieces = text.withUTF8 { Self.pieces(of: $0, threshold: pieceThreshold, size: pieceSize) }
    var metadata = PageMetadata()
    var end: Section?
    var scalarBase = 0
    var indexBase = 0
    for (p, piece) in pieces.enumerated() {
      let scalars = text.withUTF8 { ScalarText.scalars(ofUTF8: UnsafeBufferPointer(rebasing: $0[piece])) }
      let structure = PageStructure(scalars: scalars).blocks(continuing: end)
      if p == 0 { metadata = structure.metadata }
      end = structure.end
      let (spans, sections) = self.spans(of: structure.blocks, scalars: scalars)
      let chains = attributor.chains(for: spans, scalars: scalars)
      // Sentence texts are cut from the document's own UTF-8 (no re-encoding, no
      // validation): a cursor walks the piece's bytes once, in order, counting code points
      // to find each sentence's byte offsets. In ASCII text (as many code points as bytes)
      // they are the code point offsets.
      let byteRanges: [Range<Int>] =
        scalars.count == piece.count
        ? spans.map(\.range)
        : text.withUTF8 { bytes in
          let bytes = UnsafeBufferPointer(rebasing: bytes[piece])
          var cursor = ScalarText.UTF8Cursor()
          return spans.map { span in
            let start = cursor.advance(to: span.range.lowerBound, in: bytes)
            return start..<cursor.advance(to: span.range.upperBound, in: bytes)
          }
        }
      var sentences: [AnnotatedSentence] = []
      sentences.reserveCapacity(spans.count)
      for (i, span) in spans.enumerated() {
        let start = utf8.index(utf8.startIndex, offsetBy: piece.lowerBound + byteRanges[i].lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: piece.lowerBound + byteRanges[i].upperBound)
        sentences.append(
          AnnotatedSentence(
            index: indexBase + i, section: sections[i], start: scalarBase + span.range.lowerBound,
            end: scalarBase + span.range.upperBound, textSlice: text[start..<end],
            chains: scalarBase == 0 ? chains[i] : Self.shifted(chains[i], by: scalarBase)))
      }
      try emit(AnnotatedDocument(id: document.id, metadata: metadata, meta: document.meta, sentences: sentences))
      scalarBase += scalars.count
      indexBase += spans.count
    }
  }

  /// The sentences of the blocks, in order, for the attributor, and their sections.
  private func spans(
    of blocks: [Block], scalars: ContiguousArray<Unicode.Scalar>
  ) -> ([Attributor.Span], [Section]) {
    let segmenter = Segmenter(scalars: scalars)
    var spans: [Attributor.Span] = []
    var sections: [Section] = []
    var ranges: [Range<Int>] = []
    for (b, block) in blocks.enumerated() {
      ranges.removeAll(keepingCapacity: true)
      segmenter.sentences(in: block, into: &ranges)
      for (r, range) in ranges.enumerated() {
        spans.append(
          Attributor.Span(
            range: range, block: b, isFirstInBlock: r == 0, isLastInBlock: r == ranges.count - 1,
            isAttributed: block.section == .headline || block.section == .body,
            isHeadline: block.section == .headline, isHeading: block.isHeading))
        sections.append(block.section)
      }
    }
    return (spans, sections)
  }

  /// Chains with every hop's offsets moved by `base` code points.
  private static func shifted(_ chains: [Chain], by base: Int) -> [Chain] {
    chains.map { chain in
      var chain = chain
      for h in chain.hops.indices {
        chain.hops[h].start += base
        chain.hops[h].end += base
      }
      return chain
    }
  }

  /// The byte ranges of the pieces of a text: the whole text when it has at most `threshold`
  /// code points, else pieces of at most `size` bytes, each cut (in its second half) after a
  /// blank line, else after a line break, else after a space, else between code points.
  static func pieces(of bytes: UnsafeBufferPointer<UInt8>, threshold: Int, size: Int) -> [Range<Int>] {
    guard bytes.count > threshold, ScalarText.codePointCount(bytes) > threshold else { return [0..<bytes.count] }
    // At least a code point's longest encoding and one more byte, so every cut makes progress.
    let size = max(size, 8)
    var result: [Range<Int>] = []
    var start = 0
    while start < bytes.count {
      let limit = start + size
      guard limit < bytes.count else {
        result.append(start..<bytes.count)
        break
      }
      let end = cut(bytes, from: start, limit: limit)
      result.append(start..<end)
      start = end
    }
    return result
  }

  /// Where to end a piece that starts at `start` and may not pass `limit`.
  private static func cut(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
    let half = start + (limit - start) / 2
    func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
    // After a blank line: a line break with only blanks back to the line break before it.
    var lastBreak: Int?
    var k = limit - 1
    while k >= half {
      if bytes[k] == 0x0A {
        if lastBreak == nil { lastBreak = k }
        var j = k - 1
        while j > start, isBlank(bytes[j]) { j -= 1 }
        if j > start, bytes[j] == 0x0A { return k + 1 }
      }
      k -= 1
    }
    if let lastBreak { return lastBreak + 1 }
    k = limit - 1
    while k >= half {
      if bytes[k] == 0x20 { return k + 1 }
      k -= 1
    }
    // Between code points: not before a continuation byte.
    var end = limit
    while end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    return end
  }
}
