import ArgumentParser
import AttribCore

/// Which records `export` and `stats` look at.
struct FilterOptions: ParsableArguments {
  @Option(name: .customLong("section"), help: "Only these sections (comma-separated, or all).")
  var sections: String?

  @Option(help: "Only sentences with a chain of this label.")
  var label: String?

  @Option(help: "Only sentences with a chain through this registry id.")
  var outlet: String?

  @Option(help: "Only sentences with a chain of at least this many hops.")
  var minDepth: Int?

  @Flag(help: "Only sentences without attribution.")
  var unattributed = false

  func filter() throws -> RecordFilter {
    var filter = RecordFilter()
    if let sections {
      do {
        filter.sections = try Section.selection(from: sections)
      } catch let error as AttribError {
        printError(error.description)
        throw ExitCode(2)
      }
    }
    filter.label = label
    filter.outlet = outlet
    filter.minimumDepth = minDepth
    filter.unattributedOnly = unattributed
    return filter
  }
}
