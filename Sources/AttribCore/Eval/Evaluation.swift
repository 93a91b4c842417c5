/// Scores predicted attribution chains against gold ones (`attrib eval`).
///
/// Sentences are aligned by document and offsets, then by normalised text. A chain
/// matches when all its hops match in order; a hop matches by registry id when both
/// sides have one, else by normalised name. Only documents present in the gold file
/// are scored; a gold sentence with no predicted counterpart counts its chains as
/// missed.
public struct Evaluation: Sendable {
  /// Precision, recall and F1 with their counts.
  public struct Score: Sendable, Equatable {
    public var tp = 0
    public var fp = 0
    public var fn = 0

    public var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
    public var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
    public var f1: Double {
      let p = precision
      let r = recall
      return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
  }

  /// A chain that was missed (in gold only) or spurious (predicted only).
  public struct Miss: Sendable {
    public var isMissed: Bool
    public var doc: String
    public var sentence: Int
    public var text: String
    public var label: String
  }

  public var chains = Score()
  public var hops = Score()
  /// Chain scores by label (gold label for tp and fn, predicted label for fp).
  public var labels: [String: Score] = [:]
  public var misses: [Miss] = []
  public var sentences = 0
  public var documents = 0

  public init() {}

  /// Scores `predicted` against `gold`.
  public init(gold: [RunRecord], predicted: [RunRecord]) {
    var predictedByDoc: [String: [RunRecord]] = [:]
    for record in predicted { predictedByDoc[record.doc, default: []].append(record) }
    var goldByDoc: [(String, [RunRecord])] = []
    var index: [String: Int] = [:]
    for record in gold {
      if let i = index[record.doc] {
        goldByDoc[i].1.append(record)
      } else {
        index[record.doc] = goldByDoc.count
        goldByDoc.append((record.doc, [record]))
      }
    }
    for (doc, goldRecords) in goldByDoc {
      documents += 1
      var unmatched = predictedByDoc[doc] ?? []
      for goldRecord in goldRecords where goldRecord.section == .headline || goldRecord.section == .body {
        sentences += 1
        var predictedChains: [Chain] = []
        if let i = unmatched.firstIndex(where: { $0.start == goldRecord.start && $0.end == goldRecord.end })
          ?? unmatched.firstIndex(where: { Self.normalised($0.text) == Self.normalised(goldRecord.text) })
        {
          predictedChains = unmatched[i].chains
          unmatched.remove(at: i)
        }
        score(gold: goldRecord.chains, predicted: predictedChains, record: goldRecord)
      }
      // Predicted sentences of a gold document that have no gold counterpart.
      for record in unmatched where record.section == .headline || record.section == .body {
        score(gold: [], predicted: record.chains, record: record)
      }
    }
  }

  private mutating func score(gold: [Chain], predicted: [Chain], record: RunRecord) {
    var remaining = predicted
    for chain in gold {
      if let i = remaining.firstIndex(where: { Self.chainsMatch($0, chain) }) {
        remaining.remove(at: i)
        chains.tp += 1
        labels[chain.label, default: Score()].tp += 1
      } else {
        chains.fn += 1
        labels[chain.label, default: Score()].fn += 1
        misses.append(Miss(isMissed: true, doc: record.doc, sentence: record.sentence, text: record.text, label: chain.label))
      }
    }
    for chain in remaining {
      chains.fp += 1
      labels[chain.label, default: Score()].fp += 1
      misses.append(Miss(isMissed: false, doc: record.doc, sentence: record.sentence, text: record.text, label: chain.label))
    }
    // Hops: the distinct sources of the sentence on each side.
    var goldHops = Self.distinctHops(gold)
    for hop in Self.distinctHops(predicted) {
      if let i = goldHops.firstIndex(where: { Self.hopsMatch($0, hop) }) {
        goldHops.remove(at: i)
        hops.tp += 1
      } else {
        hops.fp += 1
      }
    }
    hops.fn += goldHops.count
  }

  static func distinctHops(_ chains: [Chain]) -> [Hop] {
    var result: [Hop] = []
    for chain in chains {
      for hop in chain.hops where !result.contains(where: { hopsMatch($0, hop) }) { result.append(hop) }
    }
    return result
  }

  public static func chainsMatch(_ a: Chain, _ b: Chain) -> Bool {
    a.hops.count == b.hops.count && zip(a.hops, b.hops).allSatisfy { hopsMatch($0, $1) }
  }

  public static func hopsMatch(_ a: Hop, _ b: Hop) -> Bool {
    if let x = a.id, let y = b.id { return x == y }
    return normalised(a.name) == normalised(b.name)
  }

  /// Lowercase, diacritics and punctuation folded, hyphens as spaces, no leading "the".
  public static func normalised(_ s: String) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in s.unicodeScalars {
      let f = ScalarText.folded(scalar)
      if ScalarText.isWordScalar(f) {
        if pendingSpace && !out.isEmpty { out += " " }
        pendingSpace = false
        out.unicodeScalars.append(f)
      } else if ScalarText.isApostrophe(f) || f == "'" {
        continue
      } else {
        pendingSpace = true
      }
    }
    if out.hasPrefix("the ") { out.removeFirst(4) }
    return out
  }
}
