/// A registered outlet, agency or organisation.
public struct Outlet: Hashable, Sendable {
  public var id: String
  public var name: String
  public var kind: OutletKind
  /// ISO 3166-1 alpha-2 code.
  public var country: String?
  public var stateAffiliated: Bool?
  public var aliases: [String]
  public var url: String?
  public var notes: String?
  /// The 1-based line where the entry starts in its file, 0 when unknown.
  public var line: Int
  /// The 1-based column of the entry's first key, 0 when unknown.
  public var column: Int

  public init(
    id: String, name: String, kind: OutletKind, country: String? = nil,
    stateAffiliated: Bool? = nil, aliases: [String] = [], url: String? = nil, notes: String? = nil,
    line: Int = 0, column: Int = 0
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.country = country
    self.stateAffiliated = stateAffiliated
    self.aliases = aliases
    self.url = url
    self.notes = notes
    self.line = line
    self.column = column
  }
}
