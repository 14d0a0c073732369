import NavetteCore

public enum LaFabriqueReader {
    public static func read(_ bytes: [UInt8], file: String) throws -> Reading {
        throw ReadError(file: file, "this format is not read yet")
    }
}

extension LaFabriqueReader {
    public static func readText(_ bytes: [UInt8], file: String) throws -> Reading { try read(bytes, file: file) }
    public static func readDossier(directory: String) throws -> Dossier {
        throw ReadError(file: directory, "this format is not read yet")
    }
}
