/// One record of an annotate run (the JSONL output of `attrib annotate`), read back.
///
/// Used by `eval`, `diff`, `export`, `import`, `stats` and `report`: every command
/// that reads annotate output reads it through `RunReader` into these.
public struct RunRecord: Sendable {
  public var doc: String
  public var sentence: Int
  public var section: Section
  /// Code point offsets into the document's text; `end` is exclusive.
  public var start: Int
  public var end: Int
  public var text: String
  public var chains: [Chain]
  public var title: String?
  public var publisher: String?
  public var published: String?
  public var meta: JSONValue?
  /// Where the record was read from, for messages.
  public var location: TextLocation

  public init(
    doc: String, sentence: Int, section: Section, start: Int, end: Int, text: String, chains: [Chain],
    title: String? = nil, publisher: String? = nil, published: String? = nil, meta: JSONValue? = nil,
    location: TextLocation = TextLocation(file: "")
  ) {
    self.doc = doc
    self.sentence = sentence
    self.section = section
    self.start = start
    self.end = end
    self.text = text
    self.chains = chains
    self.title = title
    self.publisher = publisher
    self.published = published
    self.meta = meta
    self.location = location
  }

  /// The record as one JSONL line (without "\n"), in the annotate key order.
  public var jsonLine: String {
    let document = AnnotatedDocument(
      id: doc, metadata: PageMetadata(title: title, publisher: publisher, published: published), meta: meta,
      sentences: [])
    let sentence = AnnotatedSentence(index: self.sentence, section: section, start: start, end: end, text: text, chains: chains)
    return RecordWriter.line(sentence, of: document)
  }

  /// Reads a record from a parsed JSON line.
  ///
  /// - Throws: `AttribError.invalidRun` naming the field that is missing or wrong.
  public init(json value: JSONValue, location: TextLocation) throws {
    func fail(_ message: String) -> AttribError { .invalidRun(location, message) }
    guard case .object = value else { throw fail("expected a JSON object") }
    func string(_ key: String) throws -> String {
      guard let s = value[key]?.stringValue else { throw fail("missing or non-string '\(key)'") }
      return s
    }
    func int(_ key: String) throws -> Int {
      guard let n = value[key]?.intValue else { throw fail("missing or non-integer '\(key)'") }
      return n
    }
    func optionalString(_ key: String) -> String? { value[key]?.stringValue }
    doc = try string("doc")
    sentence = try int("sentence")
    let sectionName = try string("section")
    guard let section = Section(rawValue: sectionName) else { throw fail("unknown section '\(sectionName)'") }
    self.section = section
    start = try int("start")
    end = try int("end")
    text = try string("text")
    title = optionalString("title")
    publisher = optionalString("publisher")
    published = optionalString("published")
    if let m = value["meta"], m != .null { meta = m } else { meta = nil }
    self.location = location
    guard let attributions = value["attributions"]?.arrayValue else { throw fail("missing or non-array 'attributions'") }
    chains = try attributions.enumerated().map { c, chainValue in
      guard let hopsValue = chainValue["chain"]?.arrayValue else {
        throw fail("attributions[\(c)]: missing or non-array 'chain'")
      }
      let hops = try hopsValue.enumerated().map { h, hop -> Hop in
        guard let name = hop["name"]?.stringValue else { throw fail("attributions[\(c)].chain[\(h)]: missing 'name'") }
        return Hop(
          name: name, id: hop["id"]?.stringValue, kind: hop["kind"]?.stringValue ?? "person",
          mention: hop["mention"]?.stringValue ?? "", start: hop["start"]?.intValue ?? 0,
          end: hop["end"]?.intValue ?? 0, cue: hop["cue"]?.stringValue ?? "",
          anonymous: hop["anonymous"]?.boolValue ?? false, affiliation: hop["affiliation"]?.stringValue)
      }
      return Chain(
        hops: hops, inherited: chainValue["inherited"]?.boolValue ?? false,
        rule: chainValue["rule"]?.stringValue ?? "")
    }
  }
}
