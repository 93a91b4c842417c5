/// A position in a file, for messages.
///
/// Lines and columns are 1-based; `line` or `column` of 0 means "not known"
/// and is left out of `description`.
public struct TextLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int = 0, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, `file:line` or `file`, as much as is known.
  public var description: String {
    if line <= 0 { return file }
    if column <= 0 { return "\(file):\(line)" }
    return "\(file):\(line):\(column)"
  }
}
