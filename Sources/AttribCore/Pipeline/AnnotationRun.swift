import Foundation

/// Annotates a stream of documents, in parallel, writing records in input order.
///
/// With several jobs, the calling thread reads documents and hands them to `jobs` workers
/// through a queue, and writes each document's records as soon as it and every document
/// before it are done. Memory is bounded by the documents in flight (at most `jobs × 64`
/// documents or 512 KB of text, and their records), not by the corpus; a document too long
/// to annotate whole is annotated and written a piece at a time.
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
    /// Bytes of UTF-8 text annotated.
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
    let queue = jobs > 1 ? WorkQueue(run: self) : nil
    defer { queue?.stop() }

    func write(_ records: JSONWriter, count: Int) throws {
      try records.withBytes { try sink.write(buffer: $0) }
      summary.records += count
    }
    func finished(bytes: Int) {
      summary.documents += 1
      summary.characters += bytes
    }
    /// Writes the finished documents at the head of the queue, waiting for `least` of them.
    func writeDone(atLeast least: Int) throws {
      guard let queue else { return }
      let done = queue.takeDone(atLeast: least)
      for item in done {
        try write(item.records, count: item.count)
        finished(bytes: item.bytes)
      }
      if !done.isEmpty { progress?(summary) }
    }
    func drain() throws {
      while let queue, queue.inFlight > 0 { try writeDone(atLeast: queue.inFlight) }
    }
    while let event = reader.next() {
      switch event {
      case .document(let document, let warning):
        if let warning {
          report("warning: \(warning)")
          summary.warnings += 1
        }
        let bytes = document.text.utf8.count
        if bytes > annotator.pieceThreshold {
          // A very long document: written piece by piece as it is annotated, after every
          // document before it.
          try drain()
          try annotator.annotate(document) { piece in
            let (records, count) = RecordWriter.jsonlRecords(piece, sections: sections)
            try write(records, count: count)
          }
          finished(bytes: bytes)
          progress?(summary)
        } else if let queue {
          // A full queue is emptied by half at a time, so this thread wakes once for many
          // documents, not for each.
          if queue.isFull { try writeDone(atLeast: (queue.inFlight + 1) / 2) }
          queue.submit(document)
        } else {
          let (lines, count) = records(of: document)
          try write(lines, count: count)
          finished(bytes: bytes)
          progress?(summary)
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

  /// The JSONL records of a document, and their count.
  fileprivate func records(of document: Document) -> (JSONWriter, Int) {
    RecordWriter.jsonlRecords(annotator.annotate(document), sections: sections)
  }
}

/// Documents handed from the reading thread to the workers, and their records handed back,
/// in input order.
///
/// The shared state is guarded by a lock held only to move an item; the semaphores count
/// documents waiting for a worker (`available`) and documents finished (`finished`), so a
/// thread blocks only when it has nothing to do.
private final class WorkQueue: @unchecked Sendable {
  struct Done {
    var records: JSONWriter
    var count: Int
    /// Bytes of the document's text.
    var bytes: Int
  }

  /// The most documents, per job, and bytes of their text in flight: submitted, not yet taken.
  static let maxDocuments = 64
  static let maxText = 1 << 19

  private let lock = NSLock()
  private let available = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)
  private let workers = DispatchGroup()
  private let jobs: Int
  // Guarded by `lock`.
  /// Documents not started, from `pendingHead` on (taken ones are let go at once).
  private var pending: [(sequence: Int, document: Document?)] = []
  private var pendingHead = 0
  private var done: [Int: Done] = [:]
  /// The document the reading thread waits for, signalled on `finished` when it is done.
  private var awaited: Int?
  private var isStopping = false
  // Used by the reading thread only.
  private var nextSequence = 0
  private var nextToTake = 0
  private var textInFlight = 0

  init(run: AnnotationRun) {
    jobs = run.jobs
    for _ in 0..<run.jobs {
      DispatchQueue.global().async(group: workers) { [self] in work(run) }
    }
  }

  /// Documents submitted and not yet taken.
  var inFlight: Int { nextSequence - nextToTake }

  /// Whether a document should be taken before the next is submitted.
  var isFull: Bool {
    inFlight >= jobs * Self.maxDocuments || (textInFlight >= Self.maxText && inFlight > 0)
  }

  func submit(_ document: Document) {
    textInFlight += document.text.utf8.count
    lock.lock()
    pending.append((nextSequence, document))
    lock.unlock()
    nextSequence += 1
    available.signal()
  }

  /// The finished documents next in input order, waiting until there are at least `least`
  /// of them (or none is left in flight).
  func takeDone(atLeast least: Int) -> [Done] {
    var result: [Done] = []
    while true {
      lock.lock()
      while let item = done.removeValue(forKey: nextToTake) {
        result.append(item)
        textInFlight -= item.bytes
        nextToTake += 1
      }
      if result.count >= least || inFlight == 0 {
        lock.unlock()
        return result
      }
      // Woken once, by the last document needed (or by the first missing one, when that
      // one is done already): not by every document that finishes.
      let last = nextToTake + least - result.count - 1
      awaited = done[last] == nil ? last : nextToTake
      lock.unlock()
      finished.wait()
    }
  }

  /// Lets the workers go once they are idle, dropping documents not started (`stop` comes
  /// after a drain, or after an error), and waits for them.
  func stop() {
    lock.lock()
    isStopping = true
    pending.removeAll()
    pendingHead = 0
    lock.unlock()
    for _ in 0..<jobs { available.signal() }
    workers.wait()
  }

  private func work(_ run: AnnotationRun) {
    while true {
      available.wait()
      lock.lock()
      guard pendingHead < pending.count, !isStopping else {
        lock.unlock()
        return
      }
      let sequence = pending[pendingHead].sequence
      guard let document = pending[pendingHead].document else { preconditionFailure("a document is taken once") }
      pending[pendingHead].document = nil
      pendingHead += 1
      if pendingHead == pending.count || pendingHead >= 1024 {
        pending.removeFirst(pendingHead)
        pendingHead = 0
      }
      lock.unlock()
      let bytes = document.text.utf8.count
      let (records, count) = run.records(of: document)
      lock.lock()
      done[sequence] = Done(records: records, count: count, bytes: bytes)
      let isAwaited = awaited == sequence
      if isAwaited { awaited = nil }
      lock.unlock()
      if isAwaited { finished.signal() }
    }
  }
}
