import Foundation
import Testing

@testable import AttribCore

struct RunReaderTests {
  @Test func readsAnnotateOutputBackLineForLine() throws {
    let annotator = Annotator(registry: Fixture.registry)
    var jsonl = ""
    for id in Fixture.seeds {
      jsonl += RecordWriter.jsonl(annotator.annotate(try Fixture.seed(id)), sections: Set(Section.allCases))
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString).jsonl").path
    try (jsonl + "not json\n").write(toFile: path, atomically: true, encoding: .utf8)
    var reader = try RunReader(path: path)
    defer {
      reader.close()
      try? FileManager.default.removeItem(atPath: path)
    }
    var documents: [String] = []
    var lines: [String] = []
    while let records = try reader.nextDocument() {
      documents.append(records[0].doc)
      #expect(records.allSatisfy { $0.doc == records[0].doc })
      lines += records.map(\.jsonLine)
    }
    #expect(documents == Fixture.seeds)
    #expect(lines.joined(separator: "\n") + "\n" == jsonl)
    let lineCount = jsonl.split(separator: "\n").count
    #expect(reader.problems == ["\(path):\(lineCount + 1): invalid JSON: invalid literal at column 2"])
  }

  @Test func missingFileIsUnreadable() {
    #expect(throws: AttribError.unreadable(path: "/nonexistent.jsonl", reason: "no such file or directory")) {
      _ = try RunReader(path: "/nonexistent.jsonl")
    }
  }
}
