import PlanX

/// The version string the CLI reports.
enum PlanXVersion {
    static var string: String { "\(PlanX.version) (schema \(PlanX.schemaVersion))" }
}
