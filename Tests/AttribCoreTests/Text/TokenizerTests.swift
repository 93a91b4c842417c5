import Testing

@testable import AttribCore

/// Where words end: before a comma, a period or an apostrophe a word may end or go on (a
/// number, an abbreviation, a domain name, a contraction), and the possessive is a token of
/// its own.
struct TokenizerTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var tokens: [String]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "Seoul, Tokyo and Kyiv.", tokens: ["Seoul", ",", "Tokyo", "and", "Kyiv", "."]),
    Case(text: "about 1,000 people, 12.5 percent", tokens: ["about", "1,000", "people", ",", "12.5", "percent"]),
    Case(text: "a,b x,1 7,y", tokens: ["a", ",", "b", "x", ",", "1", "7", ",", "y"]),
    Case(text: "the U.S. said. Then", tokens: ["the", "U.S.", "said", ".", "Then"]),
    Case(text: "visit Secunia.com today", tokens: ["visit", "Secunia.com", "today"]),
    Case(text: "said.\u{201D} Next", tokens: ["said", ".", "\u{201D}", "Next"]),
    Case(text: "Russia's army, Russia\u{2019}s navy", tokens: ["Russia", "'s", "army", ",", "Russia", "\u{2019}s", "navy"]),
    Case(text: "it didn't, O'Brien won\u{2019}t", tokens: ["it", "didn't", ",", "O'Brien", "won\u{2019}t"]),
    Case(text: "the Workers' Party, Jones's", tokens: ["the", "Workers", "'", "Party", ",", "Jones", "'s"]),
    Case(text: "its 'sand' 5's", tokens: ["its", "'", "sand", "'", "5", "'s"]),
    Case(text: "end with a,", tokens: ["end", "with", "a", ","]),
    Case(text: "x.\u{E9}t\u{E9} caf\u{E9}, na\u{EF}ve.", tokens: ["x", ".", "\u{E9}t\u{E9}", "caf\u{E9}", ",", "na\u{EF}ve", "."]),
  ]

  @Test(arguments: cases) func wordsEndWhereTheyShould(_ c: Case) {
    let scalars = ContiguousArray(c.text.unicodeScalars)
    let tokens = Tokenizer(scalars: scalars).tokens(from: 0, to: scalars.count)
    #expect(tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == c.tokens)
    // A word's key and flags do not depend on how its end was found.
    for token in tokens where token.kind == .word {
      let text = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
      #expect(token.key == TokenKey.of(text), "\(text)")
      #expect(token.isCapitalized == ScalarText.isUpper(scalars[token.start]), "\(text)")
    }
  }
}
