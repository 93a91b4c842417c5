import Foundation
import Testing

@testable import AttribCore

struct RegistryLoaderTests {
  static func problems(_ yaml: String) -> [String] {
    RegistryCheck.problems(text: yaml, file: "r.yaml").map(\.description)
  }

  @Test func builtInRegistryIsClean() {
    #expect(RegistryCheck.problems(text: DefaultRegistry.yaml, file: "<default>").isEmpty)
    #expect(Registry.builtIn.outlets.count > 0)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var yaml: String
    var messages: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "yaml syntax error",
      yaml: "version: 1\noutlets:\n  - id: a\n    name: [unclosed\n",
      messages: ["r.yaml:5:1: yaml syntax error: did not find expected ',' or ']' while parsing a flow sequence"]),
    Case(
      name: "unknown key",
      yaml: "version: 1\noutlets:\n  - id: a\n    name: A\n    kind: other\n    colour: red\n",
      messages: [
        "r.yaml:6:5: unknown key 'colour' in outlet; expected one of: id, name, kind, country, state_affiliated, aliases, url, notes"
      ]),
    Case(
      name: "missing field",
      yaml: "version: 1\noutlets:\n  - id: a\n    kind: other\n",
      messages: ["r.yaml:3:5: missing key 'name' in outlet"]),
    Case(
      name: "wrong type",
      yaml: "version: 1\noutlets:\n  - id: a\n    name: A\n    kind: other\n    aliases: B\n",
      messages: ["r.yaml:6:14: expected a list of strings for 'aliases', found 'B'"]),
    Case(
      name: "unknown kind",
      yaml: "version: 1\noutlets:\n  - id: a\n    name: A\n    kind: blog\n",
      messages: [
        "r.yaml:5:11: unknown kind 'blog'; expected one of: news_agency, newspaper, broadcaster, online_outlet, state_media, government, ministry, intelligence_agency, military, legislature, international_organization, research, ngo, company, social_media, other"
      ]),
    Case(
      name: "invalid id",
      yaml: "version: 1\noutlets:\n  - id: Bad_ID\n    name: A\n    kind: other\n",
      messages: ["r.yaml:3:5: invalid id 'Bad_ID'; use lowercase letters, digits and single '-' between them"]),
    Case(
      name: "invalid country",
      yaml: "version: 1\noutlets:\n  - id: a\n    name: A\n    kind: other\n    country: XX\n",
      messages: ["r.yaml:6:14: invalid country code 'XX'; expected an ISO 3166-1 alpha-2 code such as 'KR'"]),
    Case(
      name: "duplicate id",
      yaml: "version: 1\noutlets:\n  - id: a\n    name: A\n    kind: other\n  - id: a\n    name: B\n    kind: other\n",
      messages: ["r.yaml:6:5: duplicate id 'a'; first defined at line 3"]),
    Case(
      name: "alias claimed twice after folding",
      yaml: "version: 1\noutlets:\n  - id: a\n    name: A\n    kind: other\n    aliases: [Agence Française]\n  - id: b\n    name: B\n    kind: other\n    aliases: [the agence francaise]\n",
      messages: ["r.yaml:7:5: alias 'the agence francaise' of 'b' is already claimed by 'a' at line 3"]),
    Case(
      name: "dangling affiliation",
      yaml: "version: 1\noutlets: []\npeople:\n  - id: p\n    name: P Q\n    affiliation: nowhere\n",
      messages: ["r.yaml:4:5: affiliation 'nowhere' of 'p' is not the id of an outlet"]),
  ]

  @Test(arguments: cases)
  func reportsProblemAtItsPosition(_ c: Case) {
    #expect(Self.problems(c.yaml) == c.messages)
  }

  @Test func reportsEveryProblemNotJustTheFirst() {
    let yaml = "version: 1\noutlets:\n  - id: a\n    name: A\n    kind: blog\n  - id: a\n    name: B\n    kind: other\n    extra: 1\n"
    #expect(Self.problems(yaml).count == 3)
  }

  @Test func loadThrowsWithAllDiagnostics() {
    #expect(throws: AttribError.self) { try Registry.load(text: "outlets: 3\n", file: "r.yaml") }
  }
}

struct DefaultRegistryTests {
  /// The built-in registry's entries are `DefaultRegistry.yaml` as the loader reads it, and
  /// `DefaultRegistry+Entries.swift` is what the generator writes for it. With
  /// `ATTRIB_EMBED_REGISTRY=1` (as `scripts/embed-default-registry` runs it) the test writes
  /// that file instead.
  @Test func embeddedEntriesAreTheRepositoryFile() throws {
    let yaml = try Fixture.text("Sources/AttribCore/Registry/DefaultRegistry.yaml")
    let loaded = try #require(RegistryLoader(file: "<default>").load(yaml, check: false).registry)
    let source = DefaultRegistry.entriesSource(of: loaded)
    let path = Fixture.url("Sources/AttribCore/Registry/DefaultRegistry+Entries.swift")
    if ProcessInfo.processInfo.environment["ATTRIB_EMBED_REGISTRY"] == "1" {
      try source.write(to: path, atomically: true, encoding: .utf8)
      return
    }
    let hint: Comment = "run scripts/embed-default-registry after editing DefaultRegistry.yaml"
    // Compared as a whole but reported by the first difference: the entries run to 140 KB.
    let committed = try String(contentsOf: path, encoding: .utf8)
    let sameSource = committed == source
    #expect(sameSource, hint)
    let builtIn = Registry.builtIn
    #expect(builtIn.version == loaded.version && builtIn.file == "<default>")
    #expect(builtIn.outlets.count == loaded.outlets.count && builtIn.people.count == loaded.people.count, hint)
    let outlet = zip(builtIn.outlets, loaded.outlets).first { $0 != $1 }
    #expect(outlet == nil, "built in \(String(describing: outlet?.0)), in the file \(String(describing: outlet?.1))")
    let person = zip(builtIn.people, loaded.people).first { $0 != $1 }
    #expect(person == nil, "built in \(String(describing: person?.0)), in the file \(String(describing: person?.1))")
  }

  @Test func embeddedTextIsTheRepositoryFile() throws {
    let file = try Fixture.text("Sources/AttribCore/Registry/DefaultRegistry.yaml")
    #expect(DefaultRegistry.yaml == file, "run scripts/embed-default-registry after editing DefaultRegistry.yaml")
  }

  @Test func coversTheWorld() {
    let registry = Registry.builtIn
    #expect(registry.outlets.count >= 200)
    #expect(Set(registry.outlets.compactMap(\.country)).count >= 40)
    let kinds = Set(registry.outlets.map(\.kind))
    for kind: OutletKind in [.newsAgency, .stateMedia, .newspaper, .broadcaster, .ministry, .intelligenceAgency, .military, .government] {
      #expect(kinds.contains(kind))
    }
  }

  struct Alias: Sendable, CustomTestStringConvertible {
    var text: String
    var id: String
    var testDescription: String { text }
  }

  /// The ways the seed articles name their sources resolve to the right entries.
  static let seedAliases: [Alias] = [
    Alias(text: "Russia's state news agency, Tass", id: "tass"), Alias(text: "RIA Novosti", id: "ria-novosti"),
    Alias(text: "North Korea's official Korean Central News Agency", id: "kcna"), Alias(text: "KCNA", id: "kcna"),
    Alias(text: "the North's state media", id: "kcna"), Alias(text: "South Korea's spy agency", id: "nis"),
    Alias(text: "South Korea's National Intelligence Service", id: "nis"), Alias(text: "the NIS", id: "nis"),
    Alias(text: "South Korea's intelligence agency", id: "nis"), Alias(text: "Interfax", id: "interfax"),
    Alias(text: "the South's Defense Intelligence Agency", id: "sk-dia"),
    Alias(text: "South Korea's Yonhap news agency", id: "yonhap"), Alias(text: "The US State Department", id: "us-state-department"),
    Alias(text: "the U.S. State Department", id: "us-state-department"), Alias(text: "Reuters", id: "reuters"),
    Alias(text: "Russian Security Council", id: "russian-security-council"),
    Alias(text: "Russian foreign ministry", id: "russian-foreign-ministry"),
    Alias(text: "Ukraine's Special Operations Forces", id: "ukrainian-sof"),
    Alias(text: "Korea Institute for National Unification", id: "kinu"), Alias(text: "the Kremlin", id: "kremlin"),
    Alias(text: "Sergey Shoygu", id: "sergei-shoigu"), Alias(text: "Kim Jong-un", id: "kim-jong-un"),
    Alias(text: "Zelenskyy", id: "volodymyr-zelensky"), Alias(text: "The Guardian", id: "guardian"),
    Alias(text: "Der Spiegel", id: "der-spiegel"), Alias(text: "Financial Times", id: "ft"),
  ]

  @Test(arguments: seedAliases)
  func seedSourcesResolve(_ alias: Alias) throws {
    let registry = Registry.builtIn
    let target = try #require(registry.index.lookup(alias.text), "'\(alias.text)' does not resolve")
    switch target {
    case .outlet(let i): #expect(registry.outlets[i].id == alias.id)
    case .person(let i): #expect(registry.people[i].id == alias.id)
    }
  }

  @Test func commonWordsAreNotOutlets() {
    let registry = Registry.builtIn
    func matchCount(_ text: String) -> Int {
      let scalars = ContiguousArray(text.unicodeScalars)
      let tokens = Tokenizer(scalars: scalars, words: registry.index.words).tokens(from: 0, to: scalars.count)
      return registry.index.matches(in: tokens, scalars: scalars).count
    }
    for text in ["the sun rose", "at the same time", "an independent inquiry", "the guardian of the child"] {
      #expect(matchCount(text) == 0, "\(text)")
    }
    // The same words, capitalised as outlets' names, do match.
    #expect(matchCount("The Sun and the Guardian reported") == 2)
  }
}
