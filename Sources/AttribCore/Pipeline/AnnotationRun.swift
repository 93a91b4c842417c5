import Dispatch

/// Annotates a stream of documents, in parallel batches, writing records in input order.
///
/// Memory is bounded by one batch of documents (`jobs × 8`), not by the corpus.
public struct AnnotationRun {
  public var annotator: Annotator
  public var sections: Set<Section>
  public var jobs: Int

  public init(annotator: Annotator, sections: Set<Section>, jobs: Int) {
    self.annotator = annotator
    self.sections = sections
    self.jobs = max(1, jobs)
  }

  /// Counts of a finished run.
  public struct Summary: Sendable {
    public var documents = 0
    public var records = 0
    public var errors = 0
    public var warnings = 0
    /// Code points of text annotated.
    public var characters = 0

    public init() {}
  }

  /// Runs over every document of `reader`, writing to `sink`; messages go to `report`.
  ///
  /// - Throws: the sink's errors (`brokenPipe`, `unwritable`).
  public func run(
    _ reader: inout DocumentReader, to sink: OutputSink, report: (String) -> Void,
    progress: ((Summary) -> Void)? = nil
  ) throws -> Summary {
    var summary = Summary()
    let batchSize = jobs == 1 ? 1 : jobs * 8
    var batch: [Document] = []
    batch.reserveCapacity(batchSize)
    func drain() throws {
      let lines = annotate(batch)
      for text in lines {
        try sink.write(text.0)
        summary.records += text.1
      }
      summary.documents += batch.count
      for document in batch { summary.characters += document.text.utf8.count }
      batch.removeAll(keepingCapacity: true)
      progress?(summary)
    }
    while let event = reader.next() {
      switch event {
      case .document(let document, let warning):
        if let warning {
          report("warning: \(warning)")
          summary.warnings += 1
        }
        batch.append(document)
        if batch.count >= batchSize { try drain() }
      case .error(let message):
        try drain()
        report("error: \(message)")
        summary.errors += 1
      }
    }
    try drain()
    return summary
  }

  /// The JSONL text and record count of each document, in order.
  private func annotate(_ documents: [Document]) -> [(String, Int)] {
    if documents.isEmpty { return [] }
    let annotator = self.annotator
    let sections = self.sections
    if jobs == 1 || documents.count == 1 {
      return documents.map { Self.render(annotator.annotate($0), sections) }
    }
    let results = ResultSlots(count: documents.count)
    DispatchQueue.concurrentPerform(iterations: documents.count) { i in
      results.set(i, Self.render(annotator.annotate(documents[i]), sections))
    }
    return results.values
  }

  private static func render(_ document: AnnotatedDocument, _ sections: Set<Section>) -> (String, Int) {
    let text = RecordWriter.jsonl(document, sections: sections)
    let count = document.sentences.lazy.filter { sections.contains($0.section) }.count
    return (text, count)
  }
}

/// Fixed slots written once each from concurrent workers, at distinct indices.
private final class ResultSlots: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<(String, Int)>

  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: ("", 0))
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  func set(_ i: Int, _ value: (String, Int)) { storage[i] = value }

  var values: [(String, Int)] { Array(storage) }
}
