import Foundation
import Testing

struct DiffCommandTests {
  /// Annotates the fixtures into a temporary file, with an optional registry.
  static func run(registry: URL? = nil, in directory: URL, name: String) throws -> URL {
    let output = directory.appendingPathComponent(name)
    var arguments = ["annotate", "Fixtures/articles", "-o", output.path]
    if let registry { arguments += ["--registry", registry.path] }
    let result = try CLI.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    return output
  }

  static func defaultRegistry(in directory: URL, editing edit: (String) -> String) throws -> URL {
    let file = directory.appendingPathComponent("registry.yaml")
    let text = try String(contentsOf: CLI.root.appendingPathComponent("Sources/AttribCore/Registry/DefaultRegistry.yaml"), encoding: .utf8)
    try edit(text).write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  static func lines(_ text: String) -> [[String: Any]] {
    text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
  }

  @Test func unchangedRunPrintsOnlyTheSummary() throws {
    let directory = try CLI.temporaryDirectory()
    let run = try Self.run(in: directory, name: "a.jsonl")
    let result = try CLI.run(["diff", run.path, run.path])
    #expect(result.status == 0)
    #expect(result.stdout == "summary: 35 document(s) compared, 0 sentence(s) changed; chains: 0 added, 0 removed, 0 changed\n")
  }

  @Test func renamedOutletChangesExactlyItsSentences() throws {
    let directory = try CLI.temporaryDirectory()
    let old = try Self.run(in: directory, name: "old.jsonl")
    let registry = try Self.defaultRegistry(in: directory) {
      $0.replacingOccurrences(of: "  - id: kcna\n", with: "  - id: korean-central-news-agency\n")
    }
    let new = try Self.run(registry: registry, in: directory, name: "new.jsonl")
    let affected = try String(contentsOf: old, encoding: .utf8).split(separator: "\n").filter { $0.contains("\"id\":\"kcna\"") }.count
    let result = try CLI.run(["diff", old.path, new.path, "--json"])
    #expect(result.status == 1)
    let entries = Self.lines(result.stdout)
    let sentences = entries.filter { $0["summary"] == nil }
    #expect(sentences.count == affected)
    #expect(sentences.allSatisfy { $0["status"] as? String == "changed" })
    let summary = try #require(entries.last?["summary"] as? [String: Any])
    #expect(summary["changed_sentences"] as? Int == affected)
    #expect(summary["chains_added"] as? Int == 0)

    let output = directory.appendingPathComponent("diff.jsonl")
    try result.stdout.write(to: output, atomically: true, encoding: .utf8)
    let validation = try CLI.run(
      ["python3", "scripts/validate-json", "Schemas/diff.schema.json", output.path], executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
  }

  @Test func removedAliasChangesOnlySentencesNamingIt() throws {
    let directory = try CLI.temporaryDirectory()
    let old = try Self.run(in: directory, name: "old.jsonl")
    let registry = try Self.defaultRegistry(in: directory) {
      $0.replacingOccurrences(of: "\"South Korea's spy agency\", ", with: "")
    }
    let new = try Self.run(registry: registry, in: directory, name: "new.jsonl")
    let result = try CLI.run(["diff", old.path, new.path, "--json"])
    #expect(result.status == 1)
    let sentences = Self.lines(result.stdout).filter { $0["summary"] == nil }
    #expect(!sentences.isEmpty)
    for sentence in sentences {
      #expect((sentence["text"] as? String ?? "").contains("spy agency"), "\(sentence["text"] ?? "")")
    }
    let text = try CLI.run(["diff", old.path, new.path, "--color", "never"])
    #expect(text.stdout.contains("NIS"))
    #expect(text.stdout.contains("label  before   after  change") || text.stdout.contains("before   after  change"))
  }

  @Test func splitAndMergedSentencesAreShownAsSuch() throws {
    let directory = try CLI.temporaryDirectory()
    let text = "Headline\n\nThe NIS said troops went. Reuters reported it too. Nothing else happened.\n"
    let article = directory.appendingPathComponent("doc.txt")
    try text.write(to: article, atomically: true, encoding: .utf8)
    let old = directory.appendingPathComponent("old.jsonl")
    #expect(try CLI.run(["annotate", article.path, "-o", old.path]).status == 0)
    // The new run segments the first two sentences as one.
    let merged = directory.appendingPathComponent("merged.txt")
    try text.replacingOccurrences(of: "went. Reuters", with: "went; Reuters").write(to: merged, atomically: true, encoding: .utf8)
    let newRun = try CLI.run(["annotate", merged.path])
    let renamed = newRun.stdout.replacingOccurrences(of: "\"doc\":\"merged\"", with: "\"doc\":\"doc\"")
    let new = directory.appendingPathComponent("new.jsonl")
    try renamed.write(to: new, atomically: true, encoding: .utf8)
    let forward = Self.lines(try CLI.run(["diff", old.path, new.path, "--json"]).stdout)
    #expect(forward.contains { $0["status"] as? String == "merged" })
    let backward = Self.lines(try CLI.run(["diff", new.path, old.path, "--json"]).stdout)
    #expect(backward.contains { $0["status"] as? String == "split" })
  }

  @Test func reorderedDocumentsAreTheSameRun() throws {
    let directory = try CLI.temporaryDirectory()
    let run = try Self.run(in: directory, name: "a.jsonl")
    let lines = try String(contentsOf: run, encoding: .utf8).split(separator: "\n")
    var byDoc: [(String, [Substring])] = []
    for line in lines {
      let doc = String(line.split(separator: "\"", maxSplits: 4)[3])
      if byDoc.last?.0 == doc { byDoc[byDoc.count - 1].1.append(line) } else { byDoc.append((doc, [line])) }
    }
    let reversed = directory.appendingPathComponent("reversed.jsonl")
    try (byDoc.reversed().flatMap(\.1).joined(separator: "\n") + "\n").write(to: reversed, atomically: true, encoding: .utf8)
    let result = try CLI.run(["diff", run.path, reversed.path])
    #expect(result.status == 0, "\(result.stdout)")

    let missing = directory.appendingPathComponent("missing.jsonl")
    try (byDoc.dropFirst().flatMap(\.1).joined(separator: "\n") + "\n").write(to: missing, atomically: true, encoding: .utf8)
    let dropped = try CLI.run(["diff", run.path, missing.path, "--color", "never"])
    #expect(dropped.status == 1)
    #expect(dropped.stdout.contains("only in the old run: \(byDoc[0].0)\n"))
  }

  @Test func ignoredFieldsDoNotCount() throws {
    let directory = try CLI.temporaryDirectory()
    let run = try Self.run(in: directory, name: "a.jsonl")
    let renamedRules = directory.appendingPathComponent("b.jsonl")
    try String(contentsOf: run, encoding: .utf8).replacingOccurrences(of: "\"rule\":\"reporting-verb", with: "\"rule\":\"speech-verb")
      .write(to: renamedRules, atomically: true, encoding: .utf8)
    #expect(try CLI.run(["diff", run.path, renamedRules.path]).status == 1)
    #expect(try CLI.run(["diff", run.path, renamedRules.path, "--ignore", "rule"]).status == 0)
    let bad = try CLI.run(["diff", run.path, run.path, "--ignore", "colour"])
    #expect(bad.status == 2)
    #expect(bad.stderr.hasPrefix("invalid value 'colour' for --ignore; expected one of: label, inherited, rule,"))
  }

  @Test func troubleExitsTwo() throws {
    let directory = try CLI.temporaryDirectory()
    let bad = directory.appendingPathComponent("bad.jsonl")
    try "{\"doc\":\"a\"}\n".write(to: bad, atomically: true, encoding: .utf8)
    let result = try CLI.run(["diff", bad.path, bad.path])
    #expect(result.status == 2)
    #expect(result.stderr == "\(bad.path):1: missing or non-integer 'sentence'\n")
    let missing = try CLI.run(["diff", "/nonexistent.jsonl", bad.path])
    #expect(missing.status == 2)
    #expect(missing.stderr == "/nonexistent.jsonl: cannot read: no such file or directory\n")
  }
}
