import AttribCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A one-line progress display on standard error, only when it is a terminal.
final class ProgressLine {
  private let isTerminal = isatty(STDERR_FILENO) == 1
  private var last = Date.distantPast
  private var shown = false

  func update(_ summary: AnnotationRun.Summary) {
    guard isTerminal, Date().timeIntervalSince(last) > 0.2 else { return }
    last = Date()
    let megabytes = Double(summary.characters) / 1_000_000
    let text = String(format: "\r%d documents, %d sentences, %.1f MB", summary.documents, summary.records, megabytes)
    printError(text, terminator: "")
    shown = true
  }

  /// Removes the line before another message is printed.
  func clear() {
    guard shown else { return }
    printError("\r\u{1B}[K", terminator: "")
    shown = false
  }

  func finish() { clear() }
}
