// swift-tools-version: 6.0
// planx benchmarks: a release-mode executable, kept out of the root package so `swift test` never builds it.
//   make bench      (from the repository root)
import PackageDescription

let package = Package(
    name: "planx-benchmarks",
    dependencies: [.package(name: "planx", path: "..")],
    targets: [
        .executableTarget(
            name: "planx-bench",
            dependencies: [.product(name: "PlanX", package: "planx")],
            path: "Sources/planx-bench"
        )
    ]
)
