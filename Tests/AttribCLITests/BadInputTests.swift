import Foundation
import Testing

/// Broken, hostile and huge inputs: the tool reports, repairs or skips, and never loses output.
struct BadInputTests {
  static func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }

  static func records(_ stdout: String) throws -> [[String: Any]] {
    try stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func invalidUTF8IsRepairedAndReportedWithTheDocumentID() throws {
    let directory = try CLI.temporaryDirectory()
    let text = try Self.write(Array("Headline\n\nThe NIS said ".utf8) + [0xFF, 0xFE] + Array(" so.\n".utf8), "bad.txt", in: directory)
    let result = try CLI.run(["annotate", text.path])
    #expect(result.status == 0)
    #expect(result.stderr == "warning: \(text.path): invalid UTF-8 in document 'bad' replaced with U+FFFD\n")
    #expect(result.stdout.contains("The NIS said \u{FFFD}\u{FFFD} so."))

    let jsonl = try Self.write(
      Array("{\"id\": \"j1\", \"text\": \"Reuters said ".utf8) + [0xC3] + Array(" it.\"}\n".utf8), "docs.jsonl", in: directory)
    let lines = try CLI.run(["annotate", jsonl.path])
    #expect(lines.status == 0)
    #expect(lines.stderr == "warning: \(jsonl.path):1: invalid UTF-8 in document 'j1' replaced with U+FFFD\n")
    #expect(lines.stdout.contains("Reuters said \u{FFFD} it."))
  }

  @Test func emptyWhitespaceAndBinaryDocuments() throws {
    let directory = try CLI.temporaryDirectory()
    _ = try Self.write([], "empty.txt", in: directory)
    _ = try Self.write(Array("  \n\t\n   \n".utf8), "blank.txt", in: directory)
    var binary: [UInt8] = []
    var seed: UInt64 = 42
    for _ in 0..<20_000 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      binary.append(UInt8(truncatingIfNeeded: seed >> 33))
    }
    binary += [0, 0, 0] + Array("Reuters said so. \u{0}\u{0}".utf8)
    _ = try Self.write(binary, "binary.txt", in: directory)
    let result = try CLI.run(["annotate", directory.path, "--sections", "all"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "warning: \(directory.path)/binary.txt: invalid UTF-8 in document 'binary' replaced with U+FFFD\n")
    let records = try Self.records(result.stdout)
    #expect(records.allSatisfy { $0["doc"] as? String == "binary" })
  }

  /// A document with no sentence punctuation is cut into sentences of at most 4,000 code points.
  @Test func hugeDocumentWithoutPunctuation() throws {
    let directory = try CLI.temporaryDirectory()
    let words = ["the", "officials", "said", "north", "korea", "troops", "Reuters", "and", "lawmakers", "told"]
    var text = "Headline\n\n"
    var i = 0
    while text.utf8.count < 2_000_000 {
      text += words[i % words.count] + " "
      i += 7
    }
    try text.write(to: directory.appendingPathComponent("long.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["annotate", directory.appendingPathComponent("long.txt").path])
    #expect(result.status == 0)
    let records = try Self.records(result.stdout)
    #expect(records.count > 400)
    #expect(records.allSatisfy { (($0["end"] as? Int ?? 0) - ($0["start"] as? Int ?? 0)) <= 4000 })
  }

  @Test func unbalancedQuotesAndDeepNesting() throws {
    let directory = try CLI.temporaryDirectory()
    let quotes = "Headline\n\n" + String(repeating: "\"Reuters said \" ", count: 50_000) + ".\n"
    try quotes.write(to: directory.appendingPathComponent("quotes.txt"), atomically: true, encoding: .utf8)
    var nested = "Headline\n\nThe NIS said that"
    for n in 0..<200 { nested += " official \(n) said that" }
    nested += " troops went.\n"
    try nested.write(to: directory.appendingPathComponent("nested.txt"), atomically: true, encoding: .utf8)
    let result = try CLI.run(["annotate", directory.path])
    #expect(result.status == 0)
    let records = try Self.records(result.stdout)
    let depths = records.flatMap { ($0["attributions"] as? [[String: Any]] ?? []).map { ($0["chain"] as? [Any])?.count ?? 0 } }
    #expect(!depths.isEmpty)
    #expect(depths.allSatisfy { $0 <= 6 })
  }

  @Test func closedPipeEndsQuietly() throws {
    let script = "set -o pipefail; '\(CLI.binary.path)' annotate Fixtures/articles | head -1 > /dev/null"
    let result = try CLI.run(["bash", "-c", script], executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
  }

  @Test func fullDiskIsAnError() throws {
    let script = "'\(CLI.binary.path)' annotate Fixtures/articles > /dev/full"
    let result = try CLI.run(["bash", "-c", script], executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(result.status == 2)
    #expect(result.stderr == "<stdout>: cannot write: No space left on device\n")
  }

  @Test func interruptedRunLeavesThePreviousFile() throws {
    let directory = try CLI.temporaryDirectory()
    let input = directory.appendingPathComponent("big.jsonl")
    let article = try String(contentsOf: CLI.root.appendingPathComponent("Fixtures/articles/000_16c537c08355e3c2.txt"), encoding: .utf8)
    let line = String(decoding: try JSONSerialization.data(withJSONObject: ["text": article]), as: UTF8.self)
    var lines = ""
    for i in 0..<3000 { lines += "{\"id\":\"d\(i)\"," + line.dropFirst() + "\n" }
    try lines.write(to: input, atomically: true, encoding: .utf8)
    let output = directory.appendingPathComponent("out.jsonl")
    try "previous\n".write(to: output, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = CLI.binary
    process.arguments = ["annotate", input.path, "-o", output.path, "--jobs", "1"]
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 0.7)
    #expect(process.isRunning, "the run finished before it could be interrupted")
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    #expect(try String(contentsOf: output, encoding: .utf8) == "previous\n")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == ["big.jsonl", "out.jsonl"])
  }

  /// Random documents built from fixture sentences: offsets slice back, sentences do not
  /// overlap, and any number of jobs gives the same bytes.
  @Test func propertyRandomDocumentsFromFixtureSentences() throws {
    let directory = try CLI.temporaryDirectory()
    let run = try CLI.run(["annotate", "Fixtures/articles"])
    let sentences = try Self.records(run.stdout).compactMap { $0["text"] as? String }
    var seed: UInt64 = 20_261_122
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    var documents: [String] = []
    var lines = ""
    for d in 0..<150 {
      var text = sentences[next(sentences.count)] + "\n\n"
      for _ in 0..<(3 + next(20)) {
        text += sentences[next(sentences.count)] + (next(3) == 0 ? "\n" : " ")
      }
      documents.append(text)
      lines += String(decoding: try JSONSerialization.data(withJSONObject: ["id": "p\(d)", "text": text]), as: UTF8.self) + "\n"
    }
    let input = directory.appendingPathComponent("random.jsonl")
    try lines.write(to: input, atomically: true, encoding: .utf8)
    let one = try CLI.run(["annotate", input.path, "--jobs", "1", "--sections", "all"])
    let four = try CLI.run(["annotate", input.path, "--jobs", "4", "--sections", "all"])
    #expect(one.status == 0)
    #expect(one.stdout == four.stdout)
    var previous: (String, Int) = ("", 0)
    for record in try Self.records(one.stdout) {
      let doc = try #require(record["doc"] as? String)
      let index = try #require(Int(doc.dropFirst()))
      let scalars = Array(documents[index].unicodeScalars)
      let start = try #require(record["start"] as? Int)
      let end = try #require(record["end"] as? Int)
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["text"] as? String)
      if previous.0 == doc { #expect(start >= previous.1) }
      previous = (doc, end)
    }
  }
}
