/// One problem found in a user's file, with where it is.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public var location: TextLocation
  public var message: String

  public init(_ location: TextLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  /// `FILE:LINE:COLUMN: message`.
  public var description: String { "\(location): \(message)" }
}
