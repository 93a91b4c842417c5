/// Compares two annotate runs sentence by sentence (`attrib diff`).
public struct RunDiff {
  /// Fields of a chain or hop that do not count as a change.
  public var ignored: Set<String>

  public static let fields = ["label", "inherited", "rule", "name", "id", "kind", "mention", "cue", "anonymous", "affiliation", "offsets"]

  public init(ignoring ignored: Set<String> = []) {
    self.ignored = ignored
  }

  /// A chain present on both sides whose details differ.
  public struct ChainChange: Sendable {
    public var old: Chain
    public var new: Chain
    /// What changed: "label", "ids", "hop added", "hop lost", "inherited", "rule", "hops".
    public var changes: [String]
  }

  /// One sentence (or a split or merge) whose chains differ.
  public struct SentenceDiff: Sendable {
    /// "changed", "split", "merged", "added" or "removed".
    public var status: String
    public var doc: String
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String
    /// For splits and merges: the sentences on the other side.
    public var counterparts: [RunRecord]
    public var added: [Chain]
    public var removed: [Chain]
    public var changed: [ChainChange]
  }

  /// Totals of a whole diff.
  public struct Summary: Sendable {
    public var documents = 0
    public var onlyOld: [String] = []
    public var onlyNew: [String] = []
    public var changedSentences = 0
    public var chainsAdded = 0
    public var chainsRemoved = 0
    public var chainsChanged = 0
    /// Chains by label in each run.
    public var before: [String: Int] = [:]
    public var after: [String: Int] = [:]

    public var isIdentical: Bool { changedSentences == 0 && onlyOld.isEmpty && onlyNew.isEmpty }

    public init() {}

    /// Labels whose counts differ, largest change first.
    public var labelChanges: [(label: String, before: Int, after: Int)] {
      Set(before.keys).union(after.keys)
        .map { ($0, before[$0] ?? 0, after[$0] ?? 0) }
        .filter { $0.1 != $0.2 }
        .sorted { abs($0.2 - $0.1) != abs($1.2 - $1.1) ? abs($0.2 - $0.1) > abs($1.2 - $1.1) : $0.0 < $1.0 }
    }
  }

  // MARK: - Chains

  /// What identifies a chain for the diff, with the ignored fields left out.
  func signature(_ chain: Chain) -> String {
    var parts: [String] = []
    if !ignored.contains("label") { parts.append(chain.label) }
    if !ignored.contains("inherited") { parts.append(chain.inherited ? "i" : "-") }
    if !ignored.contains("rule") { parts.append(chain.rule) }
    for hop in chain.hops {
      var fields: [String] = []
      if !ignored.contains("name") { fields.append(hop.name) }
      if !ignored.contains("id") { fields.append(hop.id ?? "") }
      if !ignored.contains("kind") { fields.append(hop.kind) }
      if !ignored.contains("mention") { fields.append(hop.mention) }
      if !ignored.contains("cue") { fields.append(hop.cue) }
      if !ignored.contains("anonymous") { fields.append(hop.anonymous ? "a" : "") }
      if !ignored.contains("affiliation") { fields.append(hop.affiliation ?? "") }
      if !ignored.contains("offsets") { fields.append("\(hop.start)-\(hop.end)") }
      parts.append(fields.joined(separator: "\u{1}"))
    }
    return parts.joined(separator: "\u{2}")
  }

  /// Added, removed and changed chains between two lists.
  func compare(_ old: [Chain], _ new: [Chain]) -> (added: [Chain], removed: [Chain], changed: [ChainChange]) {
    var removed = old
    var added: [Chain] = []
    for chain in new {
      let key = signature(chain)
      if let i = removed.firstIndex(where: { signature($0) == key }) {
        removed.remove(at: i)
      } else {
        added.append(chain)
      }
    }
    // Pair what is left by origin (or label) as changes.
    var changed: [ChainChange] = []
    var stillAdded: [Chain] = []
    for chain in added {
      let origin = chain.hops.first.map { $0.id ?? $0.name }
      if let i = removed.firstIndex(where: { $0.label == chain.label || $0.hops.first.map { $0.id ?? $0.name } == origin }) {
        changed.append(ChainChange(old: removed[i], new: chain, changes: describe(removed[i], chain)))
        removed.remove(at: i)
      } else {
        stillAdded.append(chain)
      }
    }
    return (stillAdded, removed, changed)
  }

  func describe(_ old: Chain, _ new: Chain) -> [String] {
    var changes: [String] = []
    if old.label != new.label { changes.append("label") }
    if old.hops.map(\.id) != new.hops.map(\.id) { changes.append("ids") }
    if new.hops.count > old.hops.count { changes.append("hop added") }
    if new.hops.count < old.hops.count { changes.append("hop lost") }
    if old.inherited != new.inherited { changes.append("inherited") }
    if old.rule != new.rule { changes.append("rule") }
    if changes.isEmpty { changes.append("hops") }
    return changes
  }

  // MARK: - Documents

  /// The differences of one document present in both runs.
  public func diff(old: [RunRecord], new: [RunRecord], summary: inout Summary) -> [SentenceDiff] {
    summary.documents += 1
    for record in old { for chain in record.chains { summary.before[chain.label, default: 0] += 1 } }
    for record in new { for chain in record.chains { summary.after[chain.label, default: 0] += 1 } }
    var result: [SentenceDiff] = []
    for pair in SentenceAligner.align(old: old, new: new) {
      let entry: SentenceDiff?
      switch pair {
      case .same(let o, let n):
        let (added, removed, changed) = compare(o.chains, n.chains)
        entry =
          added.isEmpty && removed.isEmpty && changed.isEmpty
          ? nil : make("changed", n, [], added, removed, changed)
      case .split(let o, let parts):
        let (added, removed, changed) = compare(o.chains, parts.flatMap(\.chains))
        entry = make("split", o, parts, added, removed, changed)
      case .merged(let parts, let n):
        let (added, removed, changed) = compare(parts.flatMap(\.chains), n.chains)
        entry = make("merged", n, parts, added, removed, changed)
      case .removed(let o):
        entry = make("removed", o, [], [], o.chains, [])
      case .added(let n):
        entry = make("added", n, [], n.chains, [], [])
      }
      if let entry {
        result.append(entry)
        summary.changedSentences += 1
        summary.chainsAdded += entry.added.count
        summary.chainsRemoved += entry.removed.count
        summary.chainsChanged += entry.changed.count
      }
    }
    return result
  }

  private func make(
    _ status: String, _ record: RunRecord, _ counterparts: [RunRecord], _ added: [Chain], _ removed: [Chain],
    _ changed: [ChainChange]
  ) -> SentenceDiff {
    SentenceDiff(
      status: status, doc: record.doc, sentence: record.sentence, start: record.start, end: record.end, text: record.text,
      counterparts: counterparts, added: added, removed: removed, changed: changed)
  }
}
