import ArgumentParser
import AttribCore
import Foundation

extension Attrib {
  struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "registry",
      abstract: "Check, write out, list and edit outlet registries.",
      subcommands: [Check.self, Init.self, List.self, Show.self, Add.self, Alias.self, Remove.self, Rename.self])
  }
}

extension Attrib.RegistryCommand {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Report every problem of a registry as FILE:LINE:COLUMN: message.",
      discussion: "Exit 0 when clean, 1 when problems were found, 2 when the file cannot be read.")

    @Argument(help: "The registry file (default: the built-in registry).")
    var file: String?

    func run() throws {
      let text: String
      let name: String
      if let file {
        do {
          text = try FileIO.readText(file)
        } catch let error as AttribError {
          printError(error.description)
          throw ExitCode(2)
        }
        name = file
      } else {
        text = DefaultRegistry.yaml
        name = "<default>"
      }
      let diagnostics = RegistryCheck.problems(text: text, file: name)
      for diagnostic in diagnostics { print(diagnostic.description) }
      if !diagnostics.isEmpty {
        printError("\(name): \(diagnostics.count) problem(s)")
        throw ExitCode(1)
      }
    }
  }

  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Write the built-in default registry to FILE as a starting point.")

    @Argument(help: "Where to write the registry.")
    var file: String

    @Flag(help: "Replace FILE if it exists.")
    var force = false

    func run() throws {
      if !force && FileManager.default.fileExists(atPath: file) {
        printError("\(file): already exists; use --force to replace it")
        throw ExitCode(2)
      }
      try withOutput(OutputOptions(output: file)) { sink in
        try sink.write(DefaultRegistry.yaml)
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the registry's outlets and people.")

    @OptionGroup var registryOptions: RegistryOptions

    @Flag(help: "Print a JSON array of entries.")
    var json = false

    func run() throws {
      let registry = try registryOptions.load()
      if json {
        print(RegistryJSON.array(registry))
        return
      }
      for outlet in registry.outlets {
        print([outlet.id, outlet.kind.rawValue, outlet.country ?? "-", outlet.name].joined(separator: "\t"))
      }
      for person in registry.people {
        print([person.id, "person", person.affiliation ?? "-", person.name].joined(separator: "\t"))
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one entry of the registry as JSON.")

    @Argument(help: "The entry's id.")
    var id: String

    @OptionGroup var registryOptions: RegistryOptions

    func run() throws {
      let registry = try registryOptions.load()
      guard let entry = RegistryJSON.entry(registry, id: id) else {
        printError("\(registry.file): no entry with id '\(id)'")
        throw ExitCode(2)
      }
      print(entry)
    }
  }
}

extension OutputOptions {
  init(output: String?) {
    self.init()
    self.output = output
  }
}
