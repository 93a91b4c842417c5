import AttribCore

let annotator = Annotator(registry: Registry.builtIn)
/// Pieces of a few dozen bytes, so the cuts of very long documents meet every kind of input.
let pieceAnnotator = Annotator(registry: Registry.builtIn, pieceThreshold: 32, pieceSize: 48)

/// Page structure, sentences and attribution on arbitrary bytes, whole and in pieces: must
/// not crash, and every sentence's and hop's offsets must slice back to their text.
func fuzzOne(_ bytes: [UInt8]) {
  let text = FileIO.decode(bytes).text
  check(annotator.annotate(Document(id: "fuzz", text: text)), text)
  check(pieceAnnotator.annotate(Document(id: "fuzz", text: text)), text)
}

func check(_ document: AnnotatedDocument, _ text: String) {
  let scalars = Array(text.unicodeScalars)
  var previousEnd = 0
  for sentence in document.sentences {
    precondition(sentence.start >= previousEnd && sentence.end <= scalars.count && sentence.start < sentence.end)
    precondition(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
    previousEnd = sentence.end
    for chain in sentence.chains {
      precondition(!chain.hops.isEmpty && chain.hops.count <= 8)
      for hop in chain.hops {
        precondition(hop.start <= hop.end && hop.end <= scalars.count)
        precondition(hop.start == hop.end || String(String.UnicodeScalarView(scalars[hop.start..<hop.end])) == hop.mention)
      }
    }
  }
  _ = RecordWriter.jsonl(document, sections: Set(Section.allCases))
}
