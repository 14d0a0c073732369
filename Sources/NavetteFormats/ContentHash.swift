import Crypto

/// SHA-256 in lowercase hex, through swift-crypto: the content address of every snapshot and the hash
/// printed for every file a report read (what makes a snapshot verifiable).
public enum ContentHash {
    public static func sha256(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
