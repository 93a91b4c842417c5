import Foundation
import Testing

@testable import AttribCore

/// Very long documents are annotated in pieces; what each piece finds must be what the same
/// text gets on its own, at the document's offsets. The pieces here are small so the
/// documents can be.
struct PieceTests {
  static let threshold = 20_000
  static let size = 4_000
  static let annotator = Annotator(
    attributor: Attributor(registry: Fixture.registry), pieceThreshold: threshold, pieceSize: size)

  static let paragraphs = [
    "Defence minister John Smith said the army was ready. He said it would respond, according to Reuters.",
    "\"We will not stop,\" Smith told the BBC.",
    "Officials said the talks had failed.",
    "The bridge was closed for repairs on Tuesday — “in Zürich”, 北京 said.",
  ]

  /// Labels and offsets of each sentence's chains, relative to the sentence start.
  static func shape(_ sentence: AnnotatedSentence) -> [String] {
    sentence.chains.map { chain in
      chain.label + " " + chain.hops.map { "\($0.start - sentence.start)-\($0.end - sentence.start)" }.joined(separator: ",")
    }
  }

  /// Every sentence's text and every hop's mention are the document's text at their offsets,
  /// and the sentences are numbered in order from 0.
  static func expectOffsets(_ document: AnnotatedDocument, of text: String) {
    let scalars = Array(text.unicodeScalars)
    func slice(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
    for (i, sentence) in document.sentences.enumerated() {
      #expect(sentence.index == i)
      #expect(slice(sentence.start, sentence.end) == sentence.text, "sentence \(i)")
      for hop in sentence.chains.flatMap(\.hops) where hop.end > hop.start {
        #expect(slice(hop.start, hop.end) == hop.mention, "sentence \(i): \(hop.mention)")
      }
    }
  }

  @Test func piecesGiveEachParagraphItsOwnChains() {
    let small = Self.annotator.annotate(Document(id: "small", text: "Headline\n\n" + Self.paragraphs.joined(separator: "\n\n")))
    let expected = small.sentences.dropFirst().map { Self.shape($0) }
    #expect(expected.contains { !$0.isEmpty })

    // Enough repeats to pass the threshold several pieces over.
    let block = Self.paragraphs.joined(separator: "\n\n")
    let repeats = Self.threshold / block.unicodeScalars.count * 3 / 2
    let text = "Headline\n\n" + Array(repeating: block, count: repeats).joined(separator: "\n\n")
    #expect(text.unicodeScalars.count > Self.threshold)
    let large = Self.annotator.annotate(Document(id: "large", text: text))
    #expect(large.metadata.title == "Headline")
    #expect(large.sentences.first?.section == .headline)
    let body = Array(large.sentences.dropFirst())
    #expect(body.count == expected.count * repeats)
    #expect(body.allSatisfy { $0.section == .body })
    for (i, sentence) in body.enumerated() where Self.shape(sentence) != expected[i % expected.count] {
      Issue.record("sentence \(i + 1) (\(sentence.text)): \(Self.shape(sentence)), expected \(expected[i % expected.count])")
      break
    }
    Self.expectOffsets(large, of: text)
  }

  @Test func oneLineLongerThanAPieceIsCutAtSpaces() {
    // No sentence punctuation and no line break: pieces are cut at spaces, the segmenter
    // cuts long sentences, and every sentence is covered once, in order.
    let words = Array(repeating: "officials said troops moved and Reuters reported", count: 1_000).joined(separator: " ")
    let text = "Headline\n\n" + words
    let document = Self.annotator.annotate(Document(id: "long", text: text))
    var previousEnd = 0
    for sentence in document.sentences {
      #expect(sentence.start >= previousEnd)
      #expect(!sentence.text.hasPrefix("fficials") && !sentence.text.hasSuffix("Reuter"))
      previousEnd = sentence.end
    }
    #expect(document.sentences.count > words.utf8.count / Self.size)
    #expect(document.sentences.dropFirst().allSatisfy { !$0.chains.isEmpty })
    Self.expectOffsets(document, of: text)
  }

  @Test func aPageEndCarriesIntoLaterPieces() {
    // "Related articles" closes the article: every line after it, in every later piece, is
    // related, not body.
    let block = Self.paragraphs.joined(separator: "\n\n")
    let body = Array(repeating: block, count: 20).joined(separator: "\n\n")
    let related = Array(repeating: "Officials said the talks had failed, Reuters reported.", count: 600).joined(separator: "\n\n")
    let text = "Headline\n\n" + body + "\n\nRelated articles\n\n" + related
    let document = Self.annotator.annotate(Document(id: "ends", text: text))
    let markerIndex = document.sentences.firstIndex { $0.text == "Related articles" }
    #expect(markerIndex != nil)
    let after = document.sentences[(markerIndex ?? 0) + 1..<document.sentences.count]
    #expect(after.count == 600)
    #expect(after.allSatisfy { $0.section == .related })
    #expect(document.sentences[1..<(markerIndex ?? 1)].allSatisfy { $0.section == .body })
  }

  @Test func piecesAreCutAfterBlankLinesThenLineBreaksThenSpaces() {
    func pieces(_ text: String) -> [Range<Int>] {
      Array(text.utf8).withUnsafeBufferPointer { Annotator.pieces(of: $0, threshold: 100, size: 100) }
    }
    func expectCover(_ pieces: [Range<Int>], _ count: Int) {
      #expect(pieces.first?.lowerBound == 0)
      #expect(pieces.last?.upperBound == count)
      for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
      #expect(pieces.allSatisfy { !$0.isEmpty && $0.count <= 100 })
    }
    // Short texts are one piece.
    #expect(pieces(String(repeating: "a", count: 100)) == [0..<100])
    // A blank line in the second half wins over a later line break and later spaces.
    let blank = String(repeating: "a", count: 60) + "\n \n" + String(repeating: "b", count: 20) + "\nc d e" + String(repeating: "f", count: 200)
    let cuts = pieces(blank)
    #expect(cuts.first == 0..<63)
    expectCover(cuts, blank.utf8.count)
    // Without a blank line: after the last line break; without one: after the last space.
    let lines = String(repeating: "a", count: 60) + "\n" + String(repeating: "b", count: 20) + " c" + String(repeating: "d", count: 200)
    #expect(pieces(lines).first == 0..<61)
    let spaces = String(repeating: "a", count: 70) + " " + String(repeating: "b", count: 200)
    #expect(pieces(spaces).first == 0..<71)
    // No break at all: between code points, never inside one.
    let dense = String(repeating: "é北🙂", count: 60)
    let denseCuts = pieces(dense)
    expectCover(denseCuts, dense.utf8.count)
    let bytes = Array(dense.utf8)
    for piece in denseCuts { #expect(String(validating: bytes[piece], as: UTF8.self) != nil) }
  }

  /// A long document goes through a run piece by piece, written as it is annotated, between
  /// the documents around it: the same records as annotating it whole, for one job or two.
  @Test func runWritesLongDocumentsPieceByPiece() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-pieces-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let block = Self.paragraphs.joined(separator: "\n\n")
    let documents = [
      Document(id: "before", text: "Before\n\n" + block),
      Document(id: "long", text: "Long\n\n" + Array(repeating: block, count: 80).joined(separator: "\n\n")),
      Document(id: "after", text: "After\n\n" + block),
    ]
    var w = JSONWriter()
    for document in documents {
      w.value(.object([("id", .string(document.id)), ("text", .string(document.text))]))
      w.literal("\n")
    }
    let input = w.text
    let inputPath = directory.appendingPathComponent("in.jsonl").path
    try input.write(toFile: inputPath, atomically: true, encoding: .utf8)
    let sections: Set<Section> = [.headline, .body]
    let expected = documents.map { RecordWriter.jsonl(Self.annotator.annotate($0), sections: sections) }.joined()
    #expect(documents[1].text.unicodeScalars.count > Self.threshold)
    for jobs in [1, 2] {
      let outputPath = directory.appendingPathComponent("out-\(jobs).jsonl").path
      let sink = try OutputSink(path: outputPath)
      var reader = DocumentReader(inputs: [inputPath])
      let run = AnnotationRun(annotator: Self.annotator, sections: sections, jobs: jobs)
      let summary = try run.run(&reader, to: sink, report: { Issue.record("unexpected message: \($0)") })
      try sink.commit()
      #expect(summary.documents == 3)
      #expect(try String(contentsOfFile: outputPath, encoding: .utf8) == expected, "jobs \(jobs)")
    }
  }
}
