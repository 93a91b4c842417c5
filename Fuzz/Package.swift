// swift-tools-version:6.0
// libFuzzer targets for attrib; a package of its own so the main build never links them.
// Build and run with ../scripts/fuzz (see /Fuzz/README.md).
import PackageDescription

let package = Package(
  name: "AttribFuzz",
  dependencies: [.package(name: "attrib", path: "..")],
  targets: [
    .executableTarget(name: "SegmenterFuzz", dependencies: [.product(name: "AttribCore", package: "attrib")]),
    .executableTarget(name: "RegistryFuzz", dependencies: [.product(name: "AttribCore", package: "attrib")]),
    .executableTarget(name: "JSONLFuzz", dependencies: [.product(name: "AttribCore", package: "attrib")]),
  ]
)
