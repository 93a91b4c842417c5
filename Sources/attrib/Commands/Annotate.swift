import Foundation
import ArgumentParser
import AttribCore

#if canImport(Glibc)
  import Glibc
#endif

extension Attrib {
  struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "annotate",
      abstract: "Split articles into sentences and write one JSON record per sentence.",
      discussion: """
        INPUT is a .txt file (one article), a .jsonl file (one document a line with \
        'id' and 'text'), a directory (searched recursively), or - for JSONL on \
        standard input. Records go to standard output unless -o is given.
        """)

    @Argument(help: "Files, directories, or - for JSONL documents on standard input.")
    var inputs: [String]

    @OptionGroup var registryOptions: RegistryOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: "Sections to emit: a comma-separated list of headline, body, related, boilerplate, or all.")
    var sections: String = "headline,body"

    @Option(help: "Documents annotated in parallel (default: the number of cores).")
    var jobs: Int?

    func validate() throws {
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
      AllocatorSettings.apply(forInputs: inputs)
      let selection: Set<Section>
      do {
        selection = try Section.selection(from: sections)
      } catch let error as AttribError {
        printError(error.description)
        throw ExitCode(2)
      }
      let registry = try registryOptions.load()
      let annotator = Annotator(registry: registry)
      let run = AnnotationRun(
        annotator: annotator, sections: selection, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
      var reader = DocumentReader(inputs: inputs)
      var summary = AnnotationRun.Summary()
      let progress = ProgressLine()
      try withOutput(outputOptions) { sink in
        summary = try run.run(&reader, to: sink, report: { progress.clear(); printError($0) }, progress: progress.update)
      }
      progress.finish()
      if summary.errors > 0 {
        printError("attrib: \(summary.errors) input problem(s); \(summary.documents) document(s) annotated")
        throw ExitCode(1)
      }
    }
  }
}
