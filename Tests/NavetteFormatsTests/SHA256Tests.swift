import Foundation
import NavetteFormats
import TestSupport
import Testing

/// The content hash (swift-crypto's SHA-256) gives the FIPS 180-4 digests, as the hand-written one did.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        // 56 bytes: the padding spills into a second block.
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(ContentHash.sha256(Array(input.utf8)) == digest)
    }

    /// The corpus index records every file's sha256 (computed elsewhere): the report's hashes agree.
    @Test func corpusFilesMatchTheirIndex() throws {
        let index = try JSONSerialization.jsonObject(with: Data(Corpus.bytes("index.json"))) as! [[String: Any]]
        let wanted = index.filter { entry in
            let file = entry["file"] as? String ?? ""
            return file.hasPrefix("lafabrique/pjl09-200/viz/") || file.hasPrefix("amendments/an/")
        }
        #expect(wanted.count >= 8)
        for entry in wanted {
            let file = entry["file"] as! String
            #expect(ContentHash.sha256(try Corpus.bytes(file)) == entry["sha256"] as? String, "\(file)")
        }
    }
}
