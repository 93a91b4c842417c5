import Testing

@testable import AttribCore

struct RegistryEditorTests {
  static func original() throws -> String { try Fixture.text("Fixtures/registries/commented.yaml") }

  /// Every line of `before` that is not in `touched` (1-based) appears unchanged, in order, in `after`.
  static func untouchedLinesSurvive(_ before: String, _ after: String, touched: Set<Int>, sourceLocation: SourceLocation = #_sourceLocation) {
    let kept = before.components(separatedBy: "\n").enumerated().filter { !touched.contains($0.offset + 1) }.map(\.element)
    var remaining = after.components(separatedBy: "\n")[...]
    for line in kept {
      guard let index = remaining.firstIndex(of: line) else {
        Issue.record("line lost or changed: '\(line)'", sourceLocation: sourceLocation)
        return
      }
      remaining = remaining[(index + 1)...]
    }
  }

  @Test func editSessionKeepsEveryUntouchedLine() throws {
    let before = try Self.original()
    var editor = try RegistryEditor(text: before, file: "c.yaml")
    var ap = RegistryEditor.NewEntry(id: "ap", name: "Associated Press", kind: "news_agency")
    ap.aliases = ["AP"]
    ap.country = "US"
    try editor.add(ap)
    try editor.addAliases(["Russian News Agency TASS"], to: "tass")
    try editor.addAliases(["Thomson Reuters"], to: "reuters")
    try editor.rename("russian-security-council", to: "ru-security-council")
    try editor.remove("nis")
    let after = editor.text
    // Touched: reuters' aliases (11), the nis entry (23-27), the renamed id (28), the affiliation (37).
    Self.untouchedLinesSurvive(before, after, touched: [11, 23, 24, 25, 26, 27, 28, 37])
    #expect(after.contains("    aliases: [Reuters news agency, Thomson Reuters]\n"))
    #expect(after.contains("      - \"Russia's state news agency Tass\"\n      - Russian News Agency TASS\n"))
    #expect(after.contains("  - id: ap\n    name: Associated Press\n    kind: news_agency\n    country: US\n    aliases: [AP]\n"))
    #expect(after.contains("    affiliation: ru-security-council\n"))
    #expect(!after.contains("id: nis"))
    #expect(after.contains("# Intelligence"))
    let registry = try Registry.load(text: after, file: "c.yaml")
    #expect(registry.outlet(id: "ap")?.aliases == ["AP"])
    #expect(registry.person(id: "sergei-shoigu")?.affiliation == "ru-security-council")
  }

  @Test func addsAPersonUnderPeople() throws {
    var editor = try RegistryEditor(text: try Self.original(), file: "c.yaml")
    var kim = RegistryEditor.NewEntry(id: "kim-jong-un", name: "Kim Jong Un", kind: "person")
    kim.aliases = ["Kim Jong-un"]
    try editor.add(kim)
    #expect(editor.text.hasSuffix("  - id: kim-jong-un\n    name: Kim Jong Un\n    aliases: [Kim Jong-un]\n"))
  }

  @Test func refusesEditsThatBreakTheRegistry() throws {
    var editor = try RegistryEditor(text: try Self.original(), file: "c.yaml")
    #expect(throws: RegistryEditor.Failure.self) { try editor.remove("russian-security-council") }
    do {
      try editor.remove("russian-security-council")
    } catch let failure as RegistryEditor.Failure {
      #expect(
        failure.description
          == "c.yaml:30:5: affiliation 'russian-security-council' of 'sergei-shoigu' is not the id of an outlet\nedit refused: the registry would have these problems")
    }
    #expect(throws: RegistryEditor.Failure.noEntry(file: "c.yaml", id: "nothing")) { try editor.remove("nothing") }
    #expect(throws: RegistryEditor.Failure.duplicate(file: "c.yaml", id: "tass")) {
      try editor.add(RegistryEditor.NewEntry(id: "tass", name: "T", kind: "news_agency"))
    }
    var bad = RegistryEditor.NewEntry(id: "x", name: "X Y", kind: "blog")
    bad.country = "US"
    #expect(throws: RegistryEditor.Failure.self) { try editor.add(bad) }
    #expect(editor.text == (try Self.original()))
  }

  @Test func quotesScalarsThatNeedIt() {
    #expect(RegistryEditor.scalar("Russia's agency") == "\"Russia's agency\"")
    #expect(RegistryEditor.scalar("NO") == "\"NO\"")
    #expect(RegistryEditor.scalar("Reuters") == "Reuters")
    #expect(RegistryEditor.scalar("a: b") == "\"a: b\"")
  }
}
