import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Streams an annotate run (JSONL records) one record or one document at a time.
///
/// Memory is bounded by the largest document, not the file. Lines that are not
/// records are reported as `FILE:LINE: message` through `problems` and skipped.
public struct RunReader {
  public let path: String
  private var lines: LineReader
  private let fd: Int32
  private var lookahead: RunRecord?
  /// Problems found so far (`FILE:LINE: message`), in order.
  public private(set) var problems: [String] = []

  /// Opens a run file (`-` for standard input).
  ///
  /// - Throws: `AttribError.unreadable` when the file cannot be opened.
  public init(path: String) throws {
    self.path = path
    if path == "-" {
      fd = STDIN_FILENO
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw AttribError.unreadable(path: path, reason: "no such file or directory")
      }
      if isDirectory.boolValue { throw AttribError.unreadable(path: path, reason: "is a directory") }
      fd = open(path, O_RDONLY)
      guard fd >= 0 else { throw AttribError.unreadable(path: path, reason: String(cString: strerror(errno))) }
    }
    lines = LineReader(fileDescriptor: fd)
  }

  /// Closes the file.
  public func close() {
    if fd != STDIN_FILENO { _ = Glibc.close(fd) }
  }

  /// The next record, or `nil` at the end of the file.
  public mutating func next() throws -> RunRecord? {
    if let record = lookahead {
      lookahead = nil
      return record
    }
    while let line = try lines.next() {
      let number = lines.lineNumber
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      let location = TextLocation(file: path, line: number)
      do {
        let value = try JSONParser.parse(line)
        return try RunRecord(json: value, location: location)
      } catch let failure as JSONParser.Failure {
        problems.append("\(location): invalid JSON: \(failure.message) at column \(failure.column)")
      } catch let error as AttribError {
        problems.append(error.description)
      }
    }
    return nil
  }

  /// The records of the next document (consecutive records with the same `doc`), or `nil`.
  public mutating func nextDocument() throws -> [RunRecord]? {
    guard let first = try next() else { return nil }
    var records = [first]
    while let record = try next() {
      if record.doc != first.doc {
        lookahead = record
        break
      }
      records.append(record)
    }
    return records
  }

  /// Every record of a file, for small runs (tests, gold files).
  public static func readAll(_ path: String) throws -> (records: [RunRecord], problems: [String]) {
    var reader = try RunReader(path: path)
    defer { reader.close() }
    var records: [RunRecord] = []
    while let record = try reader.next() { records.append(record) }
    return (records, reader.problems)
  }
}
