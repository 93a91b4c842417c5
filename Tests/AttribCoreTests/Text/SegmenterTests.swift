import Testing

@testable import AttribCore

struct SegmenterTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var sentences: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "titles and initials",
      text: "Mr Lee cited the NIS as saying so. Gen. Smith arrived. N. Korea said nothing. J. R. Smith agreed.",
      sentences: ["Mr Lee cited the NIS as saying so.", "Gen. Smith arrived.", "N. Korea said nothing.", "J. R. Smith agreed."]),
    Case(
      name: "dotted abbreviations",
      text: "The U.S. State Department said the U.N. Security Council met. Then it ended in the U.S. The talks resumed.",
      sentences: [
        "The U.S. State Department said the U.N. Security Council met.", "Then it ended in the U.S.", "The talks resumed.",
      ]),
    Case(
      name: "numbers",
      text: "North Korea sent about 10,000-12,000 troops. Prices rose 12.5 per cent in Jan. 2024 to 1,000 won.",
      sentences: ["North Korea sent about 10,000-12,000 troops.", "Prices rose 12.5 per cent in Jan. 2024 to 1,000 won."]),
    Case(
      name: "quotation spanning sentences",
      text: "\"This is a kind of brotherly aid. It is sent to our country,\" Shoigu said. He left.",
      sentences: ["\"This is a kind of brotherly aid.", "It is sent to our country,\" Shoigu said.", "He left."]),
    Case(
      name: "question inside a quote with a speaker tag",
      text: "\"Will be speaking to President Putin at 10AM Thank you!\" Mr Trump wrote on his platform. He did not say more.",
      sentences: ["\"Will be speaking to President Putin at 10AM Thank you!\" Mr Trump wrote on his platform.", "He did not say more."]),
    Case(
      name: "ellipsis",
      text: "No comments yet... The story continues. It was late... and dark.",
      sentences: ["No comments yet...", "The story continues.", "It was late... and dark."]),
    Case(
      name: "glued sub-heading from seed 000",
      text: "Kim repeats full support of Russia's war efforts against Ukraine North Korea's official Korean Central News Agency said Wednesday that Kim confirmed the contents.",
      sentences: [
        "Kim repeats full support of Russia's war efforts against Ukraine",
        "North Korea's official Korean Central News Agency said Wednesday that Kim confirmed the contents.",
      ]),
    Case(
      name: "glued sub-heading ending in a verb",
      text: "South Korea, US and Japan react South Korea's Foreign Ministry on Thursday expressed grave concern.",
      sentences: ["South Korea, US and Japan react", "South Korea's Foreign Ministry on Thursday expressed grave concern."]),
    Case(
      name: "a domain name ends its sentence; dotted abbreviations do not",
      text: "Power was out, according to PowerOutage.us. Governor Ron DeSantis spoke. The U.S. Senate met at 9 a.m. Monday.",
      sentences: [
        "Power was out, according to PowerOutage.us.", "Governor Ron DeSantis spoke.",
        "The U.S. Senate met at 9 a.m. Monday.",
      ]),
    Case(
      name: "reporting verb is not a glued heading",
      text: "Analysts say Russia's economy grew in the third quarter of the year.",
      sentences: ["Analysts say Russia's economy grew in the third quarter of the year."]),
  ]

  @Test(arguments: cases)
  func splitsSentences(_ c: Case) {
    let scalars = ContiguousArray(c.text.unicodeScalars)
    let ranges = Segmenter(scalars: scalars).sentences(in: Block(start: 0, end: scalars.count, section: .body))
    let sentences = ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
    #expect(sentences == c.sentences)
  }

  @Test func joinsHardLineBreakInsideSentence() {
    let text = """
      Headline here

      The deal was signed in Seoul. It includes shipments of arms, and the U.S.
      State Department demanded that the North's Workers'
      Party end its support, officials said.
      """
    let document = Annotator(registry: Fixture.registry).annotate(Document(id: "t", text: text))
    let body = document.sentences.filter { $0.section == .body }.map(\.text)
    #expect(body == [
      "The deal was signed in Seoul.",
      "It includes shipments of arms, and the U.S.\nState Department demanded that the North's Workers'\nParty end its support, officials said.",
    ])
  }

  @Test func cutsOverlongSentencesAtSpaces() {
    let text = String(repeating: "word ", count: 3000)
    let scalars = ContiguousArray(text.unicodeScalars)
    let ranges = Segmenter(scalars: scalars).sentences(in: Block(start: 0, end: scalars.count, section: .body))
    #expect(ranges.count == 4)
    #expect(ranges.allSatisfy { $0.count <= Segmenter.maxSentenceLength })
  }
}
