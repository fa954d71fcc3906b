import Foundation

/// Computes `SHA256.hexDigest(of:)` on a dedicated thread while the caller decodes the same bytes.
///
/// A plain `Thread`, not a dispatch queue or a task: the caller blocks in `wait()`, and blocking on
/// work queued to a shared pool could starve it when a batch runs many documents at once.
final class DigestThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var digest = ""  // written by the thread before `done` is signalled, read after

    init(_ data: Data) {
        let thread = Thread { [self] in
            digest = SHA256.hexDigest(of: data)
            done.signal()
        }
        thread.start()
    }

    /// Blocks until the digest is ready; call once.
    func wait() -> String {
        done.wait()
        return digest
    }
}
