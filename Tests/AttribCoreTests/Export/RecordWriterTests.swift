import Testing

@testable import AttribCore

struct RecordWriterTests {
  @Test func recordsRoundTripThroughJSON() throws {
    let document = Annotator(registry: Fixture.registry).annotate(try Fixture.seed("000_16c537c08355e3c2"))
    let jsonl = RecordWriter.jsonl(document, sections: Set(Section.allCases))
    let lines = jsonl.split(separator: "\n")
    #expect(lines.count == document.sentences.count)
    for (line, sentence) in zip(lines, document.sentences) {
      let value = try JSONParser.parse(String(line))
      #expect(value["doc"]?.stringValue == document.id)
      #expect(value["text"]?.stringValue == sentence.text)
      #expect(value["start"]?.intValue == sentence.start)
      #expect(value["attributions"]?.arrayValue?.count == sentence.chains.count)
      let keys = value.objectValue?.map(\.key)
      #expect(keys == ["doc", "sentence", "section", "start", "end", "text", "attributions", "title", "publisher", "published", "meta"])
    }
  }

  @Test func escapesControlCharactersAndQuotes() throws {
    var writer = JSONWriter()
    writer.string("a\"b\\c\nd\u{01}é")
    #expect(writer.text == "\"a\\\"b\\\\c\\nd\\u0001é\"")
    #expect(try JSONParser.parse(writer.text) == .string("a\"b\\c\nd\u{01}é"))
  }

  @Test func writerIsAValueThatGrows() throws {
    var first = JSONWriter()
    first.literal("[")
    var second = first
    // Well past the first buffer, so both writers grow while they share nothing.
    for n in 0..<500 {
      if n > 0 { second.literal(",") }
      second.int(n * 1_000)
    }
    second.literal("]")
    first.string("x")
    #expect(first.text == "[\"x\"")
    let expected = "[" + (0..<500).map { String($0 * 1_000) }.joined(separator: ",") + "]"
    #expect(second.text == expected)
    #expect(second.bytes == Array(expected.utf8))
    var joined = JSONWriter()
    joined.append(first)
    joined.append(second)
    #expect(joined.text == first.text + expected)
  }

  @Test func sameInputGivesIdenticalOutput() throws {
    let annotator = Annotator(registry: Fixture.registry)
    for id in Fixture.seeds {
      let a = RecordWriter.jsonl(annotator.annotate(try Fixture.seed(id)), sections: Set(Section.allCases))
      let b = RecordWriter.jsonl(annotator.annotate(try Fixture.seed(id)), sections: Set(Section.allCases))
      #expect(a == b)
    }
  }
}
