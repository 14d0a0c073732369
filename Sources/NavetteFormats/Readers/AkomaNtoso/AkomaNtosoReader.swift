import NavetteCore

public enum AkomaNtosoReader {
    public static func read(_ bytes: [UInt8], file: String) throws -> Reading {
        throw ReadError(file: file, "this format is not read yet")
    }
}
