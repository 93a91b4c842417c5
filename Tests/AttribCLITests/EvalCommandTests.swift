import Foundation
import Testing

struct EvalCommandTests {
  /// A run scored against itself is perfect; a run with its chains removed has zero recall.
  @Test func scoresARunAgainstItselfAndAgainstAnEmptyRun() throws {
    let directory = try CLI.temporaryDirectory()
    let run = directory.appendingPathComponent("run.jsonl").path
    #expect(try CLI.run(["annotate", "Fixtures/articles/000_16c537c08355e3c2.txt", "-o", run]).status == 0)
    let same = try CLI.run(["eval", run, run, "--json"])
    #expect(same.status == 0, "\(same.stderr)")
    #expect(same.stdout.contains("\"chains\":{\"precision\":1,\"recall\":1,\"f1\":1,"))

    let text = try String(contentsOfFile: run, encoding: .utf8)
    let emptied = text.replacingOccurrences(
      of: #""attributions":\[.*?\],"title""#, with: #""attributions":[],"title""#, options: .regularExpression)
    let empty = directory.appendingPathComponent("empty.jsonl").path
    try emptied.write(toFile: empty, atomically: true, encoding: .utf8)
    let none = try CLI.run(["eval", run, empty, "--json"])
    #expect(none.status == 0)
    #expect(none.stdout.contains("\"chains\":{\"precision\":1,\"recall\":0,\"f1\":0,\"tp\":0,\"fp\":0,"))

    let table = try CLI.run(["eval", run, empty, "--verbose"])
    #expect(table.stdout.contains("chains"))
    #expect(table.stdout.contains("- 000_16c537c08355e3c2:"))
  }

  @Test func malformedGoldIsAnError() throws {
    let directory = try CLI.temporaryDirectory()
    let gold = directory.appendingPathComponent("gold.jsonl").path
    try "{\"doc\": \"a\"}\n".write(toFile: gold, atomically: true, encoding: .utf8)
    let result = try CLI.run(["eval", gold, gold])
    #expect(result.status == 2)
    #expect(result.stderr == "\(gold):1: missing or non-integer 'sentence'\n")
    let missing = try CLI.run(["eval", "/nonexistent.jsonl", gold])
    #expect(missing.status == 2)
    #expect(missing.stderr == "/nonexistent.jsonl: cannot read: no such file or directory\n")
  }
}

struct GoldFileTests {
  @Test(arguments: ["Fixtures/gold/seeds.jsonl", "Fixtures/gold/wikinews.jsonl"])
  func goldFilesAreAnnotateRecords(_ path: String) throws {
    let validation = try CLI.run(
      ["python3", "scripts/validate-json", "Schemas/annotation.schema.json", path],
      executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    let score = try CLI.run(["eval", path, path, "--json"])
    #expect(score.status == 0)
    #expect(score.stdout.contains("\"chains\":{\"precision\":1,\"recall\":1,\"f1\":1,"))
  }
}
