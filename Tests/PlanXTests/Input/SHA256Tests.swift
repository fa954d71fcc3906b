import Foundation
import Testing
@testable import PlanX

@Suite("SHA-256")
struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesPublishedVectors(message: String, digest: String) {
        #expect(SHA256.hexDigest(of: Data(message.utf8)) == digest)
    }

    /// Expected values from `sha256sum` over bytes `(i * 7 + 3) % 251`, lengths around the 56/64-byte padding edges.
    @Test(arguments: [
        (1, "084fed08b978af4d7d196a7446a86b58009e636b611db16211b65a9aadff29c5"),
        (55, "1deace58c745f3ecadde68a5923f494c3703fa73f0306483ccb898a5826e8d70"),
        (56, "06dbe23685750e4d3881ded95047abaf93fa8f9c5d3501dc57c717a72ff1398e"),
        (63, "47fb38b12335c9298d09280515c0666489a189d1554bb0ac1a0740806ce9d8b6"),
        (64, "dfa798724b1a8014994f363e5da7474ed26ce3757fb29e07aa47ad5a9352d37b"),
        (65, "dd2eab5a5507d7717c63ce953d9ac61752c21e664425ad1227054722a0d97f69"),
        (119, "c6e0f435df5d7d265baacca31e0602c00aa22fa6d3819aed664649294c743756"),
        (120, "17eb8960823a644bde3065620bb9d45931fe8993fd8eb692a17aff0fd725db6a"),
        (128, "3a9c1e22e20578eebe442238f431befd688bd56698eb7c77d95d3f97d8f58207"),
        (1000, "a9425c416f534025a4e2422bd14adba4ec3d4a68d10c3329be8df612964d2b6e"),
    ])
    func matchesSha256sumAtBlockEdges(length: Int, digest: String) {
        #expect(SHA256.hexDigest(of: Self.pattern(length)) == digest)
    }

    @Test func chunkedUpdatesEqualOneShot() {
        let data = Self.pattern(1000)
        var h = SHA256()
        var offset = 0
        for size in [1, 62, 3, 64, 200, 7, 663] {
            data.withUnsafeBytes { raw in
                h.update(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[offset..<offset + size]))
            }
            offset += size
        }
        let hex = h.finalize().map { String(format: "%02x", $0) }.joined()
        #expect(offset == 1000)
        #expect(hex == SHA256.hexDigest(of: data))
    }

    /// The SHA-NI path (used when this CPU has it) and the portable Swift rounds give the same digest.
    @Test(arguments: [0, 1, 55, 64, 65, 1000, 4097])
    func hardwareAndPortableRoundsAgree(length: Int) {
        let data = Self.pattern(length)
        var portable = SHA256()
        portable.usesHardware = false
        data.withUnsafeBytes { portable.update($0.bindMemory(to: UInt8.self)) }
        let hex = portable.finalize().map { String(format: "%02x", $0) }.joined()
        #expect(hex == SHA256.hexDigest(of: data))
    }

    static func pattern(_ length: Int) -> Data { Data((0..<length).map { UInt8(($0 * 7 + 3) % 251) }) }
}
