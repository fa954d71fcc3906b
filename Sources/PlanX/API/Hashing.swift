import Foundation

extension PlanX {
    /// Lowercase hex SHA-256 of `data`, as recorded in `source.sha256`.
    public static func sha256Hex(_ data: Data) -> String {
        SHA256.hexDigest(of: data)
    }
}
