/// Aligns the sentences of one document in two runs.
///
/// First by offsets, then by normalised text; sentences left over are matched as
/// splits (one old sentence covers several new ones) or merges (the reverse) when
/// their spans nest, and the rest are added or removed.
public enum SentenceAligner {
  public enum Pair: Sendable {
    case same(old: RunRecord, new: RunRecord)
    /// One old sentence became several new ones.
    case split(old: RunRecord, new: [RunRecord])
    /// Several old sentences became one new one.
    case merged(old: [RunRecord], new: RunRecord)
    case removed(RunRecord)
    case added(RunRecord)

    /// Where the pair sits in the new run (old run for removals), for ordering.
    var position: Int {
      switch self {
      case .same(_, let new), .merged(_, let new), .added(let new): return new.start
      case .split(let old, _), .removed(let old): return old.start
      }
    }
  }

  public static func align(old: [RunRecord], new: [RunRecord]) -> [Pair] {
    var pairs: [Pair] = []
    var oldLeft = Set(old.indices)
    var newLeft = Set(new.indices)
    var byOffsets: [Int64: Int] = [:]
    for (i, record) in old.enumerated() { byOffsets[Int64(record.start) << 32 | Int64(record.end)] = i }
    for (j, record) in new.enumerated() {
      if let i = byOffsets[Int64(record.start) << 32 | Int64(record.end)], oldLeft.contains(i) {
        pairs.append(.same(old: old[i], new: record))
        oldLeft.remove(i)
        newLeft.remove(j)
      }
    }
    var byText: [String: [Int]] = [:]
    for i in old.indices where oldLeft.contains(i) { byText[Evaluation.normalised(old[i].text), default: []].append(i) }
    for j in new.indices where newLeft.contains(j) {
      let key = Evaluation.normalised(new[j].text)
      if var candidates = byText[key], let i = candidates.first {
        candidates.removeFirst()
        byText[key] = candidates
        pairs.append(.same(old: old[i], new: new[j]))
        oldLeft.remove(i)
        newLeft.remove(j)
      }
    }
    // Splits and merges: nested spans, compared by text containment.
    for i in old.indices.sorted() where oldLeft.contains(i) {
      let container = Evaluation.normalised(old[i].text)
      let parts = new.indices.filter {
        newLeft.contains($0) && container.contains(Evaluation.normalised(new[$0].text))
          && !Evaluation.normalised(new[$0].text).isEmpty
      }
      if parts.count >= 2 {
        pairs.append(.split(old: old[i], new: parts.map { new[$0] }))
        oldLeft.remove(i)
        parts.forEach { newLeft.remove($0) }
      }
    }
    for j in new.indices.sorted() where newLeft.contains(j) {
      let container = Evaluation.normalised(new[j].text)
      let parts = old.indices.filter {
        oldLeft.contains($0) && container.contains(Evaluation.normalised(old[$0].text))
          && !Evaluation.normalised(old[$0].text).isEmpty
      }
      if parts.count >= 2 {
        pairs.append(.merged(old: parts.map { old[$0] }, new: new[j]))
        newLeft.remove(j)
        parts.forEach { oldLeft.remove($0) }
      }
    }
    for i in old.indices where oldLeft.contains(i) { pairs.append(.removed(old[i])) }
    for j in new.indices where newLeft.contains(j) { pairs.append(.added(new[j])) }
    return pairs.sorted { $0.position < $1.position }
  }
}
