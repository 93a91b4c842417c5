import Foundation

/// The outlet registry: outlets, people and the matcher over their names and aliases.
public struct Registry: Sendable {
  public var version: Int
  public var outlets: [Outlet]
  public var people: [Person]
  /// The file it was read from, or "<default>" for the built-in one.
  public var file: String
  let index: AliasIndex

  public init(version: Int = 1, outlets: [Outlet], people: [Person], file: String) {
    self.version = version
    self.outlets = outlets
    self.people = people
    self.file = file
    self.index = AliasIndex(outlets: outlets, people: people)
  }

  /// The outlet with this id.
  public func outlet(id: String) -> Outlet? { outlets.first { $0.id == id } }

  /// The person with this id.
  public func person(id: String) -> Person? { people.first { $0.id == id } }

  /// Reads and checks a registry file.
  ///
  /// - Throws: `AttribError.unreadable` when the file cannot be read,
  ///   `AttribError.invalidRegistry` with every problem when it does not pass `check`.
  public static func load(contentsOf path: String) throws -> Registry {
    let text = try FileIO.readText(path)
    return try load(text: text, file: path)
  }

  /// Parses and checks registry text; `file` is used in messages.
  public static func load(text: String, file: String) throws -> Registry {
    let result = RegistryLoader(file: file).load(text)
    guard result.diagnostics.isEmpty, let registry = result.registry else {
      throw AttribError.invalidRegistry(result.diagnostics)
    }
    return registry
  }

  /// The built-in default registry (`DefaultRegistry.yaml`, compiled in as its entries).
  public static let builtIn = DefaultRegistry.registry()
}
