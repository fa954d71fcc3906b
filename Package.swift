// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "planx",
    products: [
        .library(name: "PlanX", targets: ["PlanX"]),
        .executable(name: "planx", targets: ["PlanXCLI"]),
        .executable(name: "fuzz-html", targets: ["FuzzHTML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CSHA256"),
        .target(name: "PlanX", dependencies: ["CLibXML2", "CSHA256"]),
        .executableTarget(
            name: "PlanXCLI",
            dependencies: [
                "PlanX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/planx"
        ),
        .target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"),
        .executableTarget(name: "FuzzHTML", dependencies: ["PlanX", "CFuzzDriver"], path: "Fuzz/FuzzHTML"),
        .testTarget(name: "PlanXTests", dependencies: ["PlanX"], exclude: ["Fixtures"]),
    ]
)
