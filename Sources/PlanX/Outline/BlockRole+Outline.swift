/// How the Outline stage reads block roles it does not turn into content.
extension BlockRole {
    /// Roles that frame a document part; body text after them starts a new outline part.
    var startsOutlinePart: Bool {
        switch self {
        case .header, .title, .signature, .recipients: return true
        default: return false
        }
    }
}
