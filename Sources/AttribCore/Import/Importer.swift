import Foundation

/// Reads corrected labelling-tool exports back into annotate records (`attrib import`).
///
/// The exported formats carry sentence text, spans and relations; everything else —
/// sections, offsets in the document, hop names, ids and kinds of unchanged spans, chains
/// with a hop outside the sentence — comes from the original run.
public struct Importer {
  /// The spans and relations of one sentence as a tool returned them.
  public struct Sentence: Sendable {
    public var doc: String
    public var sentence: Int
    public var spans: [LabelSpans.Span]
    public var relations: [LabelSpans.Relation]
  }

  public let registry: Registry

  public init(registry: Registry) {
    self.registry = registry
  }

  // MARK: - Formats

  /// Sentences from a doccano JSONL export.
  public static func doccano(_ text: String, file: String) throws -> [Sentence] {
    var result: [Sentence] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let location = TextLocation(file: file, line: n + 1)
      let value = try parse(String(line), location)
      let (doc, sentence) = try key(value, value, location)
      var spans: [LabelSpans.Span] = []
      for entity in value["entities"]?.arrayValue ?? [] {
        guard let id = entity["id"]?.intValue, let label = entity["label"]?.stringValue,
          let start = entity["start_offset"]?.intValue, let end = entity["end_offset"]?.intValue
        else { throw AttribError.invalidRun(location, "an entity needs 'id', 'label', 'start_offset' and 'end_offset'") }
        spans.append(LabelSpans.Span(id: id, label: label, start: start, end: end, text: ""))
      }
      var relations: [LabelSpans.Relation] = []
      for relation in value["relations"]?.arrayValue ?? [] {
        guard let from = relation["from_id"]?.intValue, let to = relation["to_id"]?.intValue,
          let type = relation["type"]?.stringValue
        else { throw AttribError.invalidRun(location, "a relation needs 'from_id', 'to_id' and 'type'") }
        relations.append(LabelSpans.Relation(from: from, to: to, type: type))
      }
      result.append(Sentence(doc: doc, sentence: sentence, spans: spans, relations: relations))
    }
    return result
  }

  /// Sentences from a Label Studio JSON export: the first annotation of each task, or its
  /// prediction when nobody annotated it. Offsets are converted from UTF-16 to code points.
  public static func labelStudio(_ text: String, file: String) throws -> [Sentence] {
    let location = TextLocation(file: file)
    let value = try parse(text, location)
    guard let tasks = value.arrayValue else { throw AttribError.invalidRun(location, "expected a JSON array of tasks") }
    var result: [Sentence] = []
    for (t, task) in tasks.enumerated() {
      let where_ = TextLocation(file: "\(file)[\(t)]")
      guard let data = task["data"], let sentenceText = data["text"]?.stringValue else {
        throw AttribError.invalidRun(where_, "a task needs 'data.text'")
      }
      let (doc, sentence) = try key(data, task, where_)
      let annotations = task["annotations"]?.arrayValue ?? []
      let source = annotations.first ?? task["predictions"]?.arrayValue?.first
      let items = source?["result"]?.arrayValue ?? []
      // UTF-16 offset -> code point offset.
      var fromUTF16: [Int: Int] = [:]
      for (i, offset) in Exporter.utf16Offsets(sentenceText).enumerated() { fromUTF16[offset] = i }
      var ids: [String: Int] = [:]
      var spans: [LabelSpans.Span] = []
      var relations: [LabelSpans.Relation] = []
      for item in items where item["type"]?.stringValue == "labels" {
        guard let name = item["id"]?.stringValue, let v = item["value"], let start = v["start"]?.intValue,
          let end = v["end"]?.intValue, let label = v["labels"]?.arrayValue?.first?.stringValue,
          let from = fromUTF16[start], let to = fromUTF16[end]
        else { throw AttribError.invalidRun(where_, "a labels result needs 'id' and 'value' with 'start', 'end' and 'labels'") }
        let id = spans.count + 1
        ids[name] = id
        spans.append(LabelSpans.Span(id: id, label: label, start: from, end: to, text: ""))
      }
      for item in items where item["type"]?.stringValue == "relation" {
        guard let from = item["from_id"]?.stringValue.flatMap({ ids[$0] }), let to = item["to_id"]?.stringValue.flatMap({ ids[$0] })
        else { throw AttribError.invalidRun(where_, "a relation names a span that is not in the task") }
        let label = item["labels"]?.arrayValue?.first?.stringValue ?? "via"
        relations.append(LabelSpans.Relation(from: from, to: to, type: label))
      }
      result.append(Sentence(doc: doc, sentence: sentence, spans: spans, relations: relations))
    }
    return result
  }

  /// Sentences from a brat folder: `DOC.txt` holds a document's sentences one a line, in
  /// the order of the original run's records of that document.
  public static func brat(folder: String, original: [RunRecord]) throws -> [Sentence] {
    let files: [String]
    do {
      files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".ann") }.sorted()
    } catch {
      throw AttribError.unreadable(path: folder, reason: "not a brat folder")
    }
    var byDoc: [String: [RunRecord]] = [:]
    for record in original { byDoc[record.doc, default: []].append(record) }
    var result: [Sentence] = []
    for file in files {
      let doc = String(file.dropLast(4))
      let annPath = (folder as NSString).appendingPathComponent(file)
      let txtPath = (folder as NSString).appendingPathComponent(doc + ".txt")
      let text = try FileIO.readText(txtPath)
      let ann = try FileIO.readText(annPath)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
      // Match the lines to the original sentences by text.
      var records: [RunRecord] = []
      var pool = byDoc[doc] ?? []
      for line in lines {
        guard let i = pool.firstIndex(where: { Evaluation.normalised($0.text) == Evaluation.normalised(line) }) else {
          throw AttribError.invalidRun(TextLocation(file: txtPath), "line '\(line.prefix(40))' is not a sentence of '\(doc)' in the original run")
        }
        records.append(pool[i])
        pool.removeSubrange(...i)
      }
      var lineStarts: [Int] = []
      var offset = 0
      for line in lines {
        lineStarts.append(offset)
        offset += line.unicodeScalars.count + 1
      }
      func sentenceIndex(_ offset: Int) -> Int { (lineStarts.lastIndex { $0 <= offset }) ?? 0 }
      var spansBySentence: [Int: [LabelSpans.Span]] = [:]
      var relationsBySentence: [Int: [LabelSpans.Relation]] = [:]
      var spanIDs: [String: (sentence: Int, id: Int)] = [:]
      for (n, rawLine) in ann.split(separator: "\n").enumerated() {
        let fields = rawLine.split(separator: "\t", omittingEmptySubsequences: false)
        guard let name = fields.first else { continue }
        let where_ = TextLocation(file: annPath, line: n + 1)
        if name.hasPrefix("T") {
          let parts = fields.count > 1 ? fields[1].split(separator: " ") : []
          guard parts.count >= 3, let start = Int(parts[1]), let end = Int(parts[parts.count - 1]) else {
            throw AttribError.invalidRun(where_, "a T line needs 'LABEL START END'")
          }
          let s = sentenceIndex(start)
          let id = (spansBySentence[s]?.count ?? 0) + 1
          spansBySentence[s, default: []].append(
            LabelSpans.Span(id: id, label: String(parts[0]), start: start - lineStarts[s], end: end - lineStarts[s], text: ""))
          spanIDs[String(name)] = (s, id)
        } else if name.hasPrefix("R") {
          let parts = fields.count > 1 ? fields[1].split(separator: " ") : []
          guard parts.count == 3, let a = spanIDs[String(parts[1].dropFirst(5))], let b = spanIDs[String(parts[2].dropFirst(5))],
            a.sentence == b.sentence
          else { throw AttribError.invalidRun(where_, "an R line needs 'TYPE Arg1:T… Arg2:T…' in one sentence") }
          relationsBySentence[a.sentence, default: []].append(LabelSpans.Relation(from: a.id, to: b.id, type: String(parts[0])))
        }
      }
      for (s, record) in records.enumerated() {
        result.append(
          Sentence(doc: doc, sentence: record.sentence, spans: spansBySentence[s] ?? [], relations: relationsBySentence[s] ?? []))
      }
    }
    return result
  }

  private static func parse(_ text: String, _ location: TextLocation) throws -> JSONValue {
    do {
      return try JSONParser.parse(text)
    } catch let failure as JSONParser.Failure {
      throw AttribError.invalidRun(location, "invalid JSON: \(failure.message) at column \(failure.column)")
    }
  }

  private static func key(_ value: JSONValue, _ fallback: JSONValue, _ location: TextLocation) throws -> (String, Int) {
    let doc = value["doc"]?.stringValue ?? fallback["meta"]?["doc"]?.stringValue
    let sentence = value["sentence"]?.intValue ?? fallback["meta"]?["sentence"]?.intValue
    guard let doc, let sentence else { throw AttribError.invalidRun(location, "missing 'doc' or 'sentence'") }
    return (doc, sentence)
  }

  // MARK: - Records

  /// The original run with the chains of every imported sentence replaced.
  public func records(original: [RunRecord], imported: [Sentence]) -> [RunRecord] {
    var byKey: [String: Sentence] = [:]
    for sentence in imported { byKey["\(sentence.doc)\u{1}\(sentence.sentence)"] = sentence }
    return original.map { record in
      guard let sentence = byKey["\(record.doc)\u{1}\(record.sentence)"] else { return record }
      var copy = record
      copy.chains = chains(of: sentence, original: record)
      return copy
    }
  }

  func chains(of sentence: Sentence, original record: RunRecord) -> [Chain] {
    let scalars = Array(record.text.unicodeScalars)
    let drawn = LabelSpans(record)
    var originalHops: [Int64: Hop] = [:]
    for chain in record.chains {
      for hop in chain.hops { originalHops[Int64(hop.start) << 32 | Int64(hop.end)] = hop }
    }
    var cueOf: [Int: String] = [:]
    for relation in sentence.relations where relation.type == "cue" {
      if let cue = sentence.spans.first(where: { $0.id == relation.from }), cue.start >= 0, cue.end <= scalars.count, cue.start < cue.end {
        cueOf[relation.to] = String(String.UnicodeScalarView(scalars[cue.start..<cue.end])).lowercased()
      }
    }
    var result: [Chain] = []
    let externalChains = drawn.external.map { record.chains[$0] }
    for path in LabelSpans.chains(spans: sentence.spans, relations: sentence.relations) {
      var hops: [Hop] = []
      for id in path {
        guard let span = sentence.spans.first(where: { $0.id == id }), span.start >= 0, span.end <= scalars.count, span.start < span.end
        else { continue }
        let start = record.start + span.start
        let end = record.start + span.end
        if var hop = originalHops[Int64(start) << 32 | Int64(end)] {
          if let cue = cueOf[id] { hop.cue = cue }
          hops.append(hop)
        } else {
          hops.append(newHop(String(String.UnicodeScalarView(scalars[span.start..<span.end])), start, end, cue: cueOf[id] ?? ""))
        }
      }
      guard !hops.isEmpty else { continue }
      // A path that is also a chain carried from the original is not added twice.
      if externalChains.contains(where: { $0.hops.map { [$0.start, $0.end] } == hops.map { [$0.start, $0.end] } }) {
        continue
      }
      let offsets = hops.map { [$0.start, $0.end] }
      let match = record.chains.first { $0.hops.map { [$0.start, $0.end] } == offsets }
      result.append(Chain(hops: hops, inherited: match?.inherited ?? false, rule: match?.rule ?? "imported"))
    }
    // Chains that could not be drawn on the sentence come back from the original run.
    result += externalChains
    // Keep the original order of chains where they are unchanged.
    return result.sorted { a, b in
      let ia = record.chains.firstIndex(of: a) ?? Int.max
      let ib = record.chains.firstIndex(of: b) ?? Int.max
      return ia < ib
    }
  }

  /// A hop the labeller added: resolved against the registry by its text.
  func newHop(_ text: String, _ start: Int, _ end: Int, cue: String) -> Hop {
    switch registry.index.lookup(text) {
    case .outlet(let i):
      let outlet = registry.outlets[i]
      return Hop(name: outlet.name, id: outlet.id, kind: outlet.kind.rawValue, mention: text, start: start, end: end, cue: cue)
    case .person(let i):
      let person = registry.people[i]
      return Hop(
        name: person.name, id: person.id, kind: "person", mention: text, start: start, end: end, cue: cue,
        affiliation: person.affiliation)
    case nil:
      let capitalised = text.unicodeScalars.first.map(ScalarText.isUpper) ?? false
      return Hop(name: text, id: nil, kind: capitalised ? "person" : "group", mention: text, start: start, end: end, cue: cue,
        anonymous: !capitalised)
    }
  }
}
