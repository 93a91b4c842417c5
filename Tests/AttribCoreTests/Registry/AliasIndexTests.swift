import Testing

@testable import AttribCore

struct AliasIndexTests {
  static let registry: Registry = {
    let outlets = [
      Outlet(id: "nis", name: "NIS", kind: .intelligenceAgency, aliases: ["National Intelligence Service"]),
      Outlet(id: "ap", name: "Associated Press", kind: .newsAgency, aliases: ["AP"]),
      Outlet(id: "afp", name: "Agence France-Presse", kind: .newsAgency, aliases: ["AFP", "Agence France Presse"]),
      Outlet(id: "guardian", name: "The Guardian", kind: .newspaper),
      Outlet(id: "kcna", name: "KCNA", kind: .stateMedia, aliases: ["Korean Central News Agency"]),
      Outlet(id: "tass", name: "Tass", kind: .newsAgency, aliases: ["Russia's state news agency Tass"]),
    ]
    let people = [Person(id: "zelensky", name: "Volodymyr Zelensky", aliases: ["Zelenskyy", "Zelensky"])]
    return Registry(outlets: outlets, people: people, file: "t")
  }()

  /// The registry ids found in a text, in order.
  static func ids(_ text: String) -> [String] {
    let scalars = ContiguousArray(text.unicodeScalars)
    let tokens = Tokenizer(scalars: scalars, words: registry.index.words).tokens(from: 0, to: scalars.count)
    return registry.index.matches(in: tokens, scalars: scalars).map {
      switch $0.target {
      case .outlet(let i): return registry.outlets[i].id
      case .person(let i): return registry.people[i].id
      }
    }
  }

  @Test func allCapitalsAliasesAreCaseSensitive() {
    #expect(Self.ids("the NIS said") == ["nis"])
    #expect(Self.ids("a nis of") == [])
    #expect(Self.ids("AP reported") == ["ap"])
    #expect(Self.ids("an ap app") == [])
  }

  @Test func otherAliasesAreCaseInsensitive() {
    #expect(Self.ids("the national intelligence service said") == ["nis"])
    #expect(Self.ids("KOREAN CENTRAL NEWS AGENCY") == ["kcna"])
  }

  @Test func leadingThePossessiveApostrophesAndDiacritics() {
    #expect(Self.ids("the Guardian reported") == ["guardian"])
    #expect(Self.ids("Guardian reported") == ["guardian"])
    #expect(Self.ids("the NIS's briefing") == ["nis"])
    #expect(Self.ids("Russia’s state news agency, Tass, said") == ["tass"])
    #expect(Self.ids("Agence Française Presse") == [])
    #expect(Self.ids("Agence Fránce Presse said") == ["afp"])
    #expect(Self.ids("Zelenskyy and Zelensky") == ["zelensky", "zelensky"])
  }

  @Test func wordBoundariesAndLongestMatch() {
    #expect(Self.ids("NISSAN said") == [])
    #expect(Self.ids("Korean Central News Agency") == ["kcna"])
    #expect(Self.ids("Tass") == ["tass"])
    #expect(Self.ids("Russia's state news agency Tass said") == ["tass"])
  }

  /// A tokenizer given the index's word table marks exactly the words that start a
  /// registry name; one without it marks none, and its tokens match nothing.
  @Test func tokensCarryTheNamesTheyStart() {
    let text = "the Korean Central News Agency and Tass, not the agency"
    let scalars = ContiguousArray(text.unicodeScalars)
    let index = Self.registry.index
    let tokens = Tokenizer(scalars: scalars, words: index.words).tokens(from: 0, to: scalars.count)
    let starts = tokens.filter { $0.nameStart > 0 }.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    #expect(starts == ["Korean", "Tass"])
    // Word-list bits are those of the plain table.
    let plain = Tokenizer(scalars: scalars).tokens(from: 0, to: scalars.count)
    #expect(tokens.map(\.lexical) == plain.map(\.lexical))
    #expect(plain.allSatisfy { $0.nameStart == 0 })
    #expect(index.matches(in: plain, scalars: scalars).isEmpty)
    #expect(index.matches(in: tokens, scalars: scalars).count == 2)
  }
}
