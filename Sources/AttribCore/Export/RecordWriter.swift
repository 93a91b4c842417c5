/// Writes annotate records as JSONL with a fixed key order (SPEC §4).
public enum RecordWriter {
  /// The JSONL lines of the selected sections of a document, each ending in "\n".
  public static func jsonl(_ document: AnnotatedDocument, sections: Set<Section>) -> String {
    var w = JSONWriter()
    for sentence in document.sentences where sections.contains(sentence.section) {
      write(sentence, of: document, to: &w)
      w.raw("\n")
    }
    return w.text
  }

  /// One record, without a newline.
  public static func line(_ sentence: AnnotatedSentence, of document: AnnotatedDocument) -> String {
    var w = JSONWriter()
    write(sentence, of: document, to: &w)
    return w.text
  }

  static func write(_ sentence: AnnotatedSentence, of document: AnnotatedDocument, to w: inout JSONWriter) {
    w.raw("{")
    w.key("doc")
    w.string(document.id)
    w.raw(",")
    w.key("sentence")
    w.int(sentence.index)
    w.raw(",")
    w.key("section")
    w.string(sentence.section.rawValue)
    w.raw(",")
    w.key("start")
    w.int(sentence.start)
    w.raw(",")
    w.key("end")
    w.int(sentence.end)
    w.raw(",")
    w.key("text")
    w.string(sentence.text)
    w.raw(",")
    w.key("attributions")
    w.raw("[")
    for (c, chain) in sentence.chains.enumerated() {
      if c > 0 { w.raw(",") }
      write(chain, to: &w)
    }
    w.raw("],")
    w.key("title")
    w.optionalString(document.metadata.title)
    w.raw(",")
    w.key("publisher")
    w.optionalString(document.metadata.publisher)
    w.raw(",")
    w.key("published")
    w.optionalString(document.metadata.published)
    w.raw(",")
    w.key("meta")
    w.value(document.meta ?? .null)
    w.raw("}")
  }

  static func write(_ chain: Chain, to w: inout JSONWriter) {
    w.raw("{")
    w.key("label")
    w.string(chain.label)
    w.raw(",")
    w.key("inherited")
    w.bool(chain.inherited)
    w.raw(",")
    w.key("rule")
    w.string(chain.rule)
    w.raw(",")
    w.key("chain")
    w.raw("[")
    for (h, hop) in chain.hops.enumerated() {
      if h > 0 { w.raw(",") }
      write(hop, to: &w)
    }
    w.raw("]}")
  }

  static func write(_ hop: Hop, to w: inout JSONWriter) {
    w.raw("{")
    w.key("name")
    w.string(hop.name)
    w.raw(",")
    w.key("id")
    w.optionalString(hop.id)
    w.raw(",")
    w.key("kind")
    w.string(hop.kind)
    w.raw(",")
    w.key("mention")
    w.string(hop.mention)
    w.raw(",")
    w.key("start")
    w.int(hop.start)
    w.raw(",")
    w.key("end")
    w.int(hop.end)
    w.raw(",")
    w.key("cue")
    w.string(hop.cue)
    w.raw(",")
    w.key("anonymous")
    w.bool(hop.anonymous)
    w.raw(",")
    w.key("affiliation")
    w.optionalString(hop.affiliation)
    w.raw("}")
  }
}
