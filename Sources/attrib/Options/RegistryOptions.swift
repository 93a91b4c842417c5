import ArgumentParser
import AttribCore

/// `--registry FILE`: the registry to use instead of the built-in default.
struct RegistryOptions: ParsableArguments {
  @Option(name: .long, help: "A registry YAML file to use instead of the built-in default.")
  var registry: String?

  /// The chosen registry; prints every problem and exits 2 when it cannot be used.
  func load() throws -> Registry {
    guard let registry else { return Registry.builtIn }
    do {
      return try Registry.load(contentsOf: registry)
    } catch let error as AttribError {
      printError(error.description)
      throw ExitCode(2)
    }
  }
}
