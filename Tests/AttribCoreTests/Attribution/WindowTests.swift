import Testing

@testable import AttribCore

/// Very long documents are attributed in windows; what each window finds must be what the
/// same text gets on its own. The windows here are small so the documents can be.
struct WindowTests {
  static let threshold = 20_000
  static let annotator = Annotator(
    attributor: Attributor(registry: Fixture.registry, windowThreshold: threshold, windowSize: 4_000))

  static let paragraphs = [
    "Defence minister John Smith said the army was ready. He said it would respond, according to Reuters.",
    "\"We will not stop,\" Smith told the BBC.",
    "Officials said the talks had failed.",
    "The bridge was closed for repairs on Tuesday.",
  ]

  /// Labels and offsets of each sentence's chains, relative to the sentence start.
  static func shape(_ sentence: AnnotatedSentence) -> [String] {
    sentence.chains.map { chain in
      chain.label + " " + chain.hops.map { "\($0.start - sentence.start)-\($0.end - sentence.start)" }.joined(separator: ",")
    }
  }

  @Test func windowsGiveEachParagraphItsOwnChains() {
    let annotator = Self.annotator
    let small = annotator.annotate(Document(id: "small", text: "Headline\n\n" + Self.paragraphs.joined(separator: "\n\n")))
    let expected = small.sentences.dropFirst().map { Self.shape($0) }
    #expect(expected.contains { !$0.isEmpty })

    // Enough repeats to pass the threshold several windows over.
    let block = Self.paragraphs.joined(separator: "\n\n")
    let repeats = Self.threshold / block.unicodeScalars.count * 3 / 2
    let text = "Headline\n\n" + Array(repeating: block, count: repeats).joined(separator: "\n\n")
    #expect(text.unicodeScalars.count > Self.threshold)
    let large = annotator.annotate(Document(id: "large", text: text))
    let body = Array(large.sentences.dropFirst())
    #expect(body.count == expected.count * repeats)
    for (i, sentence) in body.enumerated() where Self.shape(sentence) != expected[i % expected.count] {
      Issue.record("sentence \(i + 1) (\(sentence.text)): \(Self.shape(sentence)), expected \(expected[i % expected.count])")
      break
    }
  }

  @Test func oneSentenceLongerThanAWindowIsAWindowOfItsOwn() {
    // No sentence punctuation at all: the segmenter cuts long sentences, and each window
    // still covers every sentence once, in order.
    let words = Array(repeating: "officials said troops moved and Reuters reported", count: 1_000).joined(separator: " ")
    let document = Self.annotator.annotate(Document(id: "long", text: "Headline\n\n" + words))
    var previousEnd = 0
    for sentence in document.sentences {
      #expect(sentence.start >= previousEnd)
      previousEnd = sentence.end
    }
    #expect(words.unicodeScalars.count > Self.threshold)
    #expect(document.sentences.count > Self.threshold / Segmenter.maxSentenceLength)
    #expect(document.sentences.dropFirst().allSatisfy { !$0.chains.isEmpty })
  }
}
