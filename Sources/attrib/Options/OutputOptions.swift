import ArgumentParser
import AttribCore

/// `-o FILE`: where data goes (standard output when absent or `-`).
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of standard output.")
  var output: String?

  func sink() throws -> OutputSink {
    do {
      return try OutputSink(path: output)
    } catch let error as AttribError {
      printError(error.description)
      throw ExitCode(2)
    }
  }
}

/// Runs `body` with the output sink, committing on success and reporting failures
/// with the right exit code; a closed pipe ends quietly.
func withOutput(_ options: OutputOptions, _ body: (OutputSink) throws -> Void) throws {
  OutputSink.installSignalHandlers()
  let sink = try options.sink()
  do {
    try body(sink)
    try sink.commit()
  } catch AttribError.brokenPipe {
    sink.abandon()
    throw ExitCode(0)
  } catch let error as AttribError {
    sink.abandon()
    printError(error.description)
    throw ExitCode(2)
  } catch {
    sink.abandon()
    throw error
  }
}
