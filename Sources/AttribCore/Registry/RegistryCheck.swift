/// `attrib registry check`: every problem of a registry text.
public enum RegistryCheck {
  /// Every problem, sorted by position; empty when the registry is valid.
  public static func problems(text: String, file: String) -> [Diagnostic] {
    RegistryLoader(file: file).load(text).diagnostics
  }
}
