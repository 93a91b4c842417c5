import Foundation

/// Writes annotate records in labelling-tool formats (`attrib export`).
///
/// Every format carries, per sentence: `doc`, `sentence` (to find the original again),
/// the sentence text, SOURCE and CUE spans, and `via`/`cue` relations (see
/// `LabelSpans`).
public enum Exporter {
  // MARK: - doccano

  /// doccano JSONL: one sentence a line, `entities` and `relations` with code point offsets.
  public static func doccano(_ record: RunRecord, index: Int) -> String {
    let spans = LabelSpans(record)
    var w = JSONWriter()
    w.raw("{")
    w.key("id")
    w.int(index)
    w.raw(",")
    w.key("text")
    w.string(record.text)
    w.raw(",")
    w.key("entities")
    w.raw("[")
    for (i, span) in spans.spans.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"id\":\(span.id),\"label\":")
      w.string(span.label)
      w.raw(",\"start_offset\":\(span.start),\"end_offset\":\(span.end)}")
    }
    w.raw("],")
    w.key("relations")
    w.raw("[")
    for (i, relation) in spans.relations.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"id\":\(i + 1),\"from_id\":\(relation.from),\"to_id\":\(relation.to),\"type\":")
      w.string(relation.type)
      w.raw("}")
    }
    w.raw("],")
    w.key("doc")
    w.string(record.doc)
    w.raw(",")
    w.key("sentence")
    w.int(record.sentence)
    w.raw(",")
    w.key("section")
    w.string(record.section.rawValue)
    w.raw("}")
    return w.text
  }

  // MARK: - Label Studio

  /// UTF-16 offsets, the unit of Label Studio's text spans (JavaScript strings).
  static func utf16Offsets(_ text: String) -> [Int] {
    var offsets: [Int] = [0]
    var n = 0
    for scalar in text.unicodeScalars {
      n += scalar.value > 0xFFFF ? 2 : 1
      offsets.append(n)
    }
    return offsets
  }

  /// One Label Studio task with the chains as a prediction.
  public static func labelStudioTask(_ record: RunRecord, index: Int) -> String {
    let spans = LabelSpans(record)
    let utf16 = utf16Offsets(record.text)
    var w = JSONWriter()
    w.raw("{\"id\":\(index),\"data\":{")
    w.key("text")
    w.string(record.text)
    w.raw(",")
    w.key("doc")
    w.string(record.doc)
    w.raw(",\"sentence\":\(record.sentence),")
    w.key("section")
    w.string(record.section.rawValue)
    w.raw("},\"predictions\":[{\"model_version\":\"attrib\",\"result\":[")
    var first = true
    for span in spans.spans {
      if !first { w.raw(",") }
      first = false
      w.raw("{\"id\":\"s\(span.id)\",\"from_name\":\"label\",\"to_name\":\"text\",\"type\":\"labels\",\"value\":{")
      w.raw("\"start\":\(utf16[span.start]),\"end\":\(utf16[span.end]),\"text\":")
      w.string(span.text)
      w.raw(",\"labels\":[")
      w.string(span.label)
      w.raw("]}")
      if let id = span.registryID {
        w.raw(",\"meta\":{\"registry_id\":")
        w.string(id)
        w.raw("}")
      }
      w.raw("}")
    }
    for relation in spans.relations {
      if !first { w.raw(",") }
      first = false
      w.raw("{\"type\":\"relation\",\"from_id\":\"s\(relation.from)\",\"to_id\":\"s\(relation.to)\",\"direction\":\"right\",\"labels\":[")
      w.string(relation.type)
      w.raw("]}")
    }
    w.raw("]}]}")
    return w.text
  }

  // MARK: - Prodigy

  /// A Prodigy task: `tokens`, `spans` with token indices, and `relations` between span heads.
  public static func prodigy(_ record: RunRecord) -> String {
    let spans = LabelSpans(record)
    let scalars = ScalarText.scalars(of: record.text)
    let tokens = Tokenizer(scalars: scalars).tokens(from: 0, to: scalars.count)
    func tokenIndex(containing offset: Int) -> Int {
      tokens.firstIndex { $0.start <= offset && offset < $0.end } ?? tokens.lastIndex { $0.start <= offset } ?? 0
    }
    var w = JSONWriter()
    w.raw("{")
    w.key("text")
    w.string(record.text)
    w.raw(",\"tokens\":[")
    for (i, token) in tokens.enumerated() {
      if i > 0 { w.raw(",") }
      let ws = i + 1 < tokens.count ? tokens[i + 1].start > token.end : false
      w.raw("{\"text\":")
      w.string(ScalarText.string(scalars, token.start..<token.end))
      w.raw(",\"start\":\(token.start),\"end\":\(token.end),\"id\":\(i),\"ws\":\(ws)}")
    }
    w.raw("],\"spans\":[")
    var spanTokens: [Int: (Int, Int)] = [:]
    for (i, span) in spans.spans.enumerated() {
      if i > 0 { w.raw(",") }
      let first = tokenIndex(containing: span.start)
      let last = tokenIndex(containing: max(span.start, span.end - 1))
      spanTokens[span.id] = (first, last)
      w.raw("{\"start\":\(span.start),\"end\":\(span.end),\"token_start\":\(first),\"token_end\":\(last),\"label\":")
      w.string(span.label)
      w.raw("}")
    }
    w.raw("],\"relations\":[")
    for (i, relation) in spans.relations.enumerated() {
      if i > 0 { w.raw(",") }
      let head = spanTokens[relation.from] ?? (0, 0)
      let child = spanTokens[relation.to] ?? (0, 0)
      w.raw("{\"head\":\(head.1),\"child\":\(child.1),\"label\":")
      w.string(relation.type)
      w.raw(",\"head_span\":{\"token_start\":\(head.0),\"token_end\":\(head.1)},\"child_span\":{\"token_start\":\(child.0),\"token_end\":\(child.1)}}")
    }
    w.raw("],\"meta\":{")
    w.key("doc")
    w.string(record.doc)
    w.raw(",\"sentence\":\(record.sentence)}}")
    return w.text
  }

  // MARK: - CSV

  public static let csvHeader = "doc,sentence,section,label,hops,cue,text"

  /// One CSV row per chain (RFC 4180 quoting); a sentence without chains has one row with empty fields.
  public static func csvRows(_ record: RunRecord) -> [String] {
    func field(_ s: String) -> String {
      s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
    let base = [record.doc, String(record.sentence), record.section.rawValue]
    if record.chains.isEmpty { return [(base + ["", "", "", record.text]).map(field).joined(separator: ",")] }
    return record.chains.map { chain in
      let hops = chain.hops.map { hop in hop.id.map { "\(hop.name) [\($0)]" } ?? hop.name }.joined(separator: " > ")
      let cues = chain.hops.map(\.cue).joined(separator: " > ")
      return (base + [chain.label, hops, cues, record.text]).map(field).joined(separator: ",")
    }
  }

  // MARK: - brat

  /// The brat standoff of one document: its `.txt` (headline and body sentences one a line)
  /// and `.ann` (T spans, R relations, N registry normalisations).
  public static func brat(_ records: [RunRecord]) -> (text: String, annotations: String) {
    var text = ""
    var ann = ""
    var t = 0
    var r = 0
    var n = 0
    var offset = 0
    for record in records {
      let spans = LabelSpans(record)
      var ids: [Int: String] = [:]
      for span in spans.spans {
        t += 1
        ids[span.id] = "T\(t)"
        ann += "T\(t)\t\(span.label) \(offset + span.start) \(offset + span.end)\t\(span.text.replacingOccurrences(of: "\n", with: " "))\n"
        if let id = span.registryID {
          n += 1
          ann += "N\(n)\tReference T\(t) attrib:\(id)\t\(span.text.replacingOccurrences(of: "\n", with: " "))\n"
        }
      }
      for relation in spans.relations {
        r += 1
        let arg1 = ids[relation.from] ?? ""
        let arg2 = ids[relation.to] ?? ""
        ann += "R\(r)\t\(relation.type) Arg1:\(arg1) Arg2:\(arg2)\n"
      }
      // Line breaks inside a sentence become spaces so every sentence is one line.
      let line = String(record.text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
      text += line + "\n"
      offset += record.text.unicodeScalars.count + 1
    }
    return (text, ann)
  }
}
