import Foundation
import Testing

struct ExportCommandTests {
  static let python = URL(fileURLWithPath: "/usr/bin/env")

  static func run(in directory: URL) throws -> URL {
    let run = directory.appendingPathComponent("run.jsonl")
    #expect(try CLI.run(["annotate", "Fixtures/articles", "-o", run.path]).status == 0)
    return run
  }

  /// Export, check with the format's reader conventions, import, and score against the original.
  @Test(arguments: ["doccano", "label-studio", "brat"])
  func exportThenImportIsLossless(_ format: String) throws {
    let directory = try CLI.temporaryDirectory()
    let run = try Self.run(in: directory)
    let exported = directory.appendingPathComponent("export.\(format)")
    let export = try CLI.run(["export", run.path, "--format", format, "-o", exported.path])
    #expect(export.status == 0, "\(export.stderr)")
    let check = try CLI.run(["python3", "scripts/check-export", format, exported.path], executable: Self.python)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    let imported = directory.appendingPathComponent("imported.jsonl")
    let result = try CLI.run(["import", exported.path, "--format", format, "--original", run.path, "-o", imported.path])
    #expect(result.status == 0, "\(result.stderr)")
    let score = try CLI.run(["eval", run.path, imported.path, "--json"])
    #expect(score.stdout.contains("\"chains\":{\"precision\":1,\"recall\":1,\"f1\":1,"), "\(score.stdout)")
    #expect(score.stdout.contains("\"hops\":{\"precision\":1,\"recall\":1,\"f1\":1,"))
    // Nothing else changed either.
    #expect(try String(contentsOf: imported, encoding: .utf8) == String(contentsOf: run, encoding: .utf8))
  }

  @Test(arguments: ["prodigy", "csv"])
  func exportLoadsInItsReader(_ format: String) throws {
    let directory = try CLI.temporaryDirectory()
    let run = try Self.run(in: directory)
    let exported = directory.appendingPathComponent("export.\(format)")
    #expect(try CLI.run(["export", run.path, "--format", format, "-o", exported.path]).status == 0)
    let check = try CLI.run(["python3", "scripts/check-export", format, exported.path], executable: Self.python)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
  }

  @Test func correctedLabelsComeBackAsGold() throws {
    let directory = try CLI.temporaryDirectory()
    let run = directory.appendingPathComponent("run.jsonl")
    #expect(try CLI.run(["annotate", "Fixtures/articles/001_940f0a2d3e57ae03.txt", "-o", run.path]).status == 0)
    let exported = directory.appendingPathComponent("export.jsonl")
    #expect(try CLI.run(["export", run.path, "--format", "doccano", "-o", exported.path]).status == 0)
    // A labeller deletes every relation and span of the first attributed sentence.
    var lines = try String(contentsOf: exported, encoding: .utf8).split(separator: "\n").map(String.init)
    let index = try #require(lines.firstIndex { $0.contains("\"label\":\"SOURCE\"") })
    let value = try #require(try JSONSerialization.jsonObject(with: Data(lines[index].utf8)) as? [String: Any])
    var edited = value
    edited["entities"] = []
    edited["relations"] = []
    lines[index] = String(decoding: try JSONSerialization.data(withJSONObject: edited), as: UTF8.self)
    try (lines.joined(separator: "\n") + "\n").write(to: exported, atomically: true, encoding: .utf8)
    let imported = directory.appendingPathComponent("gold.jsonl")
    #expect(try CLI.run(["import", exported.path, "--format", "doccano", "--original", run.path, "-o", imported.path]).status == 0)
    let score = try CLI.run(["eval", imported.path, run.path, "--json"])
    #expect(score.stdout.contains("\"fn\":0"))
    #expect(!score.stdout.contains("\"chains\":{\"precision\":1,"))
  }

  @Test func filtersAndErrors() throws {
    let directory = try CLI.temporaryDirectory()
    let run = try Self.run(in: directory)
    let csv = try CLI.run(["export", run.path, "--format", "csv", "--label", "KCNA"])
    let rows = csv.stdout.split(separator: "\r\n")
    #expect(rows.count > 1)
    #expect(rows.dropFirst().allSatisfy { $0.contains("KCNA") })
    let unknown = try CLI.run(["export", run.path, "--format", "xml"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr == "invalid value 'xml' for --format; expected one of: doccano, label-studio, prodigy, brat, csv\n")
    let noFolder = try CLI.run(["export", run.path, "--format", "brat"])
    #expect(noFolder.status == 2)
    #expect(noFolder.stderr == "export: --format brat writes a folder; name it with -o FOLDER\n")
    let badImport = try CLI.run(["import", run.path, "--format", "prodigy", "--original", run.path])
    #expect(badImport.status == 2)
    #expect(badImport.stderr == "invalid value 'prodigy' for --format; expected one of: doccano, label-studio, brat\n")
  }

  @Test func statsCountsTheRun() throws {
    let directory = try CLI.temporaryDirectory()
    let run = try Self.run(in: directory)
    let records = try String(contentsOf: run, encoding: .utf8).split(separator: "\n")
    let attributed = records.filter { !$0.contains("\"attributions\":[]") }.count
    let result = try CLI.run(["stats", run.path, "--json"])
    #expect(result.status == 0)
    let value = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(value["sentences"] as? Int == records.count)
    #expect(value["documents"] as? Int == 35)
    #expect(value["attributed_sentences"] as? Int == attributed)
    let unattributed = try CLI.run(["stats", run.path, "--json", "--unattributed"])
    let other = try #require(try JSONSerialization.jsonObject(with: Data(unattributed.stdout.utf8)) as? [String: Any])
    #expect(other["sentences"] as? Int == records.count - attributed)
    #expect(other["chains"] as? Int == 0)
    let text = try CLI.run(["stats", run.path, "--top", "3"])
    #expect(text.stdout.hasPrefix("documents  35\nsentences  \(records.count)\n"))
    #expect(text.stdout.contains("\ntop unregistered sources\n"))
  }
}
