/// An error that stops a command; its `description` is the one line shown to the user.
public enum AttribError: Error, Equatable, CustomStringConvertible {
  /// A file or directory that could not be read.
  case unreadable(path: String, reason: String)
  /// A registry that has problems; every problem is listed.
  case invalidRegistry([Diagnostic])
  /// An output file that could not be written.
  case unwritable(path: String, reason: String)
  /// A value of an option that is not allowed.
  case invalidOption(name: String, value: String, allowed: [String])
  /// A JSONL run file (annotate output) that cannot be used.
  case invalidRun(TextLocation, String)
  /// The reader of standard output went away (`attrib … | head`): stop quietly.
  case brokenPipe
  /// Anything else a user can cause, already phrased for them.
  case message(String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "\(path): cannot read: \(reason)"
    case .invalidRegistry(let diagnostics):
      return diagnostics.map(\.description).joined(separator: "\n")
    case .unwritable(let path, let reason):
      return "\(path): cannot write: \(reason)"
    case .invalidOption(let name, let value, let allowed):
      return "invalid value '\(value)' for \(name); expected one of: \(allowed.joined(separator: ", "))"
    case .invalidRun(let location, let message):
      return "\(location): \(message)"
    case .brokenPipe:
      return "standard output was closed"
    case .message(let text):
      return text
    }
  }
}
