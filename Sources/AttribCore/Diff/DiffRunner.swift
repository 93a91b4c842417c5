/// Streams two runs document by document and reports their differences as it goes.
///
/// Documents are matched by id. When both runs list documents in the same order, only
/// one document of each is held in memory; documents that appear out of order are
/// buffered until their counterpart arrives (memory then grows with how far apart they
/// are, not with the files).
public struct DiffRunner {
  public var diff: RunDiff

  public init(diff: RunDiff) {
    self.diff = diff
  }

  /// Reads both runs to the end, calling `emit` with each document's differences.
  ///
  /// - Throws: `AttribError.invalidRun` when a line of either file is not a record.
  public func run(
    old: inout RunReader, new: inout RunReader, emit: ([RunDiff.SentenceDiff]) throws -> Void
  ) throws -> RunDiff.Summary {
    var summary = RunDiff.Summary()
    var pendingOld: [String: [RunRecord]] = [:]
    var pendingNew: [String: [RunRecord]] = [:]
    var orderOld: [String] = []
    var orderNew: [String] = []
    var oldDone = false
    var newDone = false
    func check(_ reader: RunReader) throws {
      if let problem = reader.problems.first {
        throw AttribError.message(problem)
      }
    }
    while !oldDone || !newDone {
      if !oldDone {
        if let records = try old.nextDocument() {
          let id = records[0].doc
          if let counterpart = pendingNew.removeValue(forKey: id) {
            try emit(diff.diff(old: records, new: counterpart, summary: &summary))
          } else {
            pendingOld[id] = records
            orderOld.append(id)
          }
        } else {
          oldDone = true
        }
        try check(old)
      }
      if !newDone {
        if let records = try new.nextDocument() {
          let id = records[0].doc
          if let counterpart = pendingOld.removeValue(forKey: id) {
            try emit(diff.diff(old: counterpart, new: records, summary: &summary))
          } else {
            pendingNew[id] = records
            orderNew.append(id)
          }
        } else {
          newDone = true
        }
        try check(new)
      }
    }
    summary.onlyOld = orderOld.filter { pendingOld[$0] != nil }
    summary.onlyNew = orderNew.filter { pendingNew[$0] != nil }
    return summary
  }
}
