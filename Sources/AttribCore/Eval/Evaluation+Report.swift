import Foundation

/// The text and JSON reports of an evaluation.
extension Evaluation {
  /// `{"chains": {...}, "hops": {...}, "labels": [...], "sentences": N, "documents": N}`.
  public var json: String {
    var w = JSONWriter()
    func score(_ s: Score) {
      w.raw("{")
      w.key("precision")
      w.double(s.precision)
      w.raw(",")
      w.key("recall")
      w.double(s.recall)
      w.raw(",")
      w.key("f1")
      w.double(s.f1)
      w.raw(",")
      w.key("tp")
      w.int(s.tp)
      w.raw(",")
      w.key("fp")
      w.int(s.fp)
      w.raw(",")
      w.key("fn")
      w.int(s.fn)
      w.raw("}")
    }
    w.raw("{")
    w.key("chains")
    score(chains)
    w.raw(",")
    w.key("hops")
    score(hops)
    w.raw(",")
    w.key("documents")
    w.int(documents)
    w.raw(",")
    w.key("sentences")
    w.int(sentences)
    w.raw(",")
    w.key("labels")
    w.raw("[")
    for (i, (label, s)) in sortedLabels.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{")
      w.key("label")
      w.string(label)
      w.raw(",")
      w.key("score")
      score(s)
      w.raw("}")
    }
    w.raw("]}")
    return w.text
  }

  /// Labels by gold count (tp + fn), then name.
  var sortedLabels: [(String, Score)] {
    labels.sorted { a, b in
      let ca = a.value.tp + a.value.fn
      let cb = b.value.tp + b.value.fn
      return ca != cb ? ca > cb : a.key < b.key
    }
  }

  /// The human-readable report; with `verbose`, every missed and spurious chain.
  public func text(verbose: Bool) -> String {
    func pct(_ x: Double) -> String {
      let v = (x * 1000).rounded() / 10
      return String(v)
    }
    func row(_ name: String, _ s: Score) -> String {
      let cells = [pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)]
      return name.padding(toLength: 40, withPad: " ", startingAt: 0)
        + cells.map { $0.leftPad(8) }.joined()
    }
    var lines: [String] = []
    lines.append("\(documents) document(s), \(sentences) gold sentence(s)")
    lines.append("".padding(toLength: 40, withPad: " ", startingAt: 0) + ["P%", "R%", "F1%", "tp", "fp", "fn"].map { $0.leftPad(8) }.joined())
    lines.append(row("chains", chains))
    lines.append(row("hops", hops))
    lines.append("")
    lines.append("by label")
    for (label, s) in sortedLabels { lines.append(row(String(label.prefix(39)), s)) }
    if verbose {
      lines.append("")
      lines.append("misses (- missed gold chain, + spurious predicted chain)")
      for miss in misses {
        lines.append("\(miss.isMissed ? "-" : "+") \(miss.doc):\(miss.sentence) \(miss.label)  | \(miss.text.prefix(120))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func leftPad(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
