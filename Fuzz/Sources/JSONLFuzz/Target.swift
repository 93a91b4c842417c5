import AttribCore

/// The JSON parser and the annotate-record reader on arbitrary lines.
func fuzzOne(_ bytes: [UInt8]) {
  for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
    guard let value = try? JSONParser.parse(line) else { continue }
    var writer = JSONWriter()
    writer.value(value)
    // What the writer writes parses back to the same value.
    if let again = try? JSONParser.parse(writer.text) {
      precondition(again == value)
    } else {
      preconditionFailure("written JSON does not parse")
    }
    _ = try? RunRecord(json: value, location: TextLocation(file: "fuzz"))
  }
}
