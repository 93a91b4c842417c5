import Dispatch

/// Annotates a stream of documents, in parallel batches, writing records in input order.
///
/// Memory is bounded by two batches of documents (`jobs × 32` documents or 256 KB of text
/// each), not by the corpus; a document too long to annotate whole is annotated and written
/// a piece at a time.
public struct AnnotationRun: Sendable {
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
  /// With several jobs the run is a pipeline: while one batch is annotated in parallel, the
  /// calling thread reads the next batch and writes the previous one, so reading and writing
  /// do not leave the cores idle.
  ///
  /// - Throws: the sink's errors (`brokenPipe`, `unwritable`).
  public func run(
    _ reader: inout DocumentReader, to sink: OutputSink, report: (String) -> Void,
    progress: ((Summary) -> Void)? = nil
  ) throws -> Summary {
    var summary = Summary()
    let batchSize = jobs == 1 ? 1 : jobs * 32
    var batch: [Document] = []
    batch.reserveCapacity(batchSize)
    // Bytes of text in `batch`: a batch also ends at `batchText`, so long documents do not
    // make batches (and their records, often several times the text) large.
    var batchBytes = 0
    var inFlight: (group: DispatchGroup, results: BatchResults, documents: [Document])?

    func write(_ done: (group: DispatchGroup, results: BatchResults, documents: [Document])) throws {
      done.group.wait()
      for (records, count) in done.results.lines {
        try records.withBytes { try sink.write(buffer: $0) }
        summary.records += count
      }
      summary.documents += done.documents.count
      for document in done.documents { summary.characters += document.text.utf8.count }
      progress?(summary)
    }
    // Starts annotating the current batch, then writes the batch before it.
    func launch() throws {
      let previous = inFlight
      inFlight = nil
      if !batch.isEmpty {
        let documents = batch
        let results = BatchResults()
        let group = DispatchGroup()
        if jobs == 1 {
          results.lines = annotate(documents)
        } else {
          let run = self
          DispatchQueue.global().async(group: group) { results.lines = run.annotate(documents) }
        }
        inFlight = (group, results, documents)
        batch.removeAll(keepingCapacity: true)
        batchBytes = 0
      }
      if let previous { try write(previous) }
    }
    func drain() throws {
      try launch()
      try launch()
    }
    while let event = reader.next() {
      switch event {
      case .document(let document, let warning):
        if let warning {
          report("warning: \(warning)")
          summary.warnings += 1
        }
        if document.text.utf8.count > annotator.pieceThreshold {
          // A very long document: written piece by piece as it is annotated, after every
          // document before it.
          try drain()
          try annotator.annotate(document) { piece in
            let (records, count) = RecordWriter.jsonlRecords(piece, sections: sections)
            try records.withBytes { try sink.write(buffer: $0) }
            summary.records += count
          }
          summary.documents += 1
          summary.characters += document.text.utf8.count
          progress?(summary)
        } else {
          batch.append(document)
          batchBytes += document.text.utf8.count
          if batch.count >= batchSize || batchBytes >= Self.batchText { try launch() }
        }
      case .error(let message):
        try drain()
        report("error: \(message)")
        summary.errors += 1
      }
    }
    try drain()
    return summary
  }

  /// The most bytes of text in one batch (a batch has at least one document).
  static let batchText = 1 << 18

  /// The JSONL records and record count of each document, in order.
  private func annotate(_ documents: [Document]) -> [(JSONWriter, Int)] {
    if documents.isEmpty { return [] }
    let annotator = self.annotator
    let sections = self.sections
    if jobs == 1 || documents.count == 1 {
      return documents.map { RecordWriter.jsonlRecords(annotator.annotate($0), sections: sections) }
    }
    let results = ResultSlots(count: documents.count)
    DispatchQueue.concurrentPerform(iterations: documents.count) { i in
      results.set(i, RecordWriter.jsonlRecords(annotator.annotate(documents[i]), sections: sections))
    }
    return results.values
  }
}

/// The output of one batch, written by the worker that annotates it and read after the
/// batch's group has been waited for.
private final class BatchResults: @unchecked Sendable {
  var lines: [(JSONWriter, Int)] = []
}

/// Fixed slots written once each from concurrent workers, at distinct indices.
private final class ResultSlots: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<(JSONWriter, Int)>

  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: (JSONWriter(), 0))
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  func set(_ i: Int, _ value: (JSONWriter, Int)) { storage[i] = value }

  var values: [(JSONWriter, Int)] { Array(storage) }
}
