import ArgumentParser
import AttribCore

@main
struct Attrib: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attrib",
    abstract: "Annotate news sentences with their attribution chains.",
    discussion: """
      Exit codes: 0 success (or no differences), 1 problems found (bad input lines \
      skipped, registry problems, differences), 2 an error that stopped the command \
      (unreadable file, invalid registry, bad option), 64 a usage error.
      """,
    subcommands: [
      Annotate.self, RegistryCommand.self, Eval.self, Diff.self, Export.self, Import.self, Stats.self, Report.self,
    ]
  )
}
