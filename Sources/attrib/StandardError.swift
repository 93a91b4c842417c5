import Foundation

/// Standard error as a `TextOutputStream` (`fputs(…, stderr)` does not compile in Swift 6 on Linux).
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}

/// Prints one message line to standard error.
func printError(_ message: String, terminator: String = "\n") {
  var stream = StandardError()
  print(message, terminator: terminator, to: &stream)
}
