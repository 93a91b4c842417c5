import AttribCore

let annotator = Annotator(registry: Registry.builtIn)

/// Page structure, sentences and attribution on arbitrary bytes: must not crash, and every
/// sentence's offsets must slice back to its text.
func fuzzOne(_ bytes: [UInt8]) {
  let text = FileIO.decode(bytes).text
  let document = annotator.annotate(Document(id: "fuzz", text: text))
  let scalars = Array(text.unicodeScalars)
  var previousEnd = 0
  for sentence in document.sentences {
    precondition(sentence.start >= previousEnd && sentence.end <= scalars.count && sentence.start < sentence.end)
    precondition(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
    previousEnd = sentence.end
    for chain in sentence.chains {
      precondition(!chain.hops.isEmpty && chain.hops.count <= 8)
      for hop in chain.hops { precondition(hop.start <= hop.end && hop.end <= scalars.count) }
    }
  }
  _ = RecordWriter.jsonl(document, sections: Set(Section.allCases))
}
