import Foundation
import Testing

@testable import AttribCore

/// Reading long documents in memory once: text files into their strings, long JSONL lines
/// handed over without a copy, JSON strings unescaped into their strings.
struct ReadingTests {
  static func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-reading-\(UUID().uuidString)").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func textFilesDecodeLikeTheStandardLibrary() throws {
    let cases: [[UInt8]] = [
      [], Array("Zürich “quoted” — 北京 🙂\nsecond line".utf8), [0x41, 0xFF, 0x42], Array("abc".utf8) + [0xE2, 0x80],
      Array(String(repeating: "long line é ", count: 100_000).utf8),
    ]
    for bytes in cases {
      let path = try Self.temporaryFile(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      let (text, repaired) = try FileIO.readDecoded(path)
      #expect(text == String(decoding: bytes, as: UTF8.self))
      #expect(repaired == (String(validating: bytes, as: UTF8.self) == nil))
    }
    #expect(throws: AttribError.self) { try FileIO.readDecoded("/nonexistent/attrib.txt") }
  }

  @Test func longLinesAreReadWhole() throws {
    let long = [UInt8](repeating: 0x61, count: 2 << 20)
    let longer = [UInt8](repeating: 0x62, count: 3 << 20)
    let lines: [[UInt8]] = [Array("first".utf8), long, Array("short".utf8), long + [0x63], longer]
    // CRLF after the long line, no newline after the last one.
    let bytes = lines[0] + [0x0A] + lines[1] + [0x0D, 0x0A] + lines[2] + [0x0A] + lines[3] + [0x0A] + lines[4]
    let path = try Self.temporaryFile(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    var reader = LineReader(fileDescriptor: fd)
    var read: [[UInt8]] = []
    while let line = try reader.next() { read.append(line) }
    #expect(read.count == lines.count)
    for (a, b) in zip(read, lines) { #expect(a == b) }
    #expect(reader.lineNumber == 5)
  }

  @Test func documentReaderReadsLongLinesAndGoesOn() throws {
    let long = String(repeating: "Officials said the talks failed.\n", count: 80_000)
    var w = JSONWriter()
    w.literal("{")
    w.field("id", "long", first: true)
    w.field("text", long)
    w.literal("}\nnot json\n{\"id\":\"short\",\"text\":\"Hi.\"}")
    let path = try Self.temporaryFile(w.bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    // A copy whose name ends in .jsonl, the extension the reader goes by.
    let jsonl = path + ".jsonl"
    try FileManager.default.copyItem(atPath: path, toPath: jsonl)
    defer { try? FileManager.default.removeItem(atPath: jsonl) }
    var reader = DocumentReader(inputs: [jsonl, jsonl])
    var events: [String] = []
    while let event = reader.next() {
      switch event {
      case .document(let document, _): events.append("\(document.id) \(document.text == long ? "long" : document.text)")
      case .error(let message): events.append(message.contains(":2: invalid JSON") ? "bad line 2" : message.contains("duplicate") ? "duplicate" : message)
      }
    }
    #expect(events == ["long long", "bad line 2", "short Hi.", "duplicate", "bad line 2", "duplicate"])
  }

  @Test func escapedStringsParseToTheirText() throws {
    let texts = [
      "plain", "a\"b\\c\nd\u{01}é\t/", "surrogates: 🙂 and \u{1F680}", String(repeating: "line\n", count: 50_000),
      // Either side of the length written byte by byte, with the escape first and last.
      "", "\"", "\u{1F}" + String(repeating: "x", count: 23), String(repeating: "x", count: 23) + "\\",
      String(repeating: "y", count: 24) + "\n", "\t" + String(repeating: "y", count: 24),
    ]
    for text in texts {
      var w = JSONWriter()
      w.string(text)
      #expect(try JSONParser.parse(w.text) == .string(text))
    }
    // Long lines are parsed to the same value with their memory given back along the way.
    let plain = String(repeating: "plain words ", count: 800_000)
    let escaped = String(repeating: "a line\n“quoted”\tté ", count: 400_000)
    for text in [plain, escaped] {
      var w = JSONWriter()
      w.literal("{")
      w.field("id", "long", first: true)
      w.field("text", text)
      w.field("after", 1)
      w.literal("}")
      #expect(w.bytes.count > 8 << 20)
      let value = try JSONParser.parse(releasing: w.bytes)
      #expect(value["id"] == .string("long"))
      #expect(value["text"] == .string(text))
      #expect(value["after"] == .number("1"))
    }
    #expect(try JSONParser.parse("\"\\ud83d\\ude80 \\u00e9\\/\"") == .string("🚀 é/"))
    #expect(try JSONParser.parse("\"lone \\ud83d here\"") == .string("lone \u{FFFD} here"))
    #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("\"bad \\x escape\"") }
    #expect(throws: JSONParser.Failure.self) { try JSONParser.parse("\"unterminated \\n") }
  }
}
