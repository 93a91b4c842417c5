/// One sentence of an annotated document: the unit of the output (SPEC §4).
public struct AnnotatedSentence: Hashable, Sendable {
  /// 0-based position among all sentences of the document, in every section, so it
  /// does not change with `--sections`.
  public var index: Int
  public var section: Section
  /// Code point offsets into the document's text; `end` is exclusive.
  public var start: Int
  public var end: Int
  /// The text, held as a slice of the document's text (no copy per sentence) until it is
  /// read as a `String`.
  var textSlice: Substring
  public var text: String {
    get { String(textSlice) }
    set { textSlice = Substring(newValue) }
  }
  public var chains: [Chain]

  public init(index: Int, section: Section, start: Int, end: Int, text: String, chains: [Chain]) {
    self.init(index: index, section: section, start: start, end: end, textSlice: Substring(text), chains: chains)
  }

  init(index: Int, section: Section, start: Int, end: Int, textSlice: Substring, chains: [Chain]) {
    self.index = index
    self.section = section
    self.start = start
    self.end = end
    self.textSlice = textSlice
    self.chains = chains
  }
}

/// A document with its sentences and page metadata.
public struct AnnotatedDocument: Sendable {
  public var id: String
  public var metadata: PageMetadata
  public var meta: JSONValue?
  public var sentences: [AnnotatedSentence]
}
