/// The spans and relations of one sentence, as labelling tools see them.
///
/// Sources are `SOURCE` spans and cues `CUE` spans; a `cue` relation links a cue to
/// its source, and a `via` relation links a relay to the hop it passes on (relay →
/// origin), so each chain is a path through the spans. Offsets are code points within
/// the sentence text. A chain with a hop outside the sentence (an inherited chain)
/// cannot be drawn on the sentence: it travels as `external` and comes back from the
/// original run on import.
public struct LabelSpans: Sendable {
  public struct Span: Hashable, Sendable {
    public var id: Int
    /// "SOURCE" or "CUE".
    public var label: String
    /// Code point offsets within the sentence text; `end` is exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    /// The registry id of a source, for formats that carry a normalisation.
    public var registryID: String?
  }

  public struct Relation: Hashable, Sendable {
    public var from: Int
    public var to: Int
    /// "via" (relay → origin) or "cue" (cue → source).
    public var type: String
  }

  public var spans: [Span] = []
  public var relations: [Relation] = []
  /// Indices of the record's chains that could not be drawn on the sentence.
  public var external: [Int] = []

  /// The spans and relations of a record's chains.
  public init(_ record: RunRecord) {
    let scalars = Array(record.text.unicodeScalars)
    func text(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
    var sourceIDs: [Int64: Int] = [:]
    var drawn: [(Int, [Int])] = []
    for (c, chain) in record.chains.enumerated() {
      let inside = chain.hops.allSatisfy { $0.start >= record.start && $0.end <= record.end && $0.end > $0.start }
      guard inside else {
        external.append(c)
        continue
      }
      var ids: [Int] = []
      for hop in chain.hops {
        let start = hop.start - record.start
        let end = hop.end - record.start
        let key = Int64(start) << 32 | Int64(end)
        let id: Int
        if let existing = sourceIDs[key] {
          id = existing
        } else {
          id = spans.count + 1
          spans.append(Span(id: id, label: "SOURCE", start: start, end: end, text: text(start, end), registryID: hop.id))
          sourceIDs[key] = id
        }
        ids.append(id)
        if let cue = Self.cueRange(hop.cue, in: scalars, near: start), !spans.contains(where: { $0.label == "CUE" && $0.start == cue.lowerBound }) {
          let cueID = spans.count + 1
          spans.append(Span(id: cueID, label: "CUE", start: cue.lowerBound, end: cue.upperBound, text: text(cue.lowerBound, cue.upperBound)))
          relations.append(Relation(from: cueID, to: id, type: "cue"))
        }
      }
      for i in ids.indices.dropFirst() {
        let relation = Relation(from: ids[i], to: ids[i - 1], type: "via")
        if !relations.contains(relation) { relations.append(relation) }
      }
      drawn.append((c, ids))
    }
    // A chain the paths cannot give back (a lone hop that also relays or originates another
    // chain) travels with the external ones.
    let paths = Self.chains(spans: spans, relations: relations)
    for (c, ids) in drawn where !paths.contains(ids) { external.append(c) }
    external.sort()
  }

  /// The occurrence of the cue words nearest to the mention, case-insensitively.
  static func cueRange(_ cue: String, in scalars: [Unicode.Scalar], near position: Int) -> Range<Int>? {
    let needle = Array(cue.lowercased().unicodeScalars)
    guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
    var best: Range<Int>?
    var i = 0
    while i + needle.count <= scalars.count {
      var matches = true
      for k in 0..<needle.count where ScalarText.folded(scalars[i + k]) != needle[k] {
        matches = false
        break
      }
      let before = i == 0 || !ScalarText.isWordScalar(scalars[i - 1])
      let after = i + needle.count == scalars.count || !ScalarText.isWordScalar(scalars[i + needle.count])
      if matches && before && after {
        let closer = best.map { abs(i - position) < abs($0.lowerBound - position) } ?? true
        if closer { best = i..<(i + needle.count) }
      }
      i += 1
    }
    return best
  }

  /// Chains from spans and `via` relations: every path from a span nothing relays
  /// further to an origin, in provenance order (origin first), as span ids.
  public static func chains(spans: [Span], relations: [Relation]) -> [[Int]] {
    let sources = spans.filter { $0.label == "SOURCE" }.map(\.id)
    let via = relations.filter { $0.type == "via" }
    var outgoing: [Int: [Int]] = [:]
    var hasIncoming: Set<Int> = []
    for relation in via {
      outgoing[relation.from, default: []].append(relation.to)
      hasIncoming.insert(relation.to)
    }
    var result: [[Int]] = []
    func walk(_ node: Int, _ path: [Int]) {
      guard path.count < 12 else { return }
      let next = (outgoing[node] ?? []).filter { !path.contains($0) }
      if next.isEmpty {
        result.append(path.reversed())
        return
      }
      for target in next { walk(target, path + [target]) }
    }
    for source in sources where !hasIncoming.contains(source) { walk(source, [source]) }
    return result
  }
}
