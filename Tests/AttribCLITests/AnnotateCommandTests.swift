import Foundation
import Testing

struct AnnotateCommandTests {
  @Test func annotatesFixturesWithTheDefaultRegistry() throws {
    let result = try CLI.run(["annotate", "Fixtures/articles"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count > 500)
    // Only headline and body by default; no chrome, related text or publisher line.
    for line in lines {
      #expect(line.contains("\"section\":\"headline\"") || line.contains("\"section\":\"body\""))
    }
    #expect(!result.stdout.contains("Orange background"))
    #expect(!result.stdout.contains("Irish Examiner26-06-2025\""))
    #expect(!result.stdout.contains("Russia, UAE urge immediate halt"))
  }

  @Test func outputValidatesAgainstTheSchemaAndOffsetsRoundTripInPython() throws {
    let directory = try CLI.temporaryDirectory()
    let output = directory.appendingPathComponent("all.jsonl").path
    let result = try CLI.run(["annotate", "Fixtures/articles", "--sections", "all", "-o", output])
    #expect(result.status == 0, "\(result.stderr)")
    let python = URL(fileURLWithPath: "/usr/bin/env")
    let validation = try CLI.run(
      ["python3", "scripts/validate-json", "Schemas/annotation.schema.json", output], executable: python)
    #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    let roundTrip = try CLI.run(["python3", "scripts/check-offsets", "Fixtures/articles", output], executable: python)
    #expect(roundTrip.status == 0, "\(roundTrip.stdout)\(roundTrip.stderr)")
  }

  @Test func sameInputGivesByteIdenticalOutputForAnyJobs() throws {
    let one = try CLI.run(["annotate", "Fixtures/articles", "--jobs", "1"])
    let four = try CLI.run(["annotate", "Fixtures/articles", "--jobs", "4"])
    let again = try CLI.run(["annotate", "Fixtures/articles", "--jobs", "4"])
    #expect(one.status == 0)
    #expect(one.stdout == four.stdout)
    #expect(four.stdout == again.stdout)
  }

  @Test func readsJSONLFromStandardInputAndKeepsMeta() throws {
    let input = """
      {"id": "a1", "text": "Headline\\n\\nThe NIS said that troops were sent.", "source": "test", "n": 3}
      {"id": "a2", "text": "Nothing to see here."}

      """
    let result = try CLI.run(["annotate", "-"], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[1].contains("\"doc\":\"a1\""))
    #expect(lines[1].contains("\"meta\":{\"source\":\"test\",\"n\":3}"))
    #expect(lines[1].contains("\"label\":\"NIS\""))
    #expect(lines[2].contains("\"doc\":\"a2\""))
  }

  @Test func malformedLinesAreReportedSkippedAndFailTheRun() throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("docs.jsonl")
    let text = """
      {"id": "good", "text": "The NIS said so."}
      not json
      {"id": 7, "text": "x"}
      {"id": "notext"}
      {"id": "good", "text": "Duplicate."}
      {"id": "last", "text": "Reuters reported it."}

      """
    try text.write(to: file, atomically: true, encoding: .utf8)
    let result = try CLI.run(["annotate", file.path])
    #expect(result.status == 1)
    let errors = result.stderr.split(separator: "\n").map(String.init)
    #expect(errors.contains("error: \(file.path):2: invalid JSON: invalid literal at column 2; skipped"))
    #expect(errors.contains("error: \(file.path):3: 'id' must be a non-empty string, found a number; skipped"))
    #expect(errors.contains("error: \(file.path):4: missing 'text' in document 'notext'; skipped"))
    #expect(errors.contains("error: \(file.path):5: duplicate document id 'good'; skipped"))
    #expect(result.stdout.contains("\"doc\":\"good\""))
    #expect(result.stdout.contains("\"doc\":\"last\""))
  }

  @Test func badRegistryIsOneClearErrorAndNoOutput() throws {
    let directory = try CLI.temporaryDirectory()
    let registry = directory.appendingPathComponent("r.yaml")
    try "version: 1\noutlets:\n  - id: a\n    kind: blog\n".write(to: registry, atomically: true, encoding: .utf8)
    let output = directory.appendingPathComponent("out.jsonl")
    let result = try CLI.run(["annotate", "Fixtures/articles", "--registry", registry.path, "-o", output.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(registry.path):3:5: missing key 'name' in outlet"))
    #expect(!FileManager.default.fileExists(atPath: output.path))

    let missing = try CLI.run(["annotate", "Fixtures/articles", "--registry", "/nonexistent.yaml"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "/nonexistent.yaml: cannot read: no such file or directory\n")
    #expect(missing.stdout.isEmpty)
  }

  @Test func missingInputFailsWithExitOne() throws {
    let result = try CLI.run(["annotate", "/nonexistent/article.txt"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: /nonexistent/article.txt: cannot read: no such file or directory"))
  }

  @Test func outputFileIsReplacedAtomically() throws {
    let directory = try CLI.temporaryDirectory()
    let output = directory.appendingPathComponent("out.jsonl")
    try "previous\n".write(to: output, atomically: true, encoding: .utf8)
    let bad = try CLI.run(["annotate", "Fixtures/articles", "--sections", "nonsense", "-o", output.path])
    #expect(bad.status == 2)
    #expect(try String(contentsOf: output, encoding: .utf8) == "previous\n")
    let good = try CLI.run(["annotate", "Fixtures/articles/000_16c537c08355e3c2.txt", "-o", output.path])
    #expect(good.status == 0)
    #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix("{\"doc\":\"000_16c537c08355e3c2\""))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["out.jsonl"])
  }
}

struct RegistrySchemaTests {
  @Test func defaultRegistryValidatesAgainstItsSchema() throws {
    let result = try CLI.run(
      ["python3", "scripts/validate-json", "Schemas/registry.schema.json", "Sources/AttribCore/Registry/DefaultRegistry.yaml"],
      executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test func registryCheckPassesOnTheDefault() throws {
    let result = try CLI.run(["registry", "check"])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }
}
