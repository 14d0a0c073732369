import Foundation

/// JSON at the format edge: one error naming the file for anything that is not a JSON object.
enum JSONFile {
    static func object(
        _ bytes: [UInt8], file: String, expected: String = "a La Fabrique document"
    ) throws -> [String: Any] {
        guard bytes.contains(where: { $0 > 0x20 }) else { throw ReadError.empty(file: file, expected: "JSON") }
        if let object = PlainJSON.object(bytes) { return object }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw ReadError(file: file, "malformed JSON (\(JSONFile.reason(error)))")
        }
        guard let object = value as? [String: Any] else {
            throw ReadError(file: file, "JSON is not an object, expected \(expected)")
        }
        return object
    }

    private static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "cannot be parsed"
    }
}
