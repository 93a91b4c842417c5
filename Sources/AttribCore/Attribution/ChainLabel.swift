/// Builds the display label of a chain (SPEC §1 "Label").
public enum ChainLabel {
  /// "RIA Novosti via Sergei Shoigu": registered outlets first, then everyone else,
  /// each group in provenance order; a name repeated in a chain is shown once.
  public static func label(of hops: [Hop]) -> String {
    if hops.count == 1 { return hops[0].name }
    var names: [String] = []
    names.reserveCapacity(hops.count)
    for outletsFirst in [true, false] {
      for h in hops.indices where hops[h].isRegisteredOutlet == outletsFirst && !names.contains(hops[h].name) {
        names.append(hops[h].name)
      }
    }
    return names.joined(separator: " via ")
  }
}
