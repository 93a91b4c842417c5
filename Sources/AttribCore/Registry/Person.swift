/// A registered person.
public struct Person: Hashable, Sendable {
  public var id: String
  public var name: String
  public var aliases: [String]
  /// The id of the outlet the person speaks for.
  public var affiliation: String?
  public var url: String?
  public var notes: String?
  /// The 1-based line where the entry starts in its file, 0 when unknown.
  public var line: Int
  /// The 1-based column of the entry's first key, 0 when unknown.
  public var column: Int

  public init(
    id: String, name: String, aliases: [String] = [], affiliation: String? = nil,
    url: String? = nil, notes: String? = nil, line: Int = 0, column: Int = 0
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.affiliation = affiliation
    self.url = url
    self.notes = notes
    self.line = line
    self.column = column
  }
}
