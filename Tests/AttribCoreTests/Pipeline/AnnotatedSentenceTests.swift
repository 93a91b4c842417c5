import Testing

@testable import AttribCore

/// An annotated sentence holds its text as a slice of the document's text; as a value it is
/// its text, however that is held.
struct AnnotatedSentenceTests {
  @Test func aSliceOfTheDocumentIsTheTextItHolds() throws {
    let document = Document(id: "d", text: "Seoul’s spy agency said on Monday. “We are watching,” it added.\n\nA second paragraph.")
    let annotated = Annotator(registry: Fixture.registry).annotate(document)
    let texts = annotated.sentences.map(\.text)
    #expect(texts == ["Seoul’s spy agency said on Monday.", "“We are watching,” it added.", "A second paragraph."])
    for sentence in annotated.sentences {
      let copy = AnnotatedSentence(
        index: sentence.index, section: sentence.section, start: sentence.start, end: sentence.end,
        text: String(sentence.text), chains: sentence.chains)
      #expect(copy == sentence)
      #expect(copy.hashValue == sentence.hashValue)
      // The record is the same whichever way the text is held.
      #expect(RecordWriter.line(copy, of: annotated) == RecordWriter.line(sentence, of: annotated))
    }
    var edited = try #require(annotated.sentences.first)
    edited.text = "Replaced."
    #expect(edited.text == "Replaced." && edited != annotated.sentences[0])
  }
}
