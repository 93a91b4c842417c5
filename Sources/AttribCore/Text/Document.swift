/// One article to annotate.
public struct Document: Sendable {
  /// The document id: a JSONL `id`, or a file's name without its extension.
  public var id: String
  /// The text exactly as read (after invalid UTF-8 was repaired).
  public var text: String
  /// The other fields of a JSONL document, in their order; `nil` for text files.
  public var meta: JSONValue?

  public init(id: String, text: String, meta: JSONValue? = nil) {
    self.id = id
    self.text = text
    self.meta = meta
  }
}
