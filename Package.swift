// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "attrib",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "attrib", targets: ["attrib"]),
    .library(name: "AttribCore", targets: ["AttribCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
  ],
  targets: [
    .target(
      name: "AttribCore",
      dependencies: [.product(name: "Yams", package: "Yams")],
      exclude: ["Registry/DefaultRegistry.yaml"]
    ),
    .executableTarget(
      name: "attrib",
      dependencies: [
        "AttribCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "AttribCoreTests",
      dependencies: ["AttribCore"]
    ),
    .testTarget(
      name: "AttribCLITests",
      dependencies: ["AttribCore", "attrib"]
    ),
  ]
)
