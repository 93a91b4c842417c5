/// The registry built into the binary; its readable source is `DefaultRegistry.yaml`
/// beside this file, embedded as text by `scripts/embed-default-registry`.
public enum DefaultRegistry {
  /// The YAML text of the built-in registry, as `attrib registry init` writes it.
  public static var yaml: String { text }
}
