import Foundation
import Testing

@testable import AttribCore

/// A run hands documents to its workers through a queue and writes their records in input
/// order: for any number of jobs, the same bytes, counts and messages as one job, with bad
/// lines and a document long enough to be annotated in pieces among the others.
struct AnnotationRunTests {
  static let annotator = Annotator(
    attributor: Attributor(registry: Fixture.registry), pieceThreshold: 20_000, pieceSize: 4_000)

  /// 400 documents of one to twelve paragraphs of the fixtures' articles, a bad line every
  /// 97 documents and a long document at the 150th.
  static func input() throws -> String {
    let articles = try Fixture.wikinews().map(\.text) + Fixture.seeds.map { try Fixture.seed($0).text }
    let paragraphs = articles.flatMap { $0.components(separatedBy: "\n\n") }.filter { $0.count > 40 }
    var lines: [String] = []
    for i in 0..<400 {
      if i % 97 == 96 { lines.append("{\"id\": \"bad-\(i)\", \"text\": ") }
      let count = i == 150 ? 300 : 1 + i % 12
      let text = (0..<count).map { paragraphs[(i * 7 + $0) % paragraphs.count] }.joined(separator: "\n\n")
      var w = JSONWriter()
      w.value(.object([("id", .string("doc-\(i)")), ("text", .string("Headline \(i)\n\n" + text))]))
      lines.append(w.text)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func anyNumberOfJobsWritesWhatOneJobWrites() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let inputPath = directory.appendingPathComponent("in.jsonl").path
    try Self.input().write(toFile: inputPath, atomically: true, encoding: .utf8)

    var outputs: [String] = []
    var summaries: [AnnotationRun.Summary] = []
    var messages: [[String]] = []
    for jobs in [1, 2, 3, 8] {
      let outputPath = directory.appendingPathComponent("out-\(jobs).jsonl").path
      let sink = try OutputSink(path: outputPath)
      var reader = DocumentReader(inputs: [inputPath])
      var reported: [String] = []
      let run = AnnotationRun(annotator: Self.annotator, sections: [.headline, .body], jobs: jobs)
      summaries.append(try run.run(&reader, to: sink, report: { reported.append($0) }))
      try sink.commit()
      outputs.append(try String(contentsOfFile: outputPath, encoding: .utf8))
      messages.append(reported)
    }
    #expect(summaries[0].documents == 400)
    #expect(summaries[0].errors == 4)
    #expect(messages[0].count == 4)
    #expect(outputs[0].contains("\"doc\":\"doc-150\""))
    for k in 1..<outputs.count {
      #expect(outputs[k] == outputs[0], "jobs \([1, 2, 3, 8][k])")
      #expect(summaries[k].documents == summaries[0].documents)
      #expect(summaries[k].records == summaries[0].records)
      #expect(summaries[k].errors == summaries[0].errors)
      #expect(summaries[k].characters == summaries[0].characters)
      #expect(messages[k] == messages[0])
    }
    // Records come in input order.
    let order = outputs[0].split(separator: "\n").compactMap { line -> Int? in
      guard let range = line.range(of: "\"doc\":\"doc-") else { return nil }
      return Int(line[range.upperBound...].prefix { $0.isNumber })
    }
    #expect(order == order.sorted())
  }
}
