import ArgumentParser
import AttribCore
import Foundation

/// Runs one edit on the registry file named by `--registry`, writing it atomically.
///
/// Exit codes: 0 edited, 1 the edit was refused (the registry would be invalid, or is
/// invalid already), 2 no `--registry`, an unreadable file or an unknown id.
func editRegistry(_ options: RegistryOptions, command: String, _ edit: (inout RegistryEditor) throws -> Void) throws {
  guard let path = options.registry else {
    printError("registry \(command): --registry FILE is required; the built-in registry cannot be edited (attrib registry init FILE)")
    throw ExitCode(2)
  }
  let text: String
  do {
    text = try FileIO.readText(path)
  } catch let error as AttribError {
    printError(error.description)
    throw ExitCode(2)
  }
  do {
    var editor = try RegistryEditor(text: text, file: path)
    try edit(&editor)
    let edited = editor.text
    try withOutput(OutputOptions(output: path)) { sink in try sink.write(edited) }
  } catch let failure as RegistryEditor.Failure {
    printError(failure.description)
    switch failure {
    case .noEntry, .duplicate: throw ExitCode(2)
    case .invalidBefore, .invalidAfter: throw ExitCode(1)
    }
  }
}

extension Attrib.RegistryCommand {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add an outlet (or, with --kind person, a person) to a registry file.")

    @Argument(help: "The new entry's id (lowercase letters, digits, '-').")
    var id: String

    @Option(help: "The display name.")
    var name: String

    @Option(help: "An outlet kind (news_agency, newspaper, …) or person.")
    var kind: String

    @Option(name: .customLong("alias"), help: "An alias; repeat for more.")
    var aliases: [String] = []

    @Option(help: "ISO 3166-1 alpha-2 country code.")
    var country: String?

    @Flag(help: "Mark the outlet as state-affiliated.")
    var stateAffiliated = false

    @Option(help: "For a person: the id of the outlet they speak for.")
    var affiliation: String?

    @Option(help: "A URL.")
    var url: String?

    @Option(help: "Notes.")
    var notes: String?

    @OptionGroup var registryOptions: RegistryOptions

    func run() throws {
      var entry = RegistryEditor.NewEntry(id: id, name: name, kind: kind)
      entry.aliases = aliases
      entry.country = country
      entry.stateAffiliated = stateAffiliated ? true : nil
      entry.affiliation = affiliation
      entry.url = url
      entry.notes = notes
      try editRegistry(registryOptions, command: "add") { try $0.add(entry) }
    }
  }

  struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "alias", abstract: "Add aliases to an entry of a registry file.")

    @Argument(help: "The entry's id.")
    var id: String

    @Argument(help: "The aliases to add.")
    var aliases: [String]

    @OptionGroup var registryOptions: RegistryOptions

    func run() throws {
      try editRegistry(registryOptions, command: "alias") { try $0.addAliases(aliases, to: id) }
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an entry from a registry file.")

    @Argument(help: "The entry's id.")
    var id: String

    @OptionGroup var registryOptions: RegistryOptions

    func run() throws {
      try editRegistry(registryOptions, command: "remove") { try $0.remove(id) }
    }
  }

  struct Rename: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rename",
      abstract: "Change an entry's id, and every affiliation that names it.")

    @Argument(help: "The entry's id.")
    var id: String

    @Argument(help: "The new id.")
    var newID: String

    @OptionGroup var registryOptions: RegistryOptions

    func run() throws {
      try editRegistry(registryOptions, command: "rename") { try $0.rename(id, to: newID) }
    }
  }
}
