import AttribCore

/// The registry loader and checker on arbitrary YAML: problems are diagnostics, never a crash.
func fuzzOne(_ bytes: [UInt8]) {
  let text = FileIO.decode(bytes).text
  let problems = RegistryCheck.problems(text: text, file: "fuzz.yaml")
  if problems.isEmpty, let registry = try? Registry.load(text: text, file: "fuzz.yaml") {
    _ = RegistryJSON.array(registry)
    _ = Annotator(registry: registry).annotate(Document(id: "d", text: "Headline\n\nReuters said the NIS told lawmakers."))
  }
}
