import Foundation
import Testing

struct RegistryCommandTests {
  static func copy() throws -> URL {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("r.yaml")
    try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Fixtures/registries/commented.yaml"), to: file)
    return file
  }

  @Test func editsChangeWhatAnnotateReports() throws {
    let file = try Self.copy()
    let article = try CLI.temporaryDirectory().appendingPathComponent("a.txt")
    try "Headline\n\nThe briefing was long, Seoul's spy service said, according to Reuters.\n".write(
      to: article, atomically: true, encoding: .utf8)
    let before = try CLI.run(["annotate", article.path, "--registry", file.path])
    #expect(before.stdout.contains("\"label\":\"Reuters via spy service\"") || before.stdout.contains("\"id\":\"reuters\""))
    #expect(try CLI.run(["registry", "alias", "nis", "Seoul's spy service", "--registry", file.path]).status == 0)
    #expect(try CLI.run(["registry", "rename", "reuters", "thomson-reuters", "--registry", file.path]).status == 0)
    let after = try CLI.run(["annotate", article.path, "--registry", file.path])
    #expect(after.stdout.contains("\"label\":\"NIS via Reuters\""), "\(after.stdout)")
    #expect(after.stdout.contains("\"id\":\"thomson-reuters\""))
    #expect(after.stdout.contains("\"id\":\"nis\""))
  }

  @Test func refusalsAndErrorsHaveExactMessages() throws {
    let file = try Self.copy()
    let original = try String(contentsOf: file, encoding: .utf8)
    let refused = try CLI.run(["registry", "alias", "reuters", "Tass", "--registry", file.path])
    #expect(refused.status == 1)
    #expect(
      refused.stderr
        == "\(file.path):13:5: alias 'Tass' of 'tass' is already claimed by 'reuters' at line 7\nedit refused: the registry would have these problems\n")
    #expect(try String(contentsOf: file, encoding: .utf8) == original)

    let unknown = try CLI.run(["registry", "remove", "nothing", "--registry", file.path])
    #expect(unknown.status == 2)
    #expect(unknown.stderr == "\(file.path): no entry with id 'nothing'\n")

    let builtIn = try CLI.run(["registry", "remove", "reuters"])
    #expect(builtIn.status == 2)
    #expect(
      builtIn.stderr
        == "registry remove: --registry FILE is required; the built-in registry cannot be edited (attrib registry init FILE)\n")

    let added = try CLI.run(["registry", "add", "ap", "--name", "Associated Press", "--kind", "news_agency", "--alias", "AP", "--country", "US", "--registry", file.path])
    #expect(added.status == 0, "\(added.stderr)")
    let listed = try CLI.run(["registry", "show", "ap", "--registry", file.path])
    #expect(listed.stdout == "{\"id\":\"ap\",\"name\":\"Associated Press\",\"kind\":\"news_agency\",\"country\":\"US\",\"state_affiliated\":null,\"aliases\":[\"AP\"],\"url\":null,\"notes\":null}\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
    #expect(leftovers == ["r.yaml"])
  }

  @Test func checkReportsProblemsWithPositionsAndExitCodes() throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("bad.yaml")
    try "version: 1\noutlets:\n  - id: a\n    name: A\n    kind: blog\n  - id: a\n    name: B\n    kind: other\n".write(
      to: file, atomically: true, encoding: .utf8)
    let result = try CLI.run(["registry", "check", file.path])
    #expect(result.status == 1)
    #expect(result.stdout.split(separator: "\n").count == 2)
    #expect(result.stdout.hasPrefix("\(file.path):5:11: unknown kind 'blog'"))
    #expect(result.stdout.contains("\(file.path):6:5: duplicate id 'a'; first defined at line 3"))
    let missing = try CLI.run(["registry", "check", "/nonexistent.yaml"])
    #expect(missing.status == 2)
    #expect(missing.stderr == "/nonexistent.yaml: cannot read: no such file or directory\n")
  }

  @Test func initWritesTheBuiltInRegistry() throws {
    let directory = try CLI.temporaryDirectory()
    let file = directory.appendingPathComponent("default.yaml")
    #expect(try CLI.run(["registry", "init", file.path]).status == 0)
    let written = try String(contentsOf: file, encoding: .utf8)
    let source = try String(contentsOf: CLI.root.appendingPathComponent("Sources/AttribCore/Registry/DefaultRegistry.yaml"), encoding: .utf8)
    #expect(written == source)
    let again = try CLI.run(["registry", "init", file.path])
    #expect(again.status == 2)
    #expect(again.stderr == "\(file.path): already exists; use --force to replace it\n")
    let list = try CLI.run(["registry", "list", "--json", "--registry", file.path])
    #expect(list.stdout.hasPrefix("[{\"id\":\"reuters\""))
  }
}
