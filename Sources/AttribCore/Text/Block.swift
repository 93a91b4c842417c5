/// A paragraph (or a heading, a caption, a widget line) of a page, by code point offsets.
struct Block: Hashable, Sendable {
  /// Offsets into the document, trimmed of surrounding white space; `end` is exclusive.
  var start: Int
  var end: Int
  var section: Section
  /// A headline or heading: one sentence, never split.
  var isHeading: Bool = false
}

/// What a page says about itself besides its sentences.
public struct PageMetadata: Hashable, Sendable {
  /// The headline text.
  public var title: String?
  /// The publisher named on the publisher/date line ("Irish Examiner").
  public var publisher: String?
  /// The publication date as `YYYY-MM-DD` when the page gives one.
  public var published: String?

  public init(title: String? = nil, publisher: String? = nil, published: String? = nil) {
    self.title = title
    self.publisher = publisher
    self.published = published
  }
}
