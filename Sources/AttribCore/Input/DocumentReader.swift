import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the command line's inputs into documents, one at a time, in a stable order.
///
/// Inputs are `.txt` files (one article each; the id is the file name without its
/// extension), `.jsonl` files (one document a line with a string `id` and `text`;
/// other fields become `meta`), directories (searched recursively, in sorted path
/// order, for `.txt` and `.jsonl` files), and `-` (JSONL on standard input).
/// Problems are returned as events, never printed.
public struct DocumentReader {
  /// What reading produced next.
  public enum Event {
    /// A document, with a warning when its text had to be repaired.
    case document(Document, warning: String?)
    /// An input or line that was skipped; the run should fail at the end.
    case error(String)
  }

  private var pending: [String]
  private var current: (path: String, reader: LineReader, fd: Int32)?
  private var seenIDs: Set<String> = []

  public init(inputs: [String]) {
    self.pending = inputs.reversed()
  }

  /// Expands directories into their `.txt` and `.jsonl` files, sorted by path.
  public static func files(in directory: String) throws -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
      throw AttribError.unreadable(path: directory, reason: "cannot list directory")
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let lower = relative.lowercased()
      guard lower.hasSuffix(".txt") || lower.hasSuffix(".jsonl") else { continue }
      let path = (directory as NSString).appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        files.append(path)
      }
    }
    return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// The next event, or `nil` when every input was read.
  public mutating func next() -> Event? {
    while true {
      if var open = current {
        // Taken out while it reads, so the reader's buffer has one owner and a long line is
        // handed over without a copy.
        current = nil
        do {
          if let line = try open.reader.next() {
            let number = open.reader.lineNumber
            current = open
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return jsonlDocument(line, path: open.path, line: number)
          }
        } catch {
          current = open
          closeCurrent()
          return .error("\(open.path): \(error)")
        }
        current = open
        closeCurrent()
        continue
      }
      guard let input = pending.popLast() else { return nil }
      if input == "-" {
        current = ("<stdin>", LineReader(fileDescriptor: STDIN_FILENO), -1)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
        return .error("\(input): cannot read: no such file or directory")
      }
      if isDirectory.boolValue {
        do {
          pending.append(contentsOf: try Self.files(in: input).reversed())
        } catch {
          return .error("\(error)")
        }
        continue
      }
      if input.lowercased().hasSuffix(".jsonl") {
        let fd = open(input, O_RDONLY)
        guard fd >= 0 else { return .error("\(input): cannot read: \(String(cString: strerror(errno)))") }
        current = (input, LineReader(fileDescriptor: fd), fd)
        continue
      }
      return textDocument(input)
    }
  }

  private mutating func closeCurrent() {
    if let open = current, open.fd >= 0 { close(open.fd) }
    current = nil
  }

  private mutating func textDocument(_ path: String) -> Event {
    let text: String
    let repaired: Bool
    do {
      (text, repaired) = try FileIO.readDecoded(path)
    } catch {
      return .error("\(error)")
    }
    let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    guard seenIDs.insert(id).inserted else {
      return .error("\(path): duplicate document id '\(id)'; skipped")
    }
    let warning = repaired ? "\(path): invalid UTF-8 in document '\(id)' replaced with U+FFFD" : nil
    return .document(Document(id: id, text: text), warning: warning)
  }

  private mutating func jsonlDocument(_ line: [UInt8], path: String, line number: Int) -> Event {
    let repaired = !FileIO.isValidUTF8(line)
    let value: JSONValue
    do {
      // The line is not read again: a long line's memory is given back as its text is copied.
      value = try JSONParser.parse(releasing: line)
    } catch let failure as JSONParser.Failure {
      return .error("\(path):\(number): invalid JSON: \(failure.message) at column \(failure.column); skipped")
    } catch {
      return .error("\(path):\(number): invalid JSON; skipped")
    }
    guard case .object(let pairs) = value else {
      return .error("\(path):\(number): expected a JSON object, found \(value.typeName); skipped")
    }
    guard let idValue = value["id"] else {
      return .error("\(path):\(number): missing 'id'; skipped")
    }
    let id: String
    switch idValue {
    case .string(let s) where !s.isEmpty: id = s
    default: return .error("\(path):\(number): 'id' must be a non-empty string, found \(idValue.typeName); skipped")
    }
    guard let textValue = value["text"] else {
      return .error("\(path):\(number): missing 'text' in document '\(id)'; skipped")
    }
    guard case .string(let text) = textValue else {
      return .error("\(path):\(number): 'text' must be a string, found \(textValue.typeName) in document '\(id)'; skipped")
    }
    guard seenIDs.insert(id).inserted else {
      return .error("\(path):\(number): duplicate document id '\(id)'; skipped")
    }
    let rest = pairs.filter { $0.key != "id" && $0.key != "text" }
    let warning = repaired ? "\(path):\(number): invalid UTF-8 in document '\(id)' replaced with U+FFFD" : nil
    return .document(Document(id: id, text: text, meta: rest.isEmpty ? nil : .object(rest)), warning: warning)
  }
}
