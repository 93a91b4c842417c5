/// Writes annotate records as JSONL with a fixed key order (SPEC §4).
public enum RecordWriter {
  /// The JSONL lines of the selected sections of a document, each ending in "\n".
  public static func jsonl(_ document: AnnotatedDocument, sections: Set<Section>) -> String {
    jsonlRecords(document, sections: sections).records.text
  }

  /// `jsonl(_:sections:)` as written bytes, and the number of records in them. The fields
  /// every record of a document shares (`doc`, and `title` to `meta`) are rendered once and
  /// copied into each record.
  static func jsonlRecords(_ document: AnnotatedDocument, sections: Set<Section>) -> (records: JSONWriter, count: Int) {
    let wanted = Section.mask(sections)
    var count = 0
    var head = JSONWriter()
    head.literal("{")
    head.field("doc", document.id, first: true)
    var tail = JSONWriter()
    tail.withOutput { writeDocumentFields(of: document, to: $0) }
    tail.literal("}\n")
    // Sentences are read by index, where they are stored, rather than copied out first.
    // Room for the records, made once: their text, the shared fields, about 100 bytes of
    // other fields each, and about 250 bytes per hop of a chain (its fields and the chain's).
    var capacity = 0
    let shared = head.withBytes(\.count) + tail.withBytes(\.count) + 100
    for s in document.sentences.indices where wanted[document.sentences[s].section.ordinal] {
      capacity += document.sentences[s].textSlice.utf8.count + shared
      for chain in document.sentences[s].chains { capacity += 250 * chain.hops.count }
    }
    var w = JSONWriter(capacity: capacity)
    w.withOutput { out in
      for s in document.sentences.indices where wanted[document.sentences[s].section.ordinal] {
        out.append(head)
        writeSentenceFields(document.sentences[s], to: out)
        out.append(tail)
        count += 1
      }
    }
    return (w, count)
  }

  /// One record, without a newline.
  public static func line(_ sentence: AnnotatedSentence, of document: AnnotatedDocument) -> String {
    var w = JSONWriter()
    write(sentence, of: document, to: &w)
    return w.text
  }

  static func write(_ sentence: AnnotatedSentence, of document: AnnotatedDocument, to w: inout JSONWriter) {
    w.withOutput { out in
      out.literal("{")
      out.field("doc", document.id, first: true)
      writeSentenceFields(sentence, to: out)
      writeDocumentFields(of: document, to: out)
      out.literal("}")
    }
  }

  /// The fields from `sentence` to `attributions`, each after a comma.
  private static func writeSentenceFields(_ sentence: AnnotatedSentence, to w: JSONWriter.Storage) {
    w.field("sentence", sentence.index)
    w.field("section", sentence.section.rawValue)
    w.field("start", sentence.start)
    w.field("end", sentence.end)
    w.field("text", sentence.textSlice)
    w.literal(",")
    w.key("attributions")
    w.literal("[")
    for (c, chain) in sentence.chains.enumerated() {
      if c > 0 { w.literal(",") }
      write(chain, to: w)
    }
    w.literal("]")
  }

  /// The fields from `title` to `meta`, each after a comma.
  private static func writeDocumentFields(of document: AnnotatedDocument, to w: JSONWriter.Storage) {
    w.field("title", document.metadata.title)
    w.field("publisher", document.metadata.publisher)
    w.field("published", document.metadata.published)
    w.field("meta", document.meta ?? .null)
  }

  static func write(_ chain: Chain, to w: inout JSONWriter) {
    w.withOutput { write(chain, to: $0) }
  }

  static func write(_ chain: Chain, to w: JSONWriter.Storage) {
    w.literal("{")
    w.field("label", chain.label, first: true)
    w.field("inherited", chain.inherited)
    w.field("rule", chain.rule)
    w.literal(",")
    w.key("chain")
    w.literal("[")
    for (h, hop) in chain.hops.enumerated() {
      if h > 0 { w.literal(",") }
      write(hop, to: w)
    }
    w.literal("]}")
  }

  static func write(_ hop: Hop, to w: JSONWriter.Storage) {
    w.literal("{")
    w.field("name", hop.name, first: true)
    w.field("id", hop.id)
    w.field("kind", hop.kind)
    w.field("mention", hop.mention)
    w.field("start", hop.start)
    w.field("end", hop.end)
    w.field("cue", hop.cue)
    w.field("anonymous", hop.anonymous)
    w.field("affiliation", hop.affiliation)
    w.literal("}")
  }
}
