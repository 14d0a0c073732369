import NavetteCore

/// Splits a printed signatory line into names and a group.
///
/// `MM. DOSSUS, BENARROCHE et LABBÉ, Mme de MARCO` → `M. DOSSUS`, `M. BENARROCHE`, `M. LABBÉ`,
/// `Mme de MARCO`: a plural civility (`MM.`, `Mmes`) is carried to the bare names after it. Roles
/// (`, rapporteur au nom de la commission…`, `, rapporteure pour avis`) are not names and are left
/// out; `les membres du groupe Socialistes et apparentés` gives the group. Names keep their printed
/// spelling with ordinary spaces; duplicates are dropped.
enum AuthorList {
    struct Result: Equatable {
        var names: [String]
        var group: String?
    }

    static func split(_ printed: String) -> Result {
        var text = HTMLText.collapse(plainSpaces(printed)).trimmed(" .")
        var group: String? = nil
        for marker in ["les membres du groupe ", "membres du groupe ", "au nom du groupe "] {
            if let range = ASCIISearch.firstRange(of: marker, in: text) {
                group = String(text[range.upperBound...]).trimmed(" .")
                text = String(text[..<range.lowerBound]).trimmed(" ,")
                break
            }
        }
        var names: [String] = []
        var civility = ""
        for segment in segments(of: text) {
            var name = segment
            if let plural = pluralCivilities.first(where: { name.hasPrefix($0 + " ") }) {
                civility = plural == "MM." ? "M." : "Mme"
                name = civility + name.dropFirst(plural.count)
            } else if let single = civilities.first(where: { name.hasPrefix($0 + " ") }) {
                civility = single
            } else if !civility.isEmpty, name.first?.isUppercase == true, !isInstitution(name) {
                name = civility + " " + name
            }
            if !names.contains(name) { names.append(name) }
        }
        return Result(names: names, group: group)
    }

    /// `text` with every kind of space (no-break, narrow no-break…) written as an ordinary space.
    static func plainSpaces(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != " " && Folding.isSpace($0) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if Folding.isSpace(scalar) { bytes.append(0x20) } else { bytes += scalar.utf8 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Cuts at `, ` and ` et ` when a new name follows (a civility or a capital letter); lowercase
    /// continuations (roles, `(Recettes et équilibre général)`) stay with the name before and are dropped.
    /// Byte by byte when every character of `text` is one scalar (`segmentBytes`), else character by character.
    static func segments(of text: String) -> [String] {
        var text = text
        if let pieces = text.withUTF8(segmentBytes) { return pieces }
        return segmentCharacters(of: text)
    }

    /// `segments` character by character: the reference, and the way of a text with a character made
    /// of several scalars (a combining accent…).
    static func segmentCharacters(of text: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        var depth = 0
        var current = ""
        var isRole = false
        while let character = rest.first {
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            var separator: String? = nil
            if depth == 0, character == "," || character == " " {
                if rest.hasPrefix(", ") { separator = ", " } else if rest.hasPrefix(" et ") { separator = " et " }
            }
            if let separator {
                let next = rest.dropFirst(separator.count)
                if startsName(next) || separator == ", " {
                    if !isRole, !current.isEmpty { pieces.append(current.trimmingSpaces()) }
                    current = ""
                    isRole = !startsName(next)
                    rest = next
                    continue
                }
            }
            current.append(character)
            rest = rest.dropFirst()
        }
        if !isRole, !current.isEmpty { pieces.append(current.trimmingSpaces()) }
        return pieces.filter { !$0.isEmpty }
    }

    private static func startsName(_ text: Substring) -> Bool {
        if civilities.contains(where: { text.hasPrefix($0 + " ") }) { return true }
        if pluralCivilities.contains(where: { text.hasPrefix($0 + " ") }) { return true }
        return text.first?.isUppercase == true || text.hasPrefix("le Gouvernement") || text.hasPrefix("de ")
    }

    private static func isInstitution(_ name: String) -> Bool {
        ["Gouvernement", "CION", "Commission"].contains { name.hasPrefix($0) }
    }

    private static let civilities = ["M.", "Mme", "Mlle"]
    private static let pluralCivilities = ["MM.", "Mmes"]
}
